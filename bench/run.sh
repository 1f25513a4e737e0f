#!/usr/bin/env bash
# Read benchmark: the server on a throw-away embedded PostgreSQL, first with the demo plan alone,
# then with a grown data set (bench/seed-grown.sql), measured with wrk at 1, 16 and 64
# connections beside `pgbench -S` on the same PostgreSQL in the same run.
#
#   make bench                      # or: bench/run.sh [path/to/quarkus-run.jar]
#   BENCH_SECONDS=10 make bench     # longer runs, steadier figures (default 5 s each)
#
# Each line: the endpoint at a concurrency, its requests per second, median and 99th-percentile
# latency, pgbench -S's transactions per second at the same concurrency just before, and the ratio.
# Then, per endpoint, how much slower it is on the grown data than on the demo data.
#
# To add a benchmark (e.g. bulk uploads), add a function like read_endpoints and call it from
# run_dataset: it gets $BASE (the server's URL), $TOKEN (an admin API token) and $PGPORT.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${1:-backend/target/quarkus-app/quarkus-run.jar}
SECONDS_EACH=${BENCH_SECONDS:-5}
WARMUP_EACH=${BENCH_WARMUP:-10}
CONCURRENCY=${BENCH_CONCURRENCY:-"1 16 64"}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
WORK=$(mktemp -d)
SERVER_PID=
RESULTS=$WORK/results.tsv

for tool in wrk pgbench psql curl; do
  if ! command -v "$tool" >/dev/null; then
    echo "bench needs $tool: sudo apt-get install -y wrk postgresql-client" >&2
    exit 2
  fi
done

stop_server() {
  if [[ -n "$SERVER_PID" ]]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
  fi
}
trap 'stop_server; rm -rf "$WORK"' EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])'; }

start_server() { # $1: data directory
  PORT=$(free_port)
  BASE=http://localhost:$PORT
  # Loading the demo plan is one transaction: give it time on a busy machine.
  DATA_DIR=$1 PORT=$PORT DEMO_DATA=true ADMIN_PASSWORD=bench-admin-password \
    QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT=600s \
    java $JAVA_OPTS -jar "$JAR" >"$1/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 180); do
    if curl -s -o /dev/null "$BASE/api/v1/me"; then break; fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then cat "$1/server.log" >&2; exit 1; fi
    sleep 1
  done
  PGPORT=$(sed -n 4p "$1/postgres/postmaster.pid")
  export PGHOST=localhost PGPORT PGUSER=postgres
  TOKEN=$(api_token)
}

api_token() {
  local jar=$WORK/cookies
  curl -sf -c "$jar" -H 'Content-Type: application/json' \
    -d '{"username":"admin","password":"bench-admin-password"}' "$BASE/api/v1/session" >/dev/null
  curl -sf -b "$jar" -H "X-CSRF-Token: $(awk '/tracker_csrf/ {print $7}' "$jar")" \
    -H 'Content-Type: application/json' -d '{"name":"bench","scopes":["read"]}' \
    "$BASE/api/v1/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["secret"])'
}

sql() { psql -X -q -t -A -d postgres -c "$1"; }

# wrk's latency in ms, from "1.23ms", "850.00us" or "1.02s".
to_ms() {
  awk -v v="$1" 'BEGIN { if (v ~ /us$/) print v / 1000; else if (v ~ /ms$/) print v + 0;
    else if (v ~ /s$/) print v * 1000; else print v }'
}

pgbench_tps() { # $1: connections
  pgbench -n -S -M prepared -c "$1" -j "$(( $1 < 2 ? 1 : 2 ))" -T "$SECONDS_EACH" bench 2>/dev/null \
    | awk '/^tps/ { print int($3) }'
}

measure() { # $1 dataset, $2 endpoint name, $3 path, $4 connections, $5 pgbench tps
  local out rps p50 p99 errors
  out=$(wrk -t "$(( $4 < 2 ? 1 : 2 ))" -c "$4" -d "${SECONDS_EACH}s" --latency \
    -H "Authorization: Bearer $TOKEN" -H 'Accept-Encoding: gzip' "$BASE$3")
  rps=$(awk '/^Requests\/sec/ { print int($2) }' <<<"$out")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  errors=$(awk '/Non-2xx/ { print $NF }' <<<"$out")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$4" "$rps" "$p50" "$p99" "$5" >>"$RESULTS"
  printf '%-6s %-16s @%-3s %8s req/s, p50 %6.1f ms, p99 %6.1f ms, pgbench -S %7s tps, ratio %.3f%s\n' \
    "$1" "$2" "$4" "$rps" "$p50" "$p99" "$5" "$(awk -v a="$rps" -v b="$5" 'BEGIN { print a / b }')" \
    "${errors:+  ($errors non-2xx responses!)}"
}

# The endpoints measured, by name; endpoint_paths fills PATHS for the dataset's plan.
NAMES=("HTTP floor" "GET one action" "whole plan" "scorecard" "values 6 months")
endpoint_paths() {
  local plan action indicator
  plan=$(sql "select id from plan order by id limit 1")
  action=$(sql "select a.id from action a join priority p on p.id = a.priority_id
                where p.plan_id = $plan order by a.ref_major, a.ref_minor limit 1")
  indicator=$(sql "select id from indicator where plan_id = $plan order by number limit 1")
  # The floor: an endpoint with no database, no authentication and almost no work, i.e. the most
  # this server (HTTP, routing, headers, metrics) answers on this machine.
  PATHS=("/q/health/live" "/api/v1/actions/$action" "/api/v1/actions?plan=$plan&size=100"
    "/api/v1/scorecard?plan=$plan" "/api/v1/indicators/$indicator/values?from=2022-10&to=2023-03")
}

# A server runs for days: measure it with its code compiled, as it serves after its first minutes,
# not while the JIT is still compiling.
warm_up() {
  for path in "${PATHS[@]}"; do
    curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE$path" \
      || { echo "$path failed" >&2; exit 1; }
    wrk -t 2 -c 16 -d "${WARMUP_EACH}s" -H "Authorization: Bearer $TOKEN" \
      -H 'Accept-Encoding: gzip' "$BASE$path" >/dev/null
  done
}

read_endpoints() { # $1 dataset
  for c in $CONCURRENCY; do
    local tps
    tps=$(pgbench_tps "$c")
    for i in "${!NAMES[@]}"; do
      measure "$1" "${NAMES[$i]}" "${PATHS[$i]}" "$c" "$tps"
    done
  done
}

run_dataset() { # $1: small or grown
  local dir=$WORK/$1
  mkdir -p "$dir"
  start_server "$dir"
  sql "create database bench" >/dev/null
  pgbench -q -i -s 1 bench >/dev/null 2>&1
  if [[ $1 == grown ]]; then
    psql -X -q -d postgres -f bench/seed-grown.sql
    echo "grown: $(sql "select count(*) from action") actions," \
      "$(sql "select count(*) from indicator_value") figures of $(sql "select count(*) from indicator") indicators"
  fi
  endpoint_paths
  warm_up
  read_endpoints "$1"
  stop_server
}

[[ -f "$JAR" ]] || { echo "no $JAR: run make build first" >&2; exit 2; }
echo "Benchmark: ${WARMUP_EACH}s warm-up and ${SECONDS_EACH}s per measurement, JAVA_OPTS=$JAVA_OPTS, $(nproc) cores"
run_dataset small
run_dataset grown

echo
echo "Grown data versus the demo data (req/s small / req/s grown, per concurrency):"
awk -F'\t' '
  { key = $2 "\t" $3; if ($1 == "small") small[key] = $4; else grown[key] = $4; names[$2] = 1 }
  END {
    for (n in names) {
      line = sprintf("%-16s", n)
      for (k in small) { split(k, p, "\t"); if (p[1] == n) line = line (grown[k] > 0 ? sprintf("  @%s %.2fx", p[2], small[k] / grown[k]) : sprintf("  @%s n/a (no answers)", p[2])) }
      print line
    }
  }' "$RESULTS" | sort
