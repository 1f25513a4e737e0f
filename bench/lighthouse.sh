#!/usr/bin/env bash
# Lighthouse (default mobile preset: a mid-range phone on a slow 4G network) against the built
# server with the demo plan on a throw-away database, signed in as the demo editor. Prints each
# main page's scores out of 100.
#
#   make lighthouse                 # or: bench/lighthouse.sh [path/to/quarkus-run.jar]
#   LIGHTHOUSE_REPORTS=dir make lighthouse   # also keeps each page's full JSON report in dir
#
# Needs Node 18.16+ (npx fetches lighthouse the first time) and Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${1:-backend/target/quarkus-app/quarkus-run.jar}
LIGHTHOUSE=${LIGHTHOUSE:-lighthouse@12.8.2}
CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
export CHROME_PATH
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
WORK=$(mktemp -d)
SERVER_PID=

trap '[[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT

[[ -f "$JAR" ]] || { echo "no $JAR: run make build first" >&2; exit 2; }
[[ -x "$CHROME_PATH" ]] || { echo "needs Chromium: sudo apt-get install -y chromium" >&2; exit 2; }

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
BASE=http://localhost:$PORT
DATA_DIR=$WORK PORT=$PORT DEMO_DATA=true QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT=600s \
  java $JAVA_OPTS -jar "$JAR" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 180); do
  curl -s -o /dev/null "$BASE/api/v1/me" && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
  sleep 1
done

# A signed-in session: its cookies go with every request Lighthouse's browser makes.
curl -sf -c "$WORK/jar" -H 'Content-Type: application/json' \
  -d '{"username":"editor","password":"editor-password"}' "$BASE/api/v1/session" >/dev/null
# curl marks HttpOnly cookies (the session's) with a #HttpOnly_ prefix in its jar.
COOKIE=$(sed 's/^#HttpOnly_//' "$WORK/jar" \
  | awk '!/^#/ && NF == 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }')
HEADERS=$(python3 -c 'import json,sys; print(json.dumps({"Cookie": sys.argv[1]}))' "$COOKIE")
ACTION=$(curl -sf -b "$WORK/jar" "$BASE/api/v1/actions?size=1&sort=ref" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')

printf '%-10s %12s %14s %15s %5s   %s\n' page performance accessibility best-practices seo "LCP, TBT"
for page in "dashboard /" "plan /plan" "action /actions/$ACTION" "scorecard /scorecard"; do
  read -r name path <<<"$page"
  # A trace now and then fails to record (NO_NAVSTART) on a busy machine: try again once.
  for attempt in 1 2; do
    if npx --yes "$LIGHTHOUSE" "$BASE$path" --quiet --output=json --output-path="$WORK/$name.json" \
      --extra-headers="$HEADERS" \
      --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking" \
      >/dev/null 2>"$WORK/$name.log"; then
      break
    fi
    [[ $attempt == 2 ]] && { cat "$WORK/$name.log" >&2; exit 1; }
  done
  if [[ -n "${LIGHTHOUSE_REPORTS:-}" ]]; then
    mkdir -p "$LIGHTHOUSE_REPORTS" && cp "$WORK/$name.json" "$LIGHTHOUSE_REPORTS/"
  fi
  python3 - "$WORK/$name.json" "$name" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
c, a = report["categories"], report["audits"]
score = lambda k: round(c[k]["score"] * 100)
print(f'{sys.argv[2]:<10} {score("performance"):>12} {score("accessibility"):>14} '
      f'{score("best-practices"):>15} {score("seo"):>5}   '
      f'{a["largest-contentful-paint"]["displayValue"]}, {a["total-blocking-time"]["displayValue"]}')
PY
done
