#!/usr/bin/env bash
# Checks the .deb packages that `cmake --workflow --preset package` made: their contents and
# control data, the AppStream metadata, and that the packaged binaries answer --version.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=build/package/packages
version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt | head -n 1)
server="$packages/shopdesk-server_${version}_amd64.deb"
client="$packages/shopdesk_${version}_amd64.deb"
root=$(mktemp -d /tmp/shopdesk-packages.XXXXXX)
trap 'rm -rf "$root"' EXIT
failures=0

fail() { echo "packages: FAIL: $*" >&2; failures=$((failures + 1)); }
expect_file() { # package, path
    dpkg-deb -c "$1" | awk '{print $6}' | grep -qx "./$2" || fail "$(basename "$1") lacks /$2"
}
expect_control() { # package, field, text
    dpkg-deb -f "$1" "$2" | grep -q -- "$3" || fail "$(basename "$1"): $2 does not mention $3"
}

for package in "$server" "$client"; do
    [[ -f "$package" ]] || { fail "missing $package"; continue; }
done
[[ $failures -eq 0 ]] || exit 1

expect_file "$server" usr/bin/shopdesk-server
expect_file "$server" lib/systemd/system/shopdesk-server.service
expect_file "$server" etc/shopdesk/server.env
expect_file "$server" usr/share/doc/shopdesk-server/api.md
expect_control "$server" Depends libqt6core6
expect_control "$server" Depends libqt6sql6-sqlite
expect_control "$server" Depends libqt6sql6-psql
dpkg-deb --ctrl-tarfile "$server" | tar -xO ./conffiles | grep -qx /etc/shopdesk/server.env ||
    fail "server.env is not a conffile"
dpkg-deb --ctrl-tarfile "$server" | tar -xO ./postinst | grep -q 'adduser --system' ||
    fail "postinst does not create the shopdesk system user"
dpkg-deb --ctrl-tarfile "$server" | tar -xO ./postinst |
    awk '/install -d/ && !made { made = NR } /adduser --system/ { exit !(made && made < NR) }' ||
    fail "postinst names the home folder to adduser before it exists (adduser warns)"
dpkg-deb --ctrl-tarfile "$server" | tar -xO ./postinst | grep -q 'chmod 0640 /etc/shopdesk/server.env' ||
    fail "postinst does not keep server.env from other users (0640)"
dpkg-deb --ctrl-tarfile "$server" | tar -xO ./postinst | grep -q 'install -d -o shopdesk -g shopdesk -m 0750 /var/lib/shopdesk' ||
    fail "postinst does not keep the data folder to the shopdesk user (0750)"
grep -q '^User=shopdesk$' <(dpkg-deb --fsys-tarfile "$server" | tar -xO ./lib/systemd/system/shopdesk-server.service) ||
    fail "the systemd unit does not run as user shopdesk"

expect_file "$client" usr/bin/shopdesk
expect_file "$client" usr/share/applications/io.shopdesk.Shopdesk.desktop
expect_file "$client" usr/share/metainfo/io.shopdesk.Shopdesk.metainfo.xml
expect_file "$client" usr/share/icons/hicolor/scalable/apps/io.shopdesk.Shopdesk.svg
expect_control "$client" Depends libqt6widgets6

dpkg-deb -x "$server" "$root"
dpkg-deb -x "$client" "$root"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.shopdesk.Shopdesk.metainfo.xml" >/dev/null ||
    fail "appstreamcli rejects the AppStream metadata"
"$root/usr/bin/shopdesk-server" --version | grep -q "$version" || fail "shopdesk-server --version"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/shopdesk" --version | grep -q "$version" ||
    fail "shopdesk --version"

if [[ $failures -ne 0 ]]; then
    echo "packages: $failures check(s) failed" >&2
    exit 1
fi
echo "packages: shopdesk and shopdesk-server $version pass their checks."
