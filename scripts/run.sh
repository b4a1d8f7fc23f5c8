#!/usr/bin/env bash
# Installs what is missing, builds the release, makes a demo shop on first run, starts
# shopdesk-server on 127.0.0.1 and opens the shopdesk client connected to it.
# Without a display the server keeps running. Ctrl+C stops everything this started.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# Paths relative to the checkout, so that every clone shares ccache's hits.
export CCACHE_BASEDIR="$PWD"

./installer/bootstrap.sh
cmake --preset release >/dev/null
cmake --build --preset release --target shopdesk-server-app shopdesk

bin=build/release/app
data=${SHOPDESK_DEMO_DIR:-$PWD/.demo}
port=${SHOPDESK_DEMO_PORT:-8080}

# The marker is written only once the demo shop is complete, so an interrupted first run
# starts over instead of serving half a shop.
if [[ ! -e "$data/.demo-ready" ]]; then
    echo "run: making the demo shop in $data (first run only)"
    rm -rf "$data"
    mkdir -p "$data"
    "$bin/server/shopdesk-server" demo --data "$data"
    touch "$data/.demo-ready"
fi

"$bin/server/shopdesk-server" --data "$data" --listen "127.0.0.1:$port" &
server_pid=$!
stop() {
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
}
trap stop EXIT
trap 'exit 130' INT TERM

url="http://127.0.0.1:$port"
for _ in $(seq 1 100); do
    curl -fsS "$url/api/v1/health" >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { echo "run: the server did not start" >&2; exit 1; }
    sleep 0.1
done

cat <<INFO

Shopdesk server: $url  (data in $data)
Demo log-ins (user / password / role):
$(sed -n 's/^| `\([a-z]*\)` | `\(demo-[a-z]*\)` | \([a-z]*\) |$/  \1 \/ \2 \/ \3/p' docs/api.md)

INFO

if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    "$bin/desktop/shopdesk" --server "$url"
else
    echo "run: there is no display (DISPLAY is not set), so the client window cannot open."
    echo "run: the server keeps running at $url; press Ctrl+C to stop it."
    wait "$server_pid"
fi
