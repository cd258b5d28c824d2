#!/usr/bin/env bash
# Backs up the portal: every table (COPY through JDBC, one consistent snapshot) and the media files.
#
#   scripts/backup.sh [backup-dir] [path/to/portal.jar]
#
# The database is the one the portal uses: SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD when set,
# else the embedded PostgreSQL under PORTAL_DATA_DIR (default ./data), running or not, as the
# portal's own role with the password from PORTAL_DATA_DIR/postgres-credentials.properties
# (readable only by the portal's OS user: run this as that user). The portal may keep serving
# while the backup runs. Restore with scripts/restore.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
target="${1:-backups/portal-$(date -u +%Y%m%dT%H%M%SZ)}"
jar="${2:-$(ls "$here"/target/tochuc-portal-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1)}"
[ -f "$jar" ] || { echo "No jar: run ./mvnw -DskipTests package first, or pass its path" >&2; exit 2; }
exec java -Dloader.main=vn.tochuc.portal.platform.database.BackupCommand -cp "$jar" \
	org.springframework.boot.loader.launch.PropertiesLauncher backup "$target"
