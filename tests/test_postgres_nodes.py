"""Three `iamd serve` nodes on one PostgreSQL database, driven with boto3 across nodes.

Each test starts its nodes on a database of its own (see `postgres_helpers`): the same
database URL, master key file and root key, each node with its own data directory (its
audit trail) and port.
"""

from __future__ import annotations

import json
import subprocess
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from botocore.exceptions import ClientError

from iamd_harness import Creds, Server, allow, binary_path, new_root_creds, unique
from mfa_helpers import current_step, enrol, error_of
from postgres_helpers import (
    drop_database,
    fresh_database,
    pg_dump,
    psql,
    server_ca,
    write_master_key,
)
from test_console_brute_force import Browser

PASSWORD = "Str0ng!Passw0rd-2024"
# A change on one node takes effect on every other within this many seconds.
PROPAGATION = 1.0


@dataclass
class Cluster:
    url: str
    master_key: Path
    root: Creds
    env: dict[str, str]
    nodes: list[Server]


@pytest.fixture
def cluster(start_server, tmp_path):
    url = fresh_database()
    key = write_master_key(tmp_path / "master.key")
    root = new_root_creds()
    env = {
        "IAMD_DATABASE_URL": url,
        "IAMD_MASTER_KEY_FILE": str(key),
        "IAMD_TRUSTED_PROXIES": "127.0.0.1",
    }
    # The second node writes its operator logs as JSON (`--log-format json`).
    nodes = [
        start_server(
            tmp_path / f"node{i}",
            root=root,
            env={**env, "IAMD_LOG_FORMAT": "json" if i == 1 else "text"},
        )
        for i in range(3)
    ]
    yield Cluster(url, key, root, env, nodes)
    for node in nodes:
        node.stop()
    drop_database(url)


def code_of(call) -> str:
    try:
        call()
    except ClientError as e:
        return e.response["Error"]["Code"]
    return "OK"


def until_refused(call, expected: str, timeout: float = 5.0) -> float:
    """Seconds until `call` fails with `expected` (polled every 20 ms); fails after `timeout`."""
    start = time.monotonic()
    while True:
        code = code_of(call)
        if code == expected:
            return time.monotonic() - start
        assert code == "OK", code
        assert time.monotonic() - start < timeout, f"still {code} after {timeout}s"
        time.sleep(0.02)


def test_nodes_share_the_account_and_answer_health_checks(cluster):
    a, b, c = cluster.nodes
    name = unique("u")
    a.iam().create_user(UserName=name)
    for node in (b, c):
        assert node.iam().get_user(UserName=name)["User"]["UserName"] == name
    key = b.iam().create_access_key(UserName=name)["AccessKey"]
    creds = Creds(key["AccessKeyId"], key["SecretAccessKey"])
    for node in (a, c):
        arn = node.sts(creds=creds).get_caller_identity()["Arn"]
        assert arn.endswith(f":user/{name}")
    # A rename on one node is seen at once on the others.
    renamed = unique("r")
    c.iam().update_user(UserName=name, NewUserName=renamed)
    assert a.iam().get_user(UserName=renamed)["User"]["UserId"] == key_owner_id(b, renamed)
    for node in cluster.nodes:
        for path, body in (("/healthz", b"ok\n"), ("/readyz", b"ready\n")):
            with urllib.request.urlopen(node.endpoint + path, timeout=10) as r:
                assert (r.status, r.read()) == (200, body)


def key_owner_id(node: Server, name: str) -> str:
    return node.iam().get_user(UserName=name)["User"]["UserId"]


def test_64_concurrent_create_access_key_over_three_nodes_give_exactly_two(cluster):
    name = unique("u")
    cluster.nodes[0].iam().create_user(UserName=name)
    clients = [cluster.nodes[i % 3].iam(max_pool_connections=32) for i in range(64)]

    def create(i: int) -> str:
        return code_of(lambda: clients[i].create_access_key(UserName=name))

    with ThreadPoolExecutor(64) as pool:
        codes = list(pool.map(create, range(64)))
    assert codes.count("OK") == 2, codes
    assert set(codes) == {"OK", "LimitExceeded"}, codes
    for node in cluster.nodes:
        assert len(node.iam().list_access_keys(UserName=name)["AccessKeyMetadata"]) == 2


def test_a_change_on_one_node_takes_effect_on_the_others_within_a_second(cluster):
    a, b, c = cluster.nodes
    name, creds = a.make_user("u", policy=allow("iam:ListUsers"))
    # Each node has resolved the key and compiled the user's policies.
    for node in cluster.nodes:
        node.iam(creds=creds).list_users()

    a.iam().put_user_policy(
        UserName=name,
        PolicyName="inline",
        PolicyDocument=json.dumps(allow("iam:ListUsers", effect="Deny")),
    )
    assert until_refused(lambda: b.iam(creds=creds).list_users(), "AccessDenied") < PROPAGATION
    assert code_of(lambda: c.iam(creds=creds).list_users()) == "AccessDenied"
    # Node B logged the deciding statement for administrators, as one JSON object a line.
    logged = [json.loads(line) for line in b.log().splitlines() if line.startswith("{")]
    denials = [e for e in logged if e.get("message") == "denied by an explicit Deny"]
    assert denials and denials[0]["level"] == "INFO" and denials[0]["action"] == "iam:ListUsers"

    # A deactivated key stops authenticating everywhere within the second, and stays so.
    a.iam().put_user_policy(
        UserName=name, PolicyName="inline", PolicyDocument=json.dumps(allow("sts:*"))
    )
    for node in cluster.nodes:
        until_refused(lambda: node.iam(creds=creds).list_users(), "AccessDenied")
        node.sts(creds=creds).get_caller_identity()
    b.iam().update_access_key(UserName=name, AccessKeyId=creds.access_key_id, Status="Inactive")
    refused_everywhere(cluster, creds)
    for _ in range(5):
        for node in cluster.nodes:
            assert code_of(lambda: node.sts(creds=creds).get_caller_identity()) == (
                "InvalidClientTokenId"
            )

    # A deleted key too.
    second = c.iam().create_access_key(UserName=name)["AccessKey"]
    creds2 = Creds(second["AccessKeyId"], second["SecretAccessKey"])
    for node in cluster.nodes:
        node.sts(creds=creds2).get_caller_identity()
    c.iam().delete_access_key(UserName=name, AccessKeyId=creds2.access_key_id)
    refused_everywhere(cluster, creds2)
    for node in cluster.nodes:
        assert code_of(lambda: node.sts(creds=creds2).get_caller_identity()) == (
            "InvalidClientTokenId"
        )


def refused_everywhere(cluster: Cluster, creds: Creds) -> None:
    """Every node refuses `creds` within PROPAGATION of the change's answer."""
    changed = time.monotonic()
    for node in cluster.nodes:
        until_refused(lambda: node.sts(creds=creds).get_caller_identity(), "InvalidClientTokenId")
        assert time.monotonic() - changed < PROPAGATION, node.endpoint


def test_a_totp_code_used_on_one_node_is_refused_on_another(cluster):
    a, b, _ = cluster.nodes
    name, creds = a.make_user("u")
    device = enrol(a.iam(), name)
    code = device.fresh_code()
    a.sts(creds=creds).get_session_token(SerialNumber=device.serial, TokenCode=code)
    error, status, _ = error_of(
        lambda: b.sts(creds=creds).get_session_token(SerialNumber=device.serial, TokenCode=code)
    )
    assert (error, status) == ("AccessDenied", 403)


def test_kill_9_of_a_node_loses_no_acknowledged_write_and_it_comes_back(cluster):
    a, b, c = cluster.nodes
    acknowledged: list[str] = []
    failures: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()

    def write(node: Server) -> None:
        iam = node.iam(connect_timeout=2, read_timeout=10)
        while not stop.is_set():
            name = unique("w")
            try:
                iam.create_user(UserName=name)
            except Exception as e:  # noqa: BLE001 - the killed node's writers stop here
                if node is not b:
                    with lock:
                        failures.append(repr(e))
                return
            with lock:
                acknowledged.append(name)

    threads = [threading.Thread(target=write, args=(n,)) for n in (a, b, c, b)]
    for t in threads:
        t.start()
    time.sleep(1.5)
    b.kill()
    time.sleep(1.5)
    stop.set()
    for t in threads:
        t.join(timeout=30)
    assert failures == []
    assert len(acknowledged) > 10
    b.start()
    names = set()
    for page in b.iam().get_paginator("list_users").paginate():
        names.update(u["UserName"] for u in page["Users"])
    assert set(acknowledged) <= names, set(acknowledged) - names
    b.iam().get_user(UserName=acknowledged[-1])


def test_a_console_session_started_on_one_node_is_valid_on_another(cluster):
    a, b, _ = cluster.nodes
    name, _ = a.make_user("console", key=False)
    a.iam().create_login_profile(UserName=name, Password=PASSWORD)
    on_a = Browser(a, "203.0.113.9")
    status, page = on_a.sign_in(name, PASSWORD)
    assert status == 200 and "Console home" in page, page
    on_b = Browser(b, "203.0.113.9")
    on_b.jar = on_a.jar
    on_b.opener = on_a.opener
    status, page = on_b.request("/console/security-credentials")
    assert status == 200 and name in page, page
    # An administrator's reset on a third node ends the session everywhere.
    cluster.nodes[2].iam().update_login_profile(UserName=name, Password=PASSWORD + "x")
    status, page = on_b.request("/console/security-credentials")
    assert name not in page


def iamd(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(binary_path()), *args], capture_output=True, text=True, timeout=120
    )


def test_store_copy_moves_an_account_to_postgresql_and_back(start_server, tmp_path):
    sqlite_dir = tmp_path / "sqlite"
    root = new_root_creds()
    single = start_server(sqlite_dir, root=root)
    name, creds = single.make_user("copied", policy=allow("iam:GetUser"))
    single.iam().create_login_profile(UserName=name, Password=PASSWORD)
    single.stop()

    url = fresh_database()
    try:
        done = iamd("store", "copy", "--from-data-dir", str(sqlite_dir), "--database-url", url)
        assert done.returncode == 0, done.stderr
        assert "verified record for record" in done.stdout
        # Into a store that is not empty: refused, nothing changed.
        again = iamd("store", "copy", "--from-data-dir", str(sqlite_dir), "--database-url", url)
        assert again.returncode == 1 and "already holds" in again.stderr, again.stderr

        env = {"IAMD_DATABASE_URL": url, "IAMD_MASTER_KEY_FILE": str(sqlite_dir / "master.key")}
        node = start_server(tmp_path / "node", root=root, env=env)
        # The secret decrypts under the same key: the user's key still signs.
        assert node.iam(creds=creds).get_user(UserName=name)["User"]["UserName"] == name
        node.stop()

        back_dir = tmp_path / "back"
        done = iamd(
            "store", "copy", "--from-database-url", url, "--data-dir", str(back_dir),
            "--master-key-file", str(sqlite_dir / "master.key"),
        )
        assert done.returncode == 0, done.stderr
        back = start_server(back_dir, root=root)
        assert back.iam(creds=creds).get_user(UserName=name)["User"]["UserName"] == name
        back.iam().get_login_profile(UserName=name)
        back.stop()
    finally:
        drop_database(url)


def test_a_node_with_another_master_key_is_refused(cluster, tmp_path):
    other = write_master_key(tmp_path / "other.key")
    done = subprocess.run(
        [str(binary_path()), "serve", "--data-dir", str(tmp_path / "x"), "--listen",
         "127.0.0.1:0", "--database-url", cluster.url, "--master-key-file", str(other)],
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 1
    assert "not the key this database's secrets are sealed with" in done.stderr
    assert cluster.url not in done.stderr


def test_no_secret_is_in_clear_in_a_dump_of_the_database(cluster):
    a = cluster.nodes[0]
    name, creds = a.make_user("secret")
    a.iam().create_login_profile(UserName=name, Password=PASSWORD)
    device = enrol(a.iam(), name)
    dump = pg_dump(cluster.url)
    assert name in dump  # the dump is of this account
    for secret in (creds.secret, PASSWORD, device.seed, cluster.root.secret):
        assert secret not in dump


def test_offline_subcommands_read_the_shared_account(cluster, tmp_path):
    a = cluster.nodes[0]
    name, _ = a.make_user("offline", policy=allow("iam:ListUsers"))
    env = {
        **{k: v for k, v in __import__("os").environ.items() if not k.startswith("IAMD_")},
        "IAMD_DATABASE_URL": cluster.url,
        "IAMD_MASTER_KEY_FILE": str(cluster.master_key),
        "IAMD_DATA_DIR": str(tmp_path / "offline"),
    }

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(binary_path()), *args], capture_output=True, text=True, timeout=120, env=env
        )

    check = run("check", "--json", "--fail-on", "NONE")
    assert check.returncode == 0, check.stderr
    assert json.loads(check.stdout)["account"] == a.account_id
    simulated = run(
        "simulate", "--principal", f"arn:aws:iam::{a.account_id}:user/{name}",
        "--action", "iam:ListUsers",
    )
    assert simulated.returncode == 0, simulated.stderr
    assert "allowed" in simulated.stdout
    lockouts = run("admin", "lockouts")
    assert lockouts.returncode == 0, lockouts.stderr
    # Nothing was written to the data directory given: the account is in the database.
    assert not (tmp_path / "offline" / "iamd.sqlite3").exists()


def test_nodes_connect_over_tls_and_verify_the_server(start_server, tmp_path):
    ca = server_ca()
    if ca is None:
        pytest.skip("the test server has no TLS certificate (IAMD_TEST_DATABASE_CA unset)")
    url = fresh_database()
    try:
        key = write_master_key(tmp_path / "master.key")
        verified = f"{url}?sslmode=verify-full&sslrootcert={ca}"
        env = {"IAMD_DATABASE_URL": verified, "IAMD_MASTER_KEY_FILE": str(key)}
        node = start_server(tmp_path / "node", env=env)
        node.iam().create_user(UserName=unique("tls"))
        database = url.rsplit("/", 1)[1]
        rows = psql(
            url,
            "SELECT s.ssl FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) "
            f"WHERE a.application_name = 'iamd' AND a.datname = '{database}'",
        ).split()
        assert rows and set(rows) == {"t"}, rows
        node.stop()
        # A server whose certificate the system's authorities do not vouch for is refused.
        done = subprocess.run(
            [str(binary_path()), "serve", "--data-dir", str(tmp_path / "x"), "--listen",
             "127.0.0.1:0", "--database-url", f"{url}?sslmode=verify-full",
             "--master-key-file", str(key)],
            capture_output=True, text=True, timeout=60,
        )
        assert done.returncode == 1, done.stderr
        assert "cannot connect to PostgreSQL" in done.stderr
    finally:
        drop_database(url)


def test_import_writes_an_account_into_a_database(tmp_path):
    url = fresh_database()
    try:
        key = write_master_key(tmp_path / "master.key")
        env = {
            **{k: v for k, v in __import__("os").environ.items() if not k.startswith("IAMD_")},
            "IAMD_DATABASE_URL": url,
            "IAMD_MASTER_KEY_FILE": str(key),
            "IAMD_DATA_DIR": str(tmp_path / "unused"),
        }
        examples = Path(__file__).resolve().parent.parent / "examples" / "account"
        files = sorted(str(p) for p in examples.glob("*.json"))
        done = subprocess.run(
            [str(binary_path()), "import", *files],
            capture_output=True, text=True, timeout=120, env=env,
        )
        assert done.returncode == 0, done.stderr
        assert "imported account 111122223333 into the PostgreSQL database" in done.stdout
        check = subprocess.run(
            [str(binary_path()), "check", "--json", "--fail-on", "NONE"],
            capture_output=True, text=True, timeout=120, env=env,
        )
        assert check.returncode == 0, check.stderr
        report = json.loads(check.stdout)
        assert report["account"] == "111122223333" and report["findings"]
        # The database holds that account now: another one is refused.
        other = subprocess.run(
            [str(binary_path()), "serve", "--listen", "127.0.0.1:0", "--account-id", "123456789012"],
            capture_output=True, text=True, timeout=60, env=env,
        )
        assert other.returncode == 1
        assert "holds account 111122223333" in other.stderr
        assert not (tmp_path / "unused" / "iamd.sqlite3").exists()
    finally:
        drop_database(url)


def test_three_nodes_starting_together_on_a_new_database_serve_one_account(tmp_path):
    url = fresh_database()
    key = write_master_key(tmp_path / "master.key")
    root = new_root_creds()
    env = {"IAMD_DATABASE_URL": url, "IAMD_MASTER_KEY_FILE": str(key)}
    account = "444455556666"
    nodes = [
        Server(tmp_path / f"n{i}", tmp_path / f"n{i}.log", root, account_id=account, extra_env=env)
        for i in range(3)
    ]
    # The servers die with the thread that started them (PR_SET_PDEATHSIG): the pool's
    # threads are kept until the end.
    pool = ThreadPoolExecutor(3)
    try:
        list(pool.map(lambda n: n.start(), nodes))
        for node in nodes:
            assert node.sts().get_caller_identity()["Account"] == account
        assert len(nodes[0].iam().list_access_keys()["AccessKeyMetadata"]) == 1
    finally:
        for node in nodes:
            node.stop()
        pool.shutdown()
        drop_database(url)
