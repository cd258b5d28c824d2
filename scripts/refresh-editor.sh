#!/usr/bin/env bash
# Refreshes the checked-in copy of the article editor, HugeRTE (MIT; the maintained fork of
# TinyMCE 6), under src/main/resources/static/vendor/hugerte-<version>/.
#
#   scripts/refresh-editor.sh
#
# Fetches the pinned npm tarball with `npm pack`, refuses it unless its SHA-512 equals the
# pinned integrity hash (the one the npm registry publishes for that version), and copies only
# the files the portal loads, with the licence, plus SOURCE.txt naming the package, its hash and
# the SHA-256 of every copied file (EditorAssetsTest checks the copy against it). The build never
# runs this: `./mvnw verify` needs nothing but the checked-in copy. To move to a new version,
# change VERSION and INTEGRITY (from `npm view hugerte@<version> dist.integrity`), run it, update
# the version in the paths of templates/news/admin/form.html and of the tests' EditorFiles, and
# read the changelog.
set -euo pipefail

VERSION=1.0.14
INTEGRITY=sha512-pwJAt+o6PLH2+jJkyl5kHG54GozXfeaXiyF66khdUqiOUijYhXygK1tgktUZYTk+9ALItrTeX9Icj34JHzMA0A==

# What the editor loads with the configuration in static/js/editor.js: the core, its theme,
# model and icons, one skin (the text area uses the portal's own css/editor-content.css), and
# the plugins named in `plugins:` there.
PLUGINS="autolink code fullscreen image link lists searchreplace table wordcount"
FILES="license.txt hugerte.min.js themes/silver/theme.min.js models/dom/model.min.js icons/default/icons.min.js
skins/ui/oxide/skin.min.css skins/ui/oxide/content.min.css"
for plugin in $PLUGINS; do
	FILES="$FILES plugins/$plugin/plugin.min.js"
done

here="$(cd "$(dirname "$0")/.." && pwd)"
target="$here/src/main/resources/static/vendor/hugerte-$VERSION"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v npm >/dev/null || { echo "npm is needed (Debian: apt-get install npm)" >&2; exit 2; }
(cd "$work" && npm pack --silent "hugerte@$VERSION" >/dev/null)
tarball="$work/hugerte-$VERSION.tgz"
[ -f "$tarball" ] || { echo "npm pack did not produce $tarball" >&2; exit 1; }

actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
if [ "$actual" != "$INTEGRITY" ]; then
	echo "Integrity mismatch for hugerte@$VERSION:" >&2
	echo "  pinned  $INTEGRITY" >&2
	echo "  fetched $actual" >&2
	exit 1
fi

tar -xzf "$tarball" -C "$work"
rm -rf "$target"
for file in $FILES; do
	mkdir -p "$target/$(dirname "$file")"
	cp "$work/package/$file" "$target/$file"
done

{
	echo "package: hugerte"
	echo "version: $VERSION"
	echo "licence: MIT (license.txt); hugerte.min.js bundles DOMPurify (Apache-2.0 or MPL-2.0, used under Apache-2.0)"
	echo "integrity: $INTEGRITY"
	echo "refreshed by: scripts/refresh-editor.sh"
	echo "files (sha256):"
	(cd "$target" && for file in $FILES; do sha256sum "$file"; done)
} >"$target/SOURCE.txt"

echo "hugerte $VERSION copied to ${target#"$here"/} ($(echo $FILES | wc -w) files)"
