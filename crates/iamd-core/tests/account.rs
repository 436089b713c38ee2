//! The account operations (GetAccountSummary, account aliases, GetAccountAuthorizationDetails)
//! and SimulatePrincipalPolicy against a real SQLite store.

#![expect(
    clippy::unwrap_used,
    clippy::panic,
    reason = "test helpers outside #[test] functions fail loudly by design"
)]

use std::borrow::Cow;
use std::sync::Arc;

use iamd_core::clock::ManualClock;
use iamd_core::entities::{OwnerKind, Tag};
use iamd_core::ops::NewRole;
use iamd_core::ops::account::DetailFilter;
use iamd_core::simulate::{ContextEntry, Doc, SimulateCustomPolicyInput};
use iamd_core::{CoreError, Iam};
use iamd_store::SqliteStore;

pub mod common;
use common::{ACCOUNT, fixture, root, user};

const OTHER_ACCOUNT: &str = "210987654321";

const ALLOW_ALL_S3: &str =
    r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}"#;

fn allow(actions: &str, resource: &str) -> String {
    format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Action":{actions},"Resource":"{resource}"}}]}}"#
    )
}

fn assert_denied<T: std::fmt::Debug>(r: Result<T, CoreError>, action: &str) {
    match r {
        Err(CoreError::AccessDenied(m)) => assert!(m.contains(action), "{m}"),
        other => panic!("expected AccessDenied for {action}, got {other:?}"),
    }
}

// --- GetAccountSummary ------------------------------------------------------------------

const SUMMARY_KEYS: [&str; 34] = [
    "Users",
    "UsersQuota",
    "Groups",
    "GroupsQuota",
    "ServerCertificates",
    "ServerCertificatesQuota",
    "UserPolicySizeQuota",
    "GroupPolicySizeQuota",
    "GroupsPerUserQuota",
    "SigningCertificatesPerUserQuota",
    "AccessKeysPerUserQuota",
    "MFADevices",
    "MFADevicesInUse",
    "AccountMFAEnabled",
    "AccountAccessKeysPresent",
    "AccountPasswordPresent",
    "AccountSigningCertificatesPresent",
    "AttachedPoliciesPerGroupQuota",
    "AttachedPoliciesPerRoleQuota",
    "AttachedPoliciesPerUserQuota",
    "Policies",
    "PoliciesQuota",
    "PolicySizeQuota",
    "PolicyVersionsInUse",
    "PolicyVersionsInUseQuota",
    "VersionsPerPolicyQuota",
    "GlobalEndpointTokenVersion",
    "AssumeRolePolicySizeQuota",
    "InstanceProfiles",
    "InstanceProfilesQuota",
    "Providers",
    "RolePolicySizeQuota",
    "Roles",
    "RolesQuota",
];

#[tokio::test]
async fn summary_has_every_key_counts_and_quotas() {
    let f = fixture().await;
    let iam = &f.iam;
    let fresh = iam.get_account_summary(&root()).await.unwrap();
    let mut keys: Vec<_> = fresh.keys().copied().collect();
    let mut expected = SUMMARY_KEYS.to_vec();
    keys.sort_unstable();
    expected.sort_unstable();
    assert_eq!(keys, expected);
    assert_eq!(fresh["Users"], 0);
    assert_eq!(fresh["AccountAccessKeysPresent"], 0);
    for (quota, value) in [
        ("UsersQuota", 5000),
        ("GroupsQuota", 300),
        ("RolesQuota", 1000),
        ("PoliciesQuota", 1500),
        ("PolicySizeQuota", 6144),
        ("UserPolicySizeQuota", 2048),
        ("GroupPolicySizeQuota", 5120),
        ("RolePolicySizeQuota", 10240),
        ("GroupsPerUserQuota", 10),
        ("AccessKeysPerUserQuota", 2),
        ("AttachedPoliciesPerUserQuota", 10),
        ("AttachedPoliciesPerGroupQuota", 10),
        ("AttachedPoliciesPerRoleQuota", 10),
        ("VersionsPerPolicyQuota", 5),
        ("AssumeRolePolicySizeQuota", 2048),
        ("ServerCertificatesQuota", 20),
        ("InstanceProfilesQuota", 1000),
        ("SigningCertificatesPerUserQuota", 2),
        ("PolicyVersionsInUseQuota", 10000),
        ("GlobalEndpointTokenVersion", 1),
    ] {
        assert_eq!(fresh[quota], value, "{quota}");
    }

    iam.ensure_root_key(None).await.unwrap();
    user(iam, "alice", None).await;
    user(iam, "bob", None).await;
    iam.create_group(&root(), "devs", None).await.unwrap();
    let p = iam
        .create_policy(&root(), "s3", None, ALLOW_ALL_S3, None, Vec::new())
        .await
        .unwrap();
    iam.attach_policy(&root(), OwnerKind::User, "alice", &p.arn)
        .await
        .unwrap();
    iam.attach_policy(
        &root(),
        OwnerKind::Group,
        "devs",
        "arn:aws:iam::aws:policy/ReadOnlyAccess",
    )
    .await
    .unwrap();
    // A boundary is not an attachment.
    iam.put_user_permissions_boundary(&root(), "bob", &p.arn)
        .await
        .unwrap();
    let s = iam.get_account_summary(&root()).await.unwrap();
    assert_eq!(s["Users"], 2);
    assert_eq!(s["Groups"], 1);
    assert_eq!(s["Policies"], 1);
    assert_eq!(s["PolicyVersionsInUse"], 2);
    assert_eq!(s["Roles"], 0);
    assert_eq!(s["AccountAccessKeysPresent"], 1);
    assert_eq!(s["AccountMFAEnabled"], 0);
}

#[tokio::test]
async fn summary_is_authorized_against_star() {
    let f = fixture().await;
    let nobody = user(&f.iam, "nobody", None).await;
    assert_denied(
        f.iam.get_account_summary(&nobody).await,
        "iam:GetAccountSummary on resource: *",
    );
    let reader = user(
        &f.iam,
        "reader",
        Some(&allow(r#""iam:GetAccountSummary""#, "*")),
    )
    .await;
    assert_eq!(
        f.iam.get_account_summary(&reader).await.unwrap()["Users"],
        2
    );
}

// --- Account aliases --------------------------------------------------------------------

#[tokio::test]
async fn one_alias_per_account_replaced_by_a_new_one() {
    let f = fixture().await;
    let iam = &f.iam;
    assert!(
        iam.list_account_aliases(&root(), None, None)
            .await
            .unwrap()
            .items
            .is_empty()
    );
    iam.create_account_alias(&root(), "example-corp")
        .await
        .unwrap();
    let listed = iam.list_account_aliases(&root(), None, None).await.unwrap();
    assert_eq!(listed.items, ["example-corp"]);
    assert!(!listed.is_truncated);
    // The alias it already has.
    assert!(matches!(
        iam.create_account_alias(&root(), "example-corp").await,
        Err(CoreError::EntityAlreadyExists(m)) if m == "The account alias example-corp already exists."
    ));
    // A new alias replaces the old one.
    iam.create_account_alias(&root(), "example-two")
        .await
        .unwrap();
    assert_eq!(
        iam.list_account_aliases(&root(), None, None)
            .await
            .unwrap()
            .items,
        ["example-two"]
    );
    assert!(matches!(
        iam.delete_account_alias(&root(), "example-corp").await,
        Err(CoreError::NoSuchEntity(m)) if m == "The account alias example-corp cannot be found."
    ));
    iam.delete_account_alias(&root(), "example-two")
        .await
        .unwrap();
    assert!(
        iam.list_account_aliases(&root(), None, None)
            .await
            .unwrap()
            .items
            .is_empty()
    );
    assert!(matches!(
        iam.delete_account_alias(&root(), "example-two").await,
        Err(CoreError::NoSuchEntity(_))
    ));
    assert!(matches!(
        iam.create_account_alias(&root(), "123456789012").await,
        Err(CoreError::InvalidInput(_))
    ));
    assert!(matches!(
        iam.create_account_alias(&root(), "Bad--Alias").await,
        Err(CoreError::InvalidInput(_))
    ));
}

#[tokio::test]
async fn an_alias_is_unique_across_the_accounts_of_a_store() {
    let f = fixture().await;
    let other = common::open_account(
        f.store.clone(),
        Arc::new(ManualClock::new(common::day_20000())),
        OTHER_ACCOUNT,
    )
    .await;
    other
        .create_account_alias(&root(), "shared-name")
        .await
        .unwrap();
    assert!(matches!(
        f.iam.create_account_alias(&root(), "shared-name").await,
        Err(CoreError::EntityAlreadyExists(_))
    ));
    f.iam
        .create_account_alias(&root(), "own-name")
        .await
        .unwrap();
}

#[tokio::test]
async fn alias_operations_need_their_permissions() {
    let f = fixture().await;
    let iam = &f.iam;
    let nobody = user(iam, "nobody", None).await;
    assert_denied(
        iam.create_account_alias(&nobody, "example").await,
        "iam:CreateAccountAlias on resource: *",
    );
    assert_denied(
        iam.list_account_aliases(&nobody, None, None).await,
        "iam:ListAccountAliases on resource: *",
    );
    assert_denied(
        iam.delete_account_alias(&nobody, "example").await,
        "iam:DeleteAccountAlias on resource: *",
    );
    let admin = user(
        iam,
        "aliasadmin",
        Some(&allow(
            r#"["iam:CreateAccountAlias","iam:DeleteAccountAlias","iam:ListAccountAliases"]"#,
            "*",
        )),
    )
    .await;
    iam.create_account_alias(&admin, "example").await.unwrap();
    assert_eq!(
        iam.list_account_aliases(&admin, None, None)
            .await
            .unwrap()
            .items,
        ["example"]
    );
    iam.delete_account_alias(&admin, "example").await.unwrap();
}

// --- GetAccountAuthorizationDetails -------------------------------------------------------

/// alice (tagged, bounded, in devs, with an inline and an attached policy), bob, the group
/// devs (inline + AWS managed), the customer policy s3 (two versions), a role ops.
async fn populate(iam: &Iam<SqliteStore>) -> String {
    let r = root();
    let p = iam
        .create_policy(
            &r,
            "s3",
            Some("/team/"),
            ALLOW_ALL_S3,
            Some("S3"),
            Vec::new(),
        )
        .await
        .unwrap();
    iam.create_policy_version(&r, &p.arn, &allow(r#""s3:Get*""#, "*"), true)
        .await
        .unwrap();
    iam.create_user(
        &r,
        "alice",
        None,
        Some(&p.arn),
        vec![Tag {
            key: "team".into(),
            value: "blue".into(),
        }],
    )
    .await
    .unwrap();
    iam.create_user(&r, "bob", Some("/staff/"), None, Vec::new())
        .await
        .unwrap();
    iam.put_inline_policy(&r, OwnerKind::User, "alice", "self", ALLOW_ALL_S3)
        .await
        .unwrap();
    iam.attach_policy(&r, OwnerKind::User, "alice", &p.arn)
        .await
        .unwrap();
    iam.create_group(&r, "devs", None).await.unwrap();
    iam.add_user_to_group(&r, "devs", "alice").await.unwrap();
    iam.put_inline_policy(
        &r,
        OwnerKind::Group,
        "devs",
        "put",
        &allow(r#""s3:PutObject""#, "*"),
    )
    .await
    .unwrap();
    iam.attach_policy(
        &r,
        OwnerKind::Group,
        "devs",
        "arn:aws:iam::aws:policy/IAMReadOnlyAccess",
    )
    .await
    .unwrap();
    iam.create_role(
        &r,
        NewRole {
            name: "ops",
            assume_role_policy: r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}"#,
            ..NewRole::default()
        },
    )
    .await
    .unwrap();
    p.arn
}

#[tokio::test]
async fn authorization_details_show_everything_that_grants() {
    let f = fixture().await;
    let iam = &f.iam;
    let s3_arn = populate(iam).await;
    let d = iam
        .get_account_authorization_details(&root(), DetailFilter::ALL, None, None)
        .await
        .unwrap();
    assert!(!d.is_truncated);
    assert_eq!(d.marker, None);

    let names: Vec<_> = d.users.iter().map(|u| u.user.name.as_str()).collect();
    assert_eq!(names, ["alice", "bob"]);
    let alice = &d.users[0];
    assert_eq!(alice.groups, ["devs"]);
    assert_eq!(alice.inline_policies.len(), 1);
    assert_eq!(alice.inline_policies[0].name, "self");
    assert_eq!(alice.inline_policies[0].document, ALLOW_ALL_S3);
    assert_eq!(alice.attached, [("s3".to_string(), s3_arn.clone())]);
    assert_eq!(alice.user.permissions_boundary.as_deref(), Some(&*s3_arn));
    assert_eq!(alice.user.tags[0].key, "team");
    let bob = &d.users[1];
    assert!(bob.groups.is_empty() && bob.inline_policies.is_empty() && bob.attached.is_empty());

    assert_eq!(d.groups.len(), 1);
    assert_eq!(d.groups[0].group.name, "devs");
    assert_eq!(d.groups[0].inline_policies[0].name, "put");
    assert_eq!(
        d.groups[0].attached,
        [(
            "IAMReadOnlyAccess".to_string(),
            "arn:aws:iam::aws:policy/IAMReadOnlyAccess".to_string()
        )]
    );

    assert_eq!(d.roles.len(), 1);
    assert_eq!(d.roles[0].role.name, "ops");

    // The attached AWS managed policy and the customer policy; no unattached AWS ones.
    let arns: Vec<_> = d.policies.iter().map(|p| p.arn.as_str()).collect();
    assert_eq!(
        arns,
        ["arn:aws:iam::aws:policy/IAMReadOnlyAccess", s3_arn.as_str()]
    );
    let s3 = &d.policies[1];
    assert_eq!(s3.versions.len(), 2);
    assert_eq!(s3.default_version, "v2");
    assert_eq!(s3.attachment_count, 1);
    assert_eq!(s3.boundary_usage_count, 1);
    assert_eq!(s3.description.as_deref(), Some("S3"));
}

#[tokio::test]
async fn authorization_details_filter_and_pages() {
    let f = fixture().await;
    let iam = &f.iam;
    let s3_arn = populate(iam).await;
    let only = |names: &[&str]| DetailFilter::from_names(names.iter().copied()).unwrap();

    let d = iam
        .get_account_authorization_details(
            &root(),
            only(&["Group", "LocalManagedPolicy"]),
            None,
            None,
        )
        .await
        .unwrap();
    assert!(d.users.is_empty() && d.roles.is_empty());
    assert_eq!(d.groups.len(), 1);
    assert_eq!(d.policies.len(), 1);
    assert_eq!(d.policies[0].arn, s3_arn);

    let d = iam
        .get_account_authorization_details(&root(), only(&["AWSManagedPolicy"]), None, None)
        .await
        .unwrap();
    assert_eq!(d.policies.len(), 1);
    assert!(d.policies[0].aws_managed);

    // Page through the combined listing one item at a time: users, groups, roles, policies.
    let mut seen = Vec::new();
    let mut marker: Option<String> = None;
    loop {
        let page = iam
            .get_account_authorization_details(
                &root(),
                DetailFilter::ALL,
                marker.as_deref(),
                Some(1),
            )
            .await
            .unwrap();
        let items = page.users.len() + page.groups.len() + page.roles.len() + page.policies.len();
        assert_eq!(items, 1);
        seen.extend(page.users.iter().map(|u| format!("user {}", u.user.name)));
        seen.extend(
            page.groups
                .iter()
                .map(|g| format!("group {}", g.group.name)),
        );
        seen.extend(page.roles.iter().map(|r| format!("role {}", r.role.name)));
        seen.extend(page.policies.iter().map(|p| format!("policy {}", p.name)));
        if !page.is_truncated {
            assert_eq!(page.marker, None);
            break;
        }
        marker = page.marker;
        assert!(marker.is_some());
    }
    assert_eq!(
        seen,
        [
            "user alice",
            "user bob",
            "group devs",
            "role ops",
            "policy IAMReadOnlyAccess",
            "policy s3"
        ]
    );
}

#[tokio::test]
async fn authorization_details_need_permission() {
    let f = fixture().await;
    let nobody = user(&f.iam, "nobody", None).await;
    assert_denied(
        f.iam
            .get_account_authorization_details(&nobody, DetailFilter::ALL, None, None)
            .await,
        "iam:GetAccountAuthorizationDetails on resource: *",
    );
    let auditor = user(
        &f.iam,
        "auditor",
        Some(&allow(r#""iam:GetAccountAuthorizationDetails""#, "*")),
    )
    .await;
    let d = f
        .iam
        .get_account_authorization_details(&auditor, DetailFilter::ALL, None, None)
        .await
        .unwrap();
    assert_eq!(d.users.len(), 2);
}

// --- SimulatePrincipalPolicy ----------------------------------------------------------------

fn sim_input<'a>(actions: &[&'a str]) -> SimulateCustomPolicyInput<'a> {
    SimulateCustomPolicyInput {
        action_names: actions.iter().map(|a| Cow::Borrowed(*a)).collect(),
        ..SimulateCustomPolicyInput::default()
    }
}

fn alice_arn() -> String {
    format!("arn:aws:iam::{ACCOUNT}:user/alice")
}

#[tokio::test]
async fn principal_simulation_uses_the_users_own_and_group_policies() {
    let f = fixture().await;
    let iam = &f.iam;
    let s3_arn = populate(iam).await;
    // alice: inline `self` (s3:*), attached s3 (v2: s3:Get*), group devs (inline put,
    // IAMReadOnlyAccess), boundary s3 (s3:Get*).
    let out = iam
        .simulate_principal_policy(
            &root(),
            &alice_arn(),
            &sim_input(&[
                "s3:GetObject",
                "s3:PutObject",
                "iam:ListUsers",
                "sqs:SendMessage",
            ]),
        )
        .await
        .unwrap();
    let r = &out.evaluation_results;
    assert_eq!(r.len(), 4);
    assert!(r.iter().all(|e| e.eval_resource_name == "*"));

    assert_eq!(r[0].eval_decision, "allowed");
    let ids: Vec<_> = r[0]
        .matched_statements
        .iter()
        .map(|s| (s.source_policy_id.as_str(), s.source_policy_type))
        .collect();
    assert!(ids.contains(&("user_alice_self", Some("user"))), "{ids:?}");
    assert!(ids.contains(&("s3", Some("user-managed"))), "{ids:?}");
    // s3 is attached and is the boundary: its statement is reported once.
    assert_eq!(ids.len(), 2, "{ids:?}");
    assert_eq!(
        r[0].permissions_boundary_decision_detail
            .as_ref()
            .map(|d| d.allowed_by_permissions_boundary),
        Some(true)
    );

    // Allowed by the group's inline policy, but the boundary allows only s3:Get*.
    assert_eq!(r[1].eval_decision, "implicitDeny");
    assert_eq!(
        r[1].permissions_boundary_decision_detail
            .as_ref()
            .map(|d| d.allowed_by_permissions_boundary),
        Some(false)
    );
    // The same for IAMReadOnlyAccess from the group.
    assert_eq!(r[2].eval_decision, "implicitDeny");
    assert_eq!(r[3].eval_decision, "implicitDeny");

    // Without the boundary the group's policies allow.
    iam.delete_user_permissions_boundary(&root(), "alice")
        .await
        .unwrap();
    let out = iam
        .simulate_principal_policy(
            &root(),
            &alice_arn(),
            &sim_input(&["s3:PutObject", "iam:ListUsers"]),
        )
        .await
        .unwrap();
    let r = &out.evaluation_results;
    assert_eq!(r[0].eval_decision, "allowed");
    assert_eq!(r[0].matched_statements.len(), 2);
    assert!(
        r[0].matched_statements.iter().any(
            |s| s.source_policy_id == "group_devs_put" && s.source_policy_type == Some("group")
        )
    );
    assert_eq!(r[1].eval_decision, "allowed");
    assert_eq!(
        r[1].matched_statements[0].source_policy_id,
        "IAMReadOnlyAccess"
    );
    assert_eq!(
        r[1].matched_statements[0].source_policy_type,
        Some("aws-managed")
    );
    assert_eq!(r[1].permissions_boundary_decision_detail, None);

    // A boundary given in the request stands in for the user's.
    iam.put_user_permissions_boundary(&root(), "alice", &s3_arn)
        .await
        .unwrap();
    let mut input = sim_input(&["s3:PutObject"]);
    input.permissions_boundary_policy_input_list = vec![Doc::Text(ALLOW_ALL_S3)];
    let out = iam
        .simulate_principal_policy(&root(), &alice_arn(), &input)
        .await
        .unwrap();
    assert_eq!(out.evaluation_results[0].eval_decision, "allowed");
}

#[tokio::test]
async fn principal_simulation_adds_input_policies_context_and_pages() {
    let f = fixture().await;
    let iam = &f.iam;
    user(iam, "carol", None).await;
    let carol = format!("arn:aws:iam::{ACCOUNT}:user/carol");
    let conditional = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:RunInstances","Resource":"*","Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}}]}"#;
    iam.put_inline_policy(&root(), OwnerKind::User, "carol", "net", conditional)
        .await
        .unwrap();

    let mut input = sim_input(&["ec2:RunInstances", "sqs:SendMessage"]);
    input.policy_input_list = vec![Doc::Text(
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:*","Resource":"arn:aws:sqs:us-east-1:123456789012:q"}]}"#,
    )];
    input.resource_arns = vec![
        Cow::Borrowed("arn:aws:sqs:us-east-1:123456789012:q"),
        Cow::Borrowed("arn:aws:sqs:us-east-1:123456789012:other"),
    ];
    let out = iam
        .simulate_principal_policy(&root(), &carol, &input)
        .await
        .unwrap();
    let r = &out.evaluation_results;
    assert_eq!(r.len(), 4);
    assert_eq!(r[0].eval_decision, "implicitDeny");
    assert_eq!(r[0].missing_context_values, ["aws:SourceIp"]);
    assert_eq!(r[2].eval_decision, "allowed");
    assert_eq!(
        r[2].matched_statements[0].source_policy_id,
        "PolicyInputList.1"
    );
    assert_eq!(r[2].matched_statements[0].source_policy_type, None);
    assert_eq!(r[3].eval_decision, "implicitDeny");

    input.context_entries = vec![ContextEntry {
        context_key_name: Cow::Borrowed("aws:SourceIp"),
        context_key_values: vec![Cow::Borrowed("10.1.2.3")],
        context_key_type: Cow::Borrowed("ip"),
    }];
    let out = iam
        .simulate_principal_policy(&root(), &carol, &input)
        .await
        .unwrap();
    let first = &out.evaluation_results[0];
    assert_eq!(first.eval_decision, "allowed");
    assert!(first.missing_context_values.is_empty());
    assert_eq!(
        first.matched_statements[0].source_policy_id,
        "user_carol_net"
    );

    // Pages of one result.
    input.max_items = Some(1);
    let mut decisions = Vec::new();
    loop {
        let page = iam
            .simulate_principal_policy(&root(), &carol, &input)
            .await
            .unwrap();
        decisions.extend(page.evaluation_results.iter().map(|e| e.eval_decision));
        if !page.is_truncated {
            break;
        }
        input.marker = page.marker.map(Cow::Owned);
    }
    assert_eq!(decisions, ["allowed", "allowed", "allowed", "implicitDeny"]);
}

#[tokio::test]
async fn principal_simulation_of_groups_and_roles() {
    let f = fixture().await;
    let iam = &f.iam;
    populate(iam).await;
    iam.put_inline_policy(
        &root(),
        OwnerKind::Role,
        "ops",
        "run",
        &allow(r#""ec2:*""#, "*"),
    )
    .await
    .unwrap();
    let out = iam
        .simulate_principal_policy(
            &root(),
            &format!("arn:aws:iam::{ACCOUNT}:group/devs"),
            &sim_input(&["s3:PutObject", "s3:GetObject"]),
        )
        .await
        .unwrap();
    assert_eq!(out.evaluation_results[0].eval_decision, "allowed");
    assert_eq!(
        out.evaluation_results[0].matched_statements[0].source_policy_id,
        "group_devs_put"
    );
    assert_eq!(out.evaluation_results[1].eval_decision, "implicitDeny");

    let out = iam
        .simulate_principal_policy(
            &root(),
            &format!("arn:aws:iam::{ACCOUNT}:role/ops"),
            &sim_input(&["ec2:RunInstances"]),
        )
        .await
        .unwrap();
    assert_eq!(out.evaluation_results[0].eval_decision, "allowed");
    assert_eq!(
        out.evaluation_results[0].matched_statements[0].source_policy_id,
        "role_ops_run"
    );
    assert_eq!(
        out.evaluation_results[0].matched_statements[0].source_policy_type,
        Some("role")
    );
}

#[tokio::test]
async fn principal_simulation_errors() {
    let f = fixture().await;
    let iam = &f.iam;
    populate(iam).await;
    let input = sim_input(&["s3:GetObject"]);
    for (arn, expected) in [
        (
            format!("arn:aws:iam::{ACCOUNT}:user/nobody"),
            "NoSuchEntity",
        ),
        // alice exists, but not under this path.
        (
            format!("arn:aws:iam::{ACCOUNT}:user/other/alice"),
            "NoSuchEntity",
        ),
        (
            format!("arn:aws:iam::{ACCOUNT}:group/nogroup"),
            "NoSuchEntity",
        ),
        (
            format!("arn:aws:iam::{ACCOUNT}:role/norole"),
            "NoSuchEntity",
        ),
        (
            format!("arn:aws:iam::{OTHER_ACCOUNT}:user/alice"),
            "NoSuchEntity",
        ),
        (format!("arn:aws:iam::{ACCOUNT}:policy/s3"), "InvalidInput"),
        ("not-an-arn-at-all-really".to_string(), "InvalidInput"),
    ] {
        let err = iam
            .simulate_principal_policy(&root(), &arn, &input)
            .await
            .unwrap_err();
        assert_eq!(err.code(), expected, "{arn}: {err}");
    }
    // CallerArn must be an IAM user.
    let mut with_role_caller = sim_input(&["s3:GetObject"]);
    with_role_caller.caller_arn = Some(Cow::Borrowed("arn:aws:iam::123456789012:role/ops"));
    assert_eq!(
        iam.simulate_principal_policy(&root(), &alice_arn(), &with_role_caller)
            .await
            .unwrap_err()
            .code(),
        "InvalidInput"
    );
    // No actions.
    assert_eq!(
        iam.simulate_principal_policy(&root(), &alice_arn(), &sim_input(&[]))
            .await
            .unwrap_err()
            .code(),
        "InvalidInput"
    );
    // A malformed input policy names its place.
    let mut bad = sim_input(&["s3:GetObject"]);
    bad.policy_input_list = vec![Doc::Text("{}")];
    match iam
        .simulate_principal_policy(&root(), &alice_arn(), &bad)
        .await
    {
        Err(CoreError::MalformedPolicyDocument { input, .. }) => {
            assert_eq!(input, "PolicyInputList.1");
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn principal_simulation_is_authorized_on_the_principal() {
    let f = fixture().await;
    let iam = &f.iam;
    populate(iam).await;
    let scoped = user(
        iam,
        "scoped",
        Some(&allow(r#""iam:SimulatePrincipalPolicy""#, &alice_arn())),
    )
    .await;
    let out = iam
        .simulate_principal_policy(&scoped, &alice_arn(), &sim_input(&["s3:GetObject"]))
        .await
        .unwrap();
    assert_eq!(out.evaluation_results.len(), 1);
    let bob = format!("arn:aws:iam::{ACCOUNT}:user/staff/bob");
    assert_denied(
        iam.simulate_principal_policy(&scoped, &bob, &sim_input(&["s3:GetObject"]))
            .await,
        &format!("iam:SimulatePrincipalPolicy on resource: {bob}"),
    );
    // Authorization comes before existence: nothing is revealed about unknown users.
    assert_denied(
        iam.simulate_principal_policy(
            &scoped,
            &format!("arn:aws:iam::{ACCOUNT}:user/ghost"),
            &sim_input(&["s3:GetObject"]),
        )
        .await,
        "iam:SimulatePrincipalPolicy",
    );
}
