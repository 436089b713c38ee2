#!/usr/bin/env bash
# `iamd validate` of 2,000 policy files in one run: wall time and peak RSS, release build.
# Two sets, one two-space-indented file a policy:
#  - bulk: the default versions of the 2,000 customer managed policies of the large sample
#    account benches/import.sh uses (examples/generate.py --bulk-policies 1995), small ones;
#  - sample: the sample account's 5 customer managed policies (the MFA-enforcing ones with
#    their conditions and long NotAction lists, a boundary), every version, 400 copies each.
# Figures go to docs/benchmarks.md.
#
#   benches/validate.sh            # runs 3 times, prints each run
#   RUNS=5 benches/validate.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release -p iamd >/dev/null 2>&1 || cargo build --release -p iamd
bin=target/release/iamd

python3 examples/generate.py --out "$work/export" --bulk-policies 1995
mkdir "$work/bulk" "$work/sample"
python3 - "$work/export/authorization-details.json" "$work" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
out = sys.argv[2]
customer = [p for p in d["Policies"] if not p["Arn"].startswith("arn:aws:iam::aws:")]
for p in customer:
    doc = next(v["Document"] for v in p["PolicyVersionList"] if v["IsDefaultVersion"])
    with open(f"{out}/bulk/{p['PolicyName']}.json", "w") as f:
        json.dump(doc, f, indent=2)
sample = [(p["PolicyName"], v["VersionId"], v["Document"]) for p in customer
          if not p["PolicyName"].startswith("bulk-") for v in p["PolicyVersionList"]]
for i in range(2000):
    name, version, doc = sample[i % len(sample)]
    with open(f"{out}/sample/{i:04d}-{name}-{version}.json", "w") as f:
        json.dump(doc, f, indent=2)
print(f"bulk: {len(customer)} files; sample: 2000 files from {len(sample)} policy versions")
PY

for set in bulk sample; do
    for run in $(seq "$RUNS"); do
        /usr/bin/time -f "%e %M" -o "$work/time" "$bin" validate --fail-on NONE "$work/$set"/*.json \
            >"$work/out"
        read -r secs kb <"$work/time"
        printf '%-6s run %d: %6.2f s  %6d MB peak RSS  (%s)\n' "$set" "$run" "$secs" $((kb / 1024)) \
            "$(tail -1 "$work/out")"
    done
done
