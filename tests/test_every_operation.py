"""A walk over the IAM and STS models (`models/`): every operation is called with the smallest
valid request the model allows, and none may answer `InvalidAction` or "not implemented",
except the operations listed in NOT_SERVED_YET, a list that must shrink to empty (and fails
when an operation in it starts being served, so it is kept exact)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from botocore import xform_name
from botocore.exceptions import ClientError

MODELS = Path(__file__).resolve().parent.parent / "models"

# Operations iamd does not serve yet, each answering InvalidAction "… is not implemented".
NOT_SERVED_YET = {
    # Federation: OIDC and SAML providers and the STS calls that use them (the federation
    # issue's).
    "AddClientIDToOpenIDConnectProvider",
    "CreateOpenIDConnectProvider",
    "DeleteOpenIDConnectProvider",
    "GetOpenIDConnectProvider",
    "ListOpenIDConnectProviders",
    "ListOpenIDConnectProviderTags",
    "RemoveClientIDFromOpenIDConnectProvider",
    "TagOpenIDConnectProvider",
    "UntagOpenIDConnectProvider",
    "UpdateOpenIDConnectProviderThumbprint",
    "CreateSAMLProvider",
    "DeleteSAMLProvider",
    "GetSAMLProvider",
    "ListSAMLProviders",
    "ListSAMLProviderTags",
    "TagSAMLProvider",
    "UntagSAMLProvider",
    "UpdateSAMLProvider",
    "AssumeRoleWithSAML",
    "AssumeRoleWithWebIdentity",
    # Outbound web identity federation (left to the federation issue).
    "EnableOutboundWebIdentityFederation",
    "DisableOutboundWebIdentityFederation",
    "GetOutboundWebIdentityFederationInfo",
    # Server certificates (issue 14, item 4): not built yet.
    "UploadServerCertificate",
    "GetServerCertificate",
    "ListServerCertificates",
    "UpdateServerCertificate",
    "DeleteServerCertificate",
    "TagServerCertificate",
    "UntagServerCertificate",
    "ListServerCertificateTags",
    # Access Advisor (issue 14, item 6): not built yet.
    "GenerateServiceLastAccessedDetails",
    "GetServiceLastAccessedDetails",
    "GetServiceLastAccessedDetailsWithEntities",
    "ListPoliciesGrantingServiceAccess",
    # STS operations outside issue 14's list.
    "AssumeRoot",
    "DecodeAuthorizationMessage",
    "GetAccessKeyInfo",
    "GetDelegatedAccessToken",
    "GetFederationToken",
    "GetWebIdentityToken",
}

# Values for the members whose pattern the generic candidates below do not meet.
CANDIDATES = [
    "arn:aws:iam::123456789012:user/model-walk",
    "model-walk",
    "/",
    "/model-walk/",
    "00000000-0000-4000-8000-000000000000",
    "o-a1b2c3d4e5/r-f6g7h8i9j0example",
    "p-abcdefgh",
    "AKIAIOSFODNN7EXAMPLE",
    "APKAAAAAAAAAAAAAAAAA",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
    "123456",
    "v1",
    "en",
    json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}),
]


def fits(value: str, shape: dict) -> bool:
    if not shape.get("min", 0) <= len(value) <= shape.get("max", 10**9):
        return False
    pattern = shape.get("pattern")
    if not pattern:
        return True
    try:
        return re.fullmatch(pattern, value) is not None
    except re.error:
        return True


def value_for(model: dict, name: str):
    shape = model["shapes"][name]
    kind = shape["type"]
    if kind == "string":
        if "enum" in shape:
            return shape["enum"][0]
        for c in CANDIDATES:
            if fits(c, shape):
                return c
        return "a" * max(shape.get("min", 1), 1)
    if kind in ("integer", "long"):
        return max(int(shape.get("min", 1)), 1)
    if kind == "boolean":
        return False
    if kind == "list":
        return [value_for(model, shape["member"]["shape"]) for _ in range(max(shape.get("min", 1), 1))]
    if kind == "structure":
        # A structure without required members still needs one member to be sent at all.
        names = shape.get("required") or list(shape["members"])[:1]
        return {m: value_for(model, shape["members"][m]["shape"]) for m in names}
    if kind == "blob":
        return b"x"
    raise AssertionError(f"no value for a {kind} ({name})")


def unsigned_in_the_model(spec: dict) -> bool:
    return spec.get("authtype") == "none" or "smithy.api#noAuth" in spec.get("auth", [])


def not_served(server, service: str, model: dict) -> set[str]:
    client = server.client(service)
    found = set()
    for op, spec in model["operations"].items():
        params = value_for(model, spec["input"]["shape"]) if "input" in spec else {}
        if unsigned_in_the_model(spec):
            # Clients send these unsigned (their token is the credential); signed, they reach
            # the operation (all their members are strings).
            response = server.signed(
                {"Action": op, "Version": model["metadata"]["apiVersion"], **params},
                service=service,
            )
            if response.status == 200:
                continue
            err = response.error()
        else:
            try:
                getattr(client, xform_name(op))(**params)
                continue
            except ClientError as e:
                err = e.response["Error"]
        # The wire layer's refusal ("N validation error(s) detected: …") happens before the
        # operation is looked up; an operation's own ValidationError means it was reached.
        refused_on_the_wire = err.get("Code") == "MissingParameter" or (
            err.get("Code") == "ValidationError" and "detected" in err.get("Message", "")
        )
        assert not refused_on_the_wire, (
            f"{op}: the walk's request was refused as invalid, so it never reached the operation: {err}"
        )
        if err.get("Code") == "InvalidAction" or "not implemented" in err.get("Message", ""):
            found.add(op)
    return found


def test_every_operation_of_the_models_is_served(start_server):
    server = start_server()
    iam_model = json.loads(next(MODELS.glob("iam-*.json")).read_text())
    sts_model = json.loads(next(MODELS.glob("sts-*.json")).read_text())
    missing = not_served(server, "iam", iam_model) | not_served(server, "sts", sts_model)
    assert missing - NOT_SERVED_YET == set(), "answering InvalidAction, not in NOT_SERVED_YET"
    assert NOT_SERVED_YET - missing == set(), "served now: remove them from NOT_SERVED_YET"
    total = len(iam_model["operations"]) + len(sts_model["operations"])
    print(f"{total - len(missing)} of {total} operations served")
