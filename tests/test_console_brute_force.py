"""Brute-force protection at the web console, over HTTP against a real `iamd serve`: wrong
passwords lock the user (the page says only to wait or ask an administrator, for names that
exist or not), the MFA step ends after three wrong codes, the audit trail records locked
attempts, and the common-password setting (off by default, on with `iamd admin
common-passwords on`) shows its rule and the strength estimate as the user types.
"""

from __future__ import annotations

import http.cookiejar
import json
import re
import subprocess
import time
import urllib.error
import urllib.request
from urllib.parse import urlencode

from botocore.exceptions import ClientError

from iamd_harness import ACCOUNT_ID, allow, binary_path
from mfa_helpers import current_step, enrol

PASSWORD = "Str0ng!Passw0rd-2024"


def iamd_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(binary_path()), *args], capture_output=True, text=True, timeout=60
    )


class Browser:
    """A cookie-keeping HTTP client for the console; `address` is sent as X-Forwarded-For
    (the servers here trust 127.0.0.1 as a proxy), so each browser has its own address."""

    def __init__(self, server, address: str = "203.0.113.1"):
        self.base = server.endpoint.rstrip("/")
        self.address = address
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def request(self, path: str, form: dict | None = None) -> tuple[int, str]:
        data = urlencode(form).encode() if form is not None else None
        req = urllib.request.Request(self.base + path, data=data)
        req.add_header("X-Forwarded-For", self.address)
        try:
            with self.opener.open(req, timeout=30) as r:
                return r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode()

    def csrf(self, page: str) -> str:
        m = re.search(r'name="csrf" value="([^"]+)"', page)
        assert m, page
        return m.group(1)

    def sign_in(self, user: str, password: str) -> tuple[int, str]:
        _, page = self.request("/console/signin")
        return self.request(
            "/console/signin",
            {
                "csrf": self.csrf(page),
                "account": ACCOUNT_ID,
                "kind": "user",
                "username": user,
                "password": password,
            },
        )

    def mfa(self, code: str) -> tuple[int, str]:
        _, page = self.request("/console/signin/mfa")
        return self.request("/console/signin/mfa", {"csrf": self.csrf(page), "code": code})


def start(start_server, tmp_path, **env):
    return start_server(
        tmp_path / "data", env={"IAMD_TRUSTED_PROXIES": "127.0.0.1", **env}
    )


def user_with_password(server, prefix: str, password: str = PASSWORD) -> str:
    name, _ = server.make_user(prefix, key=False)
    server.iam().create_login_profile(UserName=name, Password=password)
    return name


def records(data) -> list[dict]:
    out = []
    for path in sorted((data / "audit").glob("*.jsonl")):
        out.extend(json.loads(line) for line in path.read_text().splitlines())
    return out


def test_wrong_passwords_lock_known_and_unknown_names_alike(start_server, tmp_path):
    server = start(start_server, tmp_path)
    name = user_with_password(server, "alice")
    pages = {}
    for who in [name, "no-such-user"]:
        browser = Browser(server)
        for _ in range(5):
            status, page = browser.sign_in(who, "wrong-password")
            assert status == 401 and "Sign-in failed" in page
        status, page = browser.sign_in(who, PASSWORD)
        assert status == 429, page
        assert "Too many failed attempts" in page and "ask an administrator" in page
        pages[who] = re.sub(r"\d+ seconds", "N seconds", page)
    # A lock reads the same whether the name exists or not.
    assert pages[name] == pages["no-such-user"]
    # From another address the user is locked too (the count is the user's).
    assert Browser(server, "203.0.113.2").sign_in(name, PASSWORD)[0] == 429
    # The trail records the locked attempts as such.
    deadline = time.monotonic() + 10
    while True:
        logins = [r for r in records(server.data_dir) if r["eventName"] == "ConsoleLogin"]
        locked = [r for r in logins if "locked out" in (r.get("errorMessage") or "")]
        if len(locked) >= 3 or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert len(locked) == 3, logins
    assert all(r["responseElements"]["ConsoleLogin"] == "Failure" for r in locked)
    # An administrator unlocks; the right password works again.
    assert iamd_cli("admin", "unlock", name, "--data-dir", str(server.data_dir)).returncode == 0
    status, page = Browser(server, "203.0.113.3").sign_in(name, PASSWORD)
    assert status == 200 and "Console home" in page, page


def test_the_mfa_step_ends_after_three_wrong_codes(start_server, tmp_path):
    server = start(start_server, tmp_path)
    name = user_with_password(server, "mfa-user")
    device = enrol(server.iam(), name)
    browser = Browser(server)
    status, page = browser.sign_in(name, PASSWORD)
    assert "Multi-factor authentication" in page, page
    step = current_step()
    valid = {device.code(s) for s in range(step - 2, step + 3)}
    wrong = [c for c in (f"{n:06d}" for n in range(200000, 200010)) if c not in valid]
    for left in ["2 more tries", "1 more try"]:
        status, page = browser.mfa(wrong.pop())
        assert status == 401 and left in page, page
    status, page = browser.mfa(wrong.pop())
    assert status == 401 and "Sign-in ended after too many wrong codes" in page, page
    # The session is gone: the MFA page sends the browser back to the sign-in form.
    _, page = browser.request("/console/signin/mfa")
    assert 'name="password"' in page
    # A new sign-in with the right code works.
    browser.sign_in(name, PASSWORD)
    status, page = browser.mfa(device.fresh_code())
    assert status == 200 and "Console home" in page, page


def test_common_passwords_are_refused_only_when_the_setting_is_on(start_server, tmp_path):
    server = start(start_server, tmp_path)
    iam = server.iam()
    data = str(server.data_dir)
    status = iamd_cli("admin", "common-passwords", "status", "--data-dir", data)
    assert "does not refuse" in status.stdout, status
    # Off by default: AWS's rules only, so a common password that meets them is accepted.
    name, _ = server.make_user(
        "common",
        key=False,
        policy=allow(["iam:GetAccountPasswordPolicy", "iam:ChangePassword"]),
    )
    iam.create_login_profile(UserName=name, Password="Password1!")
    iam.delete_login_profile(UserName=name)

    on = iamd_cli("admin", "common-passwords", "on", "--data-dir", data)
    assert on.returncode == 0 and "refuses" in on.stdout, on
    try:
        iam.create_login_profile(UserName=name, Password="Password1!")
        raise AssertionError("a common password was accepted")
    except ClientError as e:
        assert e.response["Error"]["Code"] == "PasswordPolicyViolation"
        assert "common password" in e.response["Error"]["Message"]
    iam.create_login_profile(UserName=name, Password=PASSWORD)

    # The console shows the rule, and estimates as the user types.
    browser = Browser(server)
    status, page = browser.sign_in(name, PASSWORD)
    status, page = browser.request("/console/security-credentials")
    assert "Not a common or breached password" in page, page
    assert "data-strength" in page
    csrf = browser.csrf(page)
    _, weak = browser.request(
        "/console/password-strength", {"csrf": csrf, "password": "Password1!"}
    )
    _, strong = browser.request(
        "/console/password-strength", {"csrf": csrf, "password": "vT7#qL2!xR9@-long-one"}
    )
    weak, strong = json.loads(weak), json.loads(strong)
    assert weak["common"] and weak["score"] <= 1, weak
    assert not strong["common"] and strong["score"] >= 3, strong
    # Without the page's token, no estimate.
    status, _ = browser.request("/console/password-strength", {"password": "x"})
    assert status in (400, 403)

    off = iamd_cli("admin", "common-passwords", "off", "--data-dir", data)
    assert off.returncode == 0
    iam.update_login_profile(UserName=name, Password="Password1!")


def test_an_administrator_sees_the_lock_on_the_user_s_page_and_lifts_it(start_server, tmp_path):
    server = start(start_server, tmp_path)
    name = user_with_password(server, "locked")
    guesser = Browser(server, "203.0.113.9")
    for _ in range(5):
        guesser.sign_in(name, "wrong-password")
    assert guesser.sign_in(name, PASSWORD)[0] == 429
    root_password = "Root-Passw0rd!2025"
    done = subprocess.run(
        [str(binary_path()), "admin", "set-root-password", "--data-dir", str(server.data_dir)],
        input=root_password + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    admin = Browser(server, "198.51.100.1")
    _, page = admin.request("/console/signin")
    status, page = admin.request(
        "/console/signin",
        {
            "csrf": admin.csrf(page),
            "account": ACCOUNT_ID,
            "kind": "root",
            "username": "",
            "password": root_password,
        },
    )
    assert status == 200, page
    _, page = admin.request(f"/console/users/{name}")
    assert "5 failed passwords" in page and "locked until" in page, page
    status, page = admin.request(f"/console/users/{name}/unlock", {"csrf": admin.csrf(page)})
    assert status == 200 and "may sign in again" in page, page
    assert 'id="lockouts"' not in page
    status, page = guesser.sign_in(name, PASSWORD)
    assert status == 200 and "Console home" in page, page
    # The unlock is in the trail, with who did it.
    deadline = time.monotonic() + 10
    while True:
        unlocks = [r for r in records(server.data_dir) if r["eventName"] == "UnlockUser"]
        if unlocks or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert len(unlocks) == 1, unlocks
    assert unlocks[0]["requestParameters"] == {"userName": name}
    assert unlocks[0]["userIdentity"]["type"] == "Root"
