#!/bin/sh
# A throw-away PostgreSQL 15 for one ctest run: `pgcluster.sh start DIR` makes a cluster in DIR
# (initdb as the postgres user when run as root, as PostgreSQL refuses root), listening on
# 127.0.0.1 only, on a free port, and on a unix socket in DIR; it writes DIR/conninfo for the tests.
# `pgcluster.sh restart DIR` restarts it (fast shutdown, same options and port), as an operator would;
# RAPPORT_PG_DURABLE=1 keeps PostgreSQL's durable defaults (fsync on) for timing.
# `pgcluster.sh stop DIR` stops it by the pid it wrote and removes DIR. When PostgreSQL cannot start,
# start says why and exits 0 without DIR/conninfo: the postgres-labelled tests then skip.
set -u
ACTION="$1"
DIR="$2"
BIN="${RAPPORT_PG_BIN:-/usr/lib/postgresql/15/bin}"

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

unavailable() {
    echo "PostgreSQL is not available: $*"
    exit 0
}

case "$ACTION" in
start)
    # A cluster left by an interrupted run goes first.
    "$0" stop "$DIR"
    rm -rf "$DIR"
    mkdir -p "$DIR" || unavailable "cannot create $DIR"
    [ -x "$BIN/initdb" ] || unavailable "no $BIN/initdb (install postgresql-15: scripts/deps)"
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || unavailable "no postgres user (install postgresql-15: scripts/deps)"
        chown postgres "$DIR"
    fi
    as_owner "$BIN/initdb" -D "$DIR/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 \
        >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log"; unavailable "initdb failed"; }
    # Durability is not under test in ctest: fsync off keeps hundreds of small databases fast.
    # rapport-bench sets RAPPORT_PG_DURABLE=1 to time the durable default, as the embedded
    # backend (synchronous=FULL) is timed.
    DURABILITY="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [ "${RAPPORT_PG_DURABLE:-0}" = 1 ] && DURABILITY=""
    # A random high port; PostgreSQL refuses to start on one in use, and the next attempt takes another.
    for attempt in 1 2 3 4 5 6 7 8; do
        PORT=$(shuf -i 20000-60999 -n 1)
        if as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 start -o \
            "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR $DURABILITY \
             -c max_connections=300 -c shared_buffers=64MB" >/dev/null 2>&1; then
            head -1 "$DIR/data/postmaster.pid" >"$DIR/pid"
            echo "host=127.0.0.1 port=$PORT user=postgres" >"$DIR/conninfo"
            echo "PostgreSQL started on 127.0.0.1:$PORT (pid $(cat "$DIR/pid"), attempt $attempt)"
            exit 0
        fi
    done
    cat "$DIR/server.log" 2>/dev/null
    unavailable "the server did not start"
    ;;
restart)
    # Fast shutdown ends every session under the clients; pg_ctl starts it again with the options
    # of the first start (postmaster.opts), so the port and socket stay the same.
    [ -f "$DIR/pid" ] || { echo "no PostgreSQL started in $DIR" >&2; exit 1; }
    if ! as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 -m fast restart >/dev/null 2>&1; then
        tail -n 20 "$DIR/server.log" 2>/dev/null
        echo "PostgreSQL did not restart" >&2
        exit 1
    fi
    head -1 "$DIR/data/postmaster.pid" >"$DIR/pid"
    echo "PostgreSQL restarted (pid $(cat "$DIR/pid"))"
    ;;
stop)
    if [ -f "$DIR/pid" ]; then
        PID=$(cat "$DIR/pid")
        kill -TERM "$PID" 2>/dev/null
        # Fast shutdown on SIGINT if it lingers; wait at most 30 s.
        for i in $(seq 1 300); do
            kill -0 "$PID" 2>/dev/null || break
            [ "$i" = 50 ] && kill -INT "$PID" 2>/dev/null
            sleep 0.1
        done
    fi
    rm -rf "$DIR"
    ;;
*)
    echo "usage: $0 start|restart|stop DIR" >&2
    exit 2
    ;;
esac
