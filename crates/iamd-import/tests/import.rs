//! An imported account read through the operations: its credential report, its
//! authorization details, SimulatePrincipalPolicy (with IAM's AllowUsersToChangePassword rule)
//! and the imported credentials that must never work.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers outside #[test] functions fail loudly by design"
)]

use std::borrow::Cow;
use std::sync::Arc;

use iamd_core::clock::ManualClock;
use iamd_core::ops::account::DetailFilter;
use iamd_core::ops::passwords::PasswordPolicyInput;
use iamd_core::secrets::MasterKey;
use iamd_core::simulate::SimulateCustomPolicyInput;
use iamd_core::store::{Kind, Store};
use iamd_core::{Caller, Iam};
use iamd_import::{Export, plan};
use iamd_policy::{Principal, PrincipalKind, RequestContext};
use iamd_store::SqliteStore;
use serde_json::json;
use tempfile::TempDir;
use time::OffsetDateTime;

const ACCOUNT: &str = "123456789012";

fn now() -> OffsetDateTime {
    OffsetDateTime::UNIX_EPOCH + time::Duration::days(20_000)
}

fn root() -> Caller {
    Caller {
        principal: Principal {
            kind: PrincipalKind::Root,
            arn: format!("arn:aws:iam::{ACCOUNT}:root"),
            account: ACCOUNT.into(),
            role_arn: None,
            service: None,
        },
        user: None,
        access_key_id: "AKIAROOTROOTROOTROOT".into(),
        context: RequestContext::new(),
        session: None,
    }
}

fn details() -> serde_json::Value {
    let deny_without_mfa = json!({"Version": "2012-10-17", "Statement": [{
        "Sid": "DenyAllExceptListedIfNoMFA", "Effect": "Deny",
        "NotAction": ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "iam:ListMFADevices"],
        "Resource": "*", "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}]});
    json!({
        "UserDetailList": [
            {"Path": "/", "UserName": "alice", "UserId": "AIDAALICE000000000001",
             "Arn": "arn:aws:iam::123456789012:user/alice", "CreateDate": "2024-01-02T03:04:05+00:00",
             "UserPolicyList": [], "GroupList": ["Devs"], "AttachedManagedPolicies": [], "Tags": []},
            {"Path": "/", "UserName": "ivan", "UserId": "AIDAIVAN0000000000001",
             "Arn": "arn:aws:iam::123456789012:user/ivan", "CreateDate": "2024-01-02T03:04:05+00:00",
             "UserPolicyList": [], "GroupList": [], "AttachedManagedPolicies": [
                {"PolicyName": "AmazonS3ReadOnlyAccess", "PolicyArn": "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"}],
             "Tags": []}
        ],
        "GroupDetailList": [{"Path": "/", "GroupName": "Devs", "GroupId": "AGPADEVS0000000000001",
            "Arn": "arn:aws:iam::123456789012:group/Devs", "CreateDate": "2024-01-01T00:00:00+00:00",
            "GroupPolicyList": [{"PolicyName": "force-mfa", "PolicyDocument": deny_without_mfa}],
            "AttachedManagedPolicies": []}],
        "RoleDetailList": [],
        "Policies": [{"PolicyName": "AmazonS3ReadOnlyAccess", "PolicyId": "ANPAIZTJ4DXE7G6AGAE6M",
            "Arn": "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess", "Path": "/", "DefaultVersionId": "v3",
            "CreateDate": "2015-02-06T18:40:59+00:00", "UpdateDate": "2023-08-10T21:31:39+00:00",
            "PolicyVersionList": [{"Document": {"Version": "2012-10-17", "Statement": [
                {"Effect": "Allow", "Action": ["s3:Get*", "s3:List*"], "Resource": "*"}]},
                "VersionId": "v3", "IsDefaultVersion": true, "CreateDate": "2023-08-10T21:31:39+00:00"}]}]
    })
}

const REPORT: &str = "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated\n\
alice,arn:aws:iam::123456789012:user/alice,2024-01-02T03:04:05+00:00,true,no_information,2024-01-02T03:04:05+00:00,N/A,false,true,2024-01-03T00:00:00+00:00,2024-03-01T10:00:00+00:00,us-east-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n\
ivan,arn:aws:iam::123456789012:user/ivan,2024-01-02T03:04:05+00:00,true,2024-05-01T00:00:00+00:00,2024-01-02T03:04:05+00:00,N/A,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n";

struct Imported {
    _dir: TempDir,
    iam: Iam<SqliteStore>,
}

async fn imported(allow_change: bool) -> Imported {
    let mut export = Export::new();
    export
        .add("details.json", &serde_json::to_vec(&details()).unwrap())
        .unwrap();
    export.add("report.csv", REPORT.as_bytes()).unwrap();
    export
        .add(
            "policy.json",
            &serde_json::to_vec(&json!({"PasswordPolicy": {
                "MinimumPasswordLength": 8, "AllowUsersToChangePassword": allow_change}}))
            .unwrap(),
        )
        .unwrap();
    let plan = plan(&export, now()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).await.unwrap();
    store
        .replace_account(&plan.account, plan.records)
        .await
        .unwrap();
    let iam = Iam::open(
        store,
        MasterKey::from_bytes("k1", &[7; 32]),
        Arc::new(ManualClock::new(now())),
        ACCOUNT,
    )
    .await
    .unwrap();
    Imported { _dir: dir, iam }
}

fn change_password(user: &str) -> SimulateCustomPolicyInput<'static> {
    SimulateCustomPolicyInput {
        action_names: vec![Cow::Borrowed("iam:ChangePassword")],
        resource_arns: vec![Cow::Owned(format!("arn:aws:iam::{ACCOUNT}:user/{user}"))],
        ..SimulateCustomPolicyInput::default()
    }
}

#[tokio::test]
async fn simulate_principal_policy_applies_allow_users_to_change_password() {
    let on = imported(true).await;
    let out = on
        .iam
        .simulate_principal_policy(
            &root(),
            "arn:aws:iam::123456789012:user/ivan",
            &change_password("ivan"),
        )
        .await
        .unwrap();
    let r = &out.evaluation_results[0];
    assert_eq!(r.eval_decision, "allowed");
    assert_eq!(
        r.matched_statements[0].source_policy_id,
        "AllowUsersToChangePassword"
    );
    // Only the user's own password.
    let other = on
        .iam
        .simulate_principal_policy(
            &root(),
            "arn:aws:iam::123456789012:user/ivan",
            &change_password("alice"),
        )
        .await
        .unwrap();
    assert_eq!(other.evaluation_results[0].eval_decision, "implicitDeny");
    // An explicit Deny still wins: alice's group denies everything without MFA.
    let alice = on
        .iam
        .simulate_principal_policy(
            &root(),
            "arn:aws:iam::123456789012:user/alice",
            &change_password("alice"),
        )
        .await
        .unwrap();
    assert_eq!(alice.evaluation_results[0].eval_decision, "explicitDeny");

    // Without the password policy's setting there is no grant.
    let off = imported(false).await;
    let out = off
        .iam
        .simulate_principal_policy(
            &root(),
            "arn:aws:iam::123456789012:user/ivan",
            &change_password("ivan"),
        )
        .await
        .unwrap();
    assert_eq!(out.evaluation_results[0].eval_decision, "implicitDeny");
    // Turning it on through the API changes the answer.
    off.iam
        .update_account_password_policy(
            &root(),
            PasswordPolicyInput {
                allow_users_to_change_password: Some(true),
                ..PasswordPolicyInput::default()
            },
        )
        .await
        .unwrap();
    let out = off
        .iam
        .simulate_principal_policy(
            &root(),
            "arn:aws:iam::123456789012:user/ivan",
            &change_password("ivan"),
        )
        .await
        .unwrap();
    assert_eq!(out.evaluation_results[0].eval_decision, "allowed");
}

#[tokio::test]
async fn imported_aws_managed_policies_keep_their_documents() {
    let a = imported(true).await;
    let input = SimulateCustomPolicyInput {
        action_names: vec![Cow::Borrowed("s3:GetObject"), Cow::Borrowed("s3:PutObject")],
        ..SimulateCustomPolicyInput::default()
    };
    let out = a
        .iam
        .simulate_principal_policy(&root(), "arn:aws:iam::123456789012:user/ivan", &input)
        .await
        .unwrap();
    let decisions: Vec<_> = out
        .evaluation_results
        .iter()
        .map(|r| r.eval_decision)
        .collect();
    assert_eq!(decisions, ["allowed", "implicitDeny"]);
    let details = a
        .iam
        .get_account_authorization_details(&root(), DetailFilter::ALL, None, None)
        .await
        .unwrap();
    let p = details
        .policies
        .iter()
        .find(|p| p.name == "AmazonS3ReadOnlyAccess")
        .expect("the imported AWS managed policy is listed");
    assert!(p.aws_managed);
    assert_eq!(p.arn, "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess");
    assert_eq!((p.default_version.as_str(), p.attachment_count), ("v3", 1));
}

#[tokio::test]
async fn the_credential_report_shows_the_imported_facts() {
    let a = imported(true).await;
    let csv = a.iam.credential_report_csv().await.unwrap();
    let alice = csv.lines().find(|l| l.starts_with("alice,")).unwrap();
    let cols: Vec<_> = alice.split(',').collect();
    // password_enabled, password_last_used, password_last_changed, mfa_active
    assert_eq!(cols[3], "true");
    assert_eq!(cols[4], "no_information");
    assert_eq!(cols[5], "2024-01-02T03:04:05+00:00");
    assert_eq!(cols[7], "false");
    // access key 1: active, rotated, last used date/region/service
    assert_eq!(
        &cols[8..13],
        [
            "true",
            "2024-01-03T00:00:00+00:00",
            "2024-03-01T10:00:00+00:00",
            "us-east-1",
            "s3"
        ]
    );
    let ivan = csv.lines().find(|l| l.starts_with("ivan,")).unwrap();
    assert_eq!(ivan.split(',').nth(7), Some("true"));
}

#[tokio::test]
async fn imported_credentials_never_work() {
    let a = imported(true).await;
    // The root key of a served data directory is still made: imported facts do not count.
    let made = a.iam.ensure_root_key(None).await.unwrap();
    assert!(made.is_some());
    // An imported MFA device (ivan's, known only from the report) refuses every code.
    let devices = a
        .iam
        .list_virtual_mfa_devices(
            &root(),
            iamd_core::ops::mfa::AssignmentStatus::Assigned,
            None,
            None,
        )
        .await
        .unwrap();
    let serial = devices.items[0].device.serial_number.clone();
    for (c1, c2) in [("123456", "654321"), ("000000", "000001")] {
        let err = a
            .iam
            .resync_mfa_device(&root(), "ivan", &serial, c1, c2)
            .await
            .unwrap_err();
        assert_eq!(err.code(), "InvalidAuthenticationCode");
    }
    // An imported login profile has no password hash.
    let profile = a
        .iam
        .get_login_profile(&root(), Some("alice"))
        .await
        .unwrap();
    assert_eq!(profile.user_name, "alice");
    let stored = {
        let store = SqliteStore::open(a._dir.path()).await.unwrap();
        store
            .get(ACCOUNT, Kind::LoginProfile, "AIDAALICE000000000001")
            .await
            .unwrap()
            .unwrap()
    };
    assert!(stored.data.contains(iamd_core::entities::IMPORTED_PASSWORD));
    assert!(
        !iamd_core::ops::passwords::verify_password(
            &iamd_core::ops::passwords::Password::new(String::new()),
            iamd_core::entities::IMPORTED_PASSWORD
        )
        .await
        .unwrap()
    );
}
