"""Administrator calls for the browser tests, made with boto3 as an operator would.

Reads a JSON list of calls on stdin, `[{"op": "create_user", "args": {...}}, ...]`, runs them
in order with the credentials and endpoint from the environment (AWS_ACCESS_KEY_ID,
AWS_SECRET_ACCESS_KEY, IAMD_ENDPOINT), and prints the results as one JSON list. A failing call
stops the run with its error code on stderr and exit status 1.
"""

import json
import os
import sys

import boto3
from botocore.exceptions import ClientError


def main() -> int:
    calls = json.load(sys.stdin)
    iam = boto3.client(
        "iam",
        endpoint_url=os.environ["IAMD_ENDPOINT"],
        region_name="us-east-1",
        aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
    )
    results = []
    for call in calls:
        try:
            out = getattr(iam, call["op"])(**call.get("args", {}))
        except ClientError as e:
            print(f"{call['op']}: {e.response['Error']['Code']}: {e}", file=sys.stderr)
            return 1
        out.pop("ResponseMetadata", None)
        results.append(out)
    json.dump(results, sys.stdout, default=str)
    return 0


if __name__ == "__main__":
    sys.exit(main())
