#!/bin/sh
# Builds the libFuzzer targets with clang in their own build directory and runs each for a bounded
# time from its seed corpus. Exits non-zero if a target fails to build or finds a crash, a hang or
# a leak; the input that did it is left in $build/artifacts/.
#
#   CXMAP_FUZZ_SECONDS    run time per target (default 60)
#   CXMAP_FUZZ_BUILD_DIR  build directory (default build-fuzz at the repository root)
#   CXMAP_FUZZ_JOBS       parallel compile jobs (default 1)
#   CXX_FUZZ              the clang++ to use (default clang++)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${CXMAP_FUZZ_BUILD_DIR:-$root/build-fuzz}
seconds=${CXMAP_FUZZ_SECONDS:-60}
jobs=${CXMAP_FUZZ_JOBS:-1}

cmake -S "$here" -B "$build" -DCMAKE_CXX_COMPILER="${CXX_FUZZ:-clang++}" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" --parallel "$jobs"

status=0

# run_fuzzer TARGET CORPUS DICTIONARY
run_fuzzer() {
    # New inputs go to a work corpus in the build directory; the seeds in git stay as written.
    work="$build/corpus/$2"
    mkdir -p "$work" "$build/artifacts"
    echo "$1: ${seconds}s from $here/corpus/$2"
    if ! "$build/$1" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
            -dict="$here/$3" -artifact_prefix="$build/artifacts/$1-" -print_final_stats=1 \
            "$work" "$here/corpus/$2"; then
        echo "$1 failed; the input is in $build/artifacts/" >&2
        status=1
    fi
}

run_fuzzer fuzz_csvreader csv csv.dict
run_fuzzer fuzz_surveyheader header header.dict
run_fuzzer fuzz_mapping mapping json.dict
run_fuzzer fuzz_document document document.dict

exit $status
