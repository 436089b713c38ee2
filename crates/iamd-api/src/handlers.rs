//! From typed wire inputs to the domain's operations and back to typed wire outputs.
//!
//! Each arm only translates: the domain authorizes, validates and writes.

use std::borrow::Cow;

use iamd_core::entities::{self, KeyStatus, OwnerKind};
use iamd_core::ops::Paged;
use iamd_core::simulate::{ContextEntry, Doc, SimulateCustomPolicyInput, SimulationOutput};
use iamd_core::store::Store;
use iamd_core::{Caller, CoreError, Iam, Operation};

use crate::generated::{Input, Output, iam, sts};

pub(crate) async fn dispatch<S: Store>(
    svc: &Iam<S>,
    caller: &Caller,
    input: Input,
) -> Result<Output, CoreError> {
    let account = svc.account_id().to_string();
    let user = |u: entities::User| wire_user(&account, u, true);
    Ok(match input {
        Input::GetCallerIdentity(_) => {
            let id = svc.get_caller_identity(caller);
            Output::GetCallerIdentity(sts::GetCallerIdentityResponse {
                user_id: Some(id.user_id),
                account: Some(id.account),
                arn: Some(id.arn),
            })
        }

        // Users
        Input::CreateUser(r) => {
            let tags = r
                .tags
                .unwrap_or_default()
                .into_iter()
                .map(domain_tag)
                .collect();
            let u = svc
                .create_user(
                    caller,
                    &r.user_name,
                    r.path.as_deref(),
                    r.permissions_boundary.as_deref(),
                    tags,
                )
                .await?;
            Output::CreateUser(iam::CreateUserResponse {
                user: Some(user(u)),
            })
        }
        Input::GetUser(r) => {
            let u = svc.get_user(caller, r.user_name.as_deref()).await?;
            let wire = if u.name.is_empty() {
                // The root user: its ARN, and the account id as its id.
                iam::User {
                    path: "/".into(),
                    user_name: String::new(),
                    user_id: u.id.clone(),
                    arn: format!("arn:aws:iam::{account}:root"),
                    create_date: u.create_date,
                    password_last_used: None,
                    permissions_boundary: None,
                    tags: None,
                }
            } else {
                user(u)
            };
            Output::GetUser(iam::GetUserResponse { user: wire })
        }
        Input::ListUsers(r) => {
            let page = svc
                .list_users(
                    caller,
                    r.path_prefix.as_deref(),
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (users, is_truncated, marker) = split(page, |u| wire_user(&account, u, false));
            Output::ListUsers(iam::ListUsersResponse {
                users,
                is_truncated,
                marker,
            })
        }
        Input::UpdateUser(r) => {
            svc.update_user(
                caller,
                &r.user_name,
                r.new_path.as_deref(),
                r.new_user_name.as_deref(),
            )
            .await?;
            Output::UpdateUser
        }
        Input::DeleteUser(r) => {
            svc.delete_user(caller, &r.user_name).await?;
            Output::DeleteUser
        }
        Input::TagUser(r) => {
            svc.tag_user(
                caller,
                &r.user_name,
                r.tags.into_iter().map(domain_tag).collect(),
            )
            .await?;
            Output::TagUser
        }
        Input::UntagUser(r) => {
            svc.untag_user(caller, &r.user_name, &r.tag_keys).await?;
            Output::UntagUser
        }
        Input::ListUserTags(r) => {
            let page = svc
                .list_user_tags(caller, &r.user_name, r.marker.as_deref(), r.max_items)
                .await?;
            let (tags, is_truncated, marker) = split(page, wire_tag);
            Output::ListUserTags(iam::ListUserTagsResponse {
                tags,
                is_truncated,
                marker,
            })
        }

        // Groups
        Input::CreateGroup(r) => {
            let g = svc
                .create_group(caller, &r.group_name, r.path.as_deref())
                .await?;
            Output::CreateGroup(iam::CreateGroupResponse {
                group: wire_group(&account, g),
            })
        }
        Input::GetGroup(r) => {
            let (g, page) = svc
                .get_group(caller, &r.group_name, r.marker.as_deref(), r.max_items)
                .await?;
            let (users, is_truncated, marker) = split(page, |u| wire_user(&account, u, false));
            Output::GetGroup(iam::GetGroupResponse {
                group: wire_group(&account, g),
                users,
                is_truncated,
                marker,
            })
        }
        Input::ListGroups(r) => {
            let page = svc
                .list_groups(
                    caller,
                    r.path_prefix.as_deref(),
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (groups, is_truncated, marker) = split(page, |g| wire_group(&account, g));
            Output::ListGroups(iam::ListGroupsResponse {
                groups,
                is_truncated,
                marker,
            })
        }
        Input::DeleteGroup(r) => {
            svc.delete_group(caller, &r.group_name).await?;
            Output::DeleteGroup
        }
        Input::AddUserToGroup(r) => {
            svc.add_user_to_group(caller, &r.group_name, &r.user_name)
                .await?;
            Output::AddUserToGroup
        }
        Input::RemoveUserFromGroup(r) => {
            svc.remove_user_from_group(caller, &r.group_name, &r.user_name)
                .await?;
            Output::RemoveUserFromGroup
        }
        Input::ListGroupsForUser(r) => {
            let page = svc
                .list_groups_for_user(caller, &r.user_name, r.marker.as_deref(), r.max_items)
                .await?;
            let (groups, is_truncated, marker) = split(page, |g| wire_group(&account, g));
            Output::ListGroupsForUser(iam::ListGroupsForUserResponse {
                groups,
                is_truncated,
                marker,
            })
        }

        // Inline policies
        Input::PutUserPolicy(r) => {
            svc.put_inline_policy(
                caller,
                OwnerKind::User,
                &r.user_name,
                &r.policy_name,
                &r.policy_document,
            )
            .await?;
            Output::PutUserPolicy
        }
        Input::GetUserPolicy(r) => {
            let p = svc
                .get_inline_policy(caller, OwnerKind::User, &r.user_name, &r.policy_name)
                .await?;
            Output::GetUserPolicy(iam::GetUserPolicyResponse {
                user_name: p.owner_name,
                policy_name: p.name,
                policy_document: p.document,
            })
        }
        Input::ListUserPolicies(r) => {
            let page = svc
                .list_inline_policies(
                    caller,
                    OwnerKind::User,
                    &r.user_name,
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (policy_names, is_truncated, marker) = split(page, |n| n);
            Output::ListUserPolicies(iam::ListUserPoliciesResponse {
                policy_names,
                is_truncated,
                marker,
            })
        }
        Input::DeleteUserPolicy(r) => {
            svc.delete_inline_policy(caller, OwnerKind::User, &r.user_name, &r.policy_name)
                .await?;
            Output::DeleteUserPolicy
        }
        Input::PutGroupPolicy(r) => {
            svc.put_inline_policy(
                caller,
                OwnerKind::Group,
                &r.group_name,
                &r.policy_name,
                &r.policy_document,
            )
            .await?;
            Output::PutGroupPolicy
        }
        Input::GetGroupPolicy(r) => {
            let p = svc
                .get_inline_policy(caller, OwnerKind::Group, &r.group_name, &r.policy_name)
                .await?;
            Output::GetGroupPolicy(iam::GetGroupPolicyResponse {
                group_name: p.owner_name,
                policy_name: p.name,
                policy_document: p.document,
            })
        }
        Input::ListGroupPolicies(r) => {
            let page = svc
                .list_inline_policies(
                    caller,
                    OwnerKind::Group,
                    &r.group_name,
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (policy_names, is_truncated, marker) = split(page, |n| n);
            Output::ListGroupPolicies(iam::ListGroupPoliciesResponse {
                policy_names,
                is_truncated,
                marker,
            })
        }
        Input::DeleteGroupPolicy(r) => {
            svc.delete_inline_policy(caller, OwnerKind::Group, &r.group_name, &r.policy_name)
                .await?;
            Output::DeleteGroupPolicy
        }

        // Access keys
        Input::CreateAccessKey(r) => {
            let k = svc
                .create_access_key(caller, r.user_name.as_deref())
                .await?;
            Output::CreateAccessKey(iam::CreateAccessKeyResponse {
                access_key: iam::AccessKey {
                    user_name: k.user_name,
                    access_key_id: k.access_key_id,
                    status: k.status.as_str().to_string(),
                    secret_access_key: k.secret_access_key,
                    create_date: Some(k.create_date),
                },
            })
        }
        Input::UpdateAccessKey(r) => {
            let status = match r.status.as_str() {
                "Active" => KeyStatus::Active,
                "Inactive" => KeyStatus::Inactive,
                other => {
                    return Err(CoreError::InvalidInput(format!(
                        "The status {other} cannot be set; use Active or Inactive."
                    )));
                }
            };
            svc.update_access_key(caller, r.user_name.as_deref(), &r.access_key_id, status)
                .await?;
            Output::UpdateAccessKey
        }
        Input::DeleteAccessKey(r) => {
            svc.delete_access_key(caller, r.user_name.as_deref(), &r.access_key_id)
                .await?;
            Output::DeleteAccessKey
        }
        Input::ListAccessKeys(r) => {
            let page = svc
                .list_access_keys(
                    caller,
                    r.user_name.as_deref(),
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (access_key_metadata, is_truncated, marker) =
                split(page, |k| iam::AccessKeyMetadata {
                    user_name: k.user,
                    access_key_id: Some(k.id),
                    status: Some(k.status.as_str().to_string()),
                    create_date: Some(k.create_date),
                });
            Output::ListAccessKeys(iam::ListAccessKeysResponse {
                access_key_metadata,
                is_truncated,
                marker,
            })
        }
        Input::GetAccessKeyLastUsed(r) => {
            let u = svc
                .get_access_key_last_used(caller, &r.access_key_id)
                .await?;
            Output::GetAccessKeyLastUsed(iam::GetAccessKeyLastUsedResponse {
                user_name: Some(u.user_name),
                access_key_last_used: Some(iam::AccessKeyLastUsed {
                    last_used_date: u.last_used,
                    service_name: u.service,
                    region: u.region,
                }),
            })
        }

        // Simulation
        Input::SimulateCustomPolicy(r) => {
            let input = SimulateCustomPolicyInput {
                policy_input_list: r.policy_input_list.iter().map(|d| Doc::Text(d)).collect(),
                permissions_boundary_policy_input_list: r
                    .permissions_boundary_policy_input_list
                    .iter()
                    .flatten()
                    .map(|d| Doc::Text(d))
                    .collect(),
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
                        context_key_name: Cow::Borrowed(
                            e.context_key_name.as_deref().unwrap_or(""),
                        ),
                        context_key_values: e
                            .context_key_values
                            .iter()
                            .flatten()
                            .map(|v| Cow::Borrowed(v.as_str()))
                            .collect(),
                        context_key_type: Cow::Borrowed(
                            e.context_key_type.as_deref().unwrap_or(""),
                        ),
                    })
                    .collect(),
                resource_handling_option: r.resource_handling_option.as_deref().map(Cow::Borrowed),
                max_items: r.max_items.and_then(|m| u32::try_from(m).ok()),
                marker: r.marker.as_deref().map(Cow::Borrowed),
            };
            let out = svc.simulate_custom_policy(caller, &input).await?;
            Output::SimulateCustomPolicy(wire_simulation(out))
        }

        // Account
        Input::GetAccountSummary => {
            let summary = svc.get_account_summary(caller).await?;
            Output::GetAccountSummary(iam::GetAccountSummaryResponse {
                summary_map: Some(
                    summary
                        .into_iter()
                        .map(|(k, v)| (k.to_string(), v))
                        .collect(),
                ),
            })
        }
        Input::CreateAccountAlias(r) => {
            svc.create_account_alias(caller, &r.account_alias).await?;
            Output::CreateAccountAlias
        }
        Input::DeleteAccountAlias(r) => {
            svc.delete_account_alias(caller, &r.account_alias).await?;
            Output::DeleteAccountAlias
        }
        Input::ListAccountAliases(r) => {
            let page = svc
                .list_account_aliases(caller, r.marker.as_deref(), r.max_items)
                .await?;
            let (account_aliases, is_truncated, marker) = split(page, |a| a);
            Output::ListAccountAliases(iam::ListAccountAliasesResponse {
                account_aliases,
                is_truncated,
                marker,
            })
        }
        Input::GetAccountAuthorizationDetails(r) => {
            let filter = iamd_core::ops::account::DetailFilter::from_names(
                r.filter.iter().flatten().map(String::as_str),
            )?;
            let details = svc
                .get_account_authorization_details(caller, filter, r.marker.as_deref(), r.max_items)
                .await?;
            Output::GetAccountAuthorizationDetails(wire_authorization_details(&account, details))
        }
        Input::SimulatePrincipalPolicy(r) => {
            let input = principal_simulation_input(&r);
            let out = svc
                .simulate_principal_policy(caller, &r.policy_source_arn, &input)
                .await?;
            Output::SimulatePrincipalPolicy(wire_simulation(out))
        }

        // Virtual MFA
        Input::CreateVirtualMFADevice(r) => {
            let tags = r
                .tags
                .unwrap_or_default()
                .into_iter()
                .map(domain_tag)
                .collect();
            let created = svc
                .create_virtual_mfa_device(
                    caller,
                    &r.virtual_mfa_device_name,
                    r.path.as_deref(),
                    tags,
                )
                .await?;
            Output::CreateVirtualMFADevice(iam::CreateVirtualMFADeviceResponse {
                virtual_mfa_device: iam::VirtualMFADevice {
                    serial_number: created.device.serial_number.clone(),
                    base32_string_seed: Some(created.base32_seed.as_bytes().to_vec()),
                    qr_code_png: Some(created.qr_code_png.clone()),
                    user: None,
                    enable_date: None,
                    tags: None,
                },
            })
        }
        Input::EnableMFADevice(r) => {
            svc.enable_mfa_device(
                caller,
                &r.user_name,
                &r.serial_number,
                &r.authentication_code1,
                &r.authentication_code2,
            )
            .await?;
            Output::EnableMFADevice
        }
        Input::ResyncMFADevice(r) => {
            svc.resync_mfa_device(
                caller,
                &r.user_name,
                &r.serial_number,
                &r.authentication_code1,
                &r.authentication_code2,
            )
            .await?;
            Output::ResyncMFADevice
        }
        Input::DeactivateMFADevice(r) => {
            svc.deactivate_mfa_device(caller, r.user_name.as_deref(), &r.serial_number)
                .await?;
            Output::DeactivateMFADevice
        }
        Input::DeleteVirtualMFADevice(r) => {
            svc.delete_virtual_mfa_device(caller, &r.serial_number)
                .await?;
            Output::DeleteVirtualMFADevice
        }
        Input::ListMFADevices(r) => {
            let page = svc
                .list_mfa_devices(
                    caller,
                    r.user_name.as_deref(),
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (mfa_devices, is_truncated, marker) = split(page, |d| iam::MFADevice {
                user_name: d.user_name,
                serial_number: d.serial_number,
                enable_date: d.enable_date,
            });
            Output::ListMFADevices(iam::ListMFADevicesResponse {
                mfa_devices,
                is_truncated,
                marker,
            })
        }
        Input::GetMFADevice(r) => {
            let d = svc
                .get_mfa_device(caller, r.user_name.as_deref(), &r.serial_number)
                .await?;
            Output::GetMFADevice(iam::GetMFADeviceResponse {
                user_name: Some(d.user_name),
                serial_number: d.serial_number,
                enable_date: Some(d.enable_date),
                certifications: None,
            })
        }
        Input::ListVirtualMFADevices(r) => {
            let status =
                iamd_core::ops::mfa::AssignmentStatus::parse(r.assignment_status.as_deref());
            let page = svc
                .list_virtual_mfa_devices(caller, status, r.marker.as_deref(), r.max_items)
                .await?;
            let (virtual_mfa_devices, is_truncated, marker) = split(page, |v| {
                let user = match (v.user, v.root) {
                    (Some(u), _) => Some(wire_user(&account, u, false)),
                    // The root user, as GetUser shows it.
                    (None, true) => Some(iam::User {
                        path: "/".into(),
                        user_name: String::new(),
                        user_id: account.clone(),
                        arn: format!("arn:aws:iam::{account}:root"),
                        create_date: v.device.create_date,
                        password_last_used: None,
                        permissions_boundary: None,
                        tags: None,
                    }),
                    (None, false) => None,
                };
                iam::VirtualMFADevice {
                    serial_number: v.device.serial_number,
                    base32_string_seed: None,
                    qr_code_png: None,
                    user,
                    enable_date: v.device.enable_date,
                    tags: None,
                }
            });
            Output::ListVirtualMFADevices(iam::ListVirtualMFADevicesResponse {
                virtual_mfa_devices,
                is_truncated,
                marker,
            })
        }
        Input::TagMFADevice(r) => {
            svc.tag_mfa_device(
                caller,
                &r.serial_number,
                r.tags.into_iter().map(domain_tag).collect(),
            )
            .await?;
            Output::TagMFADevice
        }
        Input::UntagMFADevice(r) => {
            svc.untag_mfa_device(caller, &r.serial_number, &r.tag_keys)
                .await?;
            Output::UntagMFADevice
        }
        Input::ListMFADeviceTags(r) => {
            let page = svc
                .list_mfa_device_tags(caller, &r.serial_number, r.marker.as_deref(), r.max_items)
                .await?;
            let (tags, is_truncated, marker) = split(page, wire_tag);
            Output::ListMFADeviceTags(iam::ListMFADeviceTagsResponse {
                tags,
                is_truncated,
                marker,
            })
        }

        // STS sessions
        Input::GetSessionToken(r) => {
            let c = svc
                .get_session_token(
                    caller,
                    r.duration_seconds,
                    r.serial_number.as_deref(),
                    r.token_code.as_deref(),
                )
                .await?;
            Output::GetSessionToken(sts::GetSessionTokenResponse {
                credentials: Some(sts::Credentials {
                    access_key_id: c.access_key_id,
                    secret_access_key: c.secret_access_key,
                    session_token: c.session_token,
                    expiration: c.expiration,
                }),
            })
        }
        Input::AssumeRole(r) => {
            let request = iamd_core::ops::assume_role::AssumeRoleRequest {
                role_arn: &r.role_arn,
                role_session_name: &r.role_session_name,
                duration_seconds: r.duration_seconds,
                policy: r.policy.as_deref(),
                policy_arns: r
                    .policy_arns
                    .iter()
                    .flatten()
                    .filter_map(|p| p.arn.clone())
                    .collect(),
                serial_number: r.serial_number.as_deref(),
                token_code: r.token_code.as_deref(),
                external_id: r.external_id.as_deref(),
                source_identity: r.source_identity.as_deref(),
                tags: r
                    .tags
                    .iter()
                    .flatten()
                    .map(|t| entities::Tag {
                        key: t.key.clone(),
                        value: t.value.clone(),
                    })
                    .collect(),
                transitive_tag_keys: r.transitive_tag_keys.clone().unwrap_or_default(),
            };
            let a = svc.assume_role(caller, &request).await?;
            Output::AssumeRole(sts::AssumeRoleResponse {
                credentials: Some(sts::Credentials {
                    access_key_id: a.credentials.access_key_id,
                    secret_access_key: a.credentials.secret_access_key,
                    session_token: a.credentials.session_token,
                    expiration: a.credentials.expiration,
                }),
                assumed_role_user: Some(sts::AssumedRoleUser {
                    assumed_role_id: a.assumed_role_id,
                    arn: a.arn,
                }),
                packed_policy_size: a.packed_policy_size,
                source_identity: a.source_identity,
            })
        }

        // Passwords and login profiles
        Input::UpdateAccountPasswordPolicy(r) => {
            let input = iamd_core::ops::passwords::PasswordPolicyInput {
                minimum_password_length: r.minimum_password_length,
                require_symbols: r.require_symbols,
                require_numbers: r.require_numbers,
                require_uppercase_characters: r.require_uppercase_characters,
                require_lowercase_characters: r.require_lowercase_characters,
                allow_users_to_change_password: r.allow_users_to_change_password,
                max_password_age: r.max_password_age,
                password_reuse_prevention: r.password_reuse_prevention,
                hard_expiry: r.hard_expiry,
            };
            svc.update_account_password_policy(caller, input).await?;
            Output::UpdateAccountPasswordPolicy
        }
        Input::GetAccountPasswordPolicy => {
            let p = svc.get_account_password_policy(caller).await?;
            let int = |n: u32| i32::try_from(n).ok();
            Output::GetAccountPasswordPolicy(iam::GetAccountPasswordPolicyResponse {
                password_policy: iam::PasswordPolicy {
                    minimum_password_length: int(p.minimum_password_length),
                    require_symbols: Some(p.require_symbols),
                    require_numbers: Some(p.require_numbers),
                    require_uppercase_characters: Some(p.require_uppercase_characters),
                    require_lowercase_characters: Some(p.require_lowercase_characters),
                    allow_users_to_change_password: Some(p.allow_users_to_change_password),
                    expire_passwords: Some(p.max_password_age.is_some()),
                    max_password_age: p.max_password_age.and_then(int),
                    password_reuse_prevention: p.password_reuse_prevention.and_then(int),
                    hard_expiry: p.hard_expiry,
                },
            })
        }
        Input::DeleteAccountPasswordPolicy => {
            svc.delete_account_password_policy(caller).await?;
            Output::DeleteAccountPasswordPolicy
        }
        Input::CreateLoginProfile(r) => {
            let p = svc
                .create_login_profile(
                    caller,
                    r.user_name.as_deref(),
                    r.password.map(iamd_core::ops::passwords::Password::new),
                    r.password_reset_required.unwrap_or(false),
                )
                .await?;
            Output::CreateLoginProfile(iam::CreateLoginProfileResponse {
                login_profile: iam::LoginProfile {
                    user_name: p.user_name,
                    create_date: p.create_date,
                    password_reset_required: Some(p.password_reset_required),
                },
            })
        }
        Input::GetLoginProfile(r) => {
            let p = svc
                .get_login_profile(caller, r.user_name.as_deref())
                .await?;
            Output::GetLoginProfile(iam::GetLoginProfileResponse {
                login_profile: iam::LoginProfile {
                    user_name: p.user_name,
                    create_date: p.create_date,
                    password_reset_required: Some(p.password_reset_required),
                },
            })
        }
        Input::UpdateLoginProfile(r) => {
            svc.update_login_profile(
                caller,
                &r.user_name,
                r.password.map(iamd_core::ops::passwords::Password::new),
                r.password_reset_required,
            )
            .await?;
            Output::UpdateLoginProfile
        }
        Input::DeleteLoginProfile(r) => {
            svc.delete_login_profile(caller, r.user_name.as_deref())
                .await?;
            Output::DeleteLoginProfile
        }
        Input::ChangePassword(r) => {
            let old = iamd_core::ops::passwords::Password::new(r.old_password);
            let new = iamd_core::ops::passwords::Password::new(r.new_password);
            svc.change_password(caller, &old, &new).await?;
            Output::ChangePassword
        }

        // Credential report
        Input::GenerateCredentialReport => {
            let g = svc.generate_credential_report(caller).await?;
            Output::GenerateCredentialReport(iam::GenerateCredentialReportResponse {
                state: Some(g.state.as_str().to_string()),
                description: g.description,
            })
        }
        Input::GetCredentialReport => {
            let report = svc.get_credential_report(caller).await?;
            Output::GetCredentialReport(iam::GetCredentialReportResponse {
                content: Some(report.content),
                report_format: Some("text/csv".to_string()),
                generated_time: Some(report.generated_time),
            })
        }

        // Service-specific credentials
        Input::CreateServiceSpecificCredential(r) => {
            let c = svc
                .create_service_specific_credential(
                    caller,
                    &r.user_name,
                    &r.service_name,
                    r.credential_age_days,
                )
                .await?;
            Output::CreateServiceSpecificCredential(iam::CreateServiceSpecificCredentialResponse {
                service_specific_credential: Some(iam::ServiceSpecificCredential {
                    service_user_name: (!c.api_key).then(|| c.credential.service_user_name.clone()),
                    service_password: (!c.api_key).then(|| c.password.as_str().to_string()),
                    service_credential_alias: c
                        .api_key
                        .then(|| c.credential.service_user_name.clone()),
                    service_credential_secret: c.api_key.then(|| c.password.as_str().to_string()),
                    create_date: c.credential.create_date,
                    expiration_date: c.credential.expiration_date,
                    service_name: c.credential.service,
                    service_specific_credential_id: c.credential.id,
                    user_name: c.credential.user,
                    status: c.status.to_string(),
                }),
            })
        }
        Input::ResetServiceSpecificCredential(r) => {
            let c = svc
                .reset_service_specific_credential(
                    caller,
                    r.user_name.as_deref(),
                    &r.service_specific_credential_id,
                )
                .await?;
            Output::ResetServiceSpecificCredential(iam::ResetServiceSpecificCredentialResponse {
                service_specific_credential: Some(iam::ServiceSpecificCredential {
                    service_user_name: (!c.api_key).then(|| c.credential.service_user_name.clone()),
                    service_password: (!c.api_key).then(|| c.password.as_str().to_string()),
                    service_credential_alias: c
                        .api_key
                        .then(|| c.credential.service_user_name.clone()),
                    service_credential_secret: c.api_key.then(|| c.password.as_str().to_string()),
                    create_date: c.credential.create_date,
                    expiration_date: c.credential.expiration_date,
                    service_name: c.credential.service,
                    service_specific_credential_id: c.credential.id,
                    user_name: c.credential.user,
                    status: c.status.to_string(),
                }),
            })
        }
        Input::ListServiceSpecificCredentials(r) => {
            let page = svc
                .list_service_specific_credentials(
                    caller,
                    r.user_name.as_deref(),
                    r.service_name.as_deref(),
                    r.all_users.unwrap_or(false),
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let now = svc.now();
            let (credentials, is_truncated, marker) = split(page, |c| {
                let api_key = iamd_core::ops::service_credentials::is_api_key(&c.service);
                iam::ServiceSpecificCredentialMetadata {
                    status: iamd_core::ops::service_credentials::status_at(&c, now).to_string(),
                    service_user_name: (!api_key).then(|| c.service_user_name.clone()),
                    service_credential_alias: api_key.then(|| c.service_user_name.clone()),
                    user_name: c.user,
                    create_date: c.create_date,
                    expiration_date: c.expiration_date,
                    service_specific_credential_id: c.id,
                    service_name: c.service,
                }
            });
            Output::ListServiceSpecificCredentials(iam::ListServiceSpecificCredentialsResponse {
                service_specific_credentials: Some(credentials),
                is_truncated,
                marker,
            })
        }
        Input::UpdateServiceSpecificCredential(r) => {
            let status = match r.status.as_str() {
                "Active" => KeyStatus::Active,
                "Inactive" => KeyStatus::Inactive,
                other => {
                    return Err(CoreError::InvalidInput(format!(
                        "The status {other} cannot be set; use Active or Inactive."
                    )));
                }
            };
            svc.update_service_specific_credential(
                caller,
                r.user_name.as_deref(),
                &r.service_specific_credential_id,
                status,
            )
            .await?;
            Output::UpdateServiceSpecificCredential
        }
        Input::DeleteServiceSpecificCredential(r) => {
            svc.delete_service_specific_credential(
                caller,
                r.user_name.as_deref(),
                &r.service_specific_credential_id,
            )
            .await?;
            Output::DeleteServiceSpecificCredential
        }

        // Managed policies
        Input::CreatePolicy(r) => {
            let tags = r
                .tags
                .unwrap_or_default()
                .into_iter()
                .map(domain_tag)
                .collect();
            let p = svc
                .create_policy(
                    caller,
                    &r.policy_name,
                    r.path.as_deref(),
                    &r.policy_document,
                    r.description.as_deref(),
                    tags,
                )
                .await?;
            Output::CreatePolicy(iam::CreatePolicyResponse {
                policy: Some(wire_policy(p, true)),
            })
        }
        Input::GetPolicy(r) => {
            let p = svc.get_policy(caller, &r.policy_arn).await?;
            Output::GetPolicy(iam::GetPolicyResponse {
                policy: Some(wire_policy(p, true)),
            })
        }
        Input::DeletePolicy(r) => {
            svc.delete_policy(caller, &r.policy_arn).await?;
            Output::DeletePolicy
        }
        Input::ListPolicies(r) => {
            let page = svc
                .list_policies(
                    caller,
                    r.scope.as_deref(),
                    r.only_attached.unwrap_or(false),
                    r.path_prefix.as_deref(),
                    r.policy_usage_filter.as_deref(),
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (policies, is_truncated, marker) = split(page, |p| wire_policy(p, false));
            Output::ListPolicies(iam::ListPoliciesResponse {
                policies: Some(policies),
                is_truncated,
                marker,
            })
        }
        Input::CreatePolicyVersion(r) => {
            let (id, at, default) = svc
                .create_policy_version(
                    caller,
                    &r.policy_arn,
                    &r.policy_document,
                    r.set_as_default.unwrap_or(false),
                )
                .await?;
            Output::CreatePolicyVersion(iam::CreatePolicyVersionResponse {
                policy_version: Some(iam::PolicyVersion {
                    document: None,
                    version_id: Some(id),
                    is_default_version: Some(default),
                    create_date: Some(at),
                }),
            })
        }
        Input::GetPolicyVersion(r) => {
            let v = svc
                .get_policy_version(caller, &r.policy_arn, &r.version_id)
                .await?;
            Output::GetPolicyVersion(iam::GetPolicyVersionResponse {
                policy_version: Some(wire_version(v, true)),
            })
        }
        Input::ListPolicyVersions(r) => {
            let page = svc
                .list_policy_versions(caller, &r.policy_arn, r.marker.as_deref(), r.max_items)
                .await?;
            let (versions, is_truncated, marker) = split(page, |v| wire_version(v, false));
            Output::ListPolicyVersions(iam::ListPolicyVersionsResponse {
                versions: Some(versions),
                is_truncated,
                marker,
            })
        }
        Input::DeletePolicyVersion(r) => {
            svc.delete_policy_version(caller, &r.policy_arn, &r.version_id)
                .await?;
            Output::DeletePolicyVersion
        }
        Input::SetDefaultPolicyVersion(r) => {
            svc.set_default_policy_version(caller, &r.policy_arn, &r.version_id)
                .await?;
            Output::SetDefaultPolicyVersion
        }
        Input::ListEntitiesForPolicy(r) => {
            let e = svc
                .list_entities_for_policy(
                    caller,
                    &r.policy_arn,
                    r.entity_filter.as_deref(),
                    r.policy_usage_filter.as_deref(),
                )
                .await?;
            Output::ListEntitiesForPolicy(iam::ListEntitiesForPolicyResponse {
                policy_groups: Some(
                    e.groups
                        .into_iter()
                        .map(|(n, id)| iam::PolicyGroup {
                            group_name: Some(n),
                            group_id: Some(id),
                        })
                        .collect(),
                ),
                policy_users: Some(
                    e.users
                        .into_iter()
                        .map(|(n, id)| iam::PolicyUser {
                            user_name: Some(n),
                            user_id: Some(id),
                        })
                        .collect(),
                ),
                policy_roles: Some(Vec::new()),
                is_truncated: Some(false),
                marker: None,
            })
        }
        Input::AttachUserPolicy(r) => {
            svc.attach_policy(caller, OwnerKind::User, &r.user_name, &r.policy_arn)
                .await?;
            Output::AttachUserPolicy
        }
        Input::DetachUserPolicy(r) => {
            svc.detach_policy(caller, OwnerKind::User, &r.user_name, &r.policy_arn)
                .await?;
            Output::DetachUserPolicy
        }
        Input::ListAttachedUserPolicies(r) => {
            let page = svc
                .list_attached_policies(
                    caller,
                    OwnerKind::User,
                    &r.user_name,
                    r.path_prefix.as_deref(),
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (attached_policies, is_truncated, marker) = split(page, wire_attached);
            Output::ListAttachedUserPolicies(iam::ListAttachedUserPoliciesResponse {
                attached_policies: Some(attached_policies),
                is_truncated,
                marker,
            })
        }
        Input::AttachGroupPolicy(r) => {
            svc.attach_policy(caller, OwnerKind::Group, &r.group_name, &r.policy_arn)
                .await?;
            Output::AttachGroupPolicy
        }
        Input::DetachGroupPolicy(r) => {
            svc.detach_policy(caller, OwnerKind::Group, &r.group_name, &r.policy_arn)
                .await?;
            Output::DetachGroupPolicy
        }
        Input::ListAttachedGroupPolicies(r) => {
            let page = svc
                .list_attached_policies(
                    caller,
                    OwnerKind::Group,
                    &r.group_name,
                    r.path_prefix.as_deref(),
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (attached_policies, is_truncated, marker) = split(page, wire_attached);
            Output::ListAttachedGroupPolicies(iam::ListAttachedGroupPoliciesResponse {
                attached_policies: Some(attached_policies),
                is_truncated,
                marker,
            })
        }
        Input::PutUserPermissionsBoundary(r) => {
            svc.put_user_permissions_boundary(caller, &r.user_name, &r.permissions_boundary)
                .await?;
            Output::PutUserPermissionsBoundary
        }
        Input::DeleteUserPermissionsBoundary(r) => {
            svc.delete_user_permissions_boundary(caller, &r.user_name)
                .await?;
            Output::DeleteUserPermissionsBoundary
        }

        // Roles
        Input::CreateRole(r) => {
            let role = svc
                .create_role(
                    caller,
                    iamd_core::ops::NewRole {
                        name: &r.role_name,
                        path: r.path.as_deref(),
                        assume_role_policy: &r.assume_role_policy_document,
                        description: r.description.as_deref(),
                        max_session_duration: r.max_session_duration,
                        permissions_boundary: r.permissions_boundary.as_deref(),
                        tags: r
                            .tags
                            .unwrap_or_default()
                            .into_iter()
                            .map(domain_tag)
                            .collect(),
                    },
                )
                .await?;
            Output::CreateRole(iam::CreateRoleResponse {
                role: wire_role(&account, role, true),
            })
        }
        Input::GetRole(r) => {
            let role = svc.get_role(caller, &r.role_name).await?;
            Output::GetRole(iam::GetRoleResponse {
                role: wire_role(&account, role, true),
            })
        }
        Input::ListRoles(r) => {
            let page = svc
                .list_roles(
                    caller,
                    r.path_prefix.as_deref(),
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (roles, is_truncated, marker) =
                split(page, |role| wire_role(&account, role, false));
            Output::ListRoles(iam::ListRolesResponse {
                roles,
                is_truncated,
                marker,
            })
        }
        Input::UpdateRole(r) => {
            svc.update_role(
                caller,
                Operation::UpdateRole,
                &r.role_name,
                r.description.as_deref(),
                r.max_session_duration,
            )
            .await?;
            Output::UpdateRole(iam::UpdateRoleResponse {})
        }
        Input::UpdateRoleDescription(r) => {
            let role = svc
                .update_role(
                    caller,
                    Operation::UpdateRoleDescription,
                    &r.role_name,
                    Some(&r.description),
                    None,
                )
                .await?;
            Output::UpdateRoleDescription(iam::UpdateRoleDescriptionResponse {
                role: Some(wire_role(&account, role, true)),
            })
        }
        Input::UpdateAssumeRolePolicy(r) => {
            svc.update_assume_role_policy(caller, &r.role_name, &r.policy_document)
                .await?;
            Output::UpdateAssumeRolePolicy
        }
        Input::DeleteRole(r) => {
            svc.delete_role(caller, &r.role_name).await?;
            Output::DeleteRole
        }
        Input::TagRole(r) => {
            svc.tag_role(
                caller,
                &r.role_name,
                r.tags.into_iter().map(domain_tag).collect(),
            )
            .await?;
            Output::TagRole
        }
        Input::UntagRole(r) => {
            svc.untag_role(caller, &r.role_name, &r.tag_keys).await?;
            Output::UntagRole
        }
        Input::ListRoleTags(r) => {
            let page = svc
                .list_role_tags(caller, &r.role_name, r.marker.as_deref(), r.max_items)
                .await?;
            let (tags, is_truncated, marker) = split(page, wire_tag);
            Output::ListRoleTags(iam::ListRoleTagsResponse {
                tags,
                is_truncated,
                marker,
            })
        }
        Input::PutRolePolicy(r) => {
            svc.put_inline_policy(
                caller,
                OwnerKind::Role,
                &r.role_name,
                &r.policy_name,
                &r.policy_document,
            )
            .await?;
            Output::PutRolePolicy
        }
        Input::GetRolePolicy(r) => {
            let p = svc
                .get_inline_policy(caller, OwnerKind::Role, &r.role_name, &r.policy_name)
                .await?;
            Output::GetRolePolicy(iam::GetRolePolicyResponse {
                role_name: p.owner_name,
                policy_name: p.name,
                policy_document: p.document,
            })
        }
        Input::ListRolePolicies(r) => {
            let page = svc
                .list_inline_policies(
                    caller,
                    OwnerKind::Role,
                    &r.role_name,
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (policy_names, is_truncated, marker) = split(page, |n| n);
            Output::ListRolePolicies(iam::ListRolePoliciesResponse {
                policy_names,
                is_truncated,
                marker,
            })
        }
        Input::DeleteRolePolicy(r) => {
            svc.delete_inline_policy(caller, OwnerKind::Role, &r.role_name, &r.policy_name)
                .await?;
            Output::DeleteRolePolicy
        }
        Input::AttachRolePolicy(r) => {
            svc.attach_policy(caller, OwnerKind::Role, &r.role_name, &r.policy_arn)
                .await?;
            Output::AttachRolePolicy
        }
        Input::DetachRolePolicy(r) => {
            svc.detach_policy(caller, OwnerKind::Role, &r.role_name, &r.policy_arn)
                .await?;
            Output::DetachRolePolicy
        }
        Input::ListAttachedRolePolicies(r) => {
            let page = svc
                .list_attached_policies(
                    caller,
                    OwnerKind::Role,
                    &r.role_name,
                    r.path_prefix.as_deref(),
                    r.marker.as_deref(),
                    r.max_items,
                )
                .await?;
            let (attached_policies, is_truncated, marker) = split(page, wire_attached);
            Output::ListAttachedRolePolicies(iam::ListAttachedRolePoliciesResponse {
                attached_policies: Some(attached_policies),
                is_truncated,
                marker,
            })
        }
        Input::PutRolePermissionsBoundary(r) => {
            svc.put_role_permissions_boundary(caller, &r.role_name, &r.permissions_boundary)
                .await?;
            Output::PutRolePermissionsBoundary
        }
        Input::DeleteRolePermissionsBoundary(r) => {
            svc.delete_role_permissions_boundary(caller, &r.role_name)
                .await?;
            Output::DeleteRolePermissionsBoundary
        }

        other => {
            return Err(CoreError::NotImplemented(format!(
                "{} is not implemented by this iamd yet.",
                other.operation().name()
            )));
        }
    })
}

fn split<T, W>(page: Paged<T>, f: impl FnMut(T) -> W) -> (Vec<W>, Option<bool>, Option<String>) {
    (
        page.items.into_iter().map(f).collect(),
        Some(page.is_truncated),
        page.marker,
    )
}

/// A user as the wire shows it; listings omit tags and the boundary (IAM API Reference,
/// ListUsers).
fn wire_user(account: &str, u: entities::User, full: bool) -> iam::User {
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
fn wire_policy(p: iamd_core::ops::PolicyView, full: bool) -> iam::Policy {
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

fn wire_version(
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

fn wire_attached((name, arn): (String, String)) -> iam::AttachedPolicy {
    iam::AttachedPolicy {
        policy_name: Some(name),
        policy_arn: Some(arn),
    }
}

fn wire_group(account: &str, g: entities::Group) -> iam::Group {
    iam::Group {
        arn: g.arn(account),
        path: g.path,
        group_name: g.name,
        group_id: g.id,
        create_date: g.create_date,
    }
}

fn wire_tag(t: entities::Tag) -> iam::Tag {
    iam::Tag {
        key: t.key,
        value: t.value,
    }
}

fn domain_tag(t: iam::Tag) -> entities::Tag {
    entities::Tag {
        key: t.key,
        value: t.value,
    }
}

fn wire_simulation(out: SimulationOutput) -> iam::SimulatePolicyResponse {
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
fn wire_role(account: &str, r: entities::Role, full: bool) -> iam::Role {
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

fn principal_simulation_input(
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

fn simulation_docs(list: &Option<Vec<String>>) -> Vec<Doc<'_>> {
    list.iter().flatten().map(|d| Doc::Text(d)).collect()
}

/// GetAccountAuthorizationDetails: every list is present (empty when filtered out); policy
/// documents are URL-encoded by the encoder.
fn wire_authorization_details(
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
                    instance_profile_list: Some(Vec::new()),
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
