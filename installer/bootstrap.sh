#!/usr/bin/env bash
# Installs the Debian packages of installer/packages.txt that are not installed yet.
# Idempotent: with everything present it changes nothing and needs no root.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mapfile -t wanted < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$here/packages.txt" | grep -v '^$')

missing=()
for package in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "bootstrap: all ${#wanted[@]} packages are installed."
    exit 0
fi

if ! command -v apt-get >/dev/null; then
    echo "bootstrap: this machine has no apt-get; install these by hand: ${missing[*]}" >&2
    exit 1
fi

if [[ $(id -u) -eq 0 ]]; then
    as_root=()
elif command -v sudo >/dev/null; then
    as_root=(sudo)
else
    echo "bootstrap: these packages are missing and installing them needs root (or sudo):" >&2
    echo "  ${missing[*]}" >&2
    exit 1
fi

echo "bootstrap: installing ${#missing[@]} missing packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! "${as_root[@]}" apt-get update -q; then
    echo "bootstrap: apt-get update failed; check the network and the package sources." >&2
    exit 1
fi
if ! "${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"; then
    echo "bootstrap: apt-get could not install: ${missing[*]}" >&2
    exit 1
fi
echo "bootstrap: done."
