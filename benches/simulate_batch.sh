#!/usr/bin/env bash
# Benchmark `iamd simulate --batch` against a peer evaluator
# (@cloud-copilot/iam-simulate, benches/peer/simulate.mjs) on the same
# generated batch of simulate-custom-policy requests, and check that both
# give the same decision for every request.
#
# Usage: benches/simulate_batch.sh [--peer-only]
# Environment:
#   LINES=10000   requests in the batch
#   SEED=1        generator seed
#   RUNS=5        hyperfine runs of iamd
#   IAMD=target/release/iamd   binary under test (relative to the repo root)
#   KEEP_TMP=1    keep the temporary directory (batch file and outputs)
#
# Exit status: 0 when every decision agrees, 1 on any disagreement,
# 2 on a set-up error (missing binary, tool or peer install failure).

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/benches"
LINES="${LINES:-10000}"
SEED="${SEED:-1}"
RUNS="${RUNS:-5}"
IAMD="${IAMD:-target/release/iamd}"
case "$IAMD" in /*) ;; *) IAMD="$ROOT/$IAMD" ;; esac

PEER_ONLY=0
for arg in "$@"; do
  case "$arg" in
    --peer-only) PEER_ONLY=1 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "simulate_batch.sh: unknown argument: $arg" >&2; exit 2 ;;
  esac
done

die() { echo "simulate_batch.sh: $*" >&2; exit 2; }

if [ "$PEER_ONLY" -eq 0 ] && [ ! -x "$IAMD" ]; then
  die "iamd binary not found or not executable: $IAMD (build it first: cargo build --release)"
fi
command -v python3 >/dev/null || die "python3 is required"
command -v node >/dev/null || die "node is required"
command -v npm >/dev/null || die "npm is required"

# Peer dependencies.
if [ ! -d "$BENCH/peer/node_modules/@cloud-copilot/iam-simulate" ]; then
  echo "== installing peer dependencies (npm ci)" >&2
  (cd "$BENCH/peer" && npm ci --no-audit --no-fund >&2) || die "npm ci failed in benches/peer"
fi

# hyperfine, installed only when missing; bash `time` otherwise.
HAVE_HYPERFINE=0
if [ "$PEER_ONLY" -eq 0 ]; then
  if ! command -v hyperfine >/dev/null; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then SUDO="sudo"; fi
    echo "== hyperfine not found; installing it with apt-get" >&2
    if ! { $SUDO apt-get update -qq >&2 && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >&2; }; then
      echo "== hyperfine install failed; timing with bash time instead" >&2
    fi
  fi
  command -v hyperfine >/dev/null && HAVE_HYPERFINE=1
fi

TMP="$(mktemp -d "${TMPDIR:-/tmp}/iamd-simbench.XXXXXX")"
if [ "${KEEP_TMP:-0}" = 1 ]; then
  echo "== keeping $TMP" >&2
else
  trap 'rm -rf "$TMP"' EXIT
fi
BATCH="$TMP/batch.jsonl"

echo "== generating $LINES requests (seed $SEED)"
python3 "$BENCH/gen_simulate_batch.py" --lines "$LINES" --seed "$SEED" --out "$BATCH"
echo "   $BATCH: $(wc -c <"$BATCH") bytes"

# Number of EvalDecision values in an output file.
count_decisions() {
  python3 - "$1" <<'PY'
import json, sys
n = 0
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        if line.strip():
            n += len(json.loads(line).get("EvaluationResults", []))
print(n)
PY
}

IAMD_DPS=""
if [ "$PEER_ONLY" -eq 0 ]; then
  echo "== iamd: $IAMD simulate --batch (whole process: start, read, evaluate, write)"
  IAMD_OUT="$TMP/iamd.out"
  if [ "$HAVE_HYPERFINE" -eq 1 ]; then
    # hyperfine fails when the command exits non-zero.
    hyperfine --warmup 1 --runs "$RUNS" --style basic \
      --export-json "$TMP/hyperfine.json" \
      "'$IAMD' simulate --batch '$BATCH' > '$IAMD_OUT'" >&2 \
      || die "iamd simulate --batch failed under hyperfine"
    IAMD_SECS="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["mean"])' "$TMP/hyperfine.json")"
  else
    TIMEFORMAT='%R'
    { time "$IAMD" simulate --batch "$BATCH" >"$IAMD_OUT" 2>"$TMP/iamd.err"; } 2>"$TMP/iamd.time" \
      || { cat "$TMP/iamd.err" >&2; die "iamd simulate --batch failed"; }
    IAMD_SECS="$(tail -n1 "$TMP/iamd.time")"
  fi
  IAMD_DECISIONS="$(count_decisions "$IAMD_OUT")"
  IAMD_DPS="$(python3 -c 'import sys; print(f"{int(sys.argv[1]) / float(sys.argv[2]):.1f}")' "$IAMD_DECISIONS" "$IAMD_SECS")"
  echo "   iamd: decisions=$IAMD_DECISIONS mean_s=$IAMD_SECS decisions/s=$IAMD_DPS"
fi

echo "== peer: @cloud-copilot/iam-simulate (evaluation loop only, incl. per-line JSON parsing)"
PEER_OUT="$TMP/peer.out"
node "$BENCH/peer/simulate.mjs" "$BATCH" --out "$PEER_OUT" 2>"$TMP/peer.err" || {
  cat "$TMP/peer.err" >&2; die "peer run failed"; }
cat "$TMP/peer.err"
PEER_DPS="$(sed -n 's/.*decisions_per_s=\([0-9.]*\).*/\1/p' "$TMP/peer.err" | tail -n1)"
[ -n "$PEER_DPS" ] || die "could not read decisions/s from the peer"

echo "== results"
if [ -n "$IAMD_DPS" ]; then
  echo "iamd decisions/s: $IAMD_DPS"
fi
echo "peer decisions/s: $PEER_DPS"
if [ -n "$IAMD_DPS" ]; then
  python3 -c 'import sys; print(f"ratio iamd/peer: {float(sys.argv[1]) / float(sys.argv[2]):.2f}x")' "$IAMD_DPS" "$PEER_DPS"
  echo "(iamd timed as a whole process, peer timed on its evaluation loop only)"
fi

if [ "$PEER_ONLY" -eq 1 ]; then
  exit 0
fi

echo "== decision check (line by line)"
set +e
python3 - "$BATCH" "$IAMD_OUT" "$PEER_OUT" <<'PY'
import json
import sys

batch_path, iamd_path, peer_path = sys.argv[1:4]
SHOW = 10


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [line for line in f.read().split("\n") if line.strip()]


def decisions(line):
    try:
        results = json.loads(line).get("EvaluationResults", [])
    except json.JSONDecodeError as exc:
        return [("?", "?", f"unparsable output: {exc}")]
    return [(r.get("EvalActionName"), r.get("EvalResourceName"), r.get("EvalDecision")) for r in results]


def summary(request_line):
    q = json.loads(request_line)
    ctx = {e["ContextKeyName"]: e["ContextKeyValues"] for e in q.get("ContextEntries", [])}
    sids = []
    for text in q.get("PolicyInputList", []):
        stmts = json.loads(text).get("Statement", [])
        stmts = stmts if isinstance(stmts, list) else [stmts]
        first = stmts[0].get("Sid") or stmts[0].get("Effect") if stmts else "?"
        sids.append(f"{first}..({len(stmts)} stmts)")
    if q.get("PermissionsBoundaryPolicyInputList"):
        sids.append("+boundary")
    return (f"caller={q.get('CallerArn')} policies={sids} context={json.dumps(ctx)}")


batch = read_lines(batch_path)
iamd = read_lines(iamd_path)
peer = read_lines(peer_path)
if not (len(batch) == len(iamd) == len(peer)):
    print(f"line counts differ: batch={len(batch)} iamd={len(iamd)} peer={len(peer)}")

n = min(len(batch), len(iamd), len(peer))
disagree = []
for i in range(n):
    a, b = decisions(iamd[i]), decisions(peer[i])
    if [x[2] for x in a] != [x[2] for x in b]:
        disagree.append((i, a, b))

total = max(len(batch), len(iamd), len(peer))
bad = len(disagree) + (total - n)
print(f"lines compared: {n}, disagreeing: {len(disagree)}" + (f", missing: {total - n}" if total != n else ""))
for i, a, b in disagree[:SHOW]:
    print(f"  line {i + 1}: iamd={[x[2] for x in a]} peer={[x[2] for x in b]}")
    for action, resource, _ in b:
        print(f"    {action} on {resource}")
    print(f"    {summary(batch[i])}")
sys.exit(1 if bad else 0)
PY
STATUS=$?
set -e
if [ "$STATUS" -ne 0 ]; then
  echo "DECISIONS DISAGREE: the timing above compares different answers" >&2
  exit 1
fi
echo "all decisions agree"
