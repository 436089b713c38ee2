//! `paths` on accounts built through iamd-core: credentials for an administrator, a user who
//! can grant itself anything, the same stopped by a boundary, a role reachable only with MFA
//! and a chain of roles.

mod common;

use common::{ACCOUNT, Account, allow, doc, mfa_condition, role_arn, trust, user_arn};
use iamd_access::paths::{PathOut, Target};
use iamd_access::{PathQuery, Paths, paths};
use iamd_policy::RequestContext;
use serde_json::json;

async fn account() -> Account {
    let a = Account::new().await;
    let everything = || doc(json!([allow(json!("*"), "*")]));
    a.user("admin", Some(everything())).await;
    a.user(
        "mallory",
        Some(doc(json!([allow(
            json!("iam:CreateAccessKey"),
            &user_arn("admin")
        )]))),
    )
    .await;
    a.user(
        "oscar",
        Some(doc(json!([allow(
            json!("iam:PutUserPolicy"),
            &user_arn("oscar")
        )]))),
    )
    .await;
    a.user(
        "peggy",
        Some(doc(json!([allow(
            json!("iam:PutUserPolicy"),
            &user_arn("peggy")
        )]))),
    )
    .await;
    a.boundary(
        "peggy",
        &doc(json!([allow(json!(["iam:PutUserPolicy", "s3:*"]), "*")])),
    )
    .await;
    a.user(
        "trent",
        Some(doc(json!([allow(json!("sts:AssumeRole"), "*")]))),
    )
    .await;
    a.user("victor", None).await;
    a.user("walter", None).await;
    a.group(
        "readers",
        &doc(json!([allow(json!("s3:GetObject"), "*")])),
        &["walter"],
    )
    .await;
    a.role(
        "admin-role",
        &trust(&[user_arn("trent")], Some(mfa_condition())),
        Some(everything()),
    )
    .await;
    a.role(
        "breakglass",
        &trust(&[role_arn("jump")], None),
        Some(everything()),
    )
    .await;
    a.role(
        "jump",
        &trust(&[user_arn("victor")], None),
        Some(doc(json!([allow(
            json!("sts:AssumeRole"),
            &role_arn("breakglass")
        )]))),
    )
    .await;
    a
}

fn to_admin(from: Option<&str>) -> PathQuery {
    PathQuery {
        to: Target::Admin,
        from: from.map(str::to_string),
        pins: RequestContext::new(),
    }
}

fn path_from<'a>(answer: &'a Paths, name: &str) -> Option<&'a PathOut> {
    answer.paths.iter().find(|p| p.from == user_arn(name))
}

#[tokio::test]
async fn the_shortest_paths_to_admin() {
    let a = account().await;
    let p = a.principals().await;
    let answer = paths(&p, &to_admin(None)).unwrap();

    let targets: Vec<&str> = answer.targets.iter().map(|t| t.arn.as_str()).collect();
    assert!(targets.contains(&user_arn("admin").as_str()));
    assert!(targets.contains(&role_arn("breakglass").as_str()));

    // mallory makes herself a key of admin's: one edge, with the statement behind it.
    let m = path_from(&answer, "mallory").unwrap();
    assert_eq!(m.to, user_arn("admin"));
    assert_eq!(m.hops.len(), 1);
    assert_eq!(m.hops[0].method, "iam-002");
    assert_eq!(
        m.hops[0].steps[0].statements[0].policy,
        "user/mallory/inline"
    );

    // oscar grants himself any policy.
    let o = path_from(&answer, "oscar").unwrap();
    assert!(o.hops.is_empty());
    assert_eq!(o.grant.as_ref().map(|g| g.method), Some("iam-007"));

    // peggy could too, but her boundary cuts down whatever she grants herself.
    assert!(path_from(&answer, "peggy").is_none());

    // trent reaches admin-role only with MFA.
    let t = path_from(&answer, "trent").unwrap();
    assert!(t.mfa_required);
    assert_eq!(t.hops[0].method, "sts-001");

    // victor: a chain of two roles.
    let v = path_from(&answer, "victor").unwrap();
    let through: Vec<&str> = v.hops.iter().map(|h| h.target.as_str()).collect();
    assert_eq!(through, [role_arn("jump"), role_arn("breakglass")]);

    // walter has nothing.
    assert!(path_from(&answer, "walter").is_none());
}

#[tokio::test]
async fn from_one_principal_and_to_an_action() {
    let a = account().await;
    let p = a.principals().await;
    let only = paths(&p, &to_admin(Some("victor"))).unwrap();
    assert_eq!(only.paths.len(), 1);
    assert_eq!(only.paths[0].from, user_arn("victor"));
    assert!(paths(&p, &to_admin(Some("nobody"))).is_err());

    let delete = paths(
        &p,
        &PathQuery {
            to: Target::Action {
                action: "iam:DeleteUser".into(),
                resource: format!("arn:aws:iam::{ACCOUNT}:user/admin"),
            },
            from: Some("mallory".into()),
            pins: RequestContext::new(),
        },
    )
    .unwrap();
    assert_eq!(delete.paths[0].to, user_arn("admin"));
}
