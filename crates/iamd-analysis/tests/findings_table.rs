//! Validation findings for a table of policies: each issue code iamd emits, with its type and
//! its exact location (JSON path and the text its span covers).

use iamd_analysis::{Finding, FindingType, ISSUES, PathElement, PolicyType, validate};

/// One row: a policy, the policy type, and a finding it must contain.
struct Row {
    policy: &'static str,
    policy_type: PolicyType,
    code: &'static str,
    finding_type: FindingType,
    /// The path of the first location, written `Statement/0/Action/1` (`#name` = key step).
    path: &'static str,
    /// The text the first location's span covers.
    token: &'static str,
}

use FindingType::{Error, SecurityWarning, Suggestion, Warning};
use PolicyType::{
    IdentityPolicy as Identity, ResourcePolicy as Resource, ServiceControlPolicy as Scp,
};

const fn row(
    policy: &'static str,
    policy_type: PolicyType,
    code: &'static str,
    finding_type: FindingType,
    path: &'static str,
    token: &'static str,
) -> Row {
    Row {
        policy,
        policy_type,
        code,
        finding_type,
        path,
        token,
    }
}

const TABLE: &[Row] = &[
    row(
        r#"{"Version": "2012-10-17", "Statement": [}"#,
        Identity,
        "JSON_SYNTAX_ERROR",
        Error,
        "",
        "",
    ),
    row(r#"[1]"#, Identity, "DATA_TYPE_MISMATCH", Error, "", "[1]"),
    row(
        r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": ["s3:GetObject", 7], "Resource": "*"}}"#,
        Identity,
        "DATA_TYPE_MISMATCH",
        Error,
        "Statement/Action/1",
        "7",
    ),
    row(
        r#"{"Version": "2012-10-17", "Statment": []}"#,
        Identity,
        "INVALID_POLICY_ELEMENT",
        Error,
        "#Statment",
        r#""Statment""#,
    ),
    row(
        r#"{"Version": "2012-10-18", "Statement": []}"#,
        Identity,
        "INVALID_VERSION",
        Error,
        "Version",
        r#""2012-10-18""#,
    ),
    row(
        r#"{"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}"#,
        Identity,
        "MISSING_VERSION",
        Warning,
        "",
        r#"{"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}"#,
    ),
    row(
        r#"{"Version": "2012-10-17"}"#,
        Identity,
        "MISSING_STATEMENT",
        Error,
        "",
        r#"{"Version": "2012-10-17"}"#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Action": "s3:GetObject", "Resource": "*"}]}"#,
        Identity,
        "MISSING_EFFECT",
        Error,
        "Statement/0",
        r#"{"Action": "s3:GetObject", "Resource": "*"}"#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "allow", "Action": "s3:GetObject", "Resource": "*"}]}"#,
        Identity,
        "INVALID_EFFECT",
        Error,
        "Statement/0/Effect",
        r#""allow""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Resource": "*"}]}"#,
        Identity,
        "MISSING_ACTION",
        Error,
        "Statement/0",
        r#"{"Effect": "Allow", "Resource": "*"}"#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject"}]}"#,
        Identity,
        "MISSING_RESOURCE",
        Error,
        "Statement/0",
        r#"{"Effect": "Allow", "Action": "s3:GetObject"}"#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}"#,
        Resource,
        "MISSING_PRINCIPAL",
        Error,
        "Statement/0",
        r#"{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}"#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}]}"#,
        Identity,
        "UNSUPPORTED_PRINCIPAL",
        Error,
        "Statement/0/Principal",
        r#""*""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}]}"#,
        Scp,
        "SCP_SYNTAX_ERROR_PRINCIPAL",
        Error,
        "Statement/0/Principal",
        r#""*""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "s3:GetObject", "NotAction": "s3:PutObject", "Resource": "*"}]}"#,
        Identity,
        "UNSUPPORTED_ELEMENT_COMBINATION",
        Error,
        "Statement/0/NotAction",
        r#""s3:PutObject""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Sid": "A", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}, {"Sid": "A", "Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"}]}"#,
        Identity,
        "UNIQUE_SIDS_REQUIRED",
        Error,
        "Statement/0/Sid",
        r#""A""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Sid": "A", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}, {"Sid": "A", "Effect": "Allow", "Principal": "*", "Action": "s3:PutObject", "Resource": "*"}]}"#,
        Resource,
        "UNIQUE_SIDS_RECOMMENDED",
        Warning,
        "Statement/0/Sid",
        r#""A""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Sid": "", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}"#,
        Identity,
        "EMPTY_SID_VALUE",
        Suggestion,
        "Statement/0/Sid",
        r#""""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": [], "Resource": "*"}]}"#,
        Identity,
        "EMPTY_ARRAY_ACTION",
        Suggestion,
        "Statement/0/Action",
        "[]",
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": []}]}"#,
        Identity,
        "EMPTY_ARRAY_RESOURCE",
        Suggestion,
        "Statement/0/Resource",
        "[]",
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s4:GetObject", "Resource": "*"}]}"#,
        Identity,
        "INVALID_SERVICE_IN_ACTION",
        Error,
        "Statement/0/Action",
        r#""s4:GetObject""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "s3:GetObjct"], "Resource": "*"}]}"#,
        Identity,
        "INVALID_ACTION",
        Error,
        "Statement/0/Action/1",
        r#""s3:GetObjct""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s*:GetObject", "Resource": "*"}]}"#,
        Identity,
        "WILDCARD_IN_SERVICE_NAME",
        Suggestion,
        "Statement/0/Action",
        r#""s*:GetObject""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:Get*", "s3:GetObject"], "Resource": "*"}]}"#,
        Identity,
        "REDUNDANT_ACTION",
        Suggestion,
        "Statement/0/Action/0",
        r#""s3:Get*""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}, {"Effect": "Allow", "Action": ["s3:getobject"], "Resource": "*"}]}"#,
        Identity,
        "REDUNDANT_STATEMENT",
        Suggestion,
        "Statement/0",
        r#"{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}"#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "NotPrincipal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3:GetObject", "Resource": "*"}]}"#,
        Resource,
        "ALLOW_WITH_NOT_PRINCIPAL",
        SecurityWarning,
        "Statement/0/NotPrincipal",
        r#"{"AWS": "arn:aws:iam::111122223333:root"}"#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"}]}"#,
        Identity,
        "PASS_ROLE_WITH_STAR_IN_RESOURCE",
        SecurityWarning,
        "Statement/0/Action",
        r#""iam:PassRole""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:*", "Resource": "*"}]}"#,
        Identity,
        "PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE",
        SecurityWarning,
        "Statement/0/Action",
        r#""iam:*""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "NotAction": "s3:*", "Resource": "*"}]}"#,
        Identity,
        "PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION",
        SecurityWarning,
        "Statement/0/Resource",
        r#""*""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:PassRole", "NotResource": "arn:aws:iam::111122223333:role/admin"}]}"#,
        Identity,
        "PASS_ROLE_WITH_NOT_RESOURCE",
        SecurityWarning,
        "Statement/0/Action",
        r#""iam:PassRole""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:Pass*", "NotResource": "arn:aws:iam::111122223333:role/admin"}]}"#,
        Identity,
        "PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE",
        SecurityWarning,
        "Statement/0/Action",
        r#""iam:Pass*""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "NotAction": "s3:*", "NotResource": "arn:aws:s3:::b"}]}"#,
        Identity,
        "PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE",
        SecurityWarning,
        "Statement/0/NotResource",
        r#""arn:aws:s3:::b""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"StringEqual": {"aws:username": "a"}}}]}"#,
        Identity,
        "INVALID_CONDITION_OPERATOR",
        Error,
        "Statement/0/Condition/#StringEqual",
        r#""StringEqual""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"NullIfExists": {"aws:username": "true"}}}]}"#,
        Identity,
        "NULL_WITH_IF_EXISTS",
        Error,
        "Statement/0/Condition/#NullIfExists",
        r#""NullIfExists""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"ForAnyValue:Null": {"aws:TagKeys": "true"}}}]}"#,
        Identity,
        "NULL_WITH_QUALIFIER",
        Suggestion,
        "Statement/0/Condition/#ForAnyValue:Null",
        r#""ForAnyValue:Null""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"StringEquals": {"username": "a"}}}]}"#,
        Identity,
        "INVALID_CONDITION_KEY_FORMAT",
        Error,
        "Statement/0/Condition/StringEquals/#username",
        r#""username""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"IpAddress": {"aws:SourceIpp": "203.0.113.0/24"}}}]}"#,
        Identity,
        "INVALID_GLOBAL_CONDITION_KEY",
        Error,
        "Statement/0/Condition/IpAddress/#aws:SourceIpp",
        r#""aws:SourceIpp""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::111122223333:role/app", "Condition": {"StringEquals": {"iam:PassedToServic": "ec2.amazonaws.com"}}}]}"#,
        Identity,
        "INVALID_SERVICE_CONDITION_KEY",
        Error,
        "Statement/0/Condition/StringEquals/#iam:PassedToServic",
        r#""iam:PassedToServic""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"StringEquals": {"aws:username": "a", "AWS:UserName": "b"}}}]}"#,
        Identity,
        "DUPLICATE_KEYS_WITH_DIFFERENT_CASE",
        Error,
        "Statement/0/Condition/StringEquals/#aws:username",
        r#""aws:username""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["iam:PassRole", "s3:GetObject"], "Resource": "arn:aws:iam::111122223333:role/app", "Condition": {"StringEquals": {"iam:PassedToService": "ec2.amazonaws.com"}}}]}"#,
        Identity,
        "UNSUPPORTED_ACTION_FOR_CONDITION_KEY",
        Error,
        "Statement/0/Condition/StringEquals/#iam:PassedToService",
        r#""iam:PassedToService""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:TagUser", "Resource": "*", "Condition": {"StringEquals": {"aws:TagKeys": "team"}}}]}"#,
        Identity,
        "MISSING_QUALIFIER",
        Error,
        "Statement/0/Condition/StringEquals/#aws:TagKeys",
        r#""aws:TagKeys""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"ForAllValues:StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}}]}"#,
        Identity,
        "FORALLVALUES_WITH_SINGLE_VALUED_KEY",
        SecurityWarning,
        "Statement/0/Condition/ForAllValues:StringEquals/#aws:PrincipalOrgID",
        r#""aws:PrincipalOrgID""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"NumericLessThan": {"aws:SourceIp": "10"}}}]}"#,
        Identity,
        "TYPE_MISMATCH",
        Warning,
        "Statement/0/Condition/NumericLessThan/#aws:SourceIp",
        r#""aws:SourceIp""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "yes"}}}]}"#,
        Identity,
        "TYPE_MISMATCH_BOOLEAN",
        Warning,
        "Statement/0/Condition/Bool/aws:SecureTransport",
        r#""yes""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"DateLessThan": {"aws:CurrentTime": ["2026-01-01T00:00:00Z", "tomorrow"]}}}]}"#,
        Identity,
        "TYPE_MISMATCH_DATE",
        Warning,
        "Statement/0/Condition/DateLessThan/aws:CurrentTime/1",
        r#""tomorrow""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"NumericLessThan": {"aws:MultiFactorAuthAge": "1h"}}}]}"#,
        Identity,
        "TYPE_MISMATCH_NUMBER",
        Warning,
        "Statement/0/Condition/NumericLessThan/aws:MultiFactorAuthAge",
        r#""1h""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"BinaryEquals": {"aws:username": "not base64!"}}}]}"#,
        Identity,
        "TYPE_MISMATCH_STRING",
        Warning,
        "Statement/0/Condition/BinaryEquals/aws:username",
        r#""not base64!""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "s3:GetObject", "Resource": "*", "Condition": {"NotIpAddress": {"aws:SourceIp": "203.0.113.0/33"}}}]}"#,
        Identity,
        "TYPE_MISMATCH_IP_RANGE",
        Error,
        "Statement/0/Condition/NotIpAddress/aws:SourceIp",
        r#""203.0.113.0/33""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}]}"#,
        Identity,
        "ALLOW_WITH_NOT_ACTION",
        SecurityWarning,
        "Statement/0/NotAction",
        r#""iam:*""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "NotResource": "arn:aws:s3:::secret/*"}]}"#,
        Identity,
        "ALLOW_WITH_NOT_RESOURCE",
        SecurityWarning,
        "Statement/0/NotResource",
        r#""arn:aws:s3:::secret/*""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:Gett*", "Resource": "*"}]}"#,
        Identity,
        "ACTION_PATTERN_MATCHES_NOTHING",
        Error,
        "Statement/0/Action",
        r#""s3:Gett*""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["iam:ChangePassword", "iam:CreateRole"], "Resource": "arn:aws:iam::*:user/${aws:username}"}]}"#,
        Identity,
        "RESOURCE_TYPE_MISMATCH",
        Warning,
        "Statement/0/Action/1",
        r#""iam:CreateRole""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "false"}}}]}"#,
        Identity,
        "MFA_BOOL_IGNORES_ACCESS_KEYS",
        SecurityWarning,
        "Statement/0/Condition/Bool/#aws:MultiFactorAuthPresent",
        r#""aws:MultiFactorAuthPresent""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "true"}}}]}"#,
        Identity,
        "MFA_IF_EXISTS_ALLOWS_ACCESS_KEYS",
        SecurityWarning,
        "Statement/0/Condition/BoolIfExists/#aws:MultiFactorAuthPresent",
        r#""aws:MultiFactorAuthPresent""#,
    ),
    row(
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "NotAction": ["iam:EnableMFADevice", "iam:ListMFADevices"], "Resource": "*", "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}]}"#,
        Identity,
        "MFA_DENY_BLOCKS_PASSWORD_CHANGE",
        Warning,
        "Statement/0/NotAction",
        r#"["iam:EnableMFADevice", "iam:ListMFADevices"]"#,
    ),
];

fn path_of(f: &Finding) -> String {
    f.locations[0]
        .path
        .iter()
        .map(|p| match p {
            PathElement::Index(i) => i.to_string(),
            PathElement::Value(v) => v.clone(),
            PathElement::Key(k) => format!("#{k}"),
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// The text between two character offsets.
fn covered(text: &str, f: &Finding) -> String {
    let span = f.locations[0].span;
    text.chars()
        .skip(span.start.offset)
        .take(span.end.offset - span.start.offset)
        .collect()
}

#[test]
fn each_row_reports_its_code_type_and_location() {
    let mut failures = Vec::new();
    for row in TABLE {
        let findings = validate(row.policy, row.policy_type);
        let Some(found) = findings.iter().find(|f| f.issue_code == row.code) else {
            failures.push(format!(
                "{}: not reported; got {:?}",
                row.code,
                findings.iter().map(|f| f.issue_code).collect::<Vec<_>>()
            ));
            continue;
        };
        let got = (
            found.finding_type,
            path_of(found),
            covered(row.policy, found),
        );
        let want = (
            row.finding_type,
            row.path.to_string(),
            row.token.to_string(),
        );
        if got != want {
            failures.push(format!("{}: got {got:?}, want {want:?}", row.code));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_table_covers_every_code_iamd_emits() {
    let missing: Vec<_> = ISSUES
        .iter()
        .filter(|i| !TABLE.iter().any(|r| r.code == i.code))
        .map(|i| i.code)
        .collect();
    assert!(missing.is_empty(), "no row for {missing:?}");
}

#[test]
fn a_clean_policy_has_no_findings() {
    let policy = r#"{
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "OwnPassword", "Effect": "Allow", "Action": ["iam:ChangePassword", "iam:GetUser"],
     "Resource": "arn:aws:iam::*:user/${aws:username}"},
    {"Sid": "ReadBucket", "Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"],
     "Resource": ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"],
     "Condition": {"Bool": {"aws:SecureTransport": "true"}, "IpAddress": {"aws:SourceIp": ["203.0.113.0/24"]}}},
    {"Sid": "TaggedObjects", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::shared/*",
     "Condition": {"StringEquals": {"s3:ExistingObjectTag/team": "data"}}},
    {"Sid": "PassAppRole", "Effect": "Allow", "Action": "iam:PassRole", "Resource": "*",
     "Condition": {"StringEquals": {"iam:PassedToService": "ec2.amazonaws.com"}}}
  ]
}"#;
    let findings = validate(policy, PolicyType::IdentityPolicy);
    assert!(findings.is_empty(), "{findings:#?}");
}

/// The location Access Analyzer gave for REDUNDANT_ACTION on this exact file (recorded
/// response): line 6, column 17, offset 94 to column 26, offset 103; both actions listed.
#[test]
fn redundant_action_location_matches_the_recorded_response() {
    let policy = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": [\"s3:Get*\", \"s3:GetObject\"],\n      \"Resource\": \"*\"\n    }\n  ]\n}\n";
    let findings = validate(policy, PolicyType::IdentityPolicy);
    let f = findings
        .iter()
        .find(|f| f.issue_code == "REDUNDANT_ACTION")
        .unwrap();
    let json = serde_json::to_value(f).unwrap();
    assert_eq!(
        json["locations"][0],
        serde_json::json!({
            "path": [{"value": "Statement"}, {"index": 0}, {"value": "Action"}, {"index": 0}],
            "span": {"start": {"line": 6, "column": 17, "offset": 94},
                     "end": {"line": 6, "column": 26, "offset": 103}}
        })
    );
    assert_eq!(
        json["locations"][1]["path"][3],
        serde_json::json!({"index": 1})
    );
    assert_eq!(json["findingType"], "SUGGESTION");
    assert_eq!(
        json["learnMoreLink"],
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-redundant-action"
    );
}

/// The seeds' trap: the MFA-enforcing Deny most people copy, without iam:ChangePassword among
/// its exceptions. The finding names both actions and says how to fix it.
#[test]
fn the_seeds_mfa_trap_is_flagged_with_its_fix() {
    let policy = r#"{"Version": "2012-10-17", "Statement": [
        {"Sid": "DenyAllExceptListedIfNoMFA", "Effect": "Deny",
         "NotAction": ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "iam:GetUser",
                       "iam:ListMFADevices", "iam:ListVirtualMFADevices", "iam:ResyncMFADevice",
                       "sts:GetSessionToken"],
         "Resource": "*", "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}]}"#;
    let findings = validate(policy, PolicyType::IdentityPolicy);
    let trap = findings
        .iter()
        .find(|f| f.issue_code == "MFA_DENY_BLOCKS_PASSWORD_CHANGE")
        .unwrap();
    assert!(
        trap.finding_details.contains(
            "Fix: add iam:ChangePassword and iam:GetAccountPasswordPolicy to this statement's NotAction"
        ),
        "{}",
        trap.finding_details
    );
    // With both exempt, as the fixed policy has them, nothing is left to say.
    let fixed = policy.replace(
        "\"sts:GetSessionToken\"",
        "\"sts:GetSessionToken\", \"iam:ChangePassword\", \"iam:GetAccountPasswordPolicy\"",
    );
    let findings = validate(&fixed, PolicyType::IdentityPolicy);
    assert!(
        !findings
            .iter()
            .any(|f| f.issue_code == "MFA_DENY_BLOCKS_PASSWORD_CHANGE"),
        "{findings:#?}"
    );
}

#[test]
fn a_syntax_error_has_its_position() {
    let findings = validate(
        "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [}\n",
        PolicyType::IdentityPolicy,
    );
    assert_eq!(findings.len(), 1);
    let span = findings[0].locations[0].span;
    assert_eq!((span.start.line, span.start.column), (3, 16));
}

/// Keys that identity providers set (GitHub's OIDC `sub` and `aud`, SAML's) are in no
/// service's action table: they must not be reported as unsupported by the action.
#[test]
fn identity_provider_keys_are_not_judged_against_actions() {
    let trust = r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
        "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"},
        "Action": "sts:AssumeRoleWithWebIdentity",
        "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},
                      "StringLike": {"token.actions.githubusercontent.com:sub": "repo:o/r:*"}}},
        {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:saml-provider/idp"},
         "Action": "sts:AssumeRoleWithSAML",
         "Condition": {"StringEquals": {"SAML:aud": "https://signin.aws.amazon.com/saml"}}}]}"#;
    let findings = validate(trust, PolicyType::ResourcePolicy);
    assert!(findings.is_empty(), "{findings:#?}");
}
