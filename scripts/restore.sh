#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into a fresh database and media directory.
#
#   scripts/restore.sh <backup-dir> [path/to/portal.jar]
#
# Target: SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD (an empty database; the user must own it and
# may set session_replication_role for the load: a superuser, or a role granted
# SET ON PARAMETER session_replication_role, PostgreSQL 15+) or, when unset, a new embedded
# PostgreSQL under PORTAL_DATA_DIR (default ./data; stop the portal first and use a directory
# without a database): it is made as the portal makes one, with new passwords in
# postgres-credentials.properties, and loaded as the portal's own role, which has that grant.
# The schema is built by Flyway at the backup's version; the portal migrates it further on its
# next start.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
[ $# -ge 1 ] || { echo "usage: scripts/restore.sh <backup-dir> [portal.jar]" >&2; exit 2; }
jar="${2:-$(ls "$here"/target/tochuc-portal-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1)}"
[ -f "$jar" ] || { echo "No jar: run ./mvnw -DskipTests package first, or pass its path" >&2; exit 2; }
exec java -Dloader.main=vn.tochuc.portal.platform.database.BackupCommand -cp "$jar" \
	org.springframework.boot.loader.launch.PropertiesLauncher restore "$1"
