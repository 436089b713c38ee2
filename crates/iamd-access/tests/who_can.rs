//! `who_can` on accounts built through iamd-core: direct grants through groups, MFA-only
//! grants, grants through a role and a chain of roles, boundaries and explicit denies that
//! stop them, and conditions on keys the question does not give.

mod common;

use common::{Account, allow, doc, mfa_condition, role_arn, trust, user_arn};
use iamd_access::whocan::Allowed;
use iamd_access::{Query, WhoCan, parse_pins, who_can};
use serde_json::json;

async fn account() -> Account {
    let a = Account::new().await;
    let create_key = || allow(json!("iam:CreateAccessKey"), "*");
    a.user("alice", None).await;
    a.group("admins", &doc(json!([allow(json!("*"), "*")])), &["alice"])
        .await;
    a.user(
        "bob",
        Some(doc(
            json!([{"Effect": "Allow", "Action": "iam:CreateAccessKey", "Resource": "*",
            "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}]),
        )),
    )
    .await;
    a.user("carol", None).await;
    a.user(
        "dave",
        Some(doc(json!([allow(json!("sts:AssumeRole"), "*")]))),
    )
    .await;
    a.user("erin", Some(doc(json!([allow(json!("*"), "*")]))))
        .await;
    a.boundary("erin", &doc(json!([allow(json!("s3:*"), "*")])))
        .await;
    a.user(
        "frank",
        Some(doc(json!([allow(json!("iam:*"), "*"),
            {"Effect": "Deny", "Action": "iam:CreateAccessKey", "Resource": "*"}]))),
    )
    .await;
    a.user(
        "gina",
        Some(doc(
            json!([{"Effect": "Allow", "Action": "iam:CreateAccessKey", "Resource": "*",
            "Condition": {"IpAddress": {"aws:SourceIp": "10.0.0.0/8"}}}]),
        )),
    )
    .await;
    a.role(
        "deployer",
        &trust(&[user_arn("carol"), role_arn("jump")], None),
        Some(doc(json!([create_key()]))),
    )
    .await;
    a.role(
        "jump",
        &trust(&[format!("arn:aws:iam::{}:root", common::ACCOUNT)], None),
        Some(doc(json!([allow(json!("sts:AssumeRole"), "*")]))),
    )
    .await;
    a
}

fn find<'a>(answer: &'a WhoCan, arn: &str) -> Option<&'a Allowed> {
    answer.principals.iter().find(|p| p.arn == arn)
}

fn ask(action: &str, resource: &str, pins: &[&str]) -> Query {
    Query {
        action: action.into(),
        resource: resource.into(),
        pins: parse_pins(&pins.iter().map(|s| s.to_string()).collect::<Vec<_>>())
            .unwrap_or_default(),
    }
}

#[tokio::test]
async fn who_can_create_access_keys() {
    let a = account().await;
    let p = a.principals().await;
    let answer = who_can(&p, &ask("iam:CreateAccessKey", &user_arn("alice"), &[])).unwrap();

    // Through the admins group, with the group's statement named.
    let alice = find(&answer, &user_arn("alice")).unwrap();
    assert_eq!((alice.decision, alice.mfa_required), ("allowed", false));
    assert_eq!(alice.groups, ["admins"]);
    assert_eq!(alice.statements[0].policy, "group/admins/inline");

    // Only with MFA, and the condition says so.
    let bob = find(&answer, &user_arn("bob")).unwrap();
    assert!(bob.mfa_required);
    assert_eq!(
        bob.conditions,
        ["Bool aws:MultiFactorAuthPresent [\"true\"]"]
    );

    assert!(
        bob.denied_without_mfa.is_empty(),
        "no Deny: the Allow's condition fails"
    );

    // Through the role its trust policy names.
    let carol = find(&answer, &user_arn("carol")).unwrap();
    let hops: Vec<&str> = carol.through.iter().map(|h| h.role.as_str()).collect();
    assert_eq!(hops, [role_arn("deployer")]);
    assert_eq!(carol.statements[0].policy, "role/deployer/inline");

    // A chain: dave assumes jump (trusting the account, so dave's own Allow is needed),
    // which assumes deployer.
    let dave = find(&answer, &user_arn("dave")).unwrap();
    let hops: Vec<&str> = dave.through.iter().map(|h| h.role.as_str()).collect();
    assert_eq!(hops, [role_arn("jump"), role_arn("deployer")]);
    assert!(
        dave.through[0]
            .statements
            .iter()
            .any(|s| s.part == "resource" && s.policy == role_arn("jump"))
    );

    // The boundary and the explicit deny stop erin and frank.
    assert!(find(&answer, &user_arn("erin")).is_none());
    assert!(find(&answer, &user_arn("frank")).is_none());

    // gina's grant depends on a key the question does not give.
    let gina = find(&answer, &user_arn("gina")).unwrap();
    assert_eq!(gina.decision, "conditional");
    assert_eq!(gina.requires_context, ["aws:SourceIp"]);

    // jump itself reaches it through deployer.
    let jump = find(&answer, &role_arn("jump")).unwrap();
    assert_eq!(jump.through[0].role, role_arn("deployer"));

    assert_eq!(answer.summary.through_roles, 3);
    assert_eq!(answer.summary.allowed_with_mfa, 1);
    assert_eq!(answer.summary.conditional, 1);
}

#[tokio::test]
async fn context_pins_settle_conditions() {
    let a = account().await;
    let p = a.principals().await;
    let inside = who_can(
        &p,
        &ask("iam:CreateAccessKey", "*", &["aws:SourceIp=10.1.2.3"]),
    )
    .unwrap();
    let gina = find(&inside, &user_arn("gina")).unwrap();
    assert_eq!(gina.decision, "allowed");
    let outside = who_can(
        &p,
        &ask("iam:CreateAccessKey", "*", &["aws:SourceIp=192.0.2.1"]),
    )
    .unwrap();
    assert!(find(&outside, &user_arn("gina")).is_none());

    // Pinning MFA off leaves bob out.
    let no_mfa = who_can(
        &p,
        &ask(
            "iam:CreateAccessKey",
            "*",
            &["aws:MultiFactorAuthPresent=false"],
        ),
    )
    .unwrap();
    assert!(find(&no_mfa, &user_arn("bob")).is_none());
}

#[tokio::test]
async fn assume_role_reads_the_role_trust_policy() {
    let a = account().await;
    a.role(
        "mfa-only",
        &trust(&[user_arn("dave")], Some(mfa_condition())),
        None,
    )
    .await;
    let p = a.principals().await;
    let answer = who_can(&p, &ask("sts:AssumeRole", &role_arn("deployer"), &[])).unwrap();
    // carol is named by the trust policy itself: no identity policy needed.
    let carol = find(&answer, &user_arn("carol")).unwrap();
    assert!(carol.statements.iter().any(|s| s.part == "resource"));
    // alice's Allow * does not pass a trust policy that does not name her: she gets there
    // only through jump, whose trust policy names the account.
    let alice = find(&answer, &user_arn("alice")).unwrap();
    let hops: Vec<&str> = alice.through.iter().map(|h| h.role.as_str()).collect();
    assert_eq!(hops, [role_arn("jump")]);
    assert!(find(&answer, &role_arn("jump")).unwrap().through.is_empty());

    let answer = who_can(&p, &ask("sts:AssumeRole", &role_arn("mfa-only"), &[])).unwrap();
    let dave = find(&answer, &user_arn("dave")).unwrap();
    assert!(dave.mfa_required);
}

#[tokio::test]
async fn malformed_questions_are_refused() {
    let a = account().await;
    let p = a.principals().await;
    assert!(who_can(&p, &ask("iam:Create*", "*", &[])).is_err());
    assert!(who_can(&p, &ask("nocolon", "*", &[])).is_err());
}
