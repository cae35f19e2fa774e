#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on loopback for the tests, installing Debian's package
# when it is missing, and prints the environment the tests read:
#   eval "$(.ci/postgres.sh start DIR)"   ...   .ci/postgres.sh stop DIR
# The server trusts local connections: it lives in DIR, listens on 127.0.0.1 only, and
# is stopped and removed when the tests end.
set -euo pipefail
action=$1
dir=$(realpath -m "$2")
port=${RETURNSCOPE_TEST_POSTGRES_PORT:-55432}

bin() {
	ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

as_owner() {
	# initdb and the server refuse to run as root: run them as the postgres user then
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case $action in
start)
	if [ -z "$(bin)" ]; then
		echo "postgres.sh: installing PostgreSQL from Debian's packages" >&2
		if [ "$(id -u)" = 0 ]; then sudo=""; else sudo=sudo; fi
		$sudo apt-get update -qq >&2
		DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
	fi
	pg=$(bin)
	rm -rf "$dir"
	mkdir -p "$dir"
	[ "$(id -u)" = 0 ] && chown postgres "$dir"
	as_owner "$pg/initdb" -D "$dir/data" -U returnscope -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
	as_owner "$pg/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
		-o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >&2
	echo "export RETURNSCOPE_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:$port/postgres"
	echo "export RETURNSCOPE_TEST_POSTGRES_USER=returnscope"
	;;
stop)
	pg=$(bin)
	if [ -n "$pg" ] && [ -d "$dir/data" ]; then
		as_owner "$pg/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
	fi
	rm -rf "$dir"
	;;
*)
	echo "usage: postgres.sh start|stop DIR" >&2
	exit 64
	;;
esac
