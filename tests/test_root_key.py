"""The root access key given in the environment, across restarts.

Starting again with the same `IAMD_ROOT_ACCESS_KEY_ID` and another secret is refused, with a
message that names the key and the two ways out and no secret; the stored key is unchanged.
"""

from __future__ import annotations

import pytest

from iamd_harness import Creds, new_root_creds


def test_same_key_id_with_another_secret_is_refused(start_server, tmp_path):
    data = tmp_path / "data"
    first = new_root_creds()
    server = start_server(data, root=first)
    caller = server.sts().get_caller_identity()["Arn"]
    server.stop()

    changed = Creds(first.access_key_id, new_root_creds().secret)
    with pytest.raises(RuntimeError) as refused:
        start_server(data, root=changed)
    output = str(refused.value)
    assert "exited with status 1 before listening" in output, output
    assert (
        f"root access key {first.access_key_id} (IAMD_ROOT_ACCESS_KEY_ID) already exists"
        in output
    ), output
    assert "IAMD_ROOT_SECRET_ACCESS_KEY to the secret the key was created with" in output
    assert "set IAMD_ROOT_ACCESS_KEY_ID to a new key id" in output
    assert changed.secret not in output and first.secret not in output

    # Way out 1: the secret the key was created with; the key still signs.
    server = start_server(data, root=first)
    assert server.sts().get_caller_identity()["Arn"] == caller
    server.stop()

    # Way out 2: a new key id with the new secret is added beside the old key.
    rotated = Creds(new_root_creds().access_key_id, changed.secret)
    server = start_server(data, root=rotated)
    assert server.sts(rotated).get_caller_identity()["Arn"] == caller
    ids = {k["AccessKeyId"] for k in server.iam(rotated).list_access_keys()["AccessKeyMetadata"]}
    assert ids == {first.access_key_id, rotated.access_key_id}
    server.iam(rotated).delete_access_key(AccessKeyId=first.access_key_id)
    server.stop()
