//! CloudTrail's shape for request parameters and response elements: lowerCamelCase member
//! names, lists as JSON arrays, booleans and numbers typed as the service model types them.
//!
//! The Query protocol sends flat pairs (`Tags.member.1.Key=team`); [`request_parameters`]
//! rebuilds the structure (`{"tags": [{"key": "team"}]}`) without knowing the operation.

use serde_json::{Map, Value};

/// Members typed `boolean` in the IAM and STS models.
const BOOLEAN_MEMBERS: &[&str] = &[
    "AllUsers",
    "AllowUsersToChangePassword",
    "AllowedByOrganizations",
    "AllowedByPermissionsBoundary",
    "DelegationPermissionCheck",
    "ExpirePasswords",
    "HardExpiry",
    "IsAttachable",
    "IsDefaultVersion",
    "IsTruncated",
    "JwtVendingEnabled",
    "OnlyAttached",
    "OnlySendByOwner",
    "PasswordResetRequired",
    "RequireLowercaseCharacters",
    "RequireNumbers",
    "RequireSymbols",
    "RequireUppercaseCharacters",
    "SetAsDefault",
];

/// Members typed `integer` or `long` in the IAM and STS models.
const NUMBER_MEMBERS: &[&str] = &[
    "AttachmentCount",
    "Column",
    "CredentialAgeDays",
    "DurationSeconds",
    "Line",
    "MaxItems",
    "MaxPasswordAge",
    "MaxSessionDuration",
    "MinimumPasswordLength",
    "NumberOfServicesAccessible",
    "NumberOfServicesNotAccessed",
    "PackedPolicySize",
    "PasswordReusePrevention",
    "PermissionsBoundaryUsageCount",
    "SessionDuration",
    "TotalAuthenticatedEntities",
];

/// Protocol parameters that are not the operation's input.
fn is_protocol(name: &str) -> bool {
    name == "Action" || name == "Version" || name.starts_with("X-Amz-")
}

/// `UserName` → `userName`, `SSHPublicKeyBody` → `sSHPublicKeyBody` (as CloudTrail writes it).
pub fn lower_camel(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// A leaf value of member `name` (model spelling), typed as the model types it.
pub fn leaf(name: &str, text: &str) -> Value {
    if BOOLEAN_MEMBERS.iter().any(|m| m.eq_ignore_ascii_case(name)) {
        match text {
            "true" => return Value::Bool(true),
            "false" => return Value::Bool(false),
            _ => {}
        }
    }
    if NUMBER_MEMBERS.iter().any(|m| m.eq_ignore_ascii_case(name))
        && let Ok(n) = text.parse::<i64>()
    {
        return Value::from(n);
    }
    Value::String(text.to_string())
}

/// The request parameters of a Query-protocol request as CloudTrail shows them; `null` when
/// there are none. Secret members are not removed here (see [`crate::redact`]).
pub fn request_parameters<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Value {
    let mut root = Value::Object(Map::new());
    for (key, value) in pairs {
        if is_protocol(key) {
            continue;
        }
        insert(
            &mut root,
            key.split('.').collect::<Vec<_>>().as_slice(),
            value,
        );
    }
    finish(&mut root);
    match &root {
        Value::Object(m) if m.is_empty() => Value::Null,
        _ => root,
    }
}

/// Insert `value` at `path` (`["Tags", "member", "1", "Key"]`). Lists are built as objects
/// keyed by their 1-based index and turned into arrays by [`finish`].
fn insert(node: &mut Value, path: &[&str], value: &str) {
    let Some((head, rest)) = path.split_first() else {
        return;
    };
    let Value::Object(map) = node else {
        return;
    };
    // `member.N` and `entry.N` are list and map steps: the index becomes the key.
    if (*head == "member" || *head == "entry")
        && let Some((index, rest)) = rest.split_first()
        && index.parse::<u32>().is_ok()
    {
        map.insert("\u{0}list".into(), Value::Bool(*head == "entry"));
        let slot = map
            .entry(format!("{index:0>10}"))
            .or_insert_with(|| Value::Object(Map::new()));
        if rest.is_empty() {
            *slot = Value::String(value.to_string());
        } else {
            insert(slot, rest, value);
        }
        return;
    }
    if rest.is_empty() {
        map.insert(lower_camel(head), leaf(head, value));
    } else {
        let slot = map
            .entry(lower_camel(head))
            .or_insert_with(|| Value::Object(Map::new()));
        insert(slot, rest, value);
    }
}

/// Turn the index-keyed objects into arrays (maps into objects), in index order.
fn finish(node: &mut Value) {
    let Value::Object(map) = node else {
        if let Value::Array(items) = node {
            items.iter_mut().for_each(finish);
        }
        return;
    };
    for v in map.values_mut() {
        finish(v);
    }
    let Some(Value::Bool(is_map)) = map.remove("\u{0}list") else {
        return;
    };
    let mut items: Vec<(String, Value)> = std::mem::take(map).into_iter().collect();
    items.sort_by(|a, b| a.0.cmp(&b.0));
    if is_map {
        // `entry.N.key` / `entry.N.value` pairs become one object.
        let mut out = Map::new();
        for (_, entry) in items {
            if let (Some(Value::String(k)), Some(v)) = (entry.get("key"), entry.get("value")) {
                out.insert(k.clone(), v.clone());
            }
        }
        *node = Value::Object(out);
    } else {
        *node = Value::Array(items.into_iter().map(|(_, v)| v).collect());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn flat_pairs_become_cloudtrail_parameters() {
        let v = request_parameters([
            ("Action", "CreateUser"),
            ("Version", "2010-05-08"),
            ("UserName", "alice"),
            ("Tags.member.2.Key", "b"),
            ("Tags.member.2.Value", "2"),
            ("Tags.member.1.Key", "a"),
            ("Tags.member.1.Value", "1"),
            ("TagKeys.member.1", "k"),
            ("PasswordResetRequired", "true"),
            ("MaxItems", "10"),
            ("SSHPublicKeyBody", "ssh-rsa"),
        ]);
        assert_eq!(
            v,
            json!({
                "userName": "alice",
                "tags": [{"key": "a", "value": "1"}, {"key": "b", "value": "2"}],
                "tagKeys": ["k"],
                "passwordResetRequired": true,
                "maxItems": 10,
                "sSHPublicKeyBody": "ssh-rsa",
            })
        );
    }

    #[test]
    fn no_parameters_is_null_and_indexes_sort_numerically() {
        assert_eq!(request_parameters([("Action", "ListUsers")]), Value::Null);
        let pairs: Vec<(String, String)> = (1..=11)
            .map(|i| (format!("L.member.{i}"), i.to_string()))
            .collect();
        let v = request_parameters(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let want: Vec<String> = (1..=11).map(|i| i.to_string()).collect();
        assert_eq!(v, json!({ "l": want }));
    }
}
