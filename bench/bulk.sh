#!/usr/bin/env bash
# Bulk upload benchmark: starts the server on a throw-away embedded database, generates ten years
# of monthly figures for many indicators, uploads them through POST /api/v1/bulk/indicator-values
# (validation, revisions, audit trail and batch included), then loads the same rows into an
# identical scratch table with PostgreSQL COPY on the same database, and prints both rates and
# their ratio, then the server's memory: its peak resident set (VmHWM) and the most heap in use
# at any collection, under a heap limit of 512 MB. It fails if the server runs out of memory.
# Usage: bench/bulk.sh [rows] (default 100,800: 840 indicators x 120 months; 1000000 is the
# bounded-memory run).
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${1:-100800}
MONTHS=120
INDICATORS=$(((ROWS + MONTHS - 1) / MONTHS))
PORT=${BENCH_PORT:-18411}
JAR=backend/target/quarkus-app/quarkus-run.jar
WORK=$(mktemp -d)
BASE=http://localhost:$PORT
SERVER=

cleanup() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -f "$JAR" ] || make build >/dev/null

echo "Starting the server on a throw-away database (heap limit 512 MB)..."
# Every collection is logged, with the heap in use before it: its largest is the peak heap use.
PORT=$PORT DATA_DIR="$WORK/data" DEMO_DATA=true ADMIN_PASSWORD=bench-admin-password \
  java -Xmx512m -XX:+ExitOnOutOfMemoryError -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" \
  >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 600); do
  curl -fs "$BASE/api/v1/session/options" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$BASE/api/v1/session/options" >/dev/null || { cat "$WORK/server.log"; exit 1; }

DB_PORT=$(sed -n 4p "$WORK/data/postgres/postmaster.pid")
sql() { psql -q -X -v ON_ERROR_STOP=1 -h localhost -p "$DB_PORT" -U postgres -d postgres "$@"; }

# Synthetic indicators, defined directly in the database (defining 840 by hand is not the point).
sql -c "insert into indicator (plan_id, number, name, area, unit, basis, polarity, target_kind)
        select (select min(id) from plan), 1000 + g, 'Synthetic indicator ' || g, 'Benchmark',
               'PERCENT', 'IN_MONTH', 'HIGHER_IS_BETTER', 'MONITOR'
        from generate_series(1, $INDICATORS) g"

# A script's token, as README "Scripting monthly updates" creates it.
CSRF=$(curl -fs -c "$WORK/cookies" -H 'Content-Type: application/json' \
  -d '{"username":"performance","password":"performance-password"}' "$BASE/api/v1/session" |
  sed -E 's/.*"csrfToken":"([^"]+)".*/\1/')
TOKEN=$(curl -fs -b "$WORK/cookies" -H "X-CSRF-Token: $CSRF" -H 'Content-Type: application/json' \
  -d '{"name":"bench","scopes":["bulk"]}' "$BASE/api/v1/tokens" |
  sed -E 's/.*"secret":"([^"]+)".*/\1/')

# Ten years of figures, 2014-01 to 2023-12, for each synthetic indicator until there are $ROWS.
awk -v n="$INDICATORS" -v rows="$ROWS" 'BEGIN {
  srand(11); print "indicator,period,value,status"
  for (i = 1; i <= n; i++) { base = 40 + (i % 40)
    for (y = 2014; y <= 2023; y++) for (m = 1; m <= 12; m++)
      if (written++ < rows) printf "%d,%d-%02d,%.1f,FINAL\n", 1000 + i, y, m, base + rand() * 5 } }' \
  >"$WORK/figures.csv"
echo "Generated $ROWS rows ($(du -h "$WORK/figures.csv" | cut -f1))"

out_of_memory() {
  if grep -q OutOfMemoryError "$WORK/server.log" || ! kill -0 "$SERVER" 2>/dev/null; then
    echo "FAILED: the server ran out of memory (heap limit 512 MB) or stopped:"
    tail -n 20 "$WORK/server.log"
    exit 1
  fi
}

START=$(date +%s.%N)
curl -sS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' \
  -H 'Content-Disposition: attachment; filename="ten-years.csv"' \
  --data-binary @"$WORK/figures.csv" "$BASE/api/v1/bulk/indicator-values" >"$WORK/result.json" ||
  true
END=$(date +%s.%N)
API_SECONDS=$(echo "$END - $START" | bc -l)
out_of_memory
grep -q "\"created\":$ROWS" "$WORK/result.json" || { echo "Upload failed:"; cat "$WORK/result.json"; exit 1; }
PEAK_RSS_KB=$(awk '/^VmHWM:/ { print $2 }' "/proc/$SERVER/status")
PEAK_HEAP_MB=$(grep -oE '[0-9]+M->[0-9]+M' "$WORK/gc.log" | cut -dM -f1 | sort -n | tail -n 1)

# The same rows into an identical scratch table with COPY, on the same database.
sql -c "create table bench_indicator_value (like indicator_value including all)"
sql -At -c "select number, id from indicator where number > 1000" | tr '|' ',' >"$WORK/ids.csv"
awk -F, 'NR == FNR { id[$1] = $2; next } FNR > 1 {
  printf "%s,%s,%s,,,%s,bench,2024-01-01T00:00:00Z\n", id[$1], $2, $3, $4 }' \
  "$WORK/ids.csv" "$WORK/figures.csv" >"$WORK/copy.csv"
START=$(date +%s.%N)
sql -c "\\copy bench_indicator_value (indicator_id, period, value, numerator, denominator, status, entered_by, entered_at) from '$WORK/copy.csv' with (format csv)"
END=$(date +%s.%N)
COPY_SECONDS=$(echo "$END - $START" | bc -l)

API_RATE=$(echo "$ROWS / $API_SECONDS" | bc -l)
COPY_RATE=$(echo "$ROWS / $COPY_SECONDS" | bc -l)
printf 'bulk API : %8d rows in %6.2f s = %9.0f rows/s (validation, revisions, audit trail, batch)\n' \
  "$ROWS" "$API_SECONDS" "$API_RATE"
printf 'COPY     : %8d rows in %6.2f s = %9.0f rows/s\n' "$ROWS" "$COPY_SECONDS" "$COPY_RATE"
printf 'ratio    : %.2f x COPY (goal: at least 0.5)\n' "$(echo "$API_RATE / $COPY_RATE" | bc -l)"
printf 'memory   : peak RSS %d MB, peak heap in use %s MB of the 512 MB limit (server JVM, up to the end of the upload)\n' \
  "$((PEAK_RSS_KB / 1024))" "${PEAK_HEAP_MB:-?}"
