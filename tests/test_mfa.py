"""Virtual MFA devices through boto3 and the aws CLI: create, enable, resync, deactivate,
delete, list; codes are single-use."""

from __future__ import annotations

import base64
import re

from iamd_harness import ACCOUNT_ID, Creds, allow, assert_error, unique
from mfa_helpers import (
    STEP,
    SessionCreds,
    session_client,
    create_device,
    current_step,
    decode_qr,
    enrol,
    error_of,
    totp,
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
INVALID_CODE = ("InvalidAuthenticationCode", 403, "Authentication code for device is not valid.")


def mfa_arn(name: str, path: str = "/") -> str:
    return f"arn:aws:iam::{ACCOUNT_ID}:mfa{path}{name}"


def no_such_device(serial: str) -> tuple[str, int, str]:
    return ("NoSuchEntity", 404, f"MFA Device with serial number {serial} does not exist.")


def test_totp_helper_matches_rfc6238():
    seed = base64.b32encode(b"12345678901234567890").decode()
    assert totp(seed, 59 // STEP) == "287082"
    assert totp(seed, 1111111109 // STEP) == "081804"
    assert totp(seed, 2000000000 // STEP) == "279037"


def test_create_returns_the_seed_once_and_a_qr_code(iam, tmp_path):
    name = unique("phone")
    created = create_device(iam, name, path="/team/")
    serial = created["SerialNumber"]
    assert serial == mfa_arn(name, "/team/")
    seed = created["Base32StringSeed"].decode()
    assert re.fullmatch(r"[A-Z2-7]{64}", seed), seed
    png = created["QRCodePNG"]
    assert png.startswith(PNG_SIGNATURE)
    text = decode_qr(png, tmp_path)
    if text is not None:
        assert text == f"otpauth://totp/{name}%40{ACCOUNT_ID}?secret={seed}"

    listed = iam.list_virtual_mfa_devices(AssignmentStatus="Unassigned")["VirtualMFADevices"]
    mine = [d for d in listed if d["SerialNumber"] == serial]
    assert mine == [{"SerialNumber": serial}]
    assigned = iam.list_virtual_mfa_devices(AssignmentStatus="Assigned")["VirtualMFADevices"]
    assert serial not in [d["SerialNumber"] for d in assigned]

    assert_error(
        lambda: iam.create_virtual_mfa_device(VirtualMFADeviceName=name, Path="/team/"),
        "EntityAlreadyExists",
        409,
        "MFA device already exists.",
    )
    iam.delete_virtual_mfa_device(SerialNumber=serial)


def test_seeds_and_session_secrets_are_never_in_clear(start_server, tmp_path):
    data = tmp_path / "data"
    server = start_server(data, env={"RUST_LOG": "debug"})
    iam = server.iam()
    name = unique("sealed")
    iam.create_user(UserName=name)
    key = iam.create_access_key(UserName=name)["AccessKey"]
    device = enrol(iam, name)
    out = server.sts(Creds(key["AccessKeyId"], key["SecretAccessKey"])).get_session_token(
        SerialNumber=device.serial, TokenCode=device.fresh_code()
    )
    creds = SessionCreds.of(out)
    session_client(server, "sts", creds).get_caller_identity()
    server.stop()
    raw_seed = base64.b32decode(device.seed + "=" * (-len(device.seed) % 8))
    needles = {
        "seed (base32)": device.seed.encode(),
        "seed (bytes)": raw_seed,
        "session secret": creds.secret.encode(),
        "session token": creds.token.encode(),
    }
    hits = []
    for path in sorted(tmp_path.rglob("*")):
        if path.is_file():
            blob = path.read_bytes()
            hits += [(str(path), label) for label, n in needles.items() if n in blob]
    assert hits == []


def test_enable_deactivate_delete_rules(iamd, iam):
    alice, _ = iamd.make_user("alice", key=False)
    bob, _ = iamd.make_user("bob", key=False)
    created = create_device(iam)
    serial, seed = created["SerialNumber"], created["Base32StringSeed"].decode()
    step = current_step()

    # Wrong codes, codes out of order, codes too old.
    assert (
        error_of(
            lambda: iam.enable_mfa_device(
                UserName=alice,
                SerialNumber=serial,
                AuthenticationCode1="000000",
                AuthenticationCode2="000001",
            )
        )
        == INVALID_CODE
    )
    assert (
        error_of(
            lambda: iam.enable_mfa_device(
                UserName=alice,
                SerialNumber=serial,
                AuthenticationCode1=totp(seed, step),
                AuthenticationCode2=totp(seed, step - 1),
            )
        )
        == INVALID_CODE
    )
    assert (
        error_of(
            lambda: iam.enable_mfa_device(
                UserName=alice,
                SerialNumber=serial,
                AuthenticationCode1=totp(seed, step - 20),
                AuthenticationCode2=totp(seed, step - 19),
            )
        )
        == INVALID_CODE
    )
    # An unknown device.
    ghost = mfa_arn(unique("ghost"))
    assert error_of(
        lambda: iam.enable_mfa_device(
            UserName=alice,
            SerialNumber=ghost,
            AuthenticationCode1="123456",
            AuthenticationCode2="654321",
        )
    ) == no_such_device(ghost)

    step = current_step()
    iam.enable_mfa_device(
        UserName=alice,
        SerialNumber=serial,
        AuthenticationCode1=totp(seed, step - 1),
        AuthenticationCode2=totp(seed, step),
    )
    devices = iam.list_mfa_devices(UserName=alice)["MFADevices"]
    assert [(d["UserName"], d["SerialNumber"]) for d in devices] == [(alice, serial)]
    assert "EnableDate" in devices[0]
    assigned = iam.list_virtual_mfa_devices(AssignmentStatus="Assigned")["VirtualMFADevices"]
    mine = [d for d in assigned if d["SerialNumber"] == serial]
    assert len(mine) == 1 and mine[0]["User"]["UserName"] == alice
    assert mine[0]["User"]["Arn"] == f"arn:aws:iam::{ACCOUNT_ID}:user/{alice}"
    assert "EnableDate" in mine[0]
    assert iam.get_account_summary()["SummaryMap"]["MFADevicesInUse"] >= 1

    # Assigned to alice: not for bob, not deletable, and alice cannot be deleted.
    assert error_of(
        lambda: iam.enable_mfa_device(
            UserName=bob,
            SerialNumber=serial,
            AuthenticationCode1=totp(seed, step + 1),
            AuthenticationCode2=totp(seed, step + 2),
        )
    ) == ("EntityAlreadyExists", 409, "MFA Device is already in use.")
    code, status, _ = error_of(lambda: iam.delete_virtual_mfa_device(SerialNumber=serial))
    assert (code, status) == ("DeleteConflict", 409)
    assert error_of(lambda: iam.delete_user(UserName=alice)) == (
        "DeleteConflict",
        409,
        "Cannot delete entity, must delete MFA device first.",
    )
    # Deactivating for the wrong user finds nothing.
    assert error_of(
        lambda: iam.deactivate_mfa_device(UserName=bob, SerialNumber=serial)
    ) == no_such_device(serial)

    iam.deactivate_mfa_device(UserName=alice, SerialNumber=serial)
    assert iam.list_mfa_devices(UserName=alice)["MFADevices"] == []
    unassigned = iam.list_virtual_mfa_devices(AssignmentStatus="Unassigned")["VirtualMFADevices"]
    assert serial in [d["SerialNumber"] for d in unassigned]
    iam.delete_virtual_mfa_device(SerialNumber=serial)
    assert error_of(lambda: iam.delete_virtual_mfa_device(SerialNumber=serial)) == no_such_device(
        serial
    )
    assert error_of(
        lambda: iam.deactivate_mfa_device(UserName=alice, SerialNumber=serial)
    ) == no_such_device(serial)
    iam.delete_user(UserName=alice)


def test_a_code_is_accepted_once(iamd, iam):
    name, creds = iamd.make_user("once")
    device = enrol(iam, name)
    sts = iamd.sts(creds)
    # The codes EnableMFADevice took are used up.
    assert error_of(
        lambda: sts.get_session_token(
            SerialNumber=device.serial, TokenCode=device.code(device.last_step)
        )
    ) == (
        "AccessDenied",
        403,
        "MultiFactorAuthentication failed with invalid MFA one time pass code.",
    )
    code = device.fresh_code()
    assert sts.get_session_token(SerialNumber=device.serial, TokenCode=code)["Credentials"]
    # The same code again, on any operation that takes one.
    assert error_of(lambda: sts.get_session_token(SerialNumber=device.serial, TokenCode=code)) == (
        "AccessDenied",
        403,
        "MultiFactorAuthentication failed with invalid MFA one time pass code.",
    )
    step = device.last_step
    assert (
        error_of(
            lambda: iam.resync_mfa_device(
                UserName=name,
                SerialNumber=device.serial,
                AuthenticationCode1=device.code(step - 1),
                AuthenticationCode2=code,
            )
        )
        == INVALID_CODE
    )


def test_resync_takes_two_new_consecutive_codes(iamd, iam):
    name, _ = iamd.make_user("resync")
    device = enrol(iam, name)
    first = device.fresh_code()
    second = device.code(device.last_step + 1)
    iam.resync_mfa_device(
        UserName=name,
        SerialNumber=device.serial,
        AuthenticationCode1=first,
        AuthenticationCode2=second,
    )
    ghost = mfa_arn(unique("ghost"))
    assert error_of(
        lambda: iam.resync_mfa_device(
            UserName=name,
            SerialNumber=ghost,
            AuthenticationCode1="123456",
            AuthenticationCode2="654321",
        )
    ) == no_such_device(ghost)


def test_at_most_eight_devices_per_user(iamd, iam):
    name, _ = iamd.make_user("eight", key=False)
    for _ in range(8):
        enrol(iam, name)
    created = create_device(iam)
    seed = created["Base32StringSeed"].decode()
    step = current_step()
    code, status, _ = error_of(
        lambda: iam.enable_mfa_device(
            UserName=name,
            SerialNumber=created["SerialNumber"],
            AuthenticationCode1=totp(seed, step - 1),
            AuthenticationCode2=totp(seed, step),
        )
    )
    assert (code, status) == ("LimitExceeded", 409)
    assert len(iam.list_mfa_devices(UserName=name)["MFADevices"]) == 8


def test_list_mfa_devices_defaults_to_the_caller(iamd, iam):
    name, creds = iamd.make_user(
        "self",
        policy=allow("iam:ListMFADevices", f"arn:aws:iam::{ACCOUNT_ID}:user/${{aws:username}}"),
    )
    device = enrol(iam, name)
    mine = iamd.iam(creds).list_mfa_devices()["MFADevices"]
    assert [(d["UserName"], d["SerialNumber"]) for d in mine] == [(name, device.serial)]
    other, _ = iamd.make_user("other", key=False)
    assert_error(lambda: iamd.iam(creds).list_mfa_devices(UserName=other), "AccessDenied", 403)


def test_device_tags(iam):
    created = create_device(iam)
    serial = created["SerialNumber"]
    iam.tag_mfa_device(SerialNumber=serial, Tags=[{"Key": "team", "Value": "red"}])
    assert iam.list_mfa_device_tags(SerialNumber=serial)["Tags"] == [
        {"Key": "team", "Value": "red"}
    ]
    iam.untag_mfa_device(SerialNumber=serial, TagKeys=["team"])
    assert iam.list_mfa_device_tags(SerialNumber=serial)["Tags"] == []
    iam.delete_virtual_mfa_device(SerialNumber=serial)


def test_cli_enrolment(iamd, iam, tmp_path):
    """The documented CLI flow: the QR code to a file, then two consecutive codes."""
    name, _ = iamd.make_user("cli", key=False)
    device_name = unique("cli-phone")
    png_file = tmp_path / "qr.png"
    code, out, err = iamd.aws(
        "iam",
        "create-virtual-mfa-device",
        "--virtual-mfa-device-name",
        device_name,
        "--outfile",
        str(png_file),
        "--bootstrap-method",
        "QRCodePNG",
    )
    assert code == 0, err
    serial = out["VirtualMFADevice"]["SerialNumber"]
    assert serial == mfa_arn(device_name)
    assert "QRCodePNG" not in out["VirtualMFADevice"]
    assert png_file.read_bytes().startswith(PNG_SIGNATURE)
    text = decode_qr(png_file.read_bytes(), tmp_path)
    if text is None:
        # Without zbarimg the seed cannot be read from the PNG: start over with the seed.
        iam.delete_virtual_mfa_device(SerialNumber=serial)
        seed_file = tmp_path / "seed.txt"
        code, out, err = iamd.aws(
            "iam",
            "create-virtual-mfa-device",
            "--virtual-mfa-device-name",
            device_name,
            "--outfile",
            str(seed_file),
            "--bootstrap-method",
            "Base32StringSeed",
        )
        assert code == 0, err
        seed = seed_file.read_text().strip()
    else:
        seed = re.search(r"secret=([A-Z2-7]+)", text).group(1)
    step = current_step()
    code, out, err = iamd.aws(
        "iam",
        "enable-mfa-device",
        "--user-name",
        name,
        "--serial-number",
        serial,
        "--authentication-code1",
        totp(seed, step - 1),
        "--authentication-code2",
        totp(seed, step),
    )
    assert code == 0, err
    code, out, err = iamd.aws("iam", "list-mfa-devices", "--user-name", name)
    assert code == 0, err
    assert [d["SerialNumber"] for d in out["MFADevices"]] == [serial]
    code, out, err = iamd.aws(
        "iam",
        "enable-mfa-device",
        "--user-name",
        name,
        "--serial-number",
        serial,
        "--authentication-code1",
        "111111",
        "--authentication-code2",
        "222222",
    )
    assert code == 255
    assert "(EntityAlreadyExists)" in err and "MFA Device is already in use." in err
