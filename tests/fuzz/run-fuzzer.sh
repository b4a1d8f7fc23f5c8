#!/usr/bin/env bash
# Runs one fuzz target: once over every kept regression input (each was a crash, hang or
# sanitizer report, fixed since), then for SECONDS from its seeds. New inputs it finds go to
# WORK/corpus, never into the repository; a failing input is written to WORK/artifacts.
#
#   run-fuzzer.sh FUZZER SECONDS SEEDS REGRESSIONS WORK
set -euo pipefail
fuzzer=$1 seconds=$2 seeds=$3 regressions=$4 work=$5
mkdir -p "$work/corpus" "$work/artifacts"
if compgen -G "$regressions/*" >/dev/null; then
    "$fuzzer" -timeout=10 "$regressions"/*
fi
exec "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$work/artifacts/" -print_final_stats=1 "$work/corpus" "$seeds"
