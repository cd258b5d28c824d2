#!/usr/bin/env bash
# The portal's load benchmark, against nginx serving the same bytes in the same run.
#
#   bench/run.sh            build, generate or reuse the data, measure, write bench/out/table.md
#
# Settings (environment): BENCH_PORT (18090), BENCH_NGINX_PORT (18091), BENCH_HEAP (512m),
# BENCH_DURATION (10s per wrk run), BENCH_WARMUP (5s), BENCH_CONNECTIONS ("1 8 32 128"),
# BENCH_JAR (a jar already built: no build).
# Needs wrk, nginx and psql (Debian packages; installed when missing, as root).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
BENCH=$ROOT/bench
DATA=$BENCH/data
OUT=$BENCH/out
PORT=${BENCH_PORT:-18090}
NGINX_PORT=${BENCH_NGINX_PORT:-18091}
HEAP=${BENCH_HEAP:-512m}
DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-5s}
CONNECTIONS=${BENCH_CONNECTIONS:-1 8 32 128}
ADMIN_PASSWORD=bench-admin-2026
APP=http://127.0.0.1:$PORT
NGINX=http://127.0.0.1:$NGINX_PORT
APP_PID=
NGINX_PID=

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

need() {
	local missing=()
	command -v wrk >/dev/null || missing+=(wrk)
	command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
	command -v psql >/dev/null || missing+=(postgresql-client)
	command -v curl >/dev/null || missing+=(curl)
	if [ ${#missing[@]} -gt 0 ]; then
		log "installing ${missing[*]}"
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
	fi
}

stop_app() {
	if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID"
		wait "$APP_PID" 2>/dev/null || true
	fi
	APP_PID=
}

stop_nginx() {
	if [ -n "$NGINX_PID" ] && kill -0 "$NGINX_PID" 2>/dev/null; then
		kill "$NGINX_PID"
		sleep 1
	fi
	NGINX_PID=
}

trap 'stop_app; stop_nginx' EXIT

# start_app <label> [extra arguments]: the jar on $PORT with the generated data, waits for health.
start_app() {
	local label=$1
	shift
	log "starting the portal ($label, -Xmx$HEAP)"
	PORTAL_DATA_DIR=$DATA PORTAL_ADMIN_PASSWORD=$ADMIN_PASSWORD PORTAL_DEMO_DATA=true \
		java -Xms"$HEAP" -Xmx"$HEAP" -jar "$JAR" --server.port="$PORT" --portal.views.flush-interval=30s \
		--logging.level.root=WARN --logging.level.vn.tochuc=INFO "$@" >"$OUT/app-$label.log" 2>&1 &
	APP_PID=$!
	for _ in $(seq 1 1800); do
		if curl -fsS "$APP/actuator/health" >/dev/null 2>&1; then
			return 0
		fi
		kill -0 "$APP_PID" 2>/dev/null || { log "the portal stopped; see $OUT/app-$label.log"; exit 1; }
		sleep 1
	done
	log "the portal did not start in 30 minutes"
	exit 1
}

# As the embedded server's superuser, with the password and database the portal stored for it.
sql() {
	local pgport credentials=$DATA/postgres-credentials.properties
	pgport=$(sed -n 4p "$DATA/postgres/postmaster.pid")
	PGPASSWORD=$(sed -n 's/^superuser\.password=//p' "$credentials") \
		psql -X -q -h 127.0.0.1 -p "$pgport" -U postgres -d "$(sed -n 's/^database=//p' "$credentials")" "$@"
}

# wrk_run <base url> <path> <connections> <duration> [paths file] [extra header]
wrk_run() {
	local base=$1 path=$2 connections=$3 duration=$4 paths=${5:-} header=${6:-}
	local threads=2
	[ "$connections" -lt 2 ] && threads=1
	local args=(-t "$threads" -c "$connections" -d "$duration" --timeout 5s -H 'Accept-Encoding: gzip' -s "$BENCH/report.lua")
	[ -n "$header" ] && args+=(-H "$header")
	wrk "${args[@]}" "$base$path" -- "$paths" | grep '^RESULT' | sed 's/^RESULT //'
}

need
mkdir -p "$OUT"
rm -rf "$OUT/www" && mkdir -p "$OUT/www"

if [ -n "${BENCH_JAR:-}" ]; then
	JAR=$BENCH_JAR
else
	log "building the jar"
	./mvnw -q -o -DskipTests package 2>/dev/null || ./mvnw -q -DskipTests package
	JAR=$(ls target/tochuc-portal-*.jar | grep -v original | head -1)
fi

if [ ! -f "$DATA/generated" ]; then
	start_app first-start
	log "generating the data (100,000 articles …)"
	time sql --single-transaction -f "$BENCH/generate.sql"
	sql -c "VACUUM ANALYZE"
	stop_app
	touch "$DATA/generated"
	log "restarting: the portal rebuilds its search index"
	start_app rebuild-index
	stop_app
fi

# What the scenarios ask for.
start_app cache-on
CATEGORY=$(sql -At -c "select c.slug from category c join article a on a.category_id = c.id group by c.id order by count(*) desc, c.id limit 1")
sql -At -c "select '/bai-viet/' || slug from article where status = 'PUBLISHED' and deleted_at is null order by published_at desc limit 500" >"$OUT/article-paths.txt"
log "$(sql -At -c "select 'articles: ' || count(*) from article") in $(sql -At -c "select count(*) from category") categories; busiest category $CATEGORY"

# name|path|random paths file|extra header
SCENARIOS=(
	"home|/||"
	"article|(random)|$OUT/article-paths.txt|"
	"category p1|/chuyen-muc/$CATEGORY||"
	"category p200|/chuyen-muc/$CATEGORY?page=200||"
	"search with diacritics|/tim-kiem?q=c%C3%A1n%20b%E1%BB%99%20ch%E1%BB%A7%20ch%E1%BB%91t||"
	"search without diacritics|/tim-kiem?q=can%20bo%20chu%20chot||"
	"home 304|/||ETAG"
	"staffing dashboard|/tinh-gian-bien-che||"
	"congress dashboard|/dai-hoi||"
)

# measure <label> <base url> <kind: app|nginx> <scenario indexes…>
measure() {
	local label=$1 base=$2 kind=$3
	shift 3
	for index in "$@"; do
		IFS='|' read -r name path paths header <<<"${SCENARIOS[$index]}"
		local target=$path
		if [ "$kind" = nginx ]; then
			target=/$index.html
			[ -n "$paths" ] && paths=$OUT/www/article-paths.txt
		fi
		[ "$path" = "(random)" ] && target=/
		if [ "$header" = ETAG ]; then
			header="If-None-Match: $(curl -s -D - -o /dev/null -H 'Accept-Encoding: gzip' "$base$target" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')"
		fi
		log "$label: $name (warm-up $WARMUP)"
		if [ -n "$paths" ]; then
			# Every page of a random set once, so the run measures them warm (when the cache is on).
			sed "s|^|$base|" "$paths" | xargs -P 4 -I '{}' curl -s -o /dev/null -H 'Accept-Encoding: gzip' '{}'
		fi
		wrk_run "$base" "$target" 32 "$WARMUP" "$paths" "$header" >/dev/null
		for connections in $CONNECTIONS; do
			local result
			result=$(wrk_run "$base" "$target" "$connections" "$DURATION" "$paths" "$header")
			printf '%s\t%s\t%s\t%s\n' "$label" "$name" "$connections" "$result" >>"$OUT/results.tsv"
			log "  $connections connections: $result"
		done
	done
}

: >"$OUT/results.tsv"
{
	echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "cpu: $(lscpu | sed -n 's/^Model name: *//p') × $(nproc)"
	echo "ram: $(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
	echo "heap: -Xms$HEAP -Xmx$HEAP; java: $(java -version 2>&1 | head -1)"
	echo "wrk: $DURATION per run after $WARMUP warm-up, 2 threads (1 at 1 connection), Accept-Encoding: gzip"
	echo "load before: $(uptime)"
} >"$OUT/machine.txt"

# The portal with its page cache.
measure cached "$APP" app $(seq 0 $((${#SCENARIOS[@]} - 1)))

# The bytes it served, for nginx.
for index in $(seq 0 $((${#SCENARIOS[@]} - 1))); do
	IFS='|' read -r name path paths header <<<"${SCENARIOS[$index]}"
	[ "$path" = "(random)" ] && continue
	curl -fsS "$APP$path" -o "$OUT/www/$index.html"
done
mkdir -p "$OUT/www/bai-viet"
while read -r path; do
	curl -fsS "$APP$path" -o "$OUT/www$path.html"
	echo "$path.html"
done <"$OUT/article-paths.txt" >"$OUT/www/article-paths.txt"
# Compressed the way the portal keeps its pages (gzip level 6), served with gzip_static.
find "$OUT/www" -name '*.html' -exec gzip -6 -k -f {} +
stop_app

# The same pages with every cache off (pages and search results): database and templates on every request.
start_app cache-off --portal.page-cache.enabled=false --portal.search.cache-size=0
measure uncached "$APP" app 0 1 2 3 4 5 6 7 8
stop_app

# nginx, the reference.
cat >"$OUT/nginx.conf" <<NGINX
worker_processes auto;
pid $OUT/nginx.pid;
error_log $OUT/nginx-error.log warn;
daemon off;
events { worker_connections 4096; }
http {
	access_log off;
	sendfile on;
	tcp_nopush on;
	keepalive_requests 1000;
	types { text/html html; }
	default_type text/html;
	gzip on;
	gzip_comp_level 6;
	gzip_min_length 2048;
	gzip_types text/html;
	gzip_static on;
	charset utf-8;
	server {
		listen 127.0.0.1:$NGINX_PORT;
		root $OUT/www;
		etag on;
	}
}
NGINX
/usr/sbin/nginx -c "$OUT/nginx.conf" -p "$OUT" &
NGINX_PID=$!
sleep 1
measure nginx "$NGINX" nginx $(seq 0 $((${#SCENARIOS[@]} - 1)))
stop_nginx
echo "load after: $(uptime)" >>"$OUT/machine.txt"

python3 "$BENCH/table.py" "$OUT/results.tsv" "$OUT/machine.txt" >"$OUT/table.md"
log "done: $OUT/table.md"
cat "$OUT/table.md"
