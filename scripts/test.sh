#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: the whole suite on the dev build,
# then the domain, storage, server, client, mail and reports suites again under AddressSanitizer and
# UndefinedBehaviorSanitizer (the widget suites stay out of that build to keep CI short), with
# a real PostgreSQL for the PostgreSQL tests; then every fuzz target runs a few seconds over its
# seeds and kept regressions; then the Debian packages are built and checked.
# Exits non-zero if anything fails.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# Paths relative to the checkout, so that every clone shares ccache's hits.
export CCACHE_BASEDIR="$PWD"

./installer/bootstrap.sh

source scripts/postgres-test-cluster.sh
trap stop_test_postgres EXIT

cmake --workflow --preset dev
cmake --workflow --preset asan
cmake --workflow --preset fuzz
cmake --workflow --preset package
./scripts/check-packages.sh
echo "test: every suite passed."
