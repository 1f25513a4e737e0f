#!/usr/bin/env bash
# Backs up the tracker's database into BACKUP_DIR (default ./backups) as a timestamped
# pg_dump custom-format file: the external PostgreSQL named by QUARKUS_DATASOURCE_JDBC_URL (with
# _USERNAME and _PASSWORD), else the embedded one in $DATA_DIR (default ./data), whether the app
# is running on it or not. Needs pg_dump of the server's major version or newer (PG_BIN to choose).
#   scripts/backup.sh [JAR]
set -euo pipefail
jar="${1:-backend/target/quarkus-app/quarkus-run.jar}"
backup_dir="${BACKUP_DIR:-backups}"
[ -f "$jar" ] || { echo "No server jar at $jar: run make build first" >&2; exit 2; }
file="$backup_dir/tracker-$(date -u +%Y%m%dT%H%M%SZ).dump"
exec java ${JAVA_OPTS:-} -jar "$jar" backup "$file"
