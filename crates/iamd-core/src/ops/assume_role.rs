//! STS AssumeRole, and the policies that decide for a role session.
//!
//! ```text
//! AssumeRole(RoleArn, RoleSessionName, DurationSeconds?, Policy?, PolicyArns?, SerialNumber?,
//!            TokenCode?, ExternalId?, SourceIdentity?, Tags?)
//!   root caller                                   → AccessDenied (roles may not be assumed by root)
//!   role not in this account / unknown            → AccessDenied
//!   SerialNumber + TokenCode: a code of the caller's device, used up; MFA now
//!   (otherwise a calling session's MFA carries over)
//!   sts:AssumeRole on the role ARN: the caller's identity policies (boundary, session
//!   policies) and the role's trust policy as a resource policy that must name the caller
//!   (same account: a trust policy naming the caller's own ARN is enough; naming the
//!   account needs an identity-policy Allow too); sts:TagSession for Tags,
//!   sts:SetSourceIdentity for SourceIdentity            → else AccessDenied
//!   DurationSeconds ≤ the role's MaxSessionDuration, ≤ 3,600 when chaining roles
//!   → credentials of `arn:aws:sts::ACCT:assumed-role/ROLE/SESSION`, id `ROLEID:SESSION`
//! ```
//!
//! Requests signed with the session are decided by the role's inline and attached policies,
//! its permissions boundary and the session policies (IAM User Guide, "Policy evaluation
//! logic": a session policy limits, never grants).

use std::sync::Arc;

use iamd_policy::{
    Action, Authorization, Outcome, PolicyError, PolicyKind, PolicySet, PolicySource, Position,
    Request, RequestContext, SourceType, parse_policy,
};
use time::{Duration, OffsetDateTime};

use crate::authz;
use crate::entities::{OwnerKind, Role, Tag};
use crate::error::CoreError;
use crate::ops::mfa::mfa_device_denied;
use crate::ops::sessions::{IssuedCredentials, SessionPolicy, StoredPrincipal};
use crate::service::{Caller, CompiledPrincipal, Iam};
use crate::store::Store;

/// AssumeRole's session length without DurationSeconds, and the most a chained role session
/// may last (STS API Reference, AssumeRoleRequest).
const DEFAULT_DURATION: i64 = 3600;
const CHAINED_MAX_DURATION: i64 = 3600;
const MIN_DURATION: i64 = 900;
const MAX_DURATION: i64 = 43_200;
/// Session policies (inline plus ARNs) are packed into at most 2,048 characters, with at most
/// ten managed policies (STS API Reference, AssumeRole).
const PACKED_POLICY_CHARS: usize = 2048;
const MAX_POLICY_ARNS: usize = 10;

/// The parameters of AssumeRole.
#[derive(Debug, Clone, Default)]
pub struct AssumeRoleRequest<'a> {
    pub role_arn: &'a str,
    pub role_session_name: &'a str,
    pub duration_seconds: Option<i32>,
    pub policy: Option<&'a str>,
    pub policy_arns: Vec<String>,
    pub serial_number: Option<&'a str>,
    pub token_code: Option<&'a str>,
    pub external_id: Option<&'a str>,
    pub source_identity: Option<&'a str>,
    pub tags: Vec<Tag>,
    pub transitive_tag_keys: Vec<String>,
}

/// What AssumeRole returns.
#[derive(Debug, Clone)]
pub struct AssumedRole {
    pub credentials: IssuedCredentials,
    /// `ROLEID:SESSION`.
    pub assumed_role_id: String,
    /// `arn:aws:sts::ACCT:assumed-role/ROLE/SESSION`.
    pub arn: String,
    /// How much of the packed-policy space the session policies use, in percent.
    pub packed_policy_size: Option<i32>,
    pub source_identity: Option<String>,
}

fn validation(message: impl Into<String>) -> CoreError {
    CoreError::ValidationError(message.into())
}

/// The checks of AssumeRole's own parameters, made before anything is looked up: the
/// session's length in seconds, and the inline session policy (parsed) as the first of the
/// session policies.
fn checked_request(req: &AssumeRoleRequest<'_>) -> Result<(i64, Vec<SessionPolicy>), CoreError> {
    let duration = req.duration_seconds.map_or(DEFAULT_DURATION, i64::from);
    if !(MIN_DURATION..=MAX_DURATION).contains(&duration) {
        return Err(validation(format!(
            "1 validation error detected: Value '{duration}' at 'durationSeconds' failed to satisfy constraint: Member must have value between {MIN_DURATION} and {MAX_DURATION}"
        )));
    }
    let mut policies = Vec::new();
    if let Some(doc) = req.policy {
        parse_policy(doc, PolicyKind::Session).map_err(|source| {
            CoreError::MalformedPolicyDocument {
                input: "Policy".into(),
                source,
            }
        })?;
        policies.push(SessionPolicy {
            id: "Policy".into(),
            document: doc.to_string(),
        });
    }
    if req.policy_arns.len() > MAX_POLICY_ARNS {
        return Err(validation(format!(
            "1 validation error detected: Value at 'policyArns' failed to satisfy constraint: Member must have length less than or equal to {MAX_POLICY_ARNS}"
        )));
    }
    Ok((duration, policies))
}

/// The session's length against the role's MaxSessionDuration and, for a role session
/// assuming another role (chaining), the one-hour limit.
fn check_duration(caller: &Caller, role: &Role, duration: i64) -> Result<(), CoreError> {
    if caller.role_session().is_some() && duration > CHAINED_MAX_DURATION {
        return Err(validation(
            "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.",
        ));
    }
    if duration > i64::from(role.max_session_duration) {
        return Err(validation(
            "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
        ));
    }
    Ok(())
}

impl<S: Store> Iam<S> {
    /// AssumeRole: temporary credentials for a role whose trust policy lets the caller in.
    pub async fn assume_role(
        &self,
        caller: &Caller,
        req: &AssumeRoleRequest<'_>,
    ) -> Result<AssumedRole, CoreError> {
        let (duration, mut policies) = checked_request(req)?;
        if caller.is_root() {
            return Err(CoreError::AccessDenied(
                "Roles may not be assumed by root accounts.".into(),
            ));
        }
        let not_authorized = || {
            CoreError::AccessDenied(format!(
                "User: {} is not authorized to perform: sts:AssumeRole on resource: {}",
                caller.principal.arn, req.role_arn
            ))
        };
        let role = self
            .role_for_arn(req.role_arn)
            .await?
            .ok_or_else(not_authorized)?;
        let role_arn = role.arn(&self.account);

        let now = self.now();
        let (context, mfa_at) = self.assume_role_context(caller, req, now).await?;
        self.authorize_assume_role(caller, req, &role, &role_arn, &context)
            .await?;
        check_duration(caller, &role, duration)?;
        let packed_policy_size = self
            .add_managed_session_policies(req, &mut policies)
            .await?;

        let principal = StoredPrincipal::AssumedRole {
            role: role.name.clone(),
            role_id: role.id.clone(),
            session_name: req.role_session_name.to_string(),
            policies,
            tags: req.tags.clone(),
            source_identity: req.source_identity.map(str::to_string),
        };
        let credentials = self
            .issue_session(principal, now, Duration::seconds(duration), mfa_at)
            .await?;
        Ok(AssumedRole {
            credentials,
            assumed_role_id: format!("{}:{}", role.id, req.role_session_name),
            arn: format!(
                "arn:aws:sts::{}:assumed-role/{}/{}",
                self.account, role.name, req.role_session_name
            ),
            packed_policy_size,
            source_identity: req.source_identity.map(str::to_string),
        })
    }

    /// The request context AssumeRole is decided in, and when MFA was last proven: a code given
    /// now (checked and used up), else what the calling session carries.
    async fn assume_role_context(
        &self,
        caller: &Caller,
        req: &AssumeRoleRequest<'_>,
        now: OffsetDateTime,
    ) -> Result<(RequestContext, Option<OffsetDateTime>), CoreError> {
        let session_mfa = caller.session.as_ref().and_then(|s| s.mfa_at);
        let mut context = caller.context.clone();
        let mfa_at = if req.serial_number.is_some() || req.token_code.is_some() {
            let owner = match (&caller.user, caller.role_session()) {
                (Some(u), None) => u.id.clone(),
                _ => return Err(mfa_device_denied()),
            };
            self.consume_api_code(caller, &owner, req.serial_number, req.token_code)
                .await?;
            context.insert("aws:MultiFactorAuthPresent", "true");
            context.insert("aws:MultiFactorAuthAge", "0");
            Some(now)
        } else {
            session_mfa
        };

        context.insert("sts:RoleSessionName", req.role_session_name);
        if let Some(id) = req.external_id {
            context.insert("sts:ExternalId", id);
        }
        if let Some(id) = req.source_identity {
            context.insert("sts:SourceIdentity", id);
        }
        for (k, v) in authz::tag_keys(&req.tags) {
            context.set(&k, v);
        }
        if !req.transitive_tag_keys.is_empty() {
            context.insert_list("sts:TransitiveTagKeys", req.transitive_tag_keys.clone());
        }
        Ok((context, mfa_at))
    }

    /// sts:AssumeRole on the role (and sts:TagSession, sts:SetSourceIdentity when asked for),
    /// decided by the caller's policies with the role's trust policy as the resource policy.
    async fn authorize_assume_role(
        &self,
        caller: &Caller,
        req: &AssumeRoleRequest<'_>,
        role: &Role,
        role_arn: &str,
        context: &RequestContext,
    ) -> Result<(), CoreError> {
        let trust_policy =
            parse_policy(&role.assume_role_policy, PolicyKind::Trust).map_err(|e| {
                CoreError::ServiceFailure(format!(
                    "the stored trust policy of role {} no longer parses: {e}",
                    role.name
                ))
            })?;
        let trust = PolicySet::new([(
            PolicySource {
                id: role_arn.to_string(),
                source_type: SourceType::Resource,
            },
            Arc::new(trust_policy),
        )]);
        let (compiled, session) = self.caller_policies(caller).await?;
        let auth = Authorization {
            principal: &caller.principal,
            identity: &compiled.identity,
            boundary: compiled.boundary.as_deref(),
            session: session.as_deref(),
            resource_policy: Some(&trust),
            resource_owner: None,
            trust: true,
        };
        let mut actions = vec!["sts:AssumeRole"];
        if !req.tags.is_empty() {
            actions.push("sts:TagSession");
        }
        if req.source_identity.is_some() {
            actions.push("sts:SetSourceIdentity");
        }
        for name in actions {
            let action = Action::parse(name).map_err(CoreError::ServiceFailure)?;
            let decision = auth.decide(&Request {
                action: &action,
                resource: role_arn,
                context,
            });
            if decision.outcome != Outcome::Allowed {
                return Err(CoreError::AccessDenied(authz::access_denied_message(
                    &caller.principal.arn,
                    name,
                    role_arn,
                    decision.outcome,
                    decision.reasons.first().map(|r| r.role),
                    decision.missing,
                )));
            }
        }
        Ok(())
    }

    /// Add the managed policies of `PolicyArns` to the session `policies`; the share of the
    /// packed-policy space they use, in percent (`None` without session policies).
    async fn add_managed_session_policies(
        &self,
        req: &AssumeRoleRequest<'_>,
        policies: &mut Vec<SessionPolicy>,
    ) -> Result<Option<i32>, CoreError> {
        for arn in &req.policy_arns {
            let document = self.managed_document(arn).await?.ok_or_else(|| {
                CoreError::MalformedPolicyDocument {
                    input: "PolicyArns".into(),
                    source: PolicyError {
                        path: String::new(),
                        position: Position { line: 1, column: 1 },
                        message: format!("Policy {arn} does not exist or is not attachable."),
                    },
                }
            })?;
            policies.push(SessionPolicy {
                id: arn.clone(),
                document,
            });
        }
        if policies.is_empty() {
            return Ok(None);
        }
        let chars = req.policy.map_or(0, |p| p.chars().count())
            + req.policy_arns.iter().map(String::len).sum::<usize>();
        let percent = (chars * 100).div_ceil(PACKED_POLICY_CHARS);
        if chars > PACKED_POLICY_CHARS {
            return Err(CoreError::PackedPolicyTooLarge(format!(
                "Packed policy consumes {percent}% of allotted space, please use smaller policy."
            )));
        }
        Ok(Some(i32::try_from(percent).unwrap_or(100)))
    }

    /// The role an ARN names in this account (its path included), if any.
    async fn role_for_arn(&self, arn: &str) -> Result<Option<Role>, CoreError> {
        let prefix = format!("arn:aws:iam::{}:role/", self.account);
        let Some(rest) = arn.strip_prefix(&prefix) else {
            return Ok(None);
        };
        let name = rest.rsplit('/').next().unwrap_or(rest);
        Ok(self
            .load_role(name)
            .await?
            .map(|(r, _)| r)
            .filter(|r| r.arn(&self.account) == arn))
    }

    /// A role's inline and attached policies and its permissions boundary, compiled and
    /// cached until the account changes.
    pub(crate) async fn role_policies(
        &self,
        role: &Role,
    ) -> Result<Arc<CompiledPrincipal>, CoreError> {
        // Role ids (AROA…) cannot collide with user ids (AIDA…).
        let cache_key = role.id.clone();
        let generation = self.generation();
        if let Some(hit) = self.cached_principal(&cache_key) {
            return Ok(hit);
        }
        let mut sources = Vec::new();
        self.owned_policy_sources(OwnerKind::Role, &role.id, &role.name, &mut sources)
            .await?;
        // The boundary is the role's as stored now.
        let current = self.load_role(&role.name).await?.map(|(r, _)| r);
        let boundary = self
            .boundary_set(current.and_then(|r| r.permissions_boundary))
            .await?;
        let compiled = crate::codec::compile_sources(sources)?;
        Ok(self.remember_principal(cache_key, compiled, boundary, generation))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn session_keys_are_those_of_temporary_credentials() {
        let mut c = iamd_policy::RequestContext::new();
        let t = time::OffsetDateTime::UNIX_EPOCH + time::Duration::days(20_000);
        crate::ops::sessions::add_session_keys(&mut c, Some(t), t, t + time::Duration::seconds(90));
        assert_eq!(c.single("aws:multifactorauthpresent"), Some("true"));
        assert_eq!(c.single("aws:multifactorauthage"), Some("90"));
        crate::ops::sessions::add_session_keys(&mut c, None, t, t);
        assert_eq!(c.single("aws:multifactorauthpresent"), Some("false"));
        assert!(c.get("aws:MultiFactorAuthAge").is_none());
        assert!(c.get("aws:TokenIssueTime").is_some());
    }
}
