# Sourced by scripts/test.sh: a throwaway PostgreSQL cluster for the tests, made with initdb in
# a temporary folder, listening on 127.0.0.1 only, stopped and removed on exit.
# Sets SHOPDESK_TEST_PG_URL to its "postgres" database.

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [[ -z "$pg_bin" || ! -x "$pg_bin/initdb" ]]; then
    echo "test: PostgreSQL's initdb is not installed (package postgresql)." >&2
    exit 1
fi

pg_dir=$(mktemp -d /tmp/shopdesk-pg.XXXXXX)
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

# initdb refuses to run as root: run the cluster as the postgres system user then.
if [[ $(id -u) -eq 0 ]]; then
    chown postgres: "$pg_dir"
    pg_run=(runuser -u postgres --)
else
    pg_run=()
fi

stop_test_postgres() {
    if [[ -f "$pg_dir/db/postmaster.pid" ]]; then
        "${pg_run[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/db" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$pg_dir"
}

"${pg_run[@]}" "$pg_bin/initdb" -D "$pg_dir/db" -A trust -U shopdesk -E UTF8 --no-sync >"$pg_dir/initdb.log" 2>&1 ||
    { cat "$pg_dir/initdb.log" >&2; stop_test_postgres; exit 1; }
# Throwaway data: durability is not what these tests measure of PostgreSQL itself (fsync off
# loses nothing when only PostgreSQL's processes die, as in tst_server_pgcrash).
pg_options="-h 127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off -c max_connections=300"
"${pg_run[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/db" -w -l "$pg_dir/server.log" -o "$pg_options" start >/dev/null ||
    { cat "$pg_dir/server.log" >&2; stop_test_postgres; exit 1; }

# For tests that crash the cluster: "ctl.sh stop" kills it as a crash would (no checkpoint,
# recovery at the next start), "ctl.sh start" starts it again on the same port.
cat >"$pg_dir/ctl.sh" <<EOF
#!/usr/bin/env bash
case "\$1" in
    stop) exec ${pg_run[*]} "$pg_bin/pg_ctl" -D "$pg_dir/db" -m immediate -w stop ;;
    start) exec ${pg_run[*]} "$pg_bin/pg_ctl" -D "$pg_dir/db" -w -l "$pg_dir/server.log" -o "$pg_options" start ;;
    *) echo "usage: \$0 stop|start" >&2; exit 2 ;;
esac
EOF
chmod 755 "$pg_dir/ctl.sh"
export SHOPDESK_TEST_PG_CTL="$pg_dir/ctl.sh"

export SHOPDESK_TEST_PG_URL="postgresql://shopdesk@127.0.0.1:$pg_port/postgres"
export SHOPDESK_REQUIRE_POSTGRES=1
echo "test: PostgreSQL on 127.0.0.1:$pg_port (data in $pg_dir)"
