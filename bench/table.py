"""Turns bench/out/results.tsv into the Markdown table of bench/README.md."""
import sys

results, machine = sys.argv[1], sys.argv[2]
rows = {}
order = []
for line in open(results, encoding="utf-8"):
    label, name, connections, fields = line.rstrip("\n").split("\t")
    values = dict(field.split("=") for field in fields.split())
    key = (name, int(connections))
    if key not in order:
        order.append(key)
    rows.setdefault(key, {})[label] = values

print(open(machine, encoding="utf-8").read().strip().replace("\n", "  \n"))
print()
print("| page | conns | cached req/s | p50 / p99 ms | uncached req/s | p50 / p99 ms | nginx req/s | p50 / p99 ms | cached ÷ nginx | uncached ÷ nginx | errors, timeouts (cached / uncached) |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")


def cell(values):
    if not values:
        return "–", "–"
    return f"{float(values['rps']):,.0f}", f"{float(values['p50_ms']):.1f} / {float(values['p99_ms']):.1f}"


def ratio(values, reference):
    if not values or not reference or float(reference["rps"]) == 0:
        return "–"
    return f"{float(values['rps']) / float(reference['rps']):.2f}"


for key in order:
    measured = rows[key]
    cached, uncached, nginx = measured.get("cached"), measured.get("uncached"), measured.get("nginx")
    errors = " / ".join(f"{v['errors']}, {v['timeouts']}" if v else "–" for v in (cached, uncached))
    print(f"| {key[0]} | {key[1]} | {' | '.join(cell(cached))} | {' | '.join(cell(uncached))} | {' | '.join(cell(nginx))} "
          f"| {ratio(cached, nginx)} | {ratio(uncached, nginx)} | {errors} |")
