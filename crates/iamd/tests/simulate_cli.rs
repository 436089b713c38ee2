//! `iamd simulate` driven as a user drives it: flags, a request file, a batch.
#![expect(clippy::unwrap_used, reason = "helpers fail the test on I/O errors")]

use std::io::Write;
use std::process::{Command, Output, Stdio};

const S5_PART: &str = r#"{
    "Version": "2012-10-17",
    "Statement": [
        {"Sid": "AllowManageOwnPasswords", "Effect": "Allow",
         "Action": ["iam:ChangePassword", "iam:GetUser"], "Resource": "arn:aws:iam::*:user/${aws:username}"},
        {"Sid": "DenyAllExceptListedIfNoMFA", "Effect": "Deny",
         "NotAction": ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "iam:GetUser", "iam:ListMFADevices",
                       "iam:ListVirtualMFADevices", "iam:ResyncMFADevice", "sts:GetSessionToken"],
         "Resource": "*", "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}
    ]
}"#;
const ALICE: &str = "arn:aws:iam::123456789012:user/alice";

fn iamd(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_iamd"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn temp_file(name: &str, content: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("iamd-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

#[test]
fn flags_give_the_aws_cli_json() {
    let policy = temp_file("s5.json", S5_PART);
    let out = iamd(
        &[
            "simulate",
            "--policy",
            policy.to_str().unwrap(),
            "--action",
            "iam:ChangePassword",
            "--action",
            "iam:GetUser",
            "--resource",
            ALICE,
            "--context",
            "aws:username=alice",
            "--context",
            "aws:MultiFactorAuthPresent=boolean:false",
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let results = v["EvaluationResults"].as_array().unwrap();
    assert_eq!(results[0]["EvalActionName"], "iam:ChangePassword");
    assert_eq!(results[0]["EvalDecision"], "explicitDeny");
    assert_eq!(
        results[0]["MatchedStatements"][0]["StartPosition"],
        serde_json::json!({"Line": 6, "Column": 10})
    );
    assert_eq!(results[1]["EvalDecision"], "allowed");
    assert_eq!(v["IsTruncated"], false);
}

#[test]
fn explain_says_which_statement_and_condition_decided() {
    let out = iamd(
        &[
            "simulate",
            "--policy",
            S5_PART,
            "--action",
            "iam:ChangePassword",
            "--resource",
            ALICE,
            "--context",
            "aws:username=alice",
            "--explain",
        ],
        None,
    );
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with(&format!("iam:ChangePassword on {ALICE}: explicitDeny\n")),
        "{text}"
    );
    assert!(text.contains("denied by PolicyInputList.1 statement 2 \"DenyAllExceptListedIfNoMFA\" (line 6, column 10)"), "{text}");
    assert!(
        text.contains(
            "BoolIfExists aws:MultiFactorAuthPresent [\"false\"] — request: absent → true"
        ),
        "{text}"
    );
    assert!(
        text.contains("missing context values: aws:MultiFactorAuthPresent"),
        "{text}"
    );
}

#[test]
fn a_malformed_policy_fails_with_the_precise_error() {
    let bad = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"BoolIfExist":{"a:b":"true"}}}]}"#;
    let out = iamd(
        &["simulate", "--policy", bad, "--action", "iam:GetUser"],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim(),
        "iamd simulate: MalformedPolicyDocument: PolicyInputList.1: Statement[0].Condition: unknown condition operator \"BoolIfExist\" — did you mean \"BoolIfExists\"? (line 1, column 109)"
    );
}

#[test]
fn a_request_file_is_the_cli_input_json() {
    let request = serde_json::json!({
        "PolicyInputList": [S5_PART],
        "ActionNames": ["iam:ChangePassword"],
        "ResourceArns": [ALICE],
        "ContextEntries": [
            {"ContextKeyName": "aws:username", "ContextKeyValues": ["alice"], "ContextKeyType": "string"},
            {"ContextKeyName": "aws:MultiFactorAuthPresent", "ContextKeyValues": ["true"], "ContextKeyType": "boolean"}
        ]
    });
    let out = iamd(&["simulate", "--request", "-"], Some(&request.to_string()));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["EvaluationResults"][0]["EvalDecision"], "allowed");
}

#[test]
fn batch_answers_line_for_line_and_reports_bad_lines() {
    let line = |mfa: &str| {
        serde_json::json!({
            "PolicyInputList": [S5_PART],
            "ActionNames": ["iam:ChangePassword"],
            "ResourceArns": [ALICE],
            "ContextEntries": [
                {"ContextKeyName": "aws:username", "ContextKeyValues": ["alice"], "ContextKeyType": "string"},
                {"ContextKeyName": "aws:MultiFactorAuthPresent", "ContextKeyValues": [mfa], "ContextKeyType": "boolean"}
            ]
        })
        .to_string()
    };
    let input = format!(
        "{}\n{}\nnot json\n\n{}\n",
        line("true"),
        line("false"),
        line("true")
    );
    let out = iamd(&["simulate", "--batch", "-"], Some(&input));
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["EvaluationResults"][0]["EvalDecision"], "allowed");
    assert_eq!(
        lines[1]["EvaluationResults"][0]["EvalDecision"],
        "explicitDeny"
    );
    assert_eq!(lines[2]["Error"]["Code"], "InvalidInput");
    assert!(
        lines[2]["Error"]["Message"]
            .as_str()
            .unwrap()
            .starts_with("line 3: not a SimulateCustomPolicy request")
    );
    assert_eq!(lines[3]["EvaluationResults"][0]["EvalDecision"], "allowed");
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 3"));
}
