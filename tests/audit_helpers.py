"""Reading one call's CloudTrail record from a running server's trail."""

from __future__ import annotations

import json
import time
from pathlib import Path


def audit_record(data_dir: Path, request_id: str, timeout: float = 10.0) -> dict:
    """The trail's record of the request `request_id` (waiting for the writer to catch up)."""
    deadline = time.monotonic() + timeout
    while True:
        for path in sorted((Path(data_dir) / "audit").glob("*.jsonl")):
            for line in path.read_text().splitlines():
                if request_id in line:
                    record = json.loads(line)
                    if record.get("requestID") == request_id:
                        return record
        if time.monotonic() > deadline:
            raise AssertionError(f"no audit record for request {request_id}")
        time.sleep(0.1)


def request_id(response: dict) -> str:
    return response["ResponseMetadata"]["RequestId"]
