"""Where the CPU goes: summarises `jfr print --events jdk.ExecutionSample` output (read on stdin).

Prints the share of samples whose stack passes through each layer (inclusive, so shares add up
to more than 100 %) and the methods most often on top of the stack.
"""
import collections
import re
import sys

LAYERS = [
    ("Thymeleaf (template rendering)", ("org.thymeleaf.", "org.attoparser.")),
    ("Hibernate / Spring Data (entities, queries)", ("org.hibernate.", "org.springframework.data.")),
    ("PostgreSQL JDBC driver (waiting on / reading from the database)", ("org.postgresql.",)),
    ("HikariCP pool", ("com.zaxxer.hikari.",)),
    ("gzip / deflate", ("java.util.zip.",)),
    ("Spring Security filters", ("org.springframework.security.",)),
    ("Tomcat connector (HTTP parsing, socket I/O)", ("org.apache.coyote.", "org.apache.tomcat.util.net.")),
    ("message lookup (i18n)", ("org.springframework.context.support.",)),
    ("the portal's own code", ("vn.tochuc.portal.",)),
]

frame = re.compile(r"^\s+([\w$.<>]+)\(")
samples = []
current = None
for line in sys.stdin:
    if line.startswith("jdk.ExecutionSample"):
        current = []
        samples.append(current)
    elif current is not None:
        match = frame.match(line)
        if match:
            current.append(match.group(1))

total = len(samples)
print(f"{total} CPU samples")
print()
print("| layer on the stack | share of samples |")
print("|---|---:|")
for name, prefixes in LAYERS:
    hits = sum(1 for stack in samples if any(f.startswith(prefixes) for f in stack))
    print(f"| {name} | {100.0 * hits / max(total, 1):.0f} % |")
print()
print("| method on top of the stack | share |")
print("|---|---:|")
tops = collections.Counter(stack[0] for stack in samples if stack)
for method, count in tops.most_common(12):
    print(f"| `{method}` | {100.0 * count / max(total, 1):.1f} % |")
