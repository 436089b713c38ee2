//! One table per operator family (IAM User Guide, "IAM JSON policy elements: Condition
//! operators"), plus the missing-key, multi-value and set-operator rules.

use super::*;

/// Evaluate `{operator: {key: values}}` against a context built from `(key, values)` pairs; a
/// value list of one element becomes a single-valued key.
fn eval(operator: &str, key: &str, values: &[&str], ctx: &[(&str, &[&str])]) -> bool {
    let op = Operator::parse(operator).unwrap();
    let cond =
        Condition::compile(op, key, values.iter().map(|v| (*v).into()).collect(), true).unwrap();
    let mut c = RequestContext::new();
    for (k, v) in ctx {
        if v.len() == 1 && !k.ends_with("[]") {
            c.insert(k, v[0]);
        } else {
            c.insert_list(k.trim_end_matches("[]"), v.iter().copied());
        }
    }
    cond.evaluate(&c)
}

type Row<'a> = (&'a str, &'a [&'a str], &'a [&'a str], bool);

fn run_table(key: &str, rows: &[Row<'_>]) {
    for (op, policy_values, request_values, want) in rows {
        let ctx: Vec<(&str, &[&str])> = if request_values.is_empty() {
            vec![]
        } else {
            vec![(key, *request_values)]
        };
        assert_eq!(
            eval(op, key, policy_values, &ctx),
            *want,
            "{op} {key} policy {policy_values:?} request {request_values:?}"
        );
    }
}

#[test]
fn string_operators() {
    run_table(
        "aws:username",
        &[
            ("StringEquals", &["alice"], &["alice"], true),
            ("StringEquals", &["alice"], &["Alice"], false),
            ("StringEquals", &["a*"], &["alice"], false),
            ("StringEquals", &["a*"], &["a*"], true),
            ("StringEquals", &["bob", "alice"], &["alice"], true),
            ("StringNotEquals", &["alice"], &["alice"], false),
            ("StringNotEquals", &["alice"], &["bob"], true),
            // Negated operators with several values: NOR.
            ("StringNotEquals", &["bob", "alice"], &["alice"], false),
            ("StringNotEquals", &["bob", "carol"], &["alice"], true),
            ("StringEqualsIgnoreCase", &["ALICE"], &["alice"], true),
            ("StringEqualsIgnoreCase", &["ALICE"], &["alicia"], false),
            ("StringNotEqualsIgnoreCase", &["ALICE"], &["alice"], false),
            ("StringNotEqualsIgnoreCase", &["ALICE"], &["bob"], true),
            ("StringLike", &["a*"], &["alice"], true),
            ("StringLike", &["A*"], &["alice"], false),
            ("StringLike", &["al?ce"], &["alice"], true),
            ("StringLike", &["al?ce"], &["allice"], false),
            ("StringNotLike", &["a*"], &["alice"], false),
            ("StringNotLike", &["b*"], &["alice"], true),
        ],
    );
}

#[test]
fn numeric_operators() {
    run_table(
        "aws:MultiFactorAuthAge",
        &[
            ("NumericEquals", &["3600"], &["3600"], true),
            ("NumericEquals", &["3600"], &["3600.0"], true),
            ("NumericEquals", &["3600"], &["3601"], false),
            ("NumericNotEquals", &["3600"], &["3601"], true),
            ("NumericNotEquals", &["3600"], &["3600"], false),
            ("NumericLessThan", &["3600"], &["3599"], true),
            ("NumericLessThan", &["3600"], &["3600"], false),
            ("NumericLessThanEquals", &["3600"], &["3600"], true),
            ("NumericLessThanEquals", &["3600"], &["3601"], false),
            ("NumericGreaterThan", &["3600"], &["3601"], true),
            ("NumericGreaterThan", &["3600"], &["3600"], false),
            ("NumericGreaterThanEquals", &["3600"], &["3600"], true),
            ("NumericGreaterThanEquals", &["3600"], &["3599.5"], false),
            ("NumericLessThan", &["1.5"], &["1.25"], true),
            // A request value that is not a number never compares.
            ("NumericLessThan", &["3600"], &["soon"], false),
        ],
    );
}

#[test]
fn date_operators() {
    run_table(
        "aws:CurrentTime",
        &[
            (
                "DateEquals",
                &["2026-11-22T12:00:00Z"],
                &["2026-11-22T12:00:00Z"],
                true,
            ),
            (
                "DateEquals",
                &["2026-11-22T12:00:00Z"],
                &["2026-11-22T13:00:00+01:00"],
                true,
            ),
            (
                "DateNotEquals",
                &["2026-11-22T12:00:00Z"],
                &["2026-11-22T12:00:01Z"],
                true,
            ),
            (
                "DateLessThan",
                &["2026-12-01"],
                &["2026-11-22T12:00:00Z"],
                true,
            ),
            (
                "DateLessThan",
                &["2026-11-01"],
                &["2026-11-22T12:00:00Z"],
                false,
            ),
            (
                "DateLessThanEquals",
                &["2026-11-22T12:00:00Z"],
                &["2026-11-22T12:00:00Z"],
                true,
            ),
            (
                "DateGreaterThan",
                &["2026-11-01T00:00:00Z"],
                &["2026-11-22T12:00:00Z"],
                true,
            ),
            (
                "DateGreaterThanEquals",
                &["2026-11-22T12:00:00Z"],
                &["2026-11-22T11:59:59Z"],
                false,
            ),
            // Epoch seconds on either side (aws:EpochTime).
            (
                "DateGreaterThan",
                &["1700000000"],
                &["2026-11-22T12:00:00Z"],
                true,
            ),
            (
                "DateLessThan",
                &["2026-11-22T12:00:00Z"],
                &["1700000000"],
                true,
            ),
        ],
    );
}

#[test]
fn bool_binary_and_ip_operators() {
    run_table(
        "aws:MultiFactorAuthPresent",
        &[
            ("Bool", &["true"], &["true"], true),
            ("Bool", &["true"], &["TRUE"], true),
            ("Bool", &["true"], &["false"], false),
            ("Bool", &["false"], &["false"], true),
            ("Bool", &["false"], &["maybe"], false),
        ],
    );
    run_table(
        "s3:x-amz-checksum",
        &[
            (
                "BinaryEquals",
                &["QmluYXJ5VmFsdWU="],
                &["QmluYXJ5VmFsdWU="],
                true,
            ),
            ("BinaryEquals", &["QmluYXJ5VmFsdWU="], &["T3RoZXI="], false),
        ],
    );
    run_table(
        "aws:SourceIp",
        &[
            ("IpAddress", &["203.0.113.0/24"], &["203.0.113.7"], true),
            ("IpAddress", &["203.0.113.0/24"], &["198.51.100.7"], false),
            (
                "IpAddress",
                &["198.51.100.0/24", "203.0.113.0/24"],
                &["203.0.113.7"],
                true,
            ),
            ("IpAddress", &["2001:db8::/32"], &["2001:db8::1"], true),
            ("IpAddress", &["203.0.113.7"], &["203.0.113.7"], true),
            ("NotIpAddress", &["203.0.113.0/24"], &["203.0.113.7"], false),
            ("NotIpAddress", &["203.0.113.0/24"], &["198.51.100.7"], true),
        ],
    );
}

#[test]
fn arn_operators_match_component_by_component() {
    let value = "arn:aws:svc:us-east-2:999999999999:store/abc:111122223333:finance/doc.txt";
    let pattern = "arn:aws:svc:*:111122223333:finance/*";
    // The documented difference: StringLike's `*` spans colons, ArnLike's does not.
    assert!(eval(
        "StringLike",
        "aws:SourceArn",
        &[pattern],
        &[("aws:SourceArn", &[value])]
    ));
    assert!(!eval(
        "ArnLike",
        "aws:SourceArn",
        &[pattern],
        &[("aws:SourceArn", &[value])]
    ));
    run_table(
        "aws:PrincipalArn",
        &[
            (
                "ArnEquals",
                &["arn:aws:iam::123456789012:role/admin"],
                &["arn:aws:iam::123456789012:role/admin"],
                true,
            ),
            // ArnEquals takes wildcards like ArnLike.
            (
                "ArnEquals",
                &["arn:aws:iam::*:role/admin"],
                &["arn:aws:iam::123456789012:role/admin"],
                true,
            ),
            (
                "ArnLike",
                &["arn:aws:iam::123456789012:role/*"],
                &["arn:aws:iam::123456789012:role/admin"],
                true,
            ),
            (
                "ArnLike",
                &["arn:aws:iam::123456789012:role/*"],
                &["arn:aws:iam::123456789012:user/admin"],
                false,
            ),
            (
                "ArnLike",
                &["arn:aws:iam::123456789012:role/*"],
                &["not-an-arn"],
                false,
            ),
            (
                "ArnNotEquals",
                &["arn:aws:iam::123456789012:role/admin"],
                &["arn:aws:iam::123456789012:role/other"],
                true,
            ),
            (
                "ArnNotLike",
                &["arn:aws:iam::*:role/admin*"],
                &["arn:aws:iam::123456789012:role/admin-2"],
                false,
            ),
            // Case-sensitive.
            (
                "ArnEquals",
                &["arn:aws:iam::123456789012:role/Admin"],
                &["arn:aws:iam::123456789012:role/admin"],
                false,
            ),
        ],
    );
}

#[test]
fn missing_key_truth_table() {
    let absent: &[&str] = &[];
    for (op, want) in [
        ("StringEquals", false),
        ("StringNotEquals", true),
        ("StringLike", false),
        ("StringNotLike", true),
        ("StringEqualsIgnoreCase", false),
        ("StringNotEqualsIgnoreCase", true),
        ("StringEqualsIfExists", true),
        ("StringNotEqualsIfExists", true),
        ("ForAllValues:StringEquals", true),
        ("ForAnyValue:StringEquals", false),
        ("ForAnyValue:StringEqualsIfExists", true),
        ("ForAllValues:StringNotLike", true),
    ] {
        run_table("aws:username", &[(op, &["x"], absent, want)]);
    }
    for (op, value, want) in [
        ("NumericLessThan", "1", false),
        ("NumericNotEquals", "1", true),
        ("DateLessThan", "2026-01-01", false),
        ("DateNotEquals", "2026-01-01", true),
        ("Bool", "false", false),
        ("BoolIfExists", "false", true),
        ("IpAddress", "10.0.0.0/8", false),
        ("NotIpAddress", "10.0.0.0/8", true),
        ("BinaryEquals", "QQ==", false),
        ("ArnLike", "arn:aws:iam::*:role/*", false),
        ("ArnNotLike", "arn:aws:iam::*:role/*", true),
        ("ArnEqualsIfExists", "arn:aws:iam::*:role/*", true),
    ] {
        run_table("k:absent", &[(op, &[value], absent, want)]);
    }
}

#[test]
fn null_tests_presence() {
    run_table(
        "aws:TokenIssueTime",
        &[
            ("Null", &["true"], &[], true),
            ("Null", &["false"], &[], false),
            ("Null", &["true"], &["2026-11-22T00:00:00Z"], false),
            ("Null", &["false"], &["2026-11-22T00:00:00Z"], true),
        ],
    );
    // An empty list is null.
    assert!(eval(
        "Null",
        "aws:TagKeys",
        &["true"],
        &[("aws:TagKeys[]", &[])]
    ));
}

#[test]
fn mfa_patterns_from_the_global_keys_page() {
    // (operator, effect-independent condition result) for: access key (absent), session
    // without MFA (false), session with MFA (true).
    let cases = [
        ("BoolIfExists", "false", [true, true, false]),
        ("Bool", "false", [false, true, false]),
        ("BoolIfExists", "true", [true, false, true]),
        ("Bool", "true", [false, false, true]),
    ];
    for (op, value, want) in cases {
        let key = "aws:MultiFactorAuthPresent";
        let got = [
            eval(op, key, &[value], &[]),
            eval(op, key, &[value], &[(key, &["false"])]),
            eval(op, key, &[value], &[(key, &["true"])]),
        ];
        assert_eq!(got, want, "{op} {value}");
    }
    // Allow + Null false: any temporary credentials, not access keys.
    let key = "aws:MultiFactorAuthPresent";
    assert!(!eval("Null", key, &["false"], &[]));
    assert!(eval("Null", key, &["false"], &[(key, &["false"])]));
}

#[test]
fn set_operators_follow_the_documented_table() {
    // Multivalued context key examples: Deny with ForAllValues:StringNotLike {aws:TagKeys: key1*}.
    let op = "ForAllValues:StringNotLike";
    let k = "aws:TagKeys[]";
    assert!(!eval(op, "aws:TagKeys", &["key1*"], &[(k, &["key1"])]));
    assert!(!eval(
        op,
        "aws:TagKeys",
        &["key1*"],
        &[(k, &["key1", "key1b"])]
    ));
    assert!(eval(op, "aws:TagKeys", &["key1*"], &[(k, &["key2"])]));
    assert!(eval(op, "aws:TagKeys", &["key1*"], &[]));
    // Empty set: ForAllValues true, ForAnyValue false.
    assert!(eval(
        "ForAllValues:StringEquals",
        "aws:TagKeys",
        &["a"],
        &[(k, &[])]
    ));
    assert!(!eval(
        "ForAnyValue:StringEquals",
        "aws:TagKeys",
        &["a"],
        &[(k, &[])]
    ));
    // ForAllValues: every request value matches some policy value.
    assert!(eval(
        "ForAllValues:StringEquals",
        "aws:TagKeys",
        &["a", "b"],
        &[(k, &["a", "b"])]
    ));
    assert!(!eval(
        "ForAllValues:StringEquals",
        "aws:TagKeys",
        &["a"],
        &[(k, &["a", "b"])]
    ));
    // ForAnyValue: at least one.
    assert!(eval(
        "ForAnyValue:StringEquals",
        "aws:TagKeys",
        &["a"],
        &[(k, &["a", "z"])]
    ));
    assert!(!eval(
        "ForAnyValue:StringEquals",
        "aws:TagKeys",
        &["a"],
        &[(k, &["y", "z"])]
    ));
    // [ambiguous] ForAnyValue with a negated operator: true when some request value differs
    // from every policy value (the operator applied to each value, then "any").
    assert!(eval(
        "ForAnyValue:StringNotEquals",
        "aws:TagKeys",
        &["a"],
        &[(k, &["a", "z"])]
    ));
    assert!(!eval(
        "ForAnyValue:StringNotEquals",
        "aws:TagKeys",
        &["a"],
        &[(k, &["a"])]
    ));
}

#[test]
fn multiple_request_values_without_a_set_operator() {
    // [ambiguous] A single-valued operator on a multivalued key: true when any request value
    // matches (the "Single-valued vs. multivalued context keys" page warns against it).
    let k = "aws:TagKeys[]";
    assert!(eval(
        "StringEquals",
        "aws:TagKeys",
        &["a"],
        &[(k, &["a", "b"])]
    ));
    assert!(!eval(
        "StringNotEquals",
        "aws:TagKeys",
        &["a"],
        &[(k, &["a", "b"])]
    ));
}

#[test]
fn variables_in_condition_values() {
    let ctx: &[(&str, &[&str])] = &[
        ("aws:username", &["alice"]),
        ("aws:PrincipalTag/team", &["red"]),
        ("aws:ResourceTag/team", &["red"]),
    ];
    assert!(eval(
        "StringEquals",
        "aws:ResourceTag/team",
        &["${aws:PrincipalTag/team}"],
        ctx
    ));
    assert!(eval(
        "StringLike",
        "aws:username",
        &["${aws:username}*"],
        ctx
    ));
    // Unresolved: positive false, negated true.
    assert!(!eval(
        "StringEquals",
        "aws:username",
        &["${aws:PrincipalTag/dept}"],
        ctx
    ));
    assert!(eval(
        "StringNotEquals",
        "aws:username",
        &["${aws:PrincipalTag/dept}"],
        ctx
    ));
    // Bool with a variable (accepted; resolved at evaluation).
    let ctx2: &[(&str, &[&str])] = &[("aws:SecureTransport", &["true"]), ("x:flag", &["true"])];
    assert!(eval("Bool", "aws:SecureTransport", &["${x:flag}"], ctx2));
}

#[test]
fn condition_key_names_ignore_case() {
    assert!(eval(
        "StringEquals",
        "AWS:UserName",
        &["alice"],
        &[("aws:username", &["alice"])]
    ));
    assert!(eval(
        "StringEquals",
        "aws:PrincipalTag/TEAM",
        &["red"],
        &[("aws:principaltag/team", &["red"])]
    ));
}

#[test]
fn operator_names_are_checked_with_suggestions() {
    let err = Operator::parse("BoolIfExist").unwrap_err();
    assert!(err.contains("did you mean \"BoolIfExists\""), "{err}");
    let err = Operator::parse("stringequals").unwrap_err();
    assert!(err.contains("did you mean \"StringEquals\""), "{err}");
    assert!(Operator::parse("NullIfExists").is_err());
    assert!(Operator::parse("ForAllValues:Null").is_err());
    let op = Operator::parse("ForAnyValue:StringLikeIfExists").unwrap();
    assert_eq!(op.to_string(), "ForAnyValue:StringLikeIfExists");
    assert!(op.if_exists);
    // Every documented spelling parses and prints back the same.
    for name in all_operator_names() {
        assert_eq!(Operator::parse(&name).unwrap().to_string(), name);
    }
}

#[test]
fn values_are_validated_for_their_operator() {
    let bad = [
        ("NumericLessThan", "soon"),
        ("DateLessThan", "tomorrow"),
        ("Bool", "yes"),
        ("IpAddress", "10.0.0.0/40"),
        ("BinaryEquals", "not base64!"),
        ("ArnLike", "user/alice"),
        ("Null", "maybe"),
    ];
    for (op, value) in bad {
        let err = Condition::compile(
            Operator::parse(op).unwrap(),
            "k:k",
            vec![value.into()],
            true,
        )
        .unwrap_err();
        assert!(err.contains(op) && err.contains(value), "{err}");
    }
}
