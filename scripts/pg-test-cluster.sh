#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the store's tests, in a directory of its own, on a loopback port.
#
#   eval "$(bash scripts/pg-test-cluster.sh start /tmp/pg-test)"   # prints: export TEST_DATABASE_URL=postgres://…
#   bash scripts/pg-test-cluster.sh stop /tmp/pg-test              # stops it and deletes the directory
#
# Needs Debian's `postgresql` package (or any PostgreSQL ≥ 13 whose bin directory PG_BIN names). PostgreSQL refuses
# to run as root, so under root the cluster runs as the `postgres` user (created by the package) or `nobody`.
set -euo pipefail

action=${1:-}
dir=${2:-}
if [ -z "$action" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop <directory>" >&2
  exit 2
fi

# Debian keeps the binaries under /usr/lib/postgresql/<version>/bin, off PATH; the newest version wins.
find_bin() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  local newest
  newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$newest" ]; then echo "$newest"; return; fi
  if command -v pg_ctl >/dev/null; then dirname "$(command -v pg_ctl)"; return; fi
  echo "no PostgreSQL found: install it (apt-get install postgresql) or set PG_BIN to its bin directory" >&2
  exit 1
}

# Runs a command as the cluster's owner: ourselves, or an unprivileged user when we are root.
as_owner() {
  if [ "$(id -u)" -ne 0 ]; then "$@"; return; fi
  local user=postgres
  id -u "$user" >/dev/null 2>&1 || user=nobody
  if command -v runuser >/dev/null; then runuser -u "$user" -- "$@"; else su -s /bin/sh "$user" -c "$(printf '%q ' "$@")"; fi
}

owner() {
  if [ "$(id -u)" -ne 0 ]; then id -un; elif id -u postgres >/dev/null 2>&1; then echo postgres; else echo nobody; fi
}

bin=$(find_bin)
case "$action" in
  start)
    mkdir -p "$dir"
    chown "$(owner)" "$dir"
    chmod 700 "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 || {
      cat "$dir/initdb.log" >&2
      exit 1
    }
    # A free port: try a few at random, since other clusters may share the machine.
    for _ in 1 2 3 4 5 6 7 8; do
      port=$((20000 + RANDOM % 40000))
      if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null; then
        as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres assistant_test
        echo "$port" >"$dir/port"
        echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/assistant_test"
        exit 0
      fi
    done
    cat "$dir/server.log" >&2
    exit 1
    ;;
  stop)
    if [ -d "$dir/data" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop <directory>" >&2
    exit 2
    ;;
esac
