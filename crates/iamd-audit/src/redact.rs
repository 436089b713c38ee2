//! What never enters an audit record: the one denylist of secret-bearing member names.
//!
//! Request parameters and response elements pass through [`redact`] before they are written.
//! Names are compared case-insensitively, so the model's `NewPassword`, CloudTrail's
//! `newPassword` and any nesting depth are all caught. A secret member is dropped, not masked:
//! not even its length is kept.

use serde_json::Value;

/// Members that carry a password, a secret key, a session token, an MFA seed or code, or a
/// private key, in any IAM or STS shape (request or response).
pub const SECRET_MEMBERS: &[&str] = &[
    "Password",
    "OldPassword",
    "NewPassword",
    "SecretAccessKey",
    "SessionToken",
    "ServicePassword",
    "ServiceCredentialSecret",
    "AuthenticationCode1",
    "AuthenticationCode2",
    "TokenCode",
    "Base32StringSeed",
    "QRCodePNG",
    "PrivateKey",
    "AddPrivateKey",
    "SAMLAssertion",
    "ContextAssertion",
    "WebIdentityToken",
    "TradeInToken",
    "SerialNumberSecret",
];

/// Whether a member of this name is a secret.
pub fn is_secret(name: &str) -> bool {
    SECRET_MEMBERS.iter().any(|s| s.eq_ignore_ascii_case(name))
}

/// Remove every secret member, at any depth.
pub fn redact(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.retain(|k, _| !is_secret(k));
            for v in map.values_mut() {
                redact(v);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Members whose names look secret but carry none (flags, ages, ids, public keys).
    const NOT_SECRET: &[&str] = &[
        "AccessKey",
        "AccessKeyId",
        "AccessKeyLastUsed",
        "AccessKeyMetadata",
        "AllowUsersToChangePassword",
        "Code",
        "ContextKeyName",
        "ContextKeyNames",
        "ContextKeyType",
        "ContextKeyValues",
        "CredentialAgeDays",
        "Credentials",
        "DecodedMessage",
        "EncodedMessage",
        "ExpirePasswords",
        "GlobalEndpointTokenVersion",
        "Key",
        "KeyId",
        "MaxPasswordAge",
        "MinimumPasswordLength",
        "PasswordLastUsed",
        "PasswordPolicy",
        "PasswordResetRequired",
        "PasswordReusePrevention",
        "PrivateKeyList",
        "RemovePrivateKey",
        "SSHPublicKey",
        "SSHPublicKeyBody",
        "SSHPublicKeyId",
        "SSHPublicKeys",
        "ServiceCredentialAlias",
        "ServiceSpecificCredential",
        "ServiceSpecificCredentialId",
        "ServiceSpecificCredentials",
        "SortKey",
        "SubjectFromWebIdentityToken",
        "TagKeys",
        "TransitiveTagKeys",
        "SAMLMetadataDocument",
        "SAMLProviderUUID",
        "SAMLProviderArn",
        "SAMLProviderList",
        "AssertionEncryptionMode",
        "ProviderId",
    ];

    fn looks_secret(name: &str) -> bool {
        let n = name.to_ascii_lowercase();
        [
            "password",
            "secret",
            "token",
            "seed",
            "qrcode",
            "code",
            "privatekey",
            "assertion",
            "key",
            "credential",
            "saml",
        ]
        .iter()
        .any(|w| n.contains(w))
    }

    fn models() -> Vec<serde_json::Value> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../models");
        [
            "iam-2010-05-08.service-2.json",
            "sts-2011-06-15.service-2.json",
        ]
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(format!("{dir}/{f}"))
                .unwrap_or_else(|e| panic!("the AWS models are needed here: {dir}/{f}: {e}"));
            serde_json::from_str(&text).unwrap()
        })
        .collect()
    }

    /// Every member of every IAM and STS shape whose name looks secret is either dropped or
    /// known not to be a secret; a new secret member in a model update fails here.
    #[test]
    fn every_secret_looking_model_member_is_classified() {
        let mut checked = 0;
        for model in models() {
            let shapes = model["shapes"].as_object().unwrap();
            for shape in shapes.values() {
                let Some(members) = shape["members"].as_object() else {
                    continue;
                };
                for name in members.keys() {
                    if !looks_secret(name) {
                        continue;
                    }
                    checked += 1;
                    let lower = format!("{}{}", name[..1].to_ascii_lowercase(), &name[1..]);
                    let mut v = serde_json::json!({ name.as_str(): "x", "nested": [{ lower.as_str(): "y" }] });
                    redact(&mut v);
                    let dropped = v.get(name.as_str()).is_none()
                        && v["nested"][0].get(lower.as_str()).is_none();
                    assert!(
                        dropped || NOT_SECRET.contains(&name.as_str()),
                        "{name} looks secret: add it to SECRET_MEMBERS or, if it carries no secret, to NOT_SECRET"
                    );
                    assert!(
                        !(dropped && NOT_SECRET.contains(&name.as_str())),
                        "{name} is both dropped and listed as not secret"
                    );
                }
            }
        }
        assert!(checked > 40, "only {checked} members checked");
    }

    #[test]
    fn secrets_are_dropped_at_any_depth() {
        let mut v = serde_json::json!({
            "userName": "alice",
            "credentials": {"accessKeyId": "ASIA1", "secretAccessKey": "s", "sessionToken": "t"},
            "list": [{"password": "p", "keep": 1}],
        });
        redact(&mut v);
        assert_eq!(
            v,
            serde_json::json!({
                "userName": "alice",
                "credentials": {"accessKeyId": "ASIA1"},
                "list": [{"keep": 1}],
            })
        );
    }
}
