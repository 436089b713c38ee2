//! The request condition keys of every operation, driven by the operation table: for each
//! operation and each key its entry declares (`authz::OPERATIONS`, from the Service
//! Authorization Reference), a caller allowed everything but denied that operation when the
//! key has the request's value is refused, and the same call succeeds when the Deny tests
//! another value. An operation that declares a key it does not pass fails here, and so does a
//! declared key without a case below.

#![expect(
    clippy::unwrap_used,
    clippy::panic,
    reason = "test helpers outside #[test] functions fail loudly by design"
)]

use iamd_core::authz::{OPERATIONS, RequestKey};
use iamd_core::entities::{OwnerKind, Tag};
use iamd_core::ops::NewRole;
use iamd_core::{Caller, CoreError, Iam};
use iamd_policy::{Principal, PrincipalKind, RequestContext};
use iamd_store::SqliteStore;
use tempfile::TempDir;

pub mod common;
use common::{ACCOUNT, root};

const ALLOW_ALL: &str =
    r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#;
const TRUST: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}"#;
/// The one tag every tagging request sets and every untagging request removes.
const TAG_KEY: &str = "team";
const TAG_VALUE: &str = "red";

fn boundary_arn() -> String {
    format!("arn:aws:iam::{ACCOUNT}:policy/boundary")
}

fn attachable_arn() -> String {
    format!("arn:aws:iam::{ACCOUNT}:policy/attachable")
}

fn device_serial() -> String {
    format!("arn:aws:iam::{ACCOUNT}:mfa/device")
}

fn tags() -> Vec<Tag> {
    vec![Tag {
        key: TAG_KEY.into(),
        value: TAG_VALUE.into(),
    }]
}

/// An account with something for every operation to act on: a user and a role that have the
/// boundary, the tag, an inline policy and the attachable policy; a group with that policy; a
/// tagged virtual MFA device.
struct Scene {
    _dir: TempDir,
    iam: Iam<SqliteStore>,
}

async fn scene() -> Scene {
    let common::Fixture { dir, iam, .. } = common::fixture().await;
    let root = root();
    for name in ["boundary", "attachable"] {
        iam.create_policy(&root, name, None, ALLOW_ALL, None, Vec::new())
            .await
            .unwrap();
    }
    iam.create_user(&root, "target", None, Some(&boundary_arn()), tags())
        .await
        .unwrap();
    iam.create_role(
        &root,
        NewRole {
            name: "target",
            assume_role_policy: TRUST,
            permissions_boundary: Some(&boundary_arn()),
            tags: tags(),
            ..NewRole::default()
        },
    )
    .await
    .unwrap();
    iam.create_group(&root, "target", None).await.unwrap();
    for kind in [OwnerKind::User, OwnerKind::Role] {
        iam.put_inline_policy(&root, kind, "target", "inline", ALLOW_ALL)
            .await
            .unwrap();
    }
    for kind in [OwnerKind::User, OwnerKind::Role, OwnerKind::Group] {
        iam.attach_policy(&root, kind, "target", &attachable_arn())
            .await
            .unwrap();
    }
    iam.create_virtual_mfa_device(&root, "device", None, tags())
        .await
        .unwrap();
    iam.create_instance_profile(&root, "target", None, tags())
        .await
        .unwrap();
    Scene { _dir: dir, iam }
}

/// The condition of a Deny that matches exactly when `key` has the value the requests below
/// carry (`matching`), or a value they never carry.
fn condition(key: RequestKey, matching: bool) -> String {
    let pick = |hit: String, miss: &str| if matching { hit } else { miss.to_string() };
    match key {
        RequestKey::RequestTag => format!(
            r#"{{"StringEquals":{{"aws:RequestTag/{TAG_KEY}":"{}"}}}}"#,
            pick(TAG_VALUE.into(), "blue")
        ),
        RequestKey::TagKeys => format!(
            r#"{{"ForAnyValue:StringEquals":{{"aws:TagKeys":"{}"}}}}"#,
            pick(TAG_KEY.into(), "cost-center")
        ),
        RequestKey::PermissionsBoundary => format!(
            r#"{{"StringEquals":{{"iam:PermissionsBoundary":"{}"}}}}"#,
            pick(boundary_arn(), "arn:aws:iam::123456789012:policy/other")
        ),
        RequestKey::PolicyArn => format!(
            r#"{{"StringEquals":{{"iam:PolicyARN":"{}"}}}}"#,
            pick(attachable_arn(), "arn:aws:iam::123456789012:policy/other")
        ),
    }
}

/// A new user `name`, allowed everything but `action` under `condition`.
async fn actor(iam: &Iam<SqliteStore>, name: &str, action: &str, condition: &str) -> Caller {
    let policy = format!(
        r#"{{"Version":"2012-10-17","Statement":[
            {{"Effect":"Allow","Action":"*","Resource":"*"}},
            {{"Effect":"Deny","Action":"{action}","Resource":"*","Condition":{condition}}}]}}"#
    );
    common::user(iam, name, Some(&policy)).await
}

/// Run `operation` as `caller` on the scene, with every request fact its keys can take: the
/// tag `team=red`, the tag key `team`, the boundary, the attachable policy.
async fn run(iam: &Iam<SqliteStore>, caller: &Caller, operation: &str) -> Result<(), CoreError> {
    let (user, role, group) = (OwnerKind::User, OwnerKind::Role, OwnerKind::Group);
    let keys = [TAG_KEY.to_string()];
    let (boundary, attachable) = (boundary_arn(), attachable_arn());
    match operation {
        "CreateUser" => iam
            .create_user(caller, "created", None, Some(&boundary), tags())
            .await
            .map(drop),
        "TagUser" => iam.tag_user(caller, "target", tags()).await,
        "UntagUser" => iam.untag_user(caller, "target", &keys).await,
        "PutUserPolicy" => {
            iam.put_inline_policy(caller, user, "target", "more", ALLOW_ALL)
                .await
        }
        "DeleteUserPolicy" => {
            iam.delete_inline_policy(caller, user, "target", "inline")
                .await
        }
        "AttachUserPolicy" => iam.attach_policy(caller, user, "target", &attachable).await,
        "DetachUserPolicy" => iam.detach_policy(caller, user, "target", &attachable).await,
        "AttachGroupPolicy" => {
            iam.attach_policy(caller, group, "target", &attachable)
                .await
        }
        "DetachGroupPolicy" => {
            iam.detach_policy(caller, group, "target", &attachable)
                .await
        }
        "PutUserPermissionsBoundary" => {
            iam.put_user_permissions_boundary(caller, "target", &boundary)
                .await
        }
        "DeleteUserPermissionsBoundary" => {
            iam.delete_user_permissions_boundary(caller, "target").await
        }
        "CreateVirtualMFADevice" => iam
            .create_virtual_mfa_device(caller, "created", None, tags())
            .await
            .map(drop),
        "TagMFADevice" => iam.tag_mfa_device(caller, &device_serial(), tags()).await,
        "UntagMFADevice" => iam.untag_mfa_device(caller, &device_serial(), &keys).await,
        "CreatePolicy" => iam
            .create_policy(caller, "created", None, ALLOW_ALL, None, tags())
            .await
            .map(drop),
        "CreateRole" => iam
            .create_role(
                caller,
                NewRole {
                    name: "created",
                    assume_role_policy: TRUST,
                    permissions_boundary: Some(&boundary),
                    tags: tags(),
                    ..NewRole::default()
                },
            )
            .await
            .map(drop),
        "TagRole" => iam.tag_role(caller, "target", tags()).await,
        "UntagRole" => iam.untag_role(caller, "target", &keys).await,
        "PutRolePolicy" => {
            iam.put_inline_policy(caller, role, "target", "more", ALLOW_ALL)
                .await
        }
        "DeleteRolePolicy" => {
            iam.delete_inline_policy(caller, role, "target", "inline")
                .await
        }
        "AttachRolePolicy" => iam.attach_policy(caller, role, "target", &attachable).await,
        "DetachRolePolicy" => iam.detach_policy(caller, role, "target", &attachable).await,
        "PutRolePermissionsBoundary" => {
            iam.put_role_permissions_boundary(caller, "target", &boundary)
                .await
        }
        "DeleteRolePermissionsBoundary" => {
            iam.delete_role_permissions_boundary(caller, "target").await
        }
        "TagPolicy" => iam.tag_policy(caller, &attachable, tags()).await,
        "UntagPolicy" => iam.untag_policy(caller, &attachable, &keys).await,
        "CreateInstanceProfile" => iam
            .create_instance_profile(caller, "created", None, tags())
            .await
            .map(drop),
        "TagInstanceProfile" => iam.tag_instance_profile(caller, "target", tags()).await,
        "UntagInstanceProfile" => iam.untag_instance_profile(caller, "target", &keys).await,
        other => panic!("{other} declares request condition keys but has no case here"),
    }
}

#[tokio::test]
async fn a_deny_on_each_declared_request_key_blocks_its_operation() {
    let mut checked = 0;
    for entry in OPERATIONS {
        for &key in entry.request_keys {
            // One scene for both calls: the refused one changes nothing.
            let s = scene().await;
            let caller = actor(&s.iam, "denied", entry.action, &condition(key, true)).await;
            match run(&s.iam, &caller, entry.name).await {
                Err(CoreError::AccessDenied(m)) => assert!(
                    m.contains(entry.action) && m.contains("explicit deny"),
                    "{} / {key:?}: {m}",
                    entry.name
                ),
                other => panic!(
                    "{} with a Deny on {key:?}: expected AccessDenied, got {other:?}",
                    entry.name
                ),
            }
            let caller = actor(&s.iam, "allowed", entry.action, &condition(key, false)).await;
            if let Err(e) = run(&s.iam, &caller, entry.name).await {
                panic!(
                    "{} with a Deny on another value of {key:?}: {e:?}",
                    entry.name
                );
            }
            checked += 1;
        }
    }
    // CreateUser, CreateRole: 3 each; Attach/Detach User/Role Policy: 2 each; …
    assert!(checked >= 37, "only {checked} operation keys checked");
}

/// The keys the reference lists for the operations the security review named.
#[test]
fn the_table_declares_the_reference_keys() {
    use RequestKey::{PermissionsBoundary, PolicyArn, RequestTag, TagKeys};
    let keys = |name: &str| {
        OPERATIONS
            .iter()
            .find(|o| o.name == name)
            .map(|o| o.request_keys.to_vec())
            .unwrap()
    };
    for create in ["CreateUser", "CreateRole"] {
        assert_eq!(keys(create), [RequestTag, TagKeys, PermissionsBoundary]);
    }
    for tag in ["TagUser", "TagRole", "TagMFADevice", "CreatePolicy"] {
        assert_eq!(keys(tag), [RequestTag, TagKeys]);
    }
    for untag in ["UntagUser", "UntagRole", "UntagMFADevice"] {
        assert_eq!(keys(untag), [TagKeys]);
    }
    for kind in ["User", "Role"] {
        assert_eq!(
            keys(&format!("Attach{kind}Policy")),
            [PolicyArn, PermissionsBoundary]
        );
        assert_eq!(
            keys(&format!("Put{kind}PermissionsBoundary")),
            [PermissionsBoundary]
        );
    }
    assert_eq!(keys("AttachGroupPolicy"), [PolicyArn]);
    assert_eq!(keys("GetUser"), []);
}

/// AWS's delegation pattern: an administrator may change only the users and roles that have
/// a given boundary. Another user's inline policy, without the boundary, stays out of reach.
#[tokio::test]
async fn only_entities_with_the_boundary_can_be_changed() {
    let s = scene().await;
    let root = root();
    s.iam
        .create_user(&root, "free", None, None, Vec::new())
        .await
        .unwrap();
    let policy = format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Action":"iam:PutUserPolicy","Resource":"*","Condition":{{"StringEquals":{{"iam:PermissionsBoundary":"{}"}}}}}}]}}"#,
        boundary_arn()
    );
    let admin = {
        let u = s
            .iam
            .create_user(&root, "delegate", None, None, Vec::new())
            .await
            .unwrap();
        s.iam
            .put_inline_policy(&root, OwnerKind::User, "delegate", "perm", &policy)
            .await
            .unwrap();
        Caller {
            principal: Principal {
                kind: PrincipalKind::User,
                arn: u.arn(ACCOUNT),
                account: ACCOUNT.into(),
                role_arn: None,
                service: None,
            },
            user: Some(u),
            access_key_id: "AKIADELEGATEDELEGATE".into(),
            context: RequestContext::new(),
            session: None,
        }
    };
    s.iam
        .put_inline_policy(&admin, OwnerKind::User, "target", "more", ALLOW_ALL)
        .await
        .unwrap();
    match s
        .iam
        .put_inline_policy(&admin, OwnerKind::User, "free", "more", ALLOW_ALL)
        .await
    {
        Err(CoreError::AccessDenied(_)) => {}
        other => panic!("expected AccessDenied, got {other:?}"),
    }
}
