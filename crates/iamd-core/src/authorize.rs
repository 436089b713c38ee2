//! How [`Iam`] decides: the caller's policy sets (compiled once, cached until the account
//! changes) and the one decision for an operation ([`Iam::decide`]), which both authorizing a
//! call ([`Iam::authorize`]) and the console's "would this be allowed" ([`Iam::explain_with`])
//! take.

use std::sync::Arc;

use iamd_policy::{
    Action, Authorization, ContextValue, Outcome, PolicyKind, PolicySet, PolicySource, Request,
    SourceType, parse_policy,
};

use crate::Operation;
use crate::authz::{self, Target};
use crate::entities::{InlinePolicy, OwnerKind};
use crate::error::CoreError;
use crate::store::{Kind, Query, Store};

use crate::codec::{compile_sources, decode, managed_type};
use crate::service::{Caller, CompiledPrincipal, Iam};

impl<S: Store> Iam<S> {
    /// Authorize `operation` on `resource` for `caller`; AccessDenied in AWS's words otherwise.
    pub async fn authorize(
        &self,
        caller: &Caller,
        operation: Operation,
        resource: &str,
    ) -> Result<(), CoreError> {
        self.authorize_with(caller, operation, resource, &[]).await
    }

    /// Authorize with request-specific condition keys added to the caller's context
    /// (`aws:RequestTag/…`, `aws:TagKeys`, `iam:PolicyARN`, `iam:PermissionsBoundary`).
    pub async fn authorize_with(
        &self,
        caller: &Caller,
        operation: Operation,
        resource: &str,
        extra: &[(String, ContextValue)],
    ) -> Result<(), CoreError> {
        self.authorize_shown(caller, operation, resource, resource, extra)
            .await
    }

    /// As [`Iam::authorize_with`], with the resource an AccessDenied names (`shown`) apart from
    /// the one authorized: the caller is told only what it may know of the resource.
    pub(crate) async fn authorize_shown(
        &self,
        caller: &Caller,
        operation: Operation,
        resource: &str,
        shown: &str,
        extra: &[(String, ContextValue)],
    ) -> Result<(), CoreError> {
        let Some(denied) = self.decide(caller, operation, resource, extra).await? else {
            return Ok(());
        };
        let action_name = operation.action();
        // For administrators: which statement decided (never shown to the caller).
        for (source, statement, sid) in denied.statements() {
            tracing::info!(
                caller = %caller.principal.arn,
                action = action_name,
                resource,
                policy = %source,
                statement,
                sid = sid.unwrap_or(""),
                "denied by an explicit Deny"
            );
        }
        let deny_role = denied.decision.reasons.first().map(|r| r.role);
        Err(CoreError::AccessDenied(authz::access_denied_message(
            &caller.principal.arn,
            action_name,
            shown,
            denied.decision.outcome,
            deny_role,
            denied.decision.missing,
        )))
    }

    /// Authorize `iam:PassRole` on `role_arn`: not an operation of its own but the permission
    /// an operation that hands a role to a service needs besides its own
    /// (AddRoleToInstanceProfile), evaluated like any other action on the role.
    pub(crate) async fn authorize_pass_role(
        &self,
        caller: &Caller,
        role_arn: &str,
    ) -> Result<(), CoreError> {
        const PASS_ROLE: &str = "iam:PassRole";
        if caller.is_root() {
            return Ok(());
        }
        let Some(denied) = self
            .decide_action(caller, PASS_ROLE, &[], role_arn, &[])
            .await?
        else {
            return Ok(());
        };
        let deny_role = denied.decision.reasons.first().map(|r| r.role);
        Err(CoreError::AccessDenied(authz::access_denied_message(
            &caller.principal.arn,
            PASS_ROLE,
            role_arn,
            denied.decision.outcome,
            deny_role,
            denied.decision.missing,
        )))
    }

    /// The one authorization decision, for [`Iam::authorize_shown`] (which refuses) and
    /// [`Iam::explain_with`] (which only tells): `None` when `operation` on `resource` is
    /// allowed for `caller`, with the request-specific condition keys of `extra` that the
    /// operation declares; else the decision and the policies that made it.
    pub(crate) async fn decide(
        &self,
        caller: &Caller,
        operation: Operation,
        resource: &str,
        extra: &[(String, ContextValue)],
    ) -> Result<Option<Denied>, CoreError> {
        let Some(entry) = operation.authorization() else {
            return Err(CoreError::ServiceFailure(format!(
                "operation {} is not served",
                operation.name()
            )));
        };
        if entry.target == Target::Unauthorized || caller.is_root() {
            return Ok(None);
        }
        self.decide_action(
            caller,
            operation.action(),
            entry.request_keys,
            resource,
            extra,
        )
        .await
    }

    /// The decision for the IAM action `action_name` on `resource`, with those of `extra`'s
    /// condition keys that are among `request_keys`.
    async fn decide_action(
        &self,
        caller: &Caller,
        action_name: &str,
        request_keys: &'static [authz::RequestKey],
        resource: &str,
        extra: &[(String, ContextValue)],
    ) -> Result<Option<Denied>, CoreError> {
        let (compiled, session) = self.caller_policies(caller).await?;
        let auth = Authorization {
            principal: &caller.principal,
            identity: &compiled.identity,
            boundary: compiled.boundary.as_deref(),
            session: session.as_deref(),
            resource_policy: None,
            resource_owner: None,
            trust: false,
        };
        let action = Action::parse(action_name).map_err(CoreError::ServiceFailure)?;
        let with_extra;
        let context = if extra.is_empty() {
            &caller.context
        } else {
            let mut c = caller.context.clone();
            for (k, v) in authz::declared_keys(request_keys, extra) {
                c.set(k, v.clone());
            }
            with_extra = c;
            &with_extra
        };
        let decision = auth.decide(&Request {
            action: &action,
            resource,
            context,
        });
        if decision.outcome == Outcome::Allowed {
            return Ok(None);
        }
        Ok(Some(Denied {
            decision,
            compiled,
            session,
        }))
    }

    /// The policies that decide for `caller`: a role session's role policies, boundary and
    /// session policies; otherwise the user's identity policies and boundary.
    pub(crate) async fn caller_policies(
        &self,
        caller: &Caller,
    ) -> Result<(Arc<CompiledPrincipal>, Option<Arc<PolicySet>>), CoreError> {
        match caller.role_session() {
            Some(r) => Ok((self.role_policies(&r.role).await?, r.policies.clone())),
            None => Ok((self.identity_policies(caller).await?, None)),
        }
    }

    /// The caller's identity policies (their own inline policies and their groups'), compiled
    /// and indexed, cached until the account changes.
    async fn identity_policies(
        &self,
        caller: &Caller,
    ) -> Result<Arc<CompiledPrincipal>, CoreError> {
        let Some(user) = &caller.user else {
            return Ok(Arc::new(CompiledPrincipal {
                generation: self.generation(),
                identity: Arc::new(PolicySet::default()),
                boundary: None,
            }));
        };
        let cache_key = user.id.clone();
        let generation = self.generation();
        if let Some(hit) = self.cached_principal(&cache_key) {
            return Ok(hit);
        }
        let mut sources = Vec::new();
        self.owned_policy_sources(OwnerKind::User, &user.id, &user.name, &mut sources)
            .await?;
        for group in self.groups_of(&user.id).await? {
            self.owned_policy_sources(OwnerKind::Group, &group.id, &group.name, &mut sources)
                .await?;
        }
        // The boundary is the user's as stored now (the caller's copy may be older).
        let current = self.load_user(&user.name).await?;
        let boundary = self
            .boundary_set(current.and_then(|u| u.permissions_boundary))
            .await?;
        let mut compiled = compile_sources(sources)?;
        // IAM's own rule: the account's AllowUsersToChangePassword, as an identity-level Allow
        // that any explicit Deny still overrides.
        if let Some(grant) = self.change_password_grant(user).await? {
            compiled.push(grant);
        }
        Ok(self.remember_principal(cache_key, compiled, boundary, generation))
    }

    /// A principal's compiled policies from the cache, if still of this generation.
    pub(crate) fn cached_principal(&self, key: &str) -> Option<Arc<CompiledPrincipal>> {
        let generation = self.generation();
        self.principals
            .read()
            .ok()
            .and_then(|m| m.get(key).cloned())
            .filter(|c| c.generation == generation)
    }

    /// Keep a principal's compiled policies for this generation.
    pub(crate) fn remember_principal(
        &self,
        key: String,
        identity: Vec<(PolicySource, Arc<iamd_policy::Policy>)>,
        boundary: Option<Arc<PolicySet>>,
        generation: u64,
    ) -> Arc<CompiledPrincipal> {
        let entry = Arc::new(CompiledPrincipal {
            generation,
            identity: Arc::new(PolicySet::new(identity)),
            boundary,
        });
        if let Ok(mut m) = self.principals.write() {
            if m.len() > 100_000 {
                m.clear();
            }
            m.insert(key, entry.clone());
        }
        entry
    }

    /// An entity's inline and attached managed policies, as (source id, type, document); `id`
    /// owns them, `name` names them in explanations.
    pub(crate) async fn owned_policy_sources(
        &self,
        kind: OwnerKind,
        id: &str,
        name: &str,
        sources: &mut Vec<(String, SourceType, String)>,
    ) -> Result<(), CoreError> {
        let inline_type = match kind {
            OwnerKind::User => SourceType::User,
            OwnerKind::Group => SourceType::Group,
            OwnerKind::Role => SourceType::Role,
        };
        for p in self.inline_policies(id).await? {
            sources.push((
                format!("{}/{name}/{}", kind.as_str(), p.name),
                inline_type,
                p.document,
            ));
        }
        for arn in self.attached_arns(id).await? {
            if let Some(doc) = self.managed_document(&arn).await? {
                sources.push((arn.clone(), managed_type(&arn), doc));
            }
        }
        Ok(())
    }

    /// A permissions boundary's compiled policy set.
    pub(crate) async fn boundary_set(
        &self,
        arn: Option<String>,
    ) -> Result<Option<Arc<PolicySet>>, CoreError> {
        let Some(arn) = arn else {
            return Ok(None);
        };
        let doc = self.managed_document(&arn).await?.ok_or_else(|| {
            CoreError::ServiceFailure(format!("the permissions boundary {arn} no longer exists"))
        })?;
        let policy = parse_policy(&doc, PolicyKind::Boundary).map_err(|e| {
            CoreError::ServiceFailure(format!("stored policy {arn} no longer parses: {e}"))
        })?;
        Ok(Some(Arc::new(PolicySet::new([(
            PolicySource {
                id: arn.clone(),
                source_type: managed_type(&arn),
            },
            Arc::new(policy),
        )]))))
    }

    /// The inline policies of the user, group or role with id `owner_id`, in name order.
    pub(crate) async fn inline_policies(
        &self,
        owner_id: &str,
    ) -> Result<Vec<InlinePolicy>, CoreError> {
        let page = self
            .store
            .list(
                &self.account,
                &Query {
                    owner: Some(owner_id.to_string()),
                    ..Query::all(Kind::InlinePolicy)
                },
            )
            .await?;
        page.records.iter().map(|r| decode(&r.data)).collect()
    }
}

/// A refused authorization: the decision and the policy sets it was taken over.
pub(crate) struct Denied {
    pub(crate) decision: iamd_policy::Decision,
    compiled: Arc<CompiledPrincipal>,
    session: Option<Arc<PolicySet>>,
}

impl Denied {
    /// The statements that decided: (policy id, 1-based statement number, Sid).
    pub(crate) fn statements(&self) -> Vec<(String, u32, Option<&str>)> {
        let mut out = Vec::new();
        for r in &self.decision.reasons {
            let set = match r.role {
                iamd_policy::Role::Boundary => self.compiled.boundary.as_deref(),
                iamd_policy::Role::Session => self.session.as_deref(),
                _ => Some(&*self.compiled.identity),
            };
            if let Some((source, stmt)) = set.and_then(|s| s.get(r.policy, r.statement)) {
                out.push((source.id.to_string(), r.statement + 1, stmt.sid()));
            }
        }
        out
    }
}
