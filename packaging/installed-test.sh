#!/usr/bin/env bash
# The installed test (issue 14): builds the Debian package from a build folder, unpacks it with
# `dpkg -x` into a scratch root, checks that it holds what a desktop needs and declares the
# plugins shared-library detection cannot see, and runs the installed `cxmap --version` and
# `cxmap demo` from there.
#   packaging/installed-test.sh [BUILD_DIR]      (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-${CXMAP_BUILD_DIR:-build}}"

fail() { echo "installed-test: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB >/dev/null 2>&1) || fail "cpack -G DEB failed in $build"
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
deb=$(ls -t "$build"/cxmap_"$version"_*.deb | head -1)
[ -f "$deb" ] || fail "no package was written"
echo "installed-test: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"

depends=$(dpkg-deb -f "$deb" Depends)
for package in libqt6svg6 libqt6gui6 libqt6widgets6 libqt6charts6 libsqlite3-0 shared-mime-info; do
    grep -q "\b$package\b" <<<"$depends" || fail "Depends lacks $package: $depends"
done

id=$(basename "$(ls "$root"/usr/share/applications/*.desktop)" .desktop)
for file in usr/bin/cxmap \
            "usr/share/applications/$id.desktop" \
            "usr/share/metainfo/$id.metainfo.xml" \
            usr/share/mime/packages/cxmap.xml \
            usr/share/man/man1/cxmap.1.gz \
            "usr/share/icons/hicolor/scalable/apps/$id.svg" \
            "usr/share/icons/hicolor/48x48/apps/$id.png" \
            "usr/share/icons/hicolor/256x256/apps/$id.png" \
            usr/share/icons/hicolor/scalable/mimetypes/application-x-cxmap.svg \
            usr/share/icons/hicolor/48x48/mimetypes/application-x-cxmap.png; do
    [ -e "$root/$file" ] || fail "the package lacks /$file"
done
desktop-file-validate "$root/usr/share/applications/$id.desktop"
appstreamcli validate --no-net --no-color "$root/usr/share/metainfo/$id.metainfo.xml" >/dev/null \
    || fail "the installed metainfo does not validate"

# The installed program, with no display, from the scratch root.
work=$(mktemp -d)
trap 'rm -rf "$root" "$work"' EXIT
installed="$root/usr/bin/cxmap"
said=$(env -u DISPLAY -u WAYLAND_DISPLAY "$installed" --version)
[ "$said" = "cxmap $version" ] || fail "the installed cxmap --version says \"$said\", not cxmap $version"
env -u DISPLAY -u WAYLAND_DISPLAY "$installed" demo "$work/demo.cxmap"
info=$(env -u DISPLAY -u WAYLAND_DISPLAY "$installed" info "$work/demo.cxmap" --json)
grep -q '"measurements": *67226' <<<"$info" || fail "the installed cxmap does not read back the demo it wrote: $info"
echo "installed-test: PASS (cxmap --version, cxmap demo and cxmap info from the unpacked package)"
