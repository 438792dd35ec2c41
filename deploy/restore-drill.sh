#!/usr/bin/env bash
# Restore drill for the Keyworker central store on PostgreSQL.
#
# Proves that a pg_dump of the central store restores into a database that serves the
# same records: it makes a throwaway database, serves the central store on it, adds a
# user, syncs a fictional young person up from a throwaway laptop store, dumps the
# database with pg_dump, restores the dump into a second database, serves that one, and
# syncs a second throwaway laptop from it, which must receive the same young person.
# Everything it makes (two databases, two laptop stores, the dump) is removed at the
# end, whatever happens. No real data is touched: run it against any PostgreSQL server
# where the user may create databases.
#
# Usage:   deploy/restore-drill.sh
# Settings (environment):
#   PGHOST, PGPORT, PGUSER, PGPASSWORD   the PostgreSQL server (default 127.0.0.1:5432, postgres)
#   KEYWORKER_CENTRAL, KEYWORKER          the two commands (default: found on PATH)
#   DRILL_PORT                           first loopback port to serve on (default 18765)
# Exit: 0 the restored database served the record; 1 it did not (or a step failed).

set -euo pipefail

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
KC="${KEYWORKER_CENTRAL:-keyworker-central}"
KW="${KEYWORKER:-keyworker}"
PORT="${DRILL_PORT:-18765}"
SUFFIX="$(date +%Y%m%d%H%M%S)_$$"
SRC_DB="keyworker_drill_src_${SUFFIX}"
DST_DB="keyworker_drill_restored_${SUFFIX}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/keyworker-drill.XXXXXX")"
SERVER_PID=""

url() { echo "postgresql://${PGUSER}${PGPASSWORD:+:${PGPASSWORD}}@${PGHOST}:${PGPORT}/$1"; }
say() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*"; }

cleanup() {
    stop_server
    dropdb --if-exists "$SRC_DB" 2>/dev/null || true
    dropdb --if-exists "$DST_DB" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

stop_server() {
    if [[ -n "$SERVER_PID" ]]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
        SERVER_PID=""
    fi
}

serve() {  # serve DATABASE PORT: start the central store and wait until it answers
    "$KC" --database-url "$(url "$1")" serve --host 127.0.0.1 --port "$2" \
        >"$WORK/serve-$1.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 100); do
        if status "$2" >/dev/null 2>&1; then return 0; fi
        sleep 0.2
    done
    say "the central store did not start; its output:"; cat "$WORK/serve-$1.log"; return 1
}

status() {  # status PORT: GET /v1/status (no token: the protocol, time and latest change)
    python3 -c 'import sys, urllib.request
print(urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/v1/status", timeout=5).read().decode())' "$1"
}

# Fictional data only; a cheap passphrase is fine for stores deleted within the minute.
export KEYWORKER_PASSPHRASE="drill passphrase $SUFFIX"
export KEYWORKER_CENTRAL_PASSWORD="drill password $SUFFIX"
export KEYWORKER_SERVER_PASSWORD="$KEYWORKER_CENTRAL_PASSWORD"

say "PostgreSQL: $(psql -d postgres -Atc 'SHOW server_version') at ${PGHOST}:${PGPORT}"
say "1. a throwaway central store: database $SRC_DB"
createdb "$SRC_DB"
"$KC" --database-url "$(url "$SRC_DB")" add-user drill-keyworker --role keyworker \
    --team drill --full-name "Drill Keyworker"

say "2. a laptop adds a fictional young person and syncs it up"
serve "$SRC_DB" "$PORT"
"$KW" --data-dir "$WORK/laptop-1" init --name "Drill Keyworker" --organisation "Drill" >/dev/null
YP_ID="$("$KW" --data-dir "$WORK/laptop-1" add young-person --given-name Drilla \
    --family-name "Restore-$SUFFIX" --date-of-birth 2012-03-04)"
"$KW" --data-dir "$WORK/laptop-1" sync --server "http://127.0.0.1:$PORT" --user drill-keyworker
BEFORE="$(status "$PORT")"
say "   source status: $BEFORE"
stop_server

say "3. pg_dump of $SRC_DB"
pg_dump --format=custom --no-owner --file "$WORK/central.dump" "$SRC_DB"
say "   dump: $(du -h "$WORK/central.dump" | cut -f1)"

say "4. restore into $DST_DB"
createdb "$DST_DB"
pg_restore --no-owner --exit-on-error --dbname "$DST_DB" "$WORK/central.dump"

say "5. serve the restored database; a second laptop registers and syncs"
serve "$DST_DB" "$((PORT + 1))"
AFTER="$(status "$((PORT + 1))")"
say "   restored status: $AFTER"
"$KW" --data-dir "$WORK/laptop-2" init --name "Drill Keyworker" --organisation "Drill" >/dev/null
"$KW" --data-dir "$WORK/laptop-2" sync --server "http://127.0.0.1:$((PORT + 1))" \
    --user drill-keyworker
stop_server
"$KC" --database-url "$(url "$DST_DB")" list-devices

say "6. check"
SEQ_BEFORE="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["latest_seq"])' "$BEFORE")"
SEQ_AFTER="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["latest_seq"])' "$AFTER")"
# Read the whole answer first: "grep -q" stops at the first match, and under pipefail the
# writer's broken pipe (exit 141) would fail a drill that passed.
SHOWN="$("$KW" --data-dir "$WORK/laptop-2" show "$YP_ID" || true)"
if [[ "$SHOWN" == *"Restore-$SUFFIX"* ]] \
        && [[ "$SEQ_BEFORE" == "$SEQ_AFTER" && "$SEQ_AFTER" -gt 0 ]]; then
    say "PASS: the restored central store holds every change ($SEQ_AFTER) and served young person $YP_ID to a new laptop"
    exit 0
fi
say "FAIL: latest change $SEQ_BEFORE before, $SEQ_AFTER after; the young person was $( \
    "$KW" --data-dir "$WORK/laptop-2" show "$YP_ID" >/dev/null 2>&1 && echo found || echo missing)"
exit 1
