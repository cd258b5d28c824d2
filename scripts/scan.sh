#!/usr/bin/env bash
# Runs sqlmap and wapiti against a throw-away local instance of the portal.
#
#   scripts/scan.sh [path/to/portal.jar]
#
# Installs both scanners with apt-get when they are missing, starts the packaged jar
# (target/tochuc-portal-*.jar unless given) on a spare port with its own data directory under
# /tmp and the demo content loaded, logs in as the first administrator so that the staff
# article list is scanned too, and exits 1 when sqlmap finds an injectable parameter or wapiti
# reports an injection or XSS finding. SCAN_SQLMAP=0 skips sqlmap. It is not part of `./mvnw verify`: a full run takes
# several minutes. Reports are kept in $SCAN_OUT (default /tmp/portal-scan-<time>).
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
jar="${1:-$(ls "$here"/target/tochuc-portal-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1)}"
[ -f "$jar" ] || { echo "No jar: run ./mvnw -DskipTests package first" >&2; exit 2; }

port="${SCAN_PORT:-18931}"
out="${SCAN_OUT:-/tmp/portal-scan-$(date -u +%Y%m%dT%H%M%SZ)}"
data="$out/data"
password="scan-$(date +%s)-Ab1"
base="http://127.0.0.1:$port"
mkdir -p "$out"

need=()
command -v sqlmap >/dev/null || need+=(sqlmap)
command -v wapiti >/dev/null || need+=(wapiti)
if [ ${#need[@]} -gt 0 ]; then
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi

echo "jar:     $jar"
echo "sqlmap:  $(sqlmap --version 2>/dev/null | head -n 1)"
echo "wapiti:  $(wapiti --version 2>/dev/null | grep -o 'Wapiti [0-9.]*' | head -n 1 || dpkg-query -W -f='${Version}' wapiti)"
echo "reports: $out"

PORTAL_DATA_DIR="$data" PORTAL_ADMIN_PASSWORD="$password" PORTAL_DEMO_DATA=true SERVER_PORT="$port" \
	PORTAL_LOGIN_THROTTLE_ADDRESS_FAILURES=100000 PORTAL_LOGIN_THROTTLE_ACCOUNT_FAILURES=100000 \
	java -Xmx512m -jar "$jar" > "$out/portal.log" 2>&1 &
app=$!
stop() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }
trap stop EXIT

for _ in $(seq 1 180); do
	curl -fs "$base/actuator/health" >/dev/null 2>&1 && break
	kill -0 "$app" 2>/dev/null || { echo "The portal did not start; see $out/portal.log" >&2; exit 2; }
	sleep 1
done
curl -fs "$base/actuator/health" >/dev/null || { echo "The portal did not answer in time" >&2; exit 2; }
# The demo content is loaded just after start-up: wait for the documents library to fill.
for _ in $(seq 1 240); do
	curl -fs "$base/van-ban" 2>/dev/null | grep -q 'href="/van-ban/[a-z0-9]' && break
	sleep 1
done

# A staff session: the login form's CSRF token, then the form itself.
jar_file="$out/cookies.txt"
token=$(curl -fs -c "$jar_file" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"$//')
curl -fs -b "$jar_file" -c "$jar_file" -o /dev/null --data-urlencode "username=admin" \
	--data-urlencode "password=$password" --data-urlencode "_csrf=$token" "$base/login"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar_file" | tail -n 1)
curl -fs -o /dev/null -b "JSESSIONID=$session" "$base/admin/articles" || { echo "Staff login failed" >&2; exit 2; }

category=$(curl -fs "$base/" | grep -o 'href="/chuyen-muc/[a-z0-9-]*"' | head -n 1 | sed 's|href="/chuyen-muc/||;s|"||')

# Search, filter and paging parameters, public and staff.
targets=(
	"$base/tim-kiem?q=dang+bo&type=article&from=2018-01-01&to=2030-12-31&page=1"
	"$base/chuyen-muc/$category?page=1"
	"$base/van-ban?q=18-NQ&loai=RESOLUTION&khoa=12&nam=2017&sap-xep=moi-nhat&page=1"
	"$base/hoi-nghi?nam=2024&page=1"
	"$base/dai-hoi?nhiem-ky=2025-2030&cap=co-so&trang-thai=da-to-chuc&diem=co&tu-tuan=2025-W10"
	"$base/lich-cong-tac?tuan=2025-W10"
	"$base/tinh-gian-bien-che?giai-doan=2022-2026"
)
staff_targets=(
	"$base/admin/articles?q=dang&status=PUBLISHED&categoryId=1&page=1"
)

findings=0
run_sqlmap() {
	local url="$1" cookie="$2" name
	name=$(echo "$url" | sed 's|^https\?://[^/]*/||;s|[^A-Za-z0-9]|_|g' | cut -c1-60)
	local args=(-u "$url" --batch --level=3 --risk=2 --dbms=PostgreSQL --threads=2 --timeout=20
		--output-dir="$out/sqlmap" --flush-session --skip-waf)
	[ -n "$cookie" ] && args+=(--cookie="JSESSIONID=$cookie" --skip=page)
	sqlmap "${args[@]}" > "$out/sqlmap-$name.log" 2>&1 || true
	if grep -q "unable to connect" "$out/sqlmap-$name.log"; then
		echo "sqlmap could not reach $url (see $out/sqlmap-$name.log)" >&2
		exit 2
	fi
	if grep -Eq "is vulnerable|sqlmap identified the following injection point" "$out/sqlmap-$name.log"; then
		echo "sqlmap: INJECTION in $url (see $out/sqlmap-$name.log)"
		findings=$((findings + 1))
	else
		echo "sqlmap: nothing in $url ($(grep -c "\[INFO\] testing '" "$out/sqlmap-$name.log" || true) techniques tried)"
	fi
}
if [ "${SCAN_SQLMAP:-1}" = 1 ]; then
	for url in "${targets[@]}"; do run_sqlmap "$url" ""; done
	for url in "${staff_targets[@]}"; do run_sqlmap "$url" "$session"; done
fi

# wapiti crawls the public site from the home page and attacks every form and parameter it finds.
# WAPITI_MODULES picks a subset (permanentxss needs xss in the list too). --flush-session: each
# run scans a fresh instance; a session left by an earlier run would be resumed, not redone.
modules="${WAPITI_MODULES:-sql,blindsql,xss,permanentxss,exec,file,crlf}"
wapiti -u "$base/" --scope folder -m "$modules" --flush-session \
	--max-scan-time 600 --max-links-per-page 40 --max-files-per-dir 40 -d 3 \
	-f json -o "$out/wapiti.json" > "$out/wapiti.log" 2>&1 || true
[ -f "$out/wapiti.json" ] || { echo "wapiti wrote no report; see $out/wapiti.log" >&2; exit 2; }
wapiti_count=$(python3 - "$out/wapiti.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
count = 0
for category, items in report.get("vulnerabilities", {}).items():
    for item in items:
        count += 1
        print(f"wapiti: {category}: {item.get('method')} {item.get('path')} {item.get('parameter')}", file=sys.stderr)
print(count)
PY
)
crawled=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(r.get("infos",{}).get("crawled_pages_nbr") or len(r.get("infos",{}).get("crawled_pages",[])) or "?")' "$out/wapiti.json" 2>/dev/null || echo "?")
echo "wapiti: $wapiti_count findings (modules $modules) over $crawled crawled pages"
findings=$((findings + wapiti_count))

if [ "$findings" -gt 0 ]; then
	echo "FAIL: $findings finding(s)"
	exit 1
fi
echo "OK: no injection or XSS finding"
