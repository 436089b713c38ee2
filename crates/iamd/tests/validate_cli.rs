//! `iamd validate` driven as a user drives it: files in, findings and an exit status out.
#![expect(clippy::unwrap_used, reason = "helpers fail the test on I/O errors")]

use std::process::{Command, Output};

/// The MFA-enforcing policy most people copy (the seeds' `force-mfa`), in a file as it would be
/// written: two-space indent.
const FORCE_MFA: &str = r#"{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyAllExceptListedIfNoMFA",
      "Effect": "Deny",
      "NotAction": [
        "iam:CreateVirtualMFADevice",
        "iam:EnableMFADevice",
        "iam:GetUser",
        "iam:ListMFADevices",
        "iam:ListVirtualMFADevices",
        "iam:ResyncMFADevice",
        "sts:GetSessionToken"
      ],
      "Resource": "*",
      "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}
    }
  ]
}
"#;

const TYPO: &str = r#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObjct", "Resource": "*"}}"#;

fn iamd(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_iamd"))
        .args(args)
        .output()
        .unwrap()
}

fn temp_file(name: &str, content: &str) -> String {
    let dir = std::env::temp_dir().join(format!("iamd-validate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn human_output_points_at_the_trap_and_the_typo() {
    let mfa = temp_file("force-mfa.json", FORCE_MFA);
    let typo = temp_file("typo.json", TYPO);
    let out = iamd(&["validate", &mfa, &typo]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    // The NotAction array starts on line 7 at column 19 (from 1).
    assert!(
        stdout.contains(&format!(
            "{mfa}:7:20: WARNING MFA_DENY_BLOCKS_PASSWORD_CHANGE: "
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains("Fix: add iam:ChangePassword and iam:GetAccountPasswordPolicy"),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!(
            "{typo}:1:70: ERROR INVALID_ACTION: \"GetObjct\" is not an action of Amazon S3 (s3)"
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains("Did you mean \"s3:GetObject\"?"),
        "{stdout}"
    );
    assert!(
        stdout.ends_with(
            "2 file(s) validated: 1 error(s), 0 security warning(s), 1 warning(s), 0 suggestion(s)\n"
        ),
        "{stdout}"
    );
    // An ERROR fails by default.
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn fail_on_chooses_which_findings_fail() {
    let mfa = temp_file("force-mfa-2.json", FORCE_MFA);
    assert_eq!(iamd(&["validate", &mfa]).status.code(), Some(0));
    assert_eq!(
        iamd(&["validate", "--fail-on", "WARNING", &mfa])
            .status
            .code(),
        Some(1)
    );
    let typo = temp_file("typo-2.json", TYPO);
    assert_eq!(
        iamd(&["validate", "--fail-on", "NONE", &typo])
            .status
            .code(),
        Some(0)
    );
}

#[test]
fn json_output_is_the_validate_policy_response_per_file() {
    let typo = temp_file("typo-3.json", TYPO);
    let out = iamd(&["validate", "--json", &typo]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{stdout}");
    let value: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(value["file"], typo.as_str());
    let finding = &value["findings"][0];
    assert_eq!(finding["issueCode"], "INVALID_ACTION");
    assert_eq!(finding["findingType"], "ERROR");
    assert_eq!(
        finding["learnMoreLink"],
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-action"
    );
    assert_eq!(
        finding["locations"][0],
        serde_json::json!({
            "path": [{"value": "Statement"}, {"value": "Action"}],
            "span": {"start": {"line": 1, "column": 69, "offset": 69},
                     "end": {"line": 1, "column": 82, "offset": 82}}
        })
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn resource_policies_need_a_principal() {
    let bucket = temp_file(
        "bucket.json",
        r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}"#,
    );
    let identity = iamd(&["validate", &bucket]);
    assert_eq!(identity.status.code(), Some(0));
    let resource = iamd(&["validate", "--policy-type", "RESOURCE_POLICY", &bucket]);
    let stdout = String::from_utf8(resource.stdout).unwrap();
    assert!(stdout.contains("ERROR MISSING_PRINCIPAL"), "{stdout}");
    assert_eq!(resource.status.code(), Some(1));
}

#[test]
fn an_unreadable_file_exits_2_and_the_others_are_still_validated() {
    let typo = temp_file("typo-4.json", TYPO);
    let out = iamd(&["validate", "/nonexistent/policy.json", &typo]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("/nonexistent/policy.json"), "{stderr}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("INVALID_ACTION"), "{stdout}");
}
