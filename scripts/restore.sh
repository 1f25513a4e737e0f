#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into an EMPTY database: the external PostgreSQL
# named by QUARKUS_DATASOURCE_JDBC_URL (a new database with no tables), else a new embedded one in
# $DATA_DIR (default ./data), which must not hold a database yet. It refuses anything else, so a
# backup never lands on top of live data. Start the app on the restored database afterwards.
#   scripts/restore.sh FILE [JAR]
set -euo pipefail
file="${1:?usage: scripts/restore.sh FILE [JAR]}"
jar="${2:-backend/target/quarkus-app/quarkus-run.jar}"
[ -f "$jar" ] || { echo "No server jar at $jar: run make build first" >&2; exit 2; }
exec java ${JAVA_OPTS:-} -jar "$jar" restore "$file"
