#!/usr/bin/env bash
# `iamd who-can` and `iamd paths --to admin` on the large account of benches/import.sh (10,000
# users, 2,000 customer managed policies, 500 roles, 206 groups): wall time and peak RSS of
# each, release build, the account read from a data directory. Figures go to
# docs/benchmarks.md.
#
#   benches/access.sh            # runs 3 times, prints each run
#   RUNS=5 benches/access.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release -p iamd >/dev/null 2>&1 || cargo build --release -p iamd
bin=target/release/iamd

python3 examples/generate.py --out "$work/export" \
    --bulk-users 9950 --bulk-policies 1995 --bulk-roles 496 --bulk-groups 200
"$bin" import --data-dir "$work/data" "$work"/export/*.json "$work"/export/login-profiles/*.json \
    >/dev/null
account=$(cat "$work/data/account-id")

measure() {  # label, command…
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || {
        # paths exits 1 when some principal has a path: that is an answer, not a failure.
        [ $? -eq 1 ] && [ "$label" != "${label#paths}" ] || { cat "$work/err" >&2; exit 1; }
    }
    # /usr/bin/time puts "Command exited with non-zero status N" first when it does.
    read -r secs kb < <(tail -1 "$work/time")
    printf '%-22s %6.2f s  %6d MB peak RSS  %s\n' "$label" "$secs" $((kb / 1024)) \
        "$(tail -1 "$work/out")"
}

for run in $(seq "$RUNS"); do
    measure "who-can CreateAccessKey" "$bin" who-can iam:CreateAccessKey \
        --resource "arn:aws:iam::$account:user/alice" --data-dir "$work/data"
    measure "who-can s3:GetObject" "$bin" who-can s3:GetObject --data-dir "$work/data"
    measure "paths --to admin" "$bin" paths --to admin --data-dir "$work/data"
done
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(uname -sr)"
