#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   packaging/dev.sh run [FILE.cxmap]   install what is missing, build, open cxmap (the demo by default)
#   packaging/dev.sh test               install what is missing, build, run every test with ctest
#   packaging/dev.sh sanitize           install what is missing, build with AddressSanitizer and
#                                       UndefinedBehaviorSanitizer (clang, build-sanitize), run every
#                                       test under them
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
configure_and_build() {
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$build" -j"$(nproc)"
}

case "${1:-run}" in
run)
    configure_and_build
    shift || true
    exec "$build/bin/cxmap" "$@"
    ;;
test)
    configure_and_build
    export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
    export QT_QPA_PLATFORM=offscreen
    ctest --test-dir "$build" --output-on-failure -j"$(nproc)"
    if [ -x tests/fuzz/run-fuzzers.sh ]; then
        tests/fuzz/run-fuzzers.sh
    fi
    ;;
sanitize)
    # clang, -O1 and line tables only: the same build with gcc and full debug information takes
    # more than twice as long, which CI's budget on 2 cores cannot hold beside the normal build.
    # Benchmarks are left out; they measure speed, which the sanitizers change.
    sanitize_build="${CXMAP_SANITIZE_BUILD_DIR:-build-sanitize}"
    cmake -S . -B "$sanitize_build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
          -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
          -DCXMAP_SANITIZE=ON -DCXMAP_BUILD_BENCHMARKS=OFF >/dev/null
    cmake --build "$sanitize_build" -j"$(nproc)"
    export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
    export QT_QPA_PLATFORM=offscreen
    export ASAN_OPTIONS="detect_leaks=1"
    export LSAN_OPTIONS="suppressions=$PWD/packaging/sanitize/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
    ctest --test-dir "$sanitize_build" --output-on-failure -j"$(nproc)"
    ;;
*)
    echo "usage: packaging/dev.sh run [FILE.cxmap] | test | sanitize" >&2
    exit 2
    ;;
esac
