"""Running `iamd serve` and talking to it the way AWS clients do.

`Server` starts the binary on a loopback port chosen by the kernel, with a known root access
key given through the environment, and offers boto3 clients, the real `aws` CLI, and raw
(optionally SigV4-signed) HTTP requests for the protocol-level tests.
"""

from __future__ import annotations

import datetime as dt
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import string
import subprocess
import sys
import time
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional
from urllib.parse import urlencode, urlsplit

import boto3
import botocore.auth
from botocore.auth import SigV4Auth, SigV4QueryAuth
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials
from botocore.exceptions import ClientError

REPO_ROOT = Path(__file__).resolve().parent.parent
ACCOUNT_ID = "123456789012"
IAM_NS = "https://iam.amazonaws.com/doc/2010-05-08/"
STS_NS = "https://sts.amazonaws.com/doc/2011-06-15/"
FORM = "application/x-www-form-urlencoded; charset=utf-8"
START_TIMEOUT = 30.0
LISTEN_RE = re.compile(
    r"iamd: IAM and STS for account (\d{12}) listening on (https?://127\.0\.0\.1:(\d+))/"
)


@dataclass(frozen=True)
class Creds:
    access_key_id: str
    secret: str

    def botocore(self) -> Credentials:
        return Credentials(self.access_key_id, self.secret)


def new_root_creds() -> Creds:
    alphabet = string.ascii_uppercase + string.digits
    key_id = "AKIA" + "".join(secrets.choice(alphabet) for _ in range(16))
    return Creds(key_id, secrets.token_urlsafe(30)[:40])


def unique(prefix: str) -> str:
    """A name no other test uses (IAM names are compared case-insensitively)."""
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def binary_path() -> Path:
    path = Path(os.environ.get("IAMD_BIN", "target/debug/iamd"))
    if not path.is_absolute():
        path = REPO_ROOT / path
    return path


def aws_cli_command() -> list[str]:
    """How to run the `aws` CLI installed beside this Python (the pinned awscli)."""
    beside = Path(sys.executable).parent / "aws"
    if beside.is_file():
        return [sys.executable, str(beside)]
    found = shutil.which("aws")
    if found is None:
        raise RuntimeError("the aws CLI is not installed (pip install -r tests/requirements.txt)")
    return [found]


def clean_client_env() -> dict[str, str]:
    """The environment without anything that could steer an AWS client elsewhere."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env["AWS_CONFIG_FILE"] = "/dev/null"
    env["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null"
    env["AWS_EC2_METADATA_DISABLED"] = "true"
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    return env


def client_config(**overrides: Any) -> Config:
    # One attempt only: a 5xx or throttling answer must show, not be retried away.
    settings: dict[str, Any] = dict(
        retries={"total_max_attempts": 1, "mode": "standard"},
        connect_timeout=5,
        read_timeout=60,
        max_pool_connections=4,
    )
    settings.update(overrides)
    return Config(**settings)


@dataclass
class RawResponse:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    def xml(self) -> ET.Element:
        return ET.fromstring(self.body)

    def error(self) -> dict[str, str]:
        """Type, Code, Message and RequestId of an `<ErrorResponse>` (asserting its shape)."""
        root = self.xml()
        assert local(root.tag) == "ErrorResponse", self.text
        error = child(root, "Error")
        assert error is not None, self.text
        out = {local(e.tag): (e.text or "") for e in error}
        request_id = child(root, "RequestId")
        assert request_id is not None and request_id.text, self.text
        out["RequestId"] = request_id.text
        return out


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def child(element: ET.Element, name: str) -> Optional[ET.Element]:
    for c in element:
        if local(c.tag) == name:
            return c
    return None


def find_text(element: ET.Element, path: list[str]) -> Optional[str]:
    node: Optional[ET.Element] = element
    for name in path:
        if node is None:
            return None
        node = child(node, name)
    return None if node is None else node.text


class Server:
    """One `iamd serve` process on a data directory."""

    def __init__(
        self,
        data_dir: Path,
        log_path: Path,
        root: Creds,
        account_id: str = ACCOUNT_ID,
        extra_env: Optional[dict[str, str]] = None,
        root_from_env: bool = True,
    ):
        self.data_dir = Path(data_dir)
        self.log_path = Path(log_path)
        self.root = root
        self.account_id = account_id
        self.extra_env = dict(extra_env or {})
        self.root_from_env = root_from_env
        self.proc: Optional[subprocess.Popen] = None
        self.endpoint = ""
        self.port = 0
        self._sessions = boto3.session.Session()
        # The CA file clients verify the server's certificate with (`--tls-cert` servers).
        self.verify: Optional[str] = None

    # ---- lifecycle -------------------------------------------------------------------------

    def start(self, timeout: float = START_TIMEOUT) -> "Server":
        binary = binary_path()
        if not binary.is_file():
            raise RuntimeError(
                f"iamd binary not found at {binary}: run `cargo build -p iamd` or set IAMD_BIN"
            )
        env = {k: v for k, v in os.environ.items() if not k.startswith("IAMD_")}
        env.setdefault("RUST_LOG", "info")
        if self.root_from_env:
            env["IAMD_ROOT_ACCESS_KEY_ID"] = self.root.access_key_id
            env["IAMD_ROOT_SECRET_ACCESS_KEY"] = self.root.secret
        env.update(self.extra_env)
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(
                [
                    str(binary),
                    "serve",
                    "--data-dir",
                    str(self.data_dir),
                    "--listen",
                    "127.0.0.1:0",
                    "--account-id",
                    self.account_id,
                ],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=str(self.log_path.parent),
                preexec_fn=_die_with_parent,
            )
        deadline = time.monotonic() + timeout
        while True:
            text = self.log_since(offset)
            m = LISTEN_RE.search(text)
            if m:
                assert m.group(1) == self.account_id, text
                self.endpoint = m.group(2)
                self.port = int(m.group(3))
                credentials_file = self.data_dir / "root-credentials"
                if not self.root_from_env and credentials_file.exists():
                    self.root = read_credentials_file(credentials_file)
                return self
            code = self.proc.poll()
            if code is not None:
                raise RuntimeError(
                    f"iamd serve exited with status {code} before listening; its output:\n{text}"
                )
            if time.monotonic() > deadline:
                self.kill()
                raise RuntimeError(
                    f"iamd serve did not print its listen line within {timeout:.0f}s; "
                    f"its output:\n{self.log_since(offset)}"
                )
            time.sleep(0.02)

    def stop(self, timeout: float = 10.0) -> Optional[int]:
        """SIGTERM, then SIGKILL if it does not stop in time. Returns the exit status."""
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        code = self.proc.returncode
        self.proc = None
        return code

    def kill(self) -> None:
        """SIGKILL: no chance to flush or clean up."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self.proc = None

    def restart(self) -> "Server":
        self.stop()
        return self.start()

    def log(self) -> str:
        return self.log_since(0)

    def log_since(self, offset: int) -> str:
        try:
            with open(self.log_path, "rb") as f:
                f.seek(offset)
                return f.read().decode("utf-8", errors="replace")
        except FileNotFoundError:
            return ""

    # ---- clients ---------------------------------------------------------------------------

    def client(
        self,
        service: str,
        access_key: Optional[str] = None,
        secret: Optional[str] = None,
        region: str = "us-east-1",
        creds: Optional[Creds] = None,
        **config: Any,
    ):
        """A boto3 client for `service` pointed at this server (root credentials by default)."""
        if creds is None:
            creds = Creds(access_key or self.root.access_key_id, secret or self.root.secret)
        return self._sessions.client(
            service,
            endpoint_url=self.endpoint,
            aws_access_key_id=creds.access_key_id,
            aws_secret_access_key=creds.secret,
            region_name=region,
            config=client_config(**config),
            verify=self.verify,
        )

    def iam(self, creds: Optional[Creds] = None, **kw: Any):
        return self.client("iam", creds=creds, **kw)

    def sts(self, creds: Optional[Creds] = None, **kw: Any):
        return self.client("sts", creds=creds, **kw)

    def aws(
        self,
        *args: str,
        creds: Optional[Creds] = None,
        region: str = "us-east-1",
        timeout: float = 120,
    ) -> tuple[int, Any, str]:
        """Run the real `aws` CLI; returns (exit code, parsed JSON stdout or None, stderr)."""
        creds = creds or self.root
        env = clean_client_env()
        env["AWS_ACCESS_KEY_ID"] = creds.access_key_id
        env["AWS_SECRET_ACCESS_KEY"] = creds.secret
        env["AWS_DEFAULT_REGION"] = region
        env["AWS_MAX_ATTEMPTS"] = "1"
        done = subprocess.run(
            [*aws_cli_command(), "--endpoint-url", self.endpoint, "--output", "json", *args],
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        out = done.stdout.strip()
        parsed = json.loads(out) if out else None
        return done.returncode, parsed, done.stderr

    # ---- raw HTTP --------------------------------------------------------------------------

    def raw(
        self,
        method: str,
        path: str = "/",
        body: bytes = b"",
        headers: Optional[dict[str, str]] = None,
    ) -> RawResponse:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            data = response.read()
            return RawResponse(
                response.status, {k.lower(): v for k, v in response.getheaders()}, data
            )
        finally:
            conn.close()

    def signed(
        self,
        params: Optional[dict[str, str]] = None,
        *,
        body: Optional[bytes] = None,
        service: str = "iam",
        region: str = "us-east-1",
        creds: Optional[Creds] = None,
        when: Optional[dt.datetime] = None,
        method: str = "POST",
        content_type: str = FORM,
    ) -> RawResponse:
        """A request signed with botocore's SigV4 signer, sent as is.

        POST puts `params` (or `body`) in the form body; GET puts `params` in the query
        string. `when` signs as if the clock said so.
        """
        creds = creds or self.root
        if method == "GET":
            url = f"{self.endpoint}/?{urlencode(params or {})}"
            data = b""
        else:
            url = f"{self.endpoint}/"
            data = body if body is not None else urlencode(params or {}).encode()
        req = AWSRequest(method=method, url=url, data=data, headers={"Content-Type": content_type})
        sign_with_clock(SigV4Auth(creds.botocore(), service, region), req, when)
        prepared = req.prepare()
        split = urlsplit(prepared.url)
        path = split.path + (f"?{split.query}" if split.query else "")
        return self.raw(method, path, prepared.body or b"", dict(prepared.headers))

    def presigned_url(
        self,
        params: dict[str, str],
        *,
        service: str = "sts",
        region: str = "us-east-1",
        creds: Optional[Creds] = None,
        expires: int = 300,
        when: Optional[dt.datetime] = None,
    ) -> str:
        """A presigned GET URL (path and query) as botocore's SigV4QueryAuth builds it."""
        creds = creds or self.root
        req = AWSRequest(method="GET", url=f"{self.endpoint}/?{urlencode(params)}")
        sign_with_clock(
            SigV4QueryAuth(creds.botocore(), service, region, expires=expires), req, when
        )
        split = urlsplit(req.prepare().url)
        return f"{split.path}?{split.query}"

    # ---- set-up helpers --------------------------------------------------------------------

    def make_user(
        self,
        prefix: str = "user",
        *,
        policy: Optional[dict] = None,
        key: bool = True,
        path: str = "/",
    ) -> tuple[str, Optional[Creds]]:
        """A new user (optionally with an inline policy) and an access key of its own."""
        iam = self.iam()
        name = unique(prefix)
        iam.create_user(UserName=name, Path=path)
        if policy is not None:
            iam.put_user_policy(
                UserName=name, PolicyName="inline", PolicyDocument=json.dumps(policy)
            )
        creds = None
        if key:
            k = iam.create_access_key(UserName=name)["AccessKey"]
            creds = Creds(k["AccessKeyId"], k["SecretAccessKey"])
        return name, creds


def _die_with_parent() -> None:
    """In the child before exec: have Linux kill the server if the test run dies."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def read_credentials_file(path: Path) -> Creds:
    """The `[default]` key of an AWS credentials file."""
    import configparser

    parser = configparser.ConfigParser()
    parser.read(path)
    section = parser["default"]
    return Creds(section["aws_access_key_id"], section["aws_secret_access_key"])


def sign_with_clock(signer: SigV4Auth, req: AWSRequest, when: Optional[dt.datetime]) -> None:
    if when is None:
        signer.add_auth(req)
        return
    original = botocore.auth.get_current_datetime
    botocore.auth.get_current_datetime = lambda: when.astimezone(dt.timezone.utc).replace(
        tzinfo=None
    )
    try:
        signer.add_auth(req)
    finally:
        botocore.auth.get_current_datetime = original


def client_error(call: Callable[[], Any]) -> ClientError:
    """The ClientError `call` raises (failing the test if it succeeds)."""
    try:
        call()
    except ClientError as e:
        return e
    raise AssertionError("the call succeeded but an error was expected")


def assert_error(
    call: Callable[[], Any],
    code: str,
    status: int,
    message: Optional[str] = None,
) -> ClientError:
    e = client_error(call)
    err = e.response["Error"]
    got_status = e.response["ResponseMetadata"]["HTTPStatusCode"]
    assert (err.get("Code"), got_status) == (code, status), e.response
    if message is not None:
        assert err.get("Message") == message, e.response
    return e


def allow(actions: list[str] | str, resource: Any = "*", effect: str = "Allow") -> dict:
    return {
        "Version": "2012-10-17",
        "Statement": [{"Effect": effect, "Action": actions, "Resource": resource}],
    }


def access_denied(caller: str, action: str, resource: str, why: str) -> str:
    return f"User: {caller} is not authorized to perform: {action} on resource: {resource} {why}"
