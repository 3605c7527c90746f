# Shared by ./koers and ./test: install what a fresh machine of this kind lacks, find free loopback ports.
# Sourced, not run.

# Debian packages come from the machine's package source; apt needs one 'update' per fresh machine.
_koers_apt_updated=""
koers_apt_install() {
  if [ "$(id -u)" != 0 ]; then
    echo "koers: missing Debian package(s) $*; install them with: sudo apt-get install -y $*" >&2
    return 1
  fi
  if [ -z "$_koers_apt_updated" ]; then
    echo "koers: apt-get update (once, to install $*)" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    _koers_apt_updated=1
  fi
  echo "koers: installing $*" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# PostgreSQL 15 server binaries (initdb, pg_ctl, postgres): on PATH, via pg_config, or Debian's folder.
koers_pg_bindir() {
  local dir
  for dir in "$(command -v pg_ctl 2>/dev/null | xargs -r dirname)" \
             "$(pg_config --bindir 2>/dev/null)" \
             /usr/lib/postgresql/*/bin; do
    if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

koers_ensure_postgres() {
  koers_pg_bindir >/dev/null || koers_apt_install postgresql postgresql-contrib
  koers_pg_bindir >/dev/null
}

koers_ensure_node() {
  command -v node >/dev/null && command -v npm >/dev/null || koers_apt_install nodejs npm
}

# A TCP port on 127.0.0.1 that nothing listens on right now.
koers_free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();})"
}

# The user that runs PostgreSQL: initdb refuses root, so root delegates to the 'postgres' system user.
koers_as_pg_user() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}
