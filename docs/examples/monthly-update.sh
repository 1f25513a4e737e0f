#!/usr/bin/env bash
# Sends a month of indicator figures to Improvement Tracker the careful way: a dry run first (stop
# and show every refused row), then the real run with an Idempotency-Key, so that running this
# script again after a network failure never applies the file twice.
#
#   TRACKER=https://tracker.example.gov.uk TOKEN=itk_... docs/examples/monthly-update.sh april.csv
#
# TOKEN is an API token with the "bulk" scope (see README, "Scripting monthly updates"). With more
# than one plan on the server, set PLAN to the plan's id. Set ACKNOWLEDGE_WARNINGS=true once you
# have checked the figures the dry run warns about.
set -euo pipefail

FILE=${1:?usage: monthly-update.sh figures.csv}
: "${TRACKER:?set TRACKER to the server, e.g. https://tracker.example.gov.uk}"
: "${TOKEN:?set TOKEN to an API token with the bulk scope}"
URL="$TRACKER/api/v1/bulk/indicator-values?${PLAN:+plan=$PLAN&}"
# The same file gives the same key: a re-run returns the first result instead of applying again.
KEY=${IDEMPOTENCY_KEY:-$(basename "$FILE")-$(sha256sum "$FILE" | cut -c1-16)}
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT

upload() { # $1: query string; prints the HTTP status, the body goes to $OUT
  curl -sS -o "$OUT" -w '%{http_code}' -X POST \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' \
    -H "Content-Disposition: attachment; filename=\"$(basename "$FILE")\"" \
    -H "Idempotency-Key: $KEY" --data-binary @"$FILE" "$URL$1"
}

status=$(upload "dryRun=true")
echo "Dry run ($status): $(cat "$OUT")"
if [ "$status" != 200 ]; then
  echo "Nothing was written. Correct the rows listed under \"errors\" and run again." >&2
  exit 1
fi

status=$(upload "acknowledgeWarnings=${ACKNOWLEDGE_WARNINGS:-false}")
echo "Applied ($status): $(cat "$OUT")"
if [ "$status" != 200 ]; then
  echo "Nothing was written: check the warnings, then set ACKNOWLEDGE_WARNINGS=true." >&2
  exit 1
fi
batch=$(sed -E 's/.*"batchId":([0-9]+).*/\1/' "$OUT")
echo "Batch $batch. To undo it: curl -X POST -H \"Authorization: Bearer \$TOKEN\" $TRACKER/api/v1/bulk/batches/$batch/revert"
