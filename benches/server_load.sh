#!/usr/bin/env bash
# `iamd serve` under load with crates/iamd-loadgen: signed GetUser, ListUsers (100 users) and
# SimulatePrincipalPolicy at N connections on loopback, then the same load against
# moto_server (PyPI moto[server]) and the iamd/moto ratio.
#
# Usage: benches/server_load.sh          iamd vs moto_server
#        benches/server_load.sh --big    100,000 users and 200,000 access keys: resident
#                                        memory, restart time, GetUser vs the empty store
# Environment:
#   CONNECTIONS=64      connections of every load run
#   DURATION=10 WARMUP=2             seconds measured / warm-up per iamd run
#   MOTO_DURATION=5 MOTO_WARMUP=1    the same for moto_server (much slower)
#   CLIENT_THREADS=1    threads of the load generator
#   BIG_USERS=100000 BIG_KEYS=2 SETUP_CONCURRENCY=32   the --big store
#   RERUNS=2 BUSY_LIMIT=0.2 BUSY_PAUSE=20   run a load again (after a pause) when other
#                       work used more than BUSY_LIMIT cores during it; the least disturbed
#                       run is kept, and marked [busy] if none was quiet
#   KEEP_TMP=1          keep the temporary directory (data dirs, logs, moto venv)
#
# Every figure is printed with the CPU used during the run by the server, by the load
# generator and by everything else on the machine ("other": /proc/stat's busy time less the
# two), and with the load average before the run (which includes the previous run's load).
#
# Traffic goes to 127.0.0.1 only; every run stops by itself.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODE=small
for arg in "$@"; do
  case "$arg" in
    --big) MODE=big ;;
    -h | --help) sed -n '2,24p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "server_load.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done
CONNECTIONS="${CONNECTIONS:-64}"
DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-2}"
MOTO_DURATION="${MOTO_DURATION:-5}"
MOTO_WARMUP="${MOTO_WARMUP:-1}"
CLIENT_THREADS="${CLIENT_THREADS:-1}"
BIG_USERS="${BIG_USERS:-100000}"
BIG_KEYS="${BIG_KEYS:-2}"
SETUP_CONCURRENCY="${SETUP_CONCURRENCY:-32}"
RERUNS="${RERUNS:-2}"
BUSY_LIMIT="${BUSY_LIMIT:-0.2}"
BUSY_PAUSE="${BUSY_PAUSE:-20}"
ACCOUNT=123456789012
ROOT_KEY=AKIAROOTLOADBENCH001
ROOT_SECRET=rootloadbenchsecret0000000000000000000000

cd "$ROOT"
echo "== build (release)"
cargo build --release -p iamd
cargo build --release -p iamd-loadgen

TMP="$(mktemp -d "${TMPDIR:-/tmp}/iamd-load.XXXXXX")"
PIDS=()
cleanup() {
  local p
  for p in "${PIDS[@]}"; do
    kill "$p" 2>/dev/null || true
  done
  for p in "${PIDS[@]}"; do
    wait "$p" 2>/dev/null || true
  done
  if [[ -n "${KEEP_TMP:-}" ]]; then
    echo "kept $TMP"
  else
    rm -rf "$TMP"
  fi
}
trap cleanup EXIT

# Copies, so that a rebuild in the work tree during the run changes nothing.
mkdir -p "$TMP/bin"
cp target/release/iamd target/release/iamd-loadgen "$TMP/bin/"
IAMD="$TMP/bin/iamd"
LOADGEN="$TMP/bin/iamd-loadgen"

echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(uname -r)"

now_us() { echo "${EPOCHREALTIME/./}"; }

# start_iamd NAME DATA_DIR: starts iamd serve on a free loopback port; sets IAMD_PID,
# IAMD_URL and STARTUP_MS (from exec to the "listening" line).
start_iamd() {
  local name=$1 data=$2 fifo="$TMP/$1.fifo" log="$TMP/$1.out" line t0
  rm -f "$fifo"
  mkfifo "$fifo"
  t0=$(now_us)
  IAMD_ROOT_ACCESS_KEY_ID=$ROOT_KEY IAMD_ROOT_SECRET_ACCESS_KEY=$ROOT_SECRET \
    "$IAMD" serve --data-dir "$data" --listen 127.0.0.1:0 --account-id "$ACCOUNT" \
    >"$fifo" 2>"$TMP/$name.err" &
  IAMD_PID=$!
  PIDS+=("$IAMD_PID")
  exec {IAMD_FD}<"$fifo"
  IAMD_URL=
  while IFS= read -r -t 120 -u "$IAMD_FD" line; do
    echo "$line" >>"$log"
    if [[ "$line" == *"listening on http://"* ]]; then
      IAMD_URL="${line##*listening on }"
      break
    fi
  done
  STARTUP_MS=$((($(now_us) - t0) / 1000))
  if [[ -z "$IAMD_URL" ]]; then
    echo "iamd did not start; its stderr:" >&2
    cat "$TMP/$name.err" >&2
    exit 1
  fi
  # Keep reading its stdout so that it never writes to a closed pipe.
  cat <&"$IAMD_FD" >>"$log" &
  PIDS+=("$!")
  exec {IAMD_FD}<&-
}

stop_pid() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# machine_ticks: "busy total" jiffies over all cores.
machine_ticks() { awk '/^cpu / { t = 0; for (i = 2; i <= NF; i++) t += $i; print t - $5 - $6, t }' /proc/stat; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.0f", a / b; else print "n/a" }'; }

RESULTS=()

# load_once LABEL SERVER_PID URL KEY SECRET OPERATION DURATION WARMUP CONNECTIONS [extra args]:
# one load run; sets RPS, P50, P99, ERRORS, OTHER (cores used by other work) and LINE.
load_once() {
  local label=$1 pid=$2 url=$3 key=$4 secret=$5 op=$6 duration=$7 warmup=$8 conns=$9
  shift 9
  local loadavg_before s0 m0 t0 w0 out s1 m1 t1 wall server client busy cpu_user cpu_sys result
  loadavg_before=$(cut -d' ' -f1-3 /proc/loadavg)
  s0=$(cpu_ticks "$pid")
  read -r m0 t0 <<<"$(machine_ticks)"
  w0=$(now_us)
  out=$(/usr/bin/time -f '%U %S' -o "$TMP/time" "$LOADGEN" --endpoint "$url" \
    --access-key "$key" --secret-key "$secret" --operation "$op" \
    --connections "$conns" --duration "$duration" --warmup "$warmup" \
    --threads "$CLIENT_THREADS" "$@")
  wall=$(($(now_us) - w0))
  s1=$(cpu_ticks "$pid")
  read -r m1 t1 <<<"$(machine_ticks)"
  read -r cpu_user cpu_sys <"$TMP/time"
  server=$(awk -v d=$((s1 - s0)) -v w="$wall" 'BEGIN { printf "%.2f", d / 100 / (w / 1e6) }')
  client=$(awk -v u="$cpu_user" -v s="$cpu_sys" -v w="$wall" 'BEGIN { printf "%.2f", (u + s) / (w / 1e6) }')
  busy=$(awk -v b=$((m1 - m0)) -v t=$((t1 - t0)) -v n="$(nproc)" 'BEGIN { printf "%.2f", (t > 0) ? (b / t * n) : 0 }')
  OTHER=$(awk -v b="$busy" -v s="$server" -v c="$client" 'BEGIN { o = b - s - c; printf "%.2f", (o < 0) ? 0 : o }')
  echo "$out" | grep -v '^RESULT' | sed 's/^/  /'
  result=$(grep '^RESULT' <<<"$out")
  RPS=$(sed -n 's/.* rps=\([0-9.]*\).*/\1/p' <<<"$result")
  P50=$(sed -n 's/.* p50_ms=\([0-9.]*\).*/\1/p' <<<"$result")
  P99=$(sed -n 's/.* p99_ms=\([0-9.]*\).*/\1/p' <<<"$result")
  ERRORS=$(sed -n 's/.* errors=\([0-9]*\).*/\1/p' <<<"$result")
  LINE=$(printf '%-40s %7.0f req/s  p50 %7.2f ms  p99 %7.2f ms  errors %-5s  cores: server %s, client %s, other %s  load avg %s' \
    "$label" "$RPS" "$P50" "$P99" "$ERRORS" "$server" "$client" "$OTHER" "$loadavg_before")
  echo "  $LINE"
}

# load LABEL SERVER_PID URL KEY SECRET OPERATION DURATION WARMUP [CONNECTIONS [extra args]]:
# load_once, run again (up to RERUNS more times) while other work used more than BUSY_LIMIT
# cores; keeps the run that other work disturbed least and adds its line to RESULTS.
load() {
  local conns=${9:-$CONNECTIONS} attempt best_other=
  local best_rps best_p50 best_p99 best_errors best_line
  local args=("${@:1:8}" "$conns" "${@:10}")
  for ((attempt = 0; attempt <= RERUNS; attempt++)); do
    load_once "${args[@]}"
    if [[ -z "$best_other" ]] || awk -v a="$OTHER" -v b="$best_other" 'BEGIN { exit !(a < b) }'; then
      best_other=$OTHER best_rps=$RPS best_p50=$P50 best_p99=$P99 best_errors=$ERRORS best_line=$LINE
    fi
    if awk -v o="$best_other" -v l="$BUSY_LIMIT" 'BEGIN { exit !(o <= l) }'; then
      break
    fi
    if ((attempt < RERUNS)); then
      echo "  (other work used $OTHER cores during that run: running it again)"
      sleep "$BUSY_PAUSE"
    else
      best_line="$best_line  [busy]"
    fi
  done
  RPS=$best_rps P50=$best_p50 P99=$best_p99 ERRORS=$best_errors
  RESULTS+=("$best_line")
}

# setup URL KEY SECRET USERS KEYS: creates the users, keys and the bench user; sets
# BENCH_ACCESS_KEY_ID, BENCH_SECRET_ACCESS_KEY, SETUP_SECONDS, SETUP_REQUESTS.
setup() {
  local env
  env=$("$LOADGEN" setup --endpoint "$1" --access-key "$2" --secret-key "$3" \
    --users "$4" --keys-per-user "$5" --concurrency "$SETUP_CONCURRENCY")
  BENCH_ACCESS_KEY_ID=$(sed -n 's/^BENCH_ACCESS_KEY_ID=//p' <<<"$env")
  BENCH_SECRET_ACCESS_KEY=$(sed -n 's/^BENCH_SECRET_ACCESS_KEY=//p' <<<"$env")
  SETUP_SECONDS=$(sed -n 's/^SETUP_SECONDS=//p' <<<"$env")
  SETUP_REQUESTS=$(sed -n 's/^SETUP_REQUESTS=//p' <<<"$env")
}

OPERATIONS=(get-user list-users simulate-principal-policy)

if [[ "$MODE" == small ]]; then
  echo "== iamd: $CONNECTIONS connections, ${DURATION} s per operation after ${WARMUP} s of warm-up"
  start_iamd iamd "$TMP/data"
  echo "  started in ${STARTUP_MS} ms at $IAMD_URL"
  setup "$IAMD_URL" "$ROOT_KEY" "$ROOT_SECRET" 100 0
  declare -A IAMD_RPS IAMD_P99
  for op in "${OPERATIONS[@]}"; do
    load "iamd $op" "$IAMD_PID" "$IAMD_URL" "$BENCH_ACCESS_KEY_ID" "$BENCH_SECRET_ACCESS_KEY" \
      "$op" "$DURATION" "$WARMUP"
    IAMD_RPS[$op]=$RPS
    IAMD_P99[$op]=$P99
  done
  echo "  iamd resident memory: $(rss_mb "$IAMD_PID") MB"
  stop_pid "$IAMD_PID"

  echo "== moto_server"
  MOTO="$(command -v moto_server || true)"
  if [[ -z "$MOTO" ]] || ! "$MOTO" --help >/dev/null 2>&1; then
    echo "  installing moto[server] into $TMP/venv"
    python3 -m venv "$TMP/venv"
    "$TMP/venv/bin/pip" install --quiet 'moto[server]'
    MOTO="$TMP/venv/bin/moto_server"
    MOTO_PY="$TMP/venv/bin/python"
  else
    MOTO_PY=python3
  fi
  echo "  moto $("$MOTO_PY" -c 'import moto; print(moto.__version__)') ($MOTO)"
  MOTO_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "$MOTO" -H 127.0.0.1 -p "$MOTO_PORT" >"$TMP/moto.log" 2>&1 &
  MOTO_PID=$!
  PIDS+=("$MOTO_PID")
  for _ in $(seq 300); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$MOTO_PORT") 2>/dev/null; then break; fi
    sleep 0.1
  done
  MOTO_URL="http://127.0.0.1:$MOTO_PORT/"
  # moto_server accepts any credentials.
  setup "$MOTO_URL" AKIAMOTOLOADBENCH001 motoloadbenchsecret 100 0
  declare -A MOTO_RPS
  for op in "${OPERATIONS[@]}"; do
    load "moto $op" "$MOTO_PID" "$MOTO_URL" "$BENCH_ACCESS_KEY_ID" "$BENCH_SECRET_ACCESS_KEY" \
      "$op" "$MOTO_DURATION" "$MOTO_WARMUP"
    MOTO_RPS[$op]=$RPS
  done
  stop_pid "$MOTO_PID"

  echo
  echo "== summary ($CONNECTIONS connections)"
  printf '  %s\n' "${RESULTS[@]}"
  for op in "${OPERATIONS[@]}"; do
    r=$(ratio "${IAMD_RPS[$op]}" "${MOTO_RPS[$op]}")
    if [[ "$r" == n/a ]]; then
      echo "  $op: iamd/moto = n/a (moto answered no request with 200; its first error is above)"
    else
      echo "  $op: iamd/moto = ${r}x"
    fi
  done
  echo "  targets: GetUser >= 20000 req/s with p99 < 10 ms at 64 connections (got ${IAMD_RPS[get-user]} req/s, p99 ${IAMD_P99[get-user]} ms); >= 50x moto"
else
  echo "== empty store: the bench user only"
  start_iamd iamd "$TMP/data"
  echo "  started in ${STARTUP_MS} ms at $IAMD_URL"
  setup "$IAMD_URL" "$ROOT_KEY" "$ROOT_SECRET" 0 0
  KEY=$BENCH_ACCESS_KEY_ID
  SECRET=$BENCH_SECRET_ACCESS_KEY
  RSS_EMPTY=$(rss_mb "$IAMD_PID")
  load "get-user, empty store" "$IAMD_PID" "$IAMD_URL" "$KEY" "$SECRET" get-user "$DURATION" "$WARMUP"
  EMPTY_RPS=$RPS

  echo "== loading $BIG_USERS users with $BIG_KEYS access keys each through the API ($SETUP_CONCURRENCY connections)"
  setup "$IAMD_URL" "$ROOT_KEY" "$ROOT_SECRET" "$BIG_USERS" "$BIG_KEYS"
  LOAD_SECONDS=$SETUP_SECONDS
  LOAD_REQUESTS=$SETUP_REQUESTS
  RSS_LOADED=$(rss_mb "$IAMD_PID")
  echo "  $LOAD_REQUESTS requests in $LOAD_SECONDS s; resident memory $RSS_LOADED MB"
  DATA_MB=$(du -sm "$TMP/data" | cut -f1)
  load "get-user, $BIG_USERS users" "$IAMD_PID" "$IAMD_URL" "$KEY" "$SECRET" get-user "$DURATION" "$WARMUP"
  BIG_RPS=$RPS
  BIG_P99=$P99
  load "get-user loaduser050000, $BIG_USERS users" "$IAMD_PID" "$IAMD_URL" "$KEY" "$SECRET" get-user "$DURATION" "$WARMUP" "$CONNECTIONS" --user loaduser050000
  RSS_AFTER=$(rss_mb "$IAMD_PID")
  # ListUsers reads every user for each page: one connection only, as each request in
  # flight holds the whole table in memory.
  load "list-users, 1 connection, $BIG_USERS users" "$IAMD_PID" "$IAMD_URL" "$KEY" "$SECRET" list-users 10 2 1
  RSS_LIST=$(rss_mb "$IAMD_PID")
  stop_pid "$IAMD_PID"

  echo "== restart on the loaded data dir"
  STARTS=()
  for i in 1 2 3; do
    start_iamd "restart$i" "$TMP/data"
    STARTS+=("$STARTUP_MS")
    RSS_START=$(rss_mb "$IAMD_PID")
    if [[ $i -lt 3 ]]; then stop_pid "$IAMD_PID"; fi
  done
  echo "  start-up: ${STARTS[*]} ms; resident memory after start $RSS_START MB"
  load "get-user after restart" "$IAMD_PID" "$IAMD_URL" "$KEY" "$SECRET" get-user "$DURATION" "$WARMUP"
  RSS_RESTART=$(rss_mb "$IAMD_PID")
  stop_pid "$IAMD_PID"

  echo
  echo "== summary: $BIG_USERS users, $((BIG_USERS * BIG_KEYS)) access keys (data dir $DATA_MB MB)"
  printf '  %s\n' "${RESULTS[@]}"
  echo "  loading through the API: $LOAD_REQUESTS requests in $LOAD_SECONDS s"
  echo "  resident memory: empty $RSS_EMPTY MB; after loading $RSS_LOADED MB; after the GetUser runs $RSS_AFTER MB; after the ListUsers run $RSS_LIST MB; after restart + GetUser $RSS_RESTART MB (target < 300 MB)"
  echo "  start-up on the loaded data dir: ${STARTS[*]} ms (target < 2000 ms)"
  echo "  GetUser: $BIG_RPS req/s (p99 $BIG_P99 ms) vs $EMPTY_RPS req/s on the empty store: $(awk -v a="$BIG_RPS" -v b="$EMPTY_RPS" 'BEGIN { printf "%+.1f %%", (a / b - 1) * 100 }') (target within 20 %)"
fi
