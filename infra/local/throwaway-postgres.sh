# Sourced by ./test: a PostgreSQL server for one test run, on a free loopback port, in a temporary folder.
# Sets KOERS_TEST_POSTGRES; koers_stop_throwaway_postgres removes everything again.

koers_start_throwaway_postgres() {
  local bindir port
  bindir=$(koers_pg_bindir)
  port=$(koers_free_port)
  KOERS_TEST_PG_DIR=$(mktemp -d /tmp/koers-test-pg.XXXXXX)
  chmod 755 "$KOERS_TEST_PG_DIR"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$KOERS_TEST_PG_DIR"
  koers_as_pg_user "$bindir/initdb" -D "$KOERS_TEST_PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    --no-sync >"$KOERS_TEST_PG_DIR/initdb.log" 2>&1 || { cat "$KOERS_TEST_PG_DIR/initdb.log" >&2; return 1; }
  # fsync off: a throwaway server; durability is not what these tests measure.
  koers_as_pg_user "$bindir/pg_ctl" -D "$KOERS_TEST_PG_DIR/data" -l "$KOERS_TEST_PG_DIR/server.log" -w -t 60 \
    -o "-p $port -k $KOERS_TEST_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null || { cat "$KOERS_TEST_PG_DIR/server.log" >&2; return 1; }
  export KOERS_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "test: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
}

koers_stop_throwaway_postgres() {
  [ -n "${KOERS_TEST_PG_DIR:-}" ] || return 0
  koers_as_pg_user "$(koers_pg_bindir)/pg_ctl" -D "$KOERS_TEST_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$KOERS_TEST_PG_DIR"
}
