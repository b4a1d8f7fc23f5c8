#!/usr/bin/env bash
# The external tools some suites call: openssl (tst_server_tls makes its certificate with it)
# and pdftotext (tst_reports_pdfreport reads the PDF report back). Those suites skip without
# them; this check makes a missing tool a failure when SHOPDESK_REQUIRE_TOOLS is set (as
# scripts/test.sh does), and a skip (exit 77) otherwise.
missing=()
for tool in openssl pdftotext; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if [[ ${#missing[@]} -eq 0 ]]; then
    echo "every tool is installed: openssl pdftotext"
    exit 0
fi
echo "not installed: ${missing[*]} (packages openssl, poppler-utils)"
[[ -n "${SHOPDESK_REQUIRE_TOOLS:-}" ]] && exit 1
exit 77
