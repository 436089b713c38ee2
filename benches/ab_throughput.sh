#!/usr/bin/env bash
# A/B throughput of two iamd builds in one sitting: signed GetUser and CreateUser at 64
# connections, each run on a fresh data directory, the two builds alternating (the order
# swapped every pair), with one load generator for both.
#
# usage: benches/ab_throughput.sh BEFORE_IAMD AFTER_IAMD LOADGEN [PAIRS]
#   BEFORE_IAMD, AFTER_IAMD   two `iamd` release binaries
#   LOADGEN                   an `iamd-loadgen` release binary (with --operation create-user)
#   PAIRS                     pairs of runs (default 5)
# env: DURATION (8 s), WARMUP (2 s), CONNECTIONS (64), USERS (500 made by setup first)
#
# Prints each run, then per operation the median of each build and the median of the
# pairwise after/before ratios. Run it on an otherwise idle machine: the load average is
# printed before every run, and a run beside other work measures the other work.
set -euo pipefail

BEFORE=${1:?usage: $0 BEFORE_IAMD AFTER_IAMD LOADGEN [PAIRS]}
AFTER=${2:?}
LOADGEN=${3:?}
PAIRS=${4:-5}
DURATION=${DURATION:-8}
WARMUP=${WARMUP:-2}
CONNECTIONS=${CONNECTIONS:-64}
USERS=${USERS:-500}
ACCOUNT=123456789012
ROOT_KEY=AKIAABROOTKEY0000001
ROOT_SECRET=ab-root-secret-for-the-benchmark-only-0001

TMP="$(mktemp -d "${TMPDIR:-/tmp}/iamd-ab.XXXXXX")"
SERVER=
cleanup() {
  [[ -n "$SERVER" ]] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
  rm -rf "$TMP"
}
trap cleanup EXIT

# run BINARY LABEL: one fresh server; prints "LABEL get-user RPS" and "LABEL create-user RPS".
run() {
  local bin=$1 label=$2 data="$TMP/data-$RANDOM" log="$TMP/serve.log" url= env key secret rps
  mkdir -p "$data"
  IAMD_ROOT_ACCESS_KEY_ID=$ROOT_KEY IAMD_ROOT_SECRET_ACCESS_KEY=$ROOT_SECRET \
    "$bin" serve --data-dir "$data" --listen 127.0.0.1:0 --account-id "$ACCOUNT" >"$log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 200); do
    url=$(sed -n 's/.*listening on \(http:[^ ]*\).*/\1/p' "$log" | head -1)
    [[ -n "$url" ]] && break
    sleep 0.05
  done
  [[ -n "$url" ]] || { cat "$log" >&2; exit 1; }
  env=$("$LOADGEN" setup --endpoint "$url" --access-key "$ROOT_KEY" --secret-key "$ROOT_SECRET" \
    --users "$USERS" --keys-per-user 0 --concurrency 32)
  key=$(sed -n 's/^BENCH_ACCESS_KEY_ID=//p' <<<"$env")
  secret=$(sed -n 's/^BENCH_SECRET_ACCESS_KEY=//p' <<<"$env")
  for op in get-user create-user; do
    echo "# load $(cut -d' ' -f1 /proc/loadavg) before $label $op" >&2
    rps=$("$LOADGEN" --endpoint "$url" --access-key "$key" --secret-key "$secret" \
      --operation "$op" --connections "$CONNECTIONS" --duration "$DURATION" --warmup "$WARMUP" |
      sed -n 's/^RESULT.* rps=\([0-9.]*\).*/\1/p')
    echo "$label $op $rps"
  done
  kill "$SERVER"
  wait "$SERVER" 2>/dev/null || true
  SERVER=
  rm -rf "$data"
}

echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p')"
RESULTS="$TMP/results"
for pair in $(seq 1 "$PAIRS"); do
  if ((pair % 2)); then
    run "$BEFORE" before; run "$AFTER" after
  else
    run "$AFTER" after; run "$BEFORE" before
  fi
done | tee "$RESULTS"

echo "== medians (req/s) and the median of the pairwise after/before ratios"
for op in get-user create-user; do
  awk -v op="$op" '
    $2 == op && $1 == "before" { b[++nb] = $3 }
    $2 == op && $1 == "after" { a[++na] = $3 }
    function median(v, n,   i, j, t) {
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
      return (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
    }
    END {
      n = (na < nb) ? na : nb
      for (i = 1; i <= n; i++) r[i] = a[i] / b[i]
      printf "%-12s before %9.0f   after %9.0f   after/before %.3f (pairs from", op, median(b, nb), median(a, na), median(r, n)
      lo = 1e9; hi = 0; for (i = 1; i <= n; i++) { if (r[i] < lo) lo = r[i]; if (r[i] > hi) hi = r[i] }
      printf " %.2f to %.2f)\n", lo, hi
    }' "$RESULTS"
done
