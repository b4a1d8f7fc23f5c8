#!/usr/bin/env bash
# Builds the libFuzzer targets (the fuzz preset) and runs each for SECONDS (default an hour),
# one after another, keeping what they find between runs in build/fuzz/fuzz/<target>/corpus.
# A failing input is written to build/fuzz/fuzz/<target>/artifacts/ and the script stops there.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]      e.g. scripts/fuzz.sh 14400 mime_reader
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export CCACHE_BASEDIR="$PWD"
seconds=${1:-3600}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(http_request json_body html_sanitiser content_image payment_link mime_reader)
fi
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
for target in "${targets[@]}"; do
    echo "fuzz: $target for $seconds s"
    tests/fuzz/run-fuzzer.sh "build/fuzz/fuzz/fuzz_$target" "$seconds" \
        "tests/fuzz/corpus/$target" "tests/fuzz/regressions/$target" "build/fuzz/fuzz/$target"
done
