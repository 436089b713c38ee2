#!/usr/bin/env bash
# Replaces the models in this folder with those of botocore VERSION from PyPI.
#   models/refresh.sh 1.43.11
set -euo pipefail
version="${1:?usage: models/refresh.sh BOTOCORE_VERSION}"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 -m pip download --quiet --no-deps "botocore==$version" -d "$work"
python3 - "$work" "$here" "$version" <<'PY'
import glob, gzip, sys, zipfile
work, here, version = sys.argv[1:]
wheel = zipfile.ZipFile(glob.glob(f"{work}/botocore-*.whl")[0])
for service, api in [("iam", "2010-05-08"), ("sts", "2011-06-15"), ("cloudtrail", "2013-11-01")]:
    data = gzip.decompress(wheel.read(f"botocore/data/{service}/{api}/service-2.json.gz"))
    open(f"{here}/{service}-{api}.service-2.json", "wb").write(data)
for name in ("LICENSE.txt", "NOTICE"):
    open(f"{here}/{name}", "wb").write(wheel.read(f"botocore-{version}.dist-info/{name}"))
PY
sed -i "s/version \*\*[0-9.]*\*\*/version **$version**/" "$here/README.md"
echo "models: botocore $version"
