//! The catalog over the whole enum: what the compiler cannot check, that the facts agree
//! with each other and with AWS's naming.

use super::*;
use crate::Service;

/// Every served operation is authorized by an action of its own service, with its own name,
/// and is found again by that name.
#[test]
fn every_served_operation_has_an_action_of_its_service() {
    let mut served = 0;
    for op in Operation::EVERY {
        assert_eq!(Operation::from_name(op.name()), Some(op));
        if !op.is_served() {
            continue;
        }
        served += 1;
        let (prefix, name) = op.action().split_once(':').unwrap();
        assert_eq!(prefix, op.service().signing_name(), "{op:?}");
        assert_eq!(name, op.name(), "{op:?}");
    }
    assert!(served > 100, "only {served} served operations");
}

/// CloudTrail's readOnly follows the verb: reads are read-only, and the verbs that change
/// state never are.
#[test]
fn read_only_follows_the_verb() {
    for op in Operation::EVERY {
        let name = op.name();
        if ["Get", "List", "Simulate", "Lookup", "Describe", "Decode"]
            .iter()
            .any(|p| name.starts_with(p))
        {
            assert!(op.is_read_only(), "{name}");
        }
        if [
            "Create",
            "Delete",
            "Put",
            "Update",
            "Attach",
            "Detach",
            "Tag",
            "Untag",
            "Add",
            "Remove",
            "Enable",
            "Deactivate",
            "Upload",
            "Change",
            "Set",
            "Reset",
        ]
        .iter()
        .any(|p| name.starts_with(p))
        {
            assert!(!op.is_read_only(), "{name}");
            assert!(op.is_durable() && op.keeps_response(), "{name}");
        }
    }
}

/// What issues credentials is durable and keeps what it issued; plain reads are neither.
#[test]
fn credential_issuers_are_durable_and_reads_are_not() {
    let issuers: Vec<_> = Operation::EVERY
        .into_iter()
        .filter(|o| o.issues_credentials())
        .collect();
    assert!(issuers.contains(&Operation::AssumeRole));
    assert!(issuers.contains(&Operation::GetSessionToken));
    for op in issuers {
        assert_eq!(op.service(), Service::Sts, "{op:?}");
        assert!(op.is_read_only() && op.is_durable() && op.keeps_response());
    }
    for op in [
        Operation::GetUser,
        Operation::ListUsers,
        Operation::LookupEvents,
    ] {
        assert!(!op.is_durable() && !op.keeps_response(), "{op:?}");
    }
    // Generating a report starts work later reads return: durable, nothing to keep.
    let generate = Operation::GenerateCredentialReport;
    assert!(generate.is_read_only() && generate.is_durable() && !generate.keeps_response());
}

/// What re-runs the lockout analysis is a served write; policy, membership, boundary,
/// password and MFA changes all do, reads never.
#[test]
fn authorization_changes_are_served_writes() {
    for op in Operation::EVERY {
        if op.changes_authorization() {
            assert!(op.is_served() && !op.is_read_only(), "{op:?}");
        }
    }
    for op in [
        Operation::PutGroupPolicy,
        Operation::AttachRolePolicy,
        Operation::AddUserToGroup,
        Operation::PutUserPermissionsBoundary,
        Operation::UpdateAccountPasswordPolicy,
        Operation::ChangePassword,
        Operation::EnableMFADevice,
        Operation::DeleteUser,
    ] {
        assert!(op.changes_authorization(), "{op:?}");
    }
    assert!(!Operation::GetUser.changes_authorization());
    assert!(!Operation::CreateUser.changes_authorization());
}

/// Tagging requests carry the tag keys; only calls that need no permission target nothing.
#[test]
fn request_keys_and_targets_follow_the_operation() {
    for op in Operation::EVERY {
        let Some(a) = op.authorization() else {
            continue;
        };
        let name = op.name();
        if name.starts_with("Tag") {
            assert_eq!(a.request_keys, TAGGING, "{name}");
        }
        if name.starts_with("Untag") {
            assert_eq!(a.request_keys, UNTAGGING, "{name}");
        }
        if a.target == Target::Unauthorized {
            assert_eq!(op.service(), Service::Sts, "{name}");
        }
    }
    assert_eq!(
        Operation::GetCallerIdentity
            .authorization()
            .map(|a| a.target),
        Some(Target::Unauthorized)
    );
    assert!(!Operation::CreateOpenIDConnectProvider.is_served());
}
