"""Virtual MFA and STS session helpers for the end-to-end tests.

TOTP codes are computed here from the `Base32StringSeed` the server returned, with a small
RFC 6238 implementation (HMAC-SHA1, six digits, 30-second steps), for the real time: the server
reads the system clock. A code the server accepted is never accepted again, so helpers track
the last step used per device.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import shutil
import struct
import subprocess
import time
from dataclasses import dataclass
from typing import Any, Optional

from botocore.exceptions import ClientError

from iamd_harness import Server, client_config, unique

STEP = 30
# A request is sent only when at least this many seconds of the current step remain, so that
# client and server agree on the step.
MARGIN = 4.0


def totp(seed: str, step: int) -> str:
    """The RFC 6238 code of `step` for a base32 seed."""
    key = base64.b32decode(seed + "=" * (-len(seed) % 8))
    mac = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    value = (struct.unpack(">I", mac[offset : offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
    return f"{value:06d}"


def current_step() -> int:
    """The current step, after waiting out the end of a step that is about to close."""
    now = time.time()
    left = STEP - now % STEP
    if left < MARGIN:
        time.sleep(left + 0.2)
    return int(time.time() // STEP)


@dataclass
class Device:
    serial: str
    seed: str
    last_step: int

    def code(self, step: int) -> str:
        return totp(self.seed, step)

    def fresh_code(self) -> str:
        """A code the server accepts now and has not seen: of the current step or the next one
        (the server allows one step of drift), after the last step used; waits when needed."""
        while True:
            now_step = current_step()
            step = max(self.last_step + 1, now_step)
            if step <= now_step + 1:
                self.last_step = step
                return self.code(step)
            time.sleep((step - 1) * STEP - time.time() + 0.2)


def create_device(iam, name: Optional[str] = None, path: Optional[str] = None) -> dict[str, Any]:
    kw: dict[str, Any] = {"VirtualMFADeviceName": name or unique("mfa")}
    if path:
        kw["Path"] = path
    return iam.create_virtual_mfa_device(**kw)["VirtualMFADevice"]


def enrol(iam, user: str, name: Optional[str] = None) -> Device:
    """Create a virtual device and enable it for `user` with the codes of the previous and the
    current step (both then used up)."""
    created = create_device(iam, name)
    seed = created["Base32StringSeed"].decode()
    step = current_step()
    iam.enable_mfa_device(
        UserName=user,
        SerialNumber=created["SerialNumber"],
        AuthenticationCode1=totp(seed, step - 1),
        AuthenticationCode2=totp(seed, step),
    )
    return Device(created["SerialNumber"], seed, step)


@dataclass(frozen=True)
class SessionCreds:
    access_key_id: str
    secret: str
    token: str

    @classmethod
    def of(cls, out: dict[str, Any]) -> "SessionCreds":
        c = out["Credentials"]
        return cls(c["AccessKeyId"], c["SecretAccessKey"], c["SessionToken"])


def session_client(server: Server, service: str, creds: SessionCreds, **config: Any):
    """A boto3 client that signs with temporary credentials (X-Amz-Security-Token)."""
    return server._sessions.client(
        service,
        endpoint_url=server.endpoint,
        aws_access_key_id=creds.access_key_id,
        aws_secret_access_key=creds.secret,
        aws_session_token=creds.token,
        region_name="us-east-1",
        config=client_config(**config),
    )


def error_of(call) -> tuple[str, int, str]:
    """(Code, HTTP status, Message) of the ClientError `call` raises."""
    try:
        call()
    except ClientError as e:
        return (
            e.response["Error"].get("Code", ""),
            e.response["ResponseMetadata"]["HTTPStatusCode"],
            e.response["Error"].get("Message", ""),
        )
    raise AssertionError("the call succeeded but an error was expected")


def decode_qr(png: bytes, tmp_path) -> Optional[str]:
    """The text of a QR code PNG, when `zbarimg` is installed (Debian zbar-tools)."""
    zbarimg = shutil.which("zbarimg")
    if zbarimg is None:
        return None
    path = tmp_path / "qr.png"
    path.write_bytes(png)
    done = subprocess.run(
        [zbarimg, "--quiet", "--raw", str(path)], capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()
