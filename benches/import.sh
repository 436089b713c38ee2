#!/usr/bin/env bash
# `iamd import` of a large account (10,000 users, 2,000 customer managed policies, 500 roles,
# 206 groups, with a credential report and MFA devices), then `iamd check` on it: wall time and
# peak RSS of each, release build. Figures go to docs/benchmarks.md.
#
#   benches/import.sh            # runs 3 times, prints each run
#   RUNS=5 benches/import.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release -p iamd >/dev/null 2>&1 || cargo build --release -p iamd
bin=target/release/iamd

# The sample's 50 users, 5 policies and 4 roles, plus the bulk ones.
python3 examples/generate.py --out "$work/export" \
    --bulk-users 9950 --bulk-policies 1995 --bulk-roles 496 --bulk-groups 200
files=("$work"/export/*.json "$work"/export/login-profiles/*.json)
echo "input: $(du -sh "$work/export" | cut -f1) in ${#files[@]} files"
python3 - "$work/export/authorization-details.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
aws = sum(p["Arn"].startswith("arn:aws:iam::aws:") for p in d["Policies"])
print(f"users {len(d['UserDetailList'])}, groups {len(d['GroupDetailList'])}, "
      f"roles {len(d['RoleDetailList'])}, customer managed policies {len(d['Policies']) - aws}")
PY

measure() {  # label, command…
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || {
        cat "$work/err" >&2
        [ "$label" = check ] || exit 1
    }
    read -r secs kb <"$work/time"
    printf '%-7s %6.2f s  %6d MB peak RSS\n' "$label" "$secs" $((kb / 1024))
}

for run in $(seq "$RUNS"); do
    rm -rf "$work/data"
    measure import "$bin" import --data-dir "$work/data" "${files[@]}"
    # Re-import over the existing account: the replace path.
    measure reimport "$bin" import --data-dir "$work/data" "${files[@]}"
    if "$bin" check --help >/dev/null 2>&1; then
        measure check "$bin" check --data-dir "$work/data" --fail-on NONE --json
    fi
done
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(uname -sr)"
