#!/usr/bin/env bash
# One iamd node on PostgreSQL against one on SQLite, in one run: GetUser (of the caller) and
# CreateUser (a new user per request) at N connections with crates/iamd-loadgen, each node
# fresh, the PostgreSQL a throwaway cluster of scripts/pg-test-cluster on this machine; then
# the propagation delay of a policy change between two nodes on PostgreSQL
# (benches/propagation.py, p50/p99).
#
# Usage: benches/postgres_load.sh
# Environment: CONNECTIONS=64 DURATION=10 WARMUP=2 SAMPLES=200 (propagation)
#              PROFILE=release (or debug: no release build, for a quick relative comparison)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
CONNECTIONS="${CONNECTIONS:-64}"
DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-2}"
ACCOUNT=123456789012
ROOT_KEY=AKIAROOTLOADBENCH001
ROOT_SECRET=rootloadbenchsecret0000000000000000000000

PROFILE="${PROFILE:-release}"
if [ "$PROFILE" = release ]; then
  cargo build --release -p iamd -p iamd-loadgen
else
  cargo build -p iamd -p iamd-loadgen
fi
TMP="$(mktemp -d "${TMPDIR:-/tmp}/iamd-pgload.XXXXXX")"
PID=""
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
  [ -n "${IAMD_PG_TEST_CLUSTER:-}" ] && scripts/pg-test-cluster stop "$IAMD_PG_TEST_CLUSTER"
  rm -rf "$TMP"
}
trap cleanup EXIT
eval "$(scripts/pg-test-cluster start --owner-pid $$)"
openssl rand -hex 32 >"$TMP/master.key"
IAMD=target/$PROFILE/iamd
LOADGEN=target/$PROFILE/iamd-loadgen

# run NAME [serve options…]: a fresh node, the bench user, then both loads.
run() {
  local name=$1
  shift
  IAMD_ROOT_ACCESS_KEY_ID=$ROOT_KEY IAMD_ROOT_SECRET_ACCESS_KEY=$ROOT_SECRET RUST_LOG=warn \
    "$IAMD" serve --data-dir "$TMP/$name" --listen 127.0.0.1:0 --account-id $ACCOUNT "$@" \
    >"$TMP/$name.log" 2>&1 &
  PID=$!
  local url=""
  for _ in $(seq 300); do
    url=$(grep -o 'http://127.0.0.1:[0-9]*/' "$TMP/$name.log" | head -1 || true)
    [ -n "$url" ] && break
    sleep 0.1
  done
  [ -n "$url" ] || { cat "$TMP/$name.log"; exit 1; }
  eval "$("$LOADGEN" setup --endpoint "$url" --access-key $ROOT_KEY --secret-key $ROOT_SECRET --users 100)"
  for op in get-user create-user; do
    echo "== $name: $op"
    "$LOADGEN" --endpoint "$url" --access-key "$BENCH_ACCESS_KEY_ID" \
      --secret-key "$BENCH_SECRET_ACCESS_KEY" --operation $op --connections "$CONNECTIONS" \
      --duration "$DURATION" --warmup "$WARMUP"
  done
  kill "$PID"
  wait "$PID" || true
  PID=""
}

run sqlite
psql_url="$IAMD_TEST_DATABASE_URL"
"$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/psql" -X -q "$psql_url" -c "CREATE DATABASE bench"
run postgres --database-url "${psql_url%/postgres}/bench" --master-key-file "$TMP/master.key"

echo "== propagation of a policy change between two nodes on PostgreSQL"
IAMD_BIN="$IAMD" .venv-tests/bin/python benches/propagation.py --samples "${SAMPLES:-200}"
