//! What the parser accepts and how it says what is wrong.

use super::*;

fn ok(doc: &str) -> Policy {
    parse_policy(doc, PolicyKind::Identity).unwrap_or_else(|e| panic!("{e}\n{doc}"))
}

fn err(doc: &str, kind: PolicyKind) -> PolicyError {
    match parse_policy(doc, kind) {
        Ok(_) => panic!("accepted: {doc}"),
        Err(e) => e,
    }
}

fn id_err(doc: &str) -> PolicyError {
    err(doc, PolicyKind::Identity)
}

#[test]
fn accepts_every_documented_shape() {
    let p = ok(
        r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}"#,
    );
    assert_eq!(p.version(), PolicyVersion::V2012_10_17);
    assert_eq!(p.statements().len(), 1);
    let p = ok(
        r#"{"Version":"2008-10-17","Statement":[{"Effect":"Deny","NotAction":["iam:*"],"NotResource":["arn:aws:iam::*:user/a"]}]}"#,
    );
    assert_eq!(p.version(), PolicyVersion::V2008_10_17);
    let p = ok(
        r#"{"Statement":[{"Sid":"","Effect":"Allow","Action":"s3:Get*","Resource":"arn:aws:s3:::b/*"},
        {"Sid":"Two2","Effect":"Allow","Action":["iam:?etUser"],"Resource":["*"],
         "Condition":{"NumericLessThan":{"aws:MultiFactorAuthAge":3600},"Bool":{"aws:SecureTransport":true},
                      "ForAnyValue:StringLike":{"aws:TagKeys":["a*","b"]}}}]}"#,
    );
    assert_eq!(p.version(), PolicyVersion::Absent);
    assert_eq!(p.statements()[1].sid(), Some("Two2"));
    assert_eq!(p.statements()[1].conditions().len(), 3);
    // Elements in any order.
    ok(
        r#"{"Statement":[{"Resource":"*","Action":"iam:GetUser","Effect":"Allow"}],"Version":"2012-10-17"}"#,
    );
    // Resource policies with every principal form, and an Id.
    let rp = r#"{"Version":"2012-10-17","Id":"p1","Statement":[
        {"Sid":"a b-c","Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"},
        {"Effect":"Allow","Principal":{"AWS":["123456789012","arn:aws:iam::123456789012:root","arn:aws:iam::123456789012:user/alice",
          "arn:aws:sts::123456789012:assumed-role/r/s","AIDACKCEVSQ6C2EXAMPLE"],"Service":"ec2.amazonaws.com",
          "Federated":"cognito-identity.amazonaws.com","CanonicalUser":"79a59df900b949e55d96a1e698fbaced"},
         "Action":"s3:*","Resource":"*"},
        {"Effect":"Deny","NotPrincipal":{"AWS":"arn:aws:iam::123456789012:user/bob"},"Action":"s3:*","Resource":"*"}]}"#;
    let p = parse_policy(rp, PolicyKind::Resource).unwrap();
    assert_eq!(p.id(), Some("p1"));
    let trust = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},
        "Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}"#;
    parse_policy(trust, PolicyKind::Trust).unwrap();
}

#[test]
fn statement_positions_are_reported() {
    let doc = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"},\n    {\n      \"Effect\": \"Deny\",\n      \"Action\": \"*\",\n      \"Resource\": \"*\"\n    }\n  ]\n}";
    let p = ok(doc);
    let s = p.statements();
    assert_eq!(s[0].start(), Position { line: 4, column: 6 });
    assert_eq!(
        s[0].end(),
        Position {
            line: 4,
            column: 56
        }
    );
    assert_eq!(s[1].start(), Position { line: 5, column: 6 });
    assert_eq!(s[1].end(), Position { line: 9, column: 6 });
}

#[test]
fn unknown_operator_names_path_position_and_suggestion() {
    let doc = "{\"Version\":\"2012-10-17\",\"Statement\":[\n{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"},\n{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"},\n{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\",\n \"Condition\":{\"BoolIfExist\":{\"aws:MultiFactorAuthPresent\":\"false\"}}}]}";
    let e = id_err(doc);
    assert_eq!(e.path, "Statement[2].Condition");
    assert_eq!(
        e.message,
        "unknown condition operator \"BoolIfExist\" — did you mean \"BoolIfExists\"?"
    );
    assert_eq!(e.position.line, 5);
    assert_eq!(
        e.to_string(),
        format!(
            "Statement[2].Condition: unknown condition operator \"BoolIfExist\" — did you mean \"BoolIfExists\"? (line 5, column {})",
            e.position.column
        )
    );
    // The column points just past the operator name.
    assert_eq!(e.position.column, 27);
}

#[test]
fn errors_name_path_and_reason() {
    let cases: &[(&str, &str, &str)] = &[
        (
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"allow","Action":"*","Resource":"*"}]}"#,
            "Statement[0].Effect",
            "Effect must be \"Allow\" or \"Deny\", not \"allow\" — did you mean \"Allow\"? (Effect is case-sensitive)",
        ),
        (
            r#"{"Version":"2012-10-17","Statement":[{"Action":"*","Resource":"*"}]}"#,
            "Statement[0]",
            "missing required element Effect",
        ),
        (
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Resource":"*"}]}"#,
            "Statement[0]",
            "missing required element Action (or NotAction)",
        ),
        (
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*"}]}"#,
            "Statement[0]",
            "missing required element Resource (or NotResource)",
        ),
        (
            r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","NotAction":"iam:*","Resource":"*"}}"#,
            "Statement.NotAction",
            "a statement takes Action or NotAction, not both",
        ),
        (
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Effect":"Deny","Action":"*","Resource":"*"}]}"#,
            "Statement[0]",
            "the element \"Effect\" appears twice in one statement",
        ),
        (
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Actions":"*","Resource":"*"}]}"#,
            "Statement[0].Actions",
            "unknown element \"Actions\" — did you mean \"Action\"?",
        ),
        (
            r#"{"Version":"2012-10-17","Statment":[]}"#,
            "Statment",
            "unknown element \"Statment\" — did you mean \"Statement\"?",
        ),
        (
            r#"{"Version":"2012-10-18","Statement":[]}"#,
            "Version",
            "\"2012-10-18\" is not a policy language version: use \"2012-10-17\" (or the older \"2008-10-17\")",
        ),
        (
            r#"{"Version":"2012-10-17"}"#,
            "",
            "missing required element Statement",
        ),
        (
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:GetUser","iam GetUser"],"Resource":"*"}]}"#,
            "Statement[0].Action[1]",
            "\"iam GetUser\" is not a valid action: write \"service:ActionName\" (wildcards * and ? allowed in the name) or \"*\"",
        ),
        (
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:GetUser","Resource":"user/alice"}]}"#,
            "Statement[0].Resource",
            "\"user/alice\" must be in ARN format (arn:partition:service:region:account:resource) or \"*\"",
        ),
        (
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":[],"Resource":"*"}]}"#,
            "Statement[0].Action",
            "the list is empty: give at least an action",
        ),
        (
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":7,"Resource":"*"}]}"#,
            "Statement[0].Action",
            "expected an action or a list of them, found the number 7",
        ),
        (
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Principal":"*"}]}"#,
            "Statement[0].Principal",
            "an identity-based policy must not name a Principal: it applies to whoever it is attached to",
        ),
        (
            r#"{"Version":"2012-10-17","Statement":[{"Sid":"has space","Effect":"Allow","Action":"*","Resource":"*"}]}"#,
            "Statement[0].Sid",
            "Sid \"has space\" may contain only ASCII letters and digits ([0-9A-Za-z]*)",
        ),
        (
            r#"{"Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Allow","Action":"*","Resource":"*"},{"Sid":"A","Effect":"Allow","Action":"*","Resource":"*"}]}"#,
            "Statement[1].Sid",
            "Sid \"A\" is used by an earlier statement; statement IDs (SID) in a single policy must be unique",
        ),
        (
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"NumericLessThan":{"aws:MultiFactorAuthAge":"an hour"}}}]}"#,
            "Statement[0].Condition.NumericLessThan.aws:MultiFactorAuthAge",
            "NumericLessThan expects a number, got \"an hour\"",
        ),
        (
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"StringEquals":{"k:a":"x","k:a":"y"}}}]}"#,
            "Statement[0].Condition.StringEquals",
            "the condition key \"k:a\" appears twice under StringEquals",
        ),
        (
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"StringEquals":{"k:a":[]}}}]}"#,
            "Statement[0].Condition.StringEquals.k:a",
            "the list of condition values is empty",
        ),
        (
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"StringEquals":{"k:a":null}}}]}"#,
            "Statement[0].Condition.StringEquals.k:a",
            "a condition value must not be null",
        ),
        (
            r#"{"Version":"2012-10-17","Id":"x","Statement":[]}"#,
            "Id",
            "an identity-based policy must not have an Id element (Id belongs to resource-based policies)",
        ),
        (
            r#"{"Version":"2012-10-17","Statement":"Allow"}"#,
            "Statement",
            "Statement must be a statement object or a list of statement objects",
        ),
        (
            r#"{"Version":"2012-10-17","Statement":["Allow"]}"#,
            "Statement[0]",
            "a statement must be a JSON object",
        ),
    ];
    for (doc, path, message) in cases {
        let e = id_err(doc);
        assert_eq!(
            (e.path.as_str(), e.message.as_str()),
            (*path, *message),
            "{doc}"
        );
        assert!(e.position.line >= 1 && e.position.column >= 1, "{e:?}");
    }
}

#[test]
fn kind_specific_rules() {
    let trust_with_resource = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"123456789012"},"Action":"sts:AssumeRole","Resource":"*"}]}"#;
    let e = err(trust_with_resource, PolicyKind::Trust);
    assert_eq!(e.path, "Statement[0].Resource");
    let no_principal = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}"#;
    let e = err(no_principal, PolicyKind::Resource);
    assert!(
        e.message.starts_with("missing required element Principal"),
        "{e}"
    );
    let not_principal = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotPrincipal":{"AWS":"123456789012"},"Action":"sts:AssumeRole"}]}"#;
    let e = err(not_principal, PolicyKind::Trust);
    assert_eq!(e.message, "a role trust policy must not use NotPrincipal");
    let wildcard_principal = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:user/*"},"Action":"s3:*","Resource":"*"}]}"#;
    let e = err(wildcard_principal, PolicyKind::Resource);
    assert!(e.message.contains("cannot contain wildcards"), "{e}");
    let bad_principal_type = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Aws":"123456789012"},"Action":"s3:*","Resource":"*"}]}"#;
    let e = err(bad_principal_type, PolicyKind::Resource);
    assert_eq!(e.message, "unknown element \"Aws\" — did you mean \"AWS\"?");
    // Boundaries and session policies use the identity grammar.
    assert!(parse_policy(no_principal, PolicyKind::Boundary).is_ok());
    assert!(parse_policy(no_principal, PolicyKind::Session).is_ok());
}

#[test]
fn json_syntax_and_character_errors() {
    let e = id_err("{\"Version\":\"2012-10-17\",\n\"Statement\":[{\"Effect\":\"Allow\",}]}");
    assert!(
        e.message.starts_with("this policy contains invalid JSON"),
        "{e}"
    );
    assert_eq!(e.position.line, 2);
    let e = id_err("{\"Version\":\"2012-10-17\",\"Statement\":[]} trailing");
    assert!(
        e.message.starts_with("this policy contains invalid JSON"),
        "{e}"
    );
    let e = id_err("{\"Version\":\"2012-10-17\",\n \"Statement\":[{\"Sid\":\"\u{263A}\"}]}");
    assert_eq!(
        e.position,
        Position {
            line: 2,
            column: 23
        }
    );
    assert!(
        e.message.starts_with("character U+263A is not allowed"),
        "{e}"
    );
    let e = id_err("   ");
    assert_eq!(e.message, "the policy document is empty");
    let e = id_err("[]");
    assert!(e.message.contains("a policy document"), "{e}");
}

#[test]
fn size_counts_non_whitespace_characters() {
    assert_eq!(crate::policy_size("{ \"a\" :\n\t1 }"), 7);
}
