"""The listener's limits (connections, requests in progress, header and body timeouts,
oversized bodies) and the client address behind a trusted proxy, against a real `iamd serve`.
"""

from __future__ import annotations

import json
import socket
import time

from iamd_harness import ACCOUNT_ID, assert_error, unique

GET_USER = b"Action=GetUser&Version=2010-05-08"


def connect(port: int, timeout: float = 15) -> socket.socket:
    return socket.create_connection(("127.0.0.1", port), timeout=timeout)


def read_response(s: socket.socket) -> bytes:
    """Everything the server sends until it closes (or the socket times out)."""
    chunks = []
    while True:
        try:
            data = s.recv(65536)
        except (ConnectionResetError, socket.timeout):
            break
        if not data:
            break
        chunks.append(data)
    return b"".join(chunks)


def head(port: int, length: int, extra: str = "") -> bytes:
    return (
        f"POST / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {length}\r\n"
        f"{extra}\r\n"
    ).encode()


def status_of(response: bytes) -> int:
    return int(response.split(b" ", 2)[1]) if response.startswith(b"HTTP/1.1 ") else 0


def error_code(response: bytes) -> str:
    body = response.split(b"\r\n\r\n", 1)[1].decode()
    return body.split("<Code>", 1)[1].split("</Code>", 1)[0]


def test_connections_over_the_limit_are_answered_503_until_one_frees(start_server):
    server = start_server(env={"IAMD_MAX_CONNECTIONS": "8", "IAMD_HEADER_TIMEOUT": "30"})
    idle = [connect(server.port) for _ in range(8)]
    try:
        time.sleep(0.3)  # let the server accept them all
        with connect(server.port) as extra:
            extra.sendall(head(server.port, len(GET_USER)) + GET_USER)
            response = read_response(extra)
        assert status_of(response) == 503, response
        assert error_code(response) == "ServiceUnavailable", response
    finally:
        for s in idle:
            s.close()
    # Slots free as the idle connections close: real requests get through again.
    deadline = time.monotonic() + 10
    while True:
        try:
            server.iam().list_users()
            break
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_a_half_sent_request_is_closed_after_the_header_timeout(start_server):
    server = start_server(env={"IAMD_HEADER_TIMEOUT": "2"})
    with connect(server.port, timeout=20) as s:
        s.sendall(f"POST / HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n".encode())
        started = time.monotonic()
        response = read_response(s)
        # Closed by the server (with or without a 408), not by the socket's own timeout.
        assert time.monotonic() - started < 15
        assert response == b"" or status_of(response) == 408, response
    server.iam().list_users()


def test_an_idle_connection_is_closed_after_the_header_timeout(start_server):
    server = start_server(env={"IAMD_HEADER_TIMEOUT": "2"})
    with connect(server.port, timeout=20) as s:
        started = time.monotonic()
        assert read_response(s) == b""
        assert time.monotonic() - started < 15


def test_a_body_that_does_not_arrive_in_time_fails_with_request_timeout(start_server):
    server = start_server(env={"IAMD_BODY_TIMEOUT": "2"})
    with connect(server.port, timeout=20) as s:
        s.sendall(head(server.port, 1000) + GET_USER)
        started = time.monotonic()
        response = read_response(s)
        assert time.monotonic() - started < 15
    assert status_of(response) == 408, response
    assert error_code(response) == "RequestTimeout", response


def test_an_oversized_content_length_is_refused_before_the_body_is_sent(iamd):
    # A client that waits for "100 Continue" is told at once.
    with connect(iamd.port) as s:
        s.sendall(head(iamd.port, 1 << 20, "Expect: 100-continue\r\n"))
        response = s.recv(65536)
    assert status_of(response) == 413, response
    # Any client, when the body is larger than is worth draining.
    with connect(iamd.port) as s:
        s.sendall(head(iamd.port, 100 << 20))
        response = s.recv(65536)
    assert status_of(response) == 413, response


def test_requests_over_the_in_progress_limit_are_answered_503(start_server):
    server = start_server(env={"IAMD_MAX_REQUESTS": "1", "IAMD_BODY_TIMEOUT": "30"})
    # One request in progress: its body is still on its way.
    slow = connect(server.port, timeout=20)
    try:
        slow.sendall(head(server.port, len(GET_USER)) + GET_USER[:5])
        time.sleep(0.3)
        e = assert_error(lambda: server.iam().list_users(), "ServiceUnavailable", 503)
        assert "retry" in e.response["Error"]["Message"]
        slow.sendall(GET_USER[5:])
        assert status_of(read_response_once(slow)) in (400, 403)
    finally:
        slow.close()
    server.iam().list_users()


def read_response_once(s: socket.socket) -> bytes:
    """One response's first bytes (the connection stays open)."""
    return s.recv(65536)


def source_ip_only(cidr: str) -> dict:
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Action": "iam:GetUser",
                "Resource": "*",
                "Condition": {"IpAddress": {"aws:SourceIp": cidr}},
            }
        ],
    }


def forwarding(client, address: str):
    """`client` with an X-Forwarded-For header on every request, as a proxy adds it."""

    def add(request, **_):
        request.headers["X-Forwarded-For"] = address

    client.meta.events.register_first("before-sign.*.*", add)
    return client


def records(data) -> list[dict]:
    out = []
    for path in sorted((data / "audit").glob("*.jsonl")):
        out.extend(json.loads(l) for l in path.read_text().splitlines())
    return out


def test_a_trusted_proxy_names_the_client_for_conditions_and_the_trail(start_server, tmp_path):
    data = tmp_path / "data"
    # The tests connect from 127.0.0.1: here, that is the proxy.
    server = start_server(data, env={"IAMD_TRUSTED_PROXIES": "127.0.0.1"})
    name, creds = server.make_user("proxied", policy=source_ip_only("203.0.113.0/24"))
    via_proxy = forwarding(server.iam(creds), "198.51.100.7, 203.0.113.9")
    rid = via_proxy.get_user()["ResponseMetadata"]["RequestId"]
    server.iam().create_user(UserName=unique("flush"))  # read-only records are written lazily
    r = next(r for r in records(data) if r.get("requestID") == rid)
    assert r["sourceIPAddress"] == "203.0.113.9"
    assert_error(lambda: server.iam(creds).get_user(), "AccessDenied", 403)
    assert_error(
        lambda: forwarding(server.iam(creds), "192.0.2.1").get_user(), "AccessDenied", 403
    )


def test_forwarded_headers_from_an_unlisted_peer_are_ignored(start_server, tmp_path):
    data = tmp_path / "data"
    server = start_server(data, env={"IAMD_TRUSTED_PROXIES": "10.9.9.9"})
    name, creds = server.make_user("direct", policy=source_ip_only("203.0.113.0/24"))
    spoofing = forwarding(server.iam(creds), "203.0.113.9")
    e = assert_error(lambda: spoofing.get_user(), "AccessDenied", 403)
    rid = e.response["ResponseMetadata"]["RequestId"]
    server.iam().create_user(UserName=unique("flush"))  # read-only records are written lazily
    r = next(r for r in records(data) if r.get("requestID") == rid)
    assert r["sourceIPAddress"] == "127.0.0.1"
    allowed, creds2 = server.make_user("direct-ok", policy=source_ip_only("127.0.0.1/32"))
    assert forwarding(server.iam(creds2), "203.0.113.9").get_user()["User"]["UserName"] == allowed
