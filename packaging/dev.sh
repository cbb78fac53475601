#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   packaging/dev.sh run [FILE.cxmap]   install what is missing, build, open cxmap (the demo by default)
#   packaging/dev.sh test               install what is missing, build, run every test with ctest
# Set CXMAP_BUILD_DIR to build elsewhere than ./build.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake ninja-build g++ ccache pkg-config
          qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-svg-dev
          qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libsqlite3-dev libboost-graph-dev libeigen3-dev libzip-dev
          sqlite3 clang libclang-rt-14-dev xvfb xauth poppler-utils file
          dpkg-dev desktop-file-utils appstream shared-mime-info tesseract-ocr tesseract-ocr-eng
          python3-networkx libxml2-utils graphviz)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

build="${CXMAP_BUILD_DIR:-build}"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)"

case "${1:-run}" in
run)
    shift || true
    exec "$build/bin/cxmap" "$@"
    ;;
test)
    export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
    export QT_QPA_PLATFORM=offscreen
    ctest --test-dir "$build" --output-on-failure -j"$(nproc)"
    if [ -x tests/fuzz/run-fuzzers.sh ]; then
        tests/fuzz/run-fuzzers.sh
    fi
    ;;
*)
    echo "usage: packaging/dev.sh run [FILE.cxmap] | test" >&2
    exit 2
    ;;
esac
