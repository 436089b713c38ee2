//! Conversions between the domain's types and the wire's, shared by the families.

use std::borrow::Cow;

use iamd_core::entities;
use iamd_core::ops::{InstanceProfileView, Paged};
use iamd_core::simulate::{ContextEntry, Doc, SimulateCustomPolicyInput, SimulationOutput};

use crate::generated::iam;

pub(super) fn split<T, W>(
    page: Paged<T>,
    f: impl FnMut(T) -> W,
) -> (Vec<W>, Option<bool>, Option<String>) {
    (
        page.items.into_iter().map(f).collect(),
        Some(page.is_truncated),
        page.marker,
    )
}

/// A user as the wire shows it; listings omit tags and the boundary (IAM API Reference,
/// ListUsers).
pub(super) fn wire_user(account: &str, u: entities::User, full: bool) -> iam::User {
    iam::User {
        arn: u.arn(account),
        path: u.path,
        user_name: u.name,
        user_id: u.id,
        create_date: u.create_date,
        tags: (full && !u.tags.is_empty()).then(|| u.tags.into_iter().map(wire_tag).collect()),
        password_last_used: None,
        permissions_boundary: u.permissions_boundary.filter(|_| full).map(|arn| {
            iam::AttachedPermissionsBoundary {
                permissions_boundary_type: Some("PermissionsBoundaryPolicy".into()),
                permissions_boundary_arn: Some(arn),
            }
        }),
    }
}

/// A managed policy; listings omit tags (IAM API Reference, ListPolicies).
pub(super) fn wire_policy(p: iamd_core::ops::PolicyView, full: bool) -> iam::Policy {
    iam::Policy {
        policy_name: Some(p.name),
        policy_id: Some(p.id),
        arn: Some(p.arn),
        path: Some(p.path),
        default_version_id: Some(p.default_version),
        attachment_count: Some(p.attachment_count),
        permissions_boundary_usage_count: Some(p.boundary_usage_count),
        is_attachable: Some(true),
        description: p.description.filter(|_| full),
        create_date: Some(p.create_date),
        update_date: Some(p.update_date),
        tags: (full && !p.tags.is_empty()).then(|| p.tags.into_iter().map(wire_tag).collect()),
    }
}

pub(super) fn wire_version(
    v: (String, String, time::OffsetDateTime, bool),
    with_document: bool,
) -> iam::PolicyVersion {
    iam::PolicyVersion {
        document: with_document.then_some(v.1),
        version_id: Some(v.0),
        is_default_version: Some(v.3),
        create_date: Some(v.2),
    }
}

pub(super) fn wire_attached((name, arn): (String, String)) -> iam::AttachedPolicy {
    iam::AttachedPolicy {
        policy_name: Some(name),
        policy_arn: Some(arn),
    }
}

pub(super) fn wire_group(account: &str, g: entities::Group) -> iam::Group {
    iam::Group {
        arn: g.arn(account),
        path: g.path,
        group_name: g.name,
        group_id: g.id,
        create_date: g.create_date,
    }
}

pub(super) fn wire_tag(t: entities::Tag) -> iam::Tag {
    iam::Tag {
        key: t.key,
        value: t.value,
    }
}

pub(super) fn domain_tag(t: iam::Tag) -> entities::Tag {
    entities::Tag {
        key: t.key,
        value: t.value,
    }
}

pub(super) fn wire_simulation(out: SimulationOutput) -> iam::SimulatePolicyResponse {
    let position = |p: iamd_core::simulate::Pos| iam::Position {
        line: i32::try_from(p.line).ok(),
        column: i32::try_from(p.column).ok(),
    };
    iam::SimulatePolicyResponse {
        evaluation_results: Some(
            out.evaluation_results
                .into_iter()
                .map(|r| iam::EvaluationResult {
                    eval_action_name: r.eval_action_name,
                    eval_resource_name: Some(r.eval_resource_name),
                    eval_decision: r.eval_decision.to_string(),
                    matched_statements: Some(
                        r.matched_statements
                            .into_iter()
                            .map(|s| iam::Statement {
                                source_policy_id: Some(s.source_policy_id),
                                source_policy_type: s.source_policy_type.map(str::to_string),
                                start_position: Some(position(s.start_position)),
                                end_position: Some(position(s.end_position)),
                            })
                            .collect(),
                    ),
                    missing_context_values: Some(r.missing_context_values),
                    permissions_boundary_decision_detail: r
                        .permissions_boundary_decision_detail
                        .map(|d| iam::PermissionsBoundaryDecisionDetail {
                            allowed_by_permissions_boundary: Some(
                                d.allowed_by_permissions_boundary,
                            ),
                        }),
                    ..iam::EvaluationResult::default()
                })
                .collect(),
        ),
        is_truncated: Some(out.is_truncated),
        marker: out.marker,
    }
}

/// A role; listings omit tags and the boundary (IAM API Reference, ListRoles).
pub(super) fn wire_role(account: &str, r: entities::Role, full: bool) -> iam::Role {
    iam::Role {
        arn: r.arn(account),
        path: r.path,
        role_name: r.name,
        role_id: r.id,
        create_date: r.create_date,
        assume_role_policy_document: Some(r.assume_role_policy),
        description: r.description,
        max_session_duration: Some(r.max_session_duration),
        permissions_boundary: r.permissions_boundary.filter(|_| full).map(|arn| {
            iam::AttachedPermissionsBoundary {
                permissions_boundary_type: Some("PermissionsBoundaryPolicy".into()),
                permissions_boundary_arn: Some(arn),
            }
        }),
        tags: (full && !r.tags.is_empty()).then(|| r.tags.into_iter().map(wire_tag).collect()),
        role_last_used: full.then_some(iam::RoleLastUsed {
            last_used_date: None,
            region: None,
        }),
    }
}

pub(super) fn principal_simulation_input(
    r: &iam::SimulatePrincipalPolicyRequest,
) -> SimulateCustomPolicyInput<'_> {
    SimulateCustomPolicyInput {
        policy_input_list: simulation_docs(&r.policy_input_list),
        permissions_boundary_policy_input_list: simulation_docs(
            &r.permissions_boundary_policy_input_list,
        ),
        action_names: r
            .action_names
            .iter()
            .map(|a| Cow::Borrowed(a.as_str()))
            .collect(),
        resource_arns: r
            .resource_arns
            .iter()
            .flatten()
            .map(|a| Cow::Borrowed(a.as_str()))
            .collect(),
        resource_policy: r.resource_policy.as_deref().map(Doc::Text),
        resource_owner: r.resource_owner.as_deref().map(Cow::Borrowed),
        caller_arn: r.caller_arn.as_deref().map(Cow::Borrowed),
        context_entries: r
            .context_entries
            .iter()
            .flatten()
            .map(|e| ContextEntry {
                context_key_name: Cow::Borrowed(e.context_key_name.as_deref().unwrap_or("")),
                context_key_values: e
                    .context_key_values
                    .iter()
                    .flatten()
                    .map(|v| Cow::Borrowed(v.as_str()))
                    .collect(),
                context_key_type: Cow::Borrowed(e.context_key_type.as_deref().unwrap_or("")),
            })
            .collect(),
        resource_handling_option: r.resource_handling_option.as_deref().map(Cow::Borrowed),
        max_items: r.max_items.and_then(|m| u32::try_from(m).ok()),
        marker: r.marker.as_deref().map(Cow::Borrowed),
    }
}

pub(super) fn simulation_docs(list: &Option<Vec<String>>) -> Vec<Doc<'_>> {
    list.iter().flatten().map(|d| Doc::Text(d)).collect()
}

/// GetAccountAuthorizationDetails: every list is present (empty when filtered out); policy
/// documents are URL-encoded by the encoder.
pub(super) fn wire_authorization_details(
    account: &str,
    d: iamd_core::ops::account::AuthorizationDetails,
) -> iam::GetAccountAuthorizationDetailsResponse {
    let inline = |policies: Vec<entities::InlinePolicy>| {
        Some(
            policies
                .into_iter()
                .map(|p| iam::PolicyDetail {
                    policy_name: Some(p.name),
                    policy_document: Some(p.document),
                })
                .collect(),
        )
    };
    let attached = |a: Vec<(String, String)>| Some(a.into_iter().map(wire_attached).collect());
    let boundary = |arn: Option<String>| {
        arn.map(|arn| iam::AttachedPermissionsBoundary {
            permissions_boundary_type: Some("PermissionsBoundaryPolicy".into()),
            permissions_boundary_arn: Some(arn),
        })
    };
    let tags =
        |t: Vec<entities::Tag>| (!t.is_empty()).then(|| t.into_iter().map(wire_tag).collect());
    iam::GetAccountAuthorizationDetailsResponse {
        user_detail_list: Some(
            d.users
                .into_iter()
                .map(|u| iam::UserDetail {
                    arn: Some(u.user.arn(account)),
                    path: Some(u.user.path),
                    user_name: Some(u.user.name),
                    user_id: Some(u.user.id),
                    create_date: Some(u.user.create_date),
                    user_policy_list: inline(u.inline_policies),
                    group_list: Some(u.groups),
                    attached_managed_policies: attached(u.attached),
                    permissions_boundary: boundary(u.user.permissions_boundary),
                    tags: tags(u.user.tags),
                })
                .collect(),
        ),
        group_detail_list: Some(
            d.groups
                .into_iter()
                .map(|g| iam::GroupDetail {
                    arn: Some(g.group.arn(account)),
                    path: Some(g.group.path),
                    group_name: Some(g.group.name),
                    group_id: Some(g.group.id),
                    create_date: Some(g.group.create_date),
                    group_policy_list: inline(g.inline_policies),
                    attached_managed_policies: attached(g.attached),
                })
                .collect(),
        ),
        role_detail_list: Some(
            d.roles
                .into_iter()
                .map(|r| iam::RoleDetail {
                    arn: Some(r.role.arn(account)),
                    path: Some(r.role.path),
                    role_name: Some(r.role.name),
                    role_id: Some(r.role.id),
                    create_date: Some(r.role.create_date),
                    assume_role_policy_document: Some(r.role.assume_role_policy),
                    instance_profile_list: Some(
                        r.instance_profiles
                            .into_iter()
                            .map(|v| wire_instance_profile(account, v, false))
                            .collect(),
                    ),
                    role_policy_list: inline(r.inline_policies),
                    attached_managed_policies: attached(r.attached),
                    permissions_boundary: boundary(r.role.permissions_boundary),
                    tags: tags(r.role.tags),
                    role_last_used: Some(iam::RoleLastUsed::default()),
                })
                .collect(),
        ),
        policies: Some(
            d.policies
                .into_iter()
                .map(|p| iam::ManagedPolicyDetail {
                    policy_name: Some(p.name),
                    policy_id: Some(p.id),
                    arn: Some(p.arn),
                    path: Some(p.path),
                    default_version_id: Some(p.default_version),
                    attachment_count: Some(p.attachment_count),
                    permissions_boundary_usage_count: Some(p.boundary_usage_count),
                    is_attachable: Some(true),
                    description: p.description,
                    create_date: Some(p.create_date),
                    update_date: Some(p.update_date),
                    policy_version_list: Some(
                        p.versions
                            .into_iter()
                            .map(|v| wire_version(v, true))
                            .collect(),
                    ),
                })
                .collect(),
        ),
        is_truncated: Some(d.is_truncated),
        marker: d.marker,
    }
}

/// A profile as the wire shows it; `with_tags`: Get always carries `Tags` (maybe empty),
/// listings never do (IAM API Reference, ListInstanceProfiles).
pub(super) fn wire_instance_profile(
    account: &str,
    view: InstanceProfileView,
    with_tags: bool,
) -> iam::InstanceProfile {
    let p = view.profile;
    iam::InstanceProfile {
        arn: p.arn(account),
        path: p.path,
        instance_profile_name: p.name,
        instance_profile_id: p.id,
        create_date: p.create_date,
        roles: view
            .roles
            .into_iter()
            .map(|r| profile_role(account, r))
            .collect(),
        tags: with_tags.then(|| p.tags.into_iter().map(wire_tag).collect()),
    }
}

/// A role inside a profile: only its path, name, id, ARN, creation date and trust policy
/// (what AWS shows there).
fn profile_role(account: &str, r: entities::Role) -> iam::Role {
    iam::Role {
        arn: r.arn(account),
        path: r.path,
        role_name: r.name,
        role_id: r.id,
        create_date: r.create_date,
        assume_role_policy_document: Some(r.assume_role_policy),
        description: None,
        max_session_duration: None,
        permissions_boundary: None,
        tags: None,
        role_last_used: None,
    }
}
