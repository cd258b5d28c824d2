#!/usr/bin/env bash
# Profiles one page with every cache off: the jar from bench/run.sh on the generated data,
# wrk at 32 connections for 20 s while Java Flight Recorder samples the CPU.
#   bench/profile.sh [path]     (default: the home page)
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH=$(pwd)/bench
OUT=$BENCH/out
PORT=${BENCH_PORT:-18090}
PAGE=${1:-/}
JAR=$(ls target/tochuc-portal-*.jar | grep -v original | head -1)
mkdir -p "$OUT"
PORTAL_DATA_DIR=$BENCH/data PORTAL_ADMIN_PASSWORD=bench-admin-2026 java -Xms512m -Xmx512m -jar "$JAR" \
	--server.port="$PORT" --logging.level.root=WARN --portal.page-cache.enabled=false --portal.search.cache-size=0 \
	>"$OUT/app-profile.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null || true' EXIT
until curl -fsS "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; do sleep 1; done
wrk -t2 -c32 -d10s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT$PAGE" >/dev/null
jcmd "$APP_PID" JFR.start name=bench settings=profile filename="$OUT/profile.jfr" >/dev/null
wrk -t2 -c32 -d20s -H 'Accept-Encoding: gzip' -s "$BENCH/report.lua" "http://127.0.0.1:$PORT$PAGE" | grep '^RESULT'
jcmd "$APP_PID" JFR.stop name=bench >/dev/null
jfr print --events jdk.ExecutionSample --stack-depth 200 "$OUT/profile.jfr" | python3 "$BENCH/profile.py"
