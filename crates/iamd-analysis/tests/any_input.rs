//! Whatever the input, validation answers with findings whose locations lie inside the
//! document, and reports a JSON syntax error exactly when the text is not JSON.

use iamd_analysis::{PolicyType, validate};
use proptest::prelude::*;

/// Policy-shaped JSON built from the language's own element names, operators and keys, with
/// odd values mixed in.
fn policy_json() -> impl Strategy<Value = String> {
    let word = prop::sample::select(vec![
        "Version",
        "Statement",
        "Effect",
        "Allow",
        "Deny",
        "Action",
        "NotAction",
        "Resource",
        "NotResource",
        "Principal",
        "Condition",
        "Sid",
        "*",
        "s3:Get*",
        "iam:PassRole",
        "iam:ChangePassword",
        "s3:GetObjct",
        "ec2:*",
        "StringEquals",
        "BoolIfExists",
        "Null",
        "ForAllValues:StringLike",
        "aws:MultiFactorAuthPresent",
        "aws:TagKeys",
        "false",
        "2012-10-17",
        "arn:aws:iam::*:user/${aws:username}",
        "é",
        "",
    ]);
    let leaf = prop_oneof![
        word.clone()
            .prop_map(|w| serde_json::Value::String(w.to_string())),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<bool>().prop_map(serde_json::Value::Bool),
        Just(serde_json::Value::Null),
    ];
    leaf.prop_recursive(5, 64, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(serde_json::Value::Array),
            prop::collection::vec((word.clone(), inner), 0..6).prop_map(|members| {
                serde_json::Value::Object(
                    members
                        .into_iter()
                        .map(|(k, v)| (k.to_string(), v))
                        .collect(),
                )
            }),
        ]
    })
    .prop_map(|v| serde_json::to_string_pretty(&v).unwrap_or_default())
}

fn check(text: &str, policy_type: PolicyType) -> Result<(), TestCaseError> {
    let findings = validate(text, policy_type);
    let chars = text.chars().count();
    for f in &findings {
        for l in &f.locations {
            prop_assert!(l.span.start.offset <= l.span.end.offset, "{f:?}");
            prop_assert!(l.span.end.offset <= chars, "{f:?} beyond {chars}");
            prop_assert!(l.span.start.line >= 1);
        }
    }
    let is_json = serde_json::from_str::<serde_json::Value>(text).is_ok();
    let syntax = findings.iter().any(|f| f.issue_code == "JSON_SYNTAX_ERROR");
    prop_assert_eq!(syntax, !is_json, "{:?}", findings);
    Ok(())
}

proptest! {
    #[test]
    fn policy_shaped_json_validates_within_bounds(text in policy_json()) {
        check(&text, PolicyType::IdentityPolicy)?;
        check(&text, PolicyType::ResourcePolicy)?;
    }

    #[test]
    fn any_text_validates_within_bounds(text in "[{}\\[\\]\":, a-zA-Z0-9*\\\\\n]{0,80}") {
        check(&text, PolicyType::ServiceControlPolicy)?;
    }
}
