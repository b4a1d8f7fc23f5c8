#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: the whole suite on the dev build,
# then the domain, storage, server, client, mail and reports suites again under AddressSanitizer and
# UndefinedBehaviorSanitizer (the widget suites stay out of that build to keep CI short), with
# a real PostgreSQL for the PostgreSQL tests; then every fuzz target runs a few seconds over its
# seeds and kept regressions; then the Debian packages are built and checked.
# The dev and asan presets leave the PostgreSQL variants (label postgres) out, so that a run by
# hand without a cluster does not report them as passed; here they run against the cluster.
# Tools the suites need (openssl, pdftotext, PostgreSQL) are required: a suite that misses one
# fails instead of skipping.
# Exits non-zero if anything fails.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# Paths relative to the checkout, so that every clone shares ccache's hits.
export CCACHE_BASEDIR="$PWD"

./installer/bootstrap.sh

source scripts/postgres-test-cluster.sh
trap stop_test_postgres EXIT
export SHOPDESK_REQUIRE_TOOLS=1

cmake --workflow --preset dev
ctest --preset dev-postgres
cmake --workflow --preset asan
ctest --preset asan-postgres
cmake --workflow --preset fuzz
cmake --workflow --preset package
./scripts/check-packages.sh
echo "test: every suite passed."
