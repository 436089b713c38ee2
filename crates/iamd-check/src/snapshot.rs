//! The account as the checks read it: one bulk listing per record kind, indexed by owner, so
//! that checking 10,000 users costs a handful of store queries instead of a score per user.
//!
//! Policies are gathered from it exactly as the authorizer gathers them from the store
//! (`Iam::owned_policy_sources`, `Iam::boundary_set`, `compile_sources`,
//! `Iam::groups_of`, `Iam::change_password_grant`): the same sources, in the same order,
//! with the same ids and the same errors. Each distinct document is compiled once and shared
//! (a group's or a managed policy's by every user it reaches).
//!
//! ```text
//! load ─ Account, User, Role, LoginProfile, MfaDevice, Membership, InlinePolicy, Attachment,
//!        ManagedPolicy, imported AWS managed policies (Account `aws-policy:…`)
//! user_subject(user) = inline(user) + attached(user)
//!                    + for each group of the user: inline(group) + attached(group)
//!                    + AllowUsersToChangePassword grant;  boundary(user)
//! ```

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use iamd_policy::{
    Policy, PolicyKind, PolicySource, Principal, PrincipalKind, SourceType, parse_policy,
};

use crate::fix::{Origin, Src, Subject};
use iamd_core::aws_managed::{self, AWS_MANAGED};
use iamd_core::entities::{
    Account, Attachment, Group, InlinePolicy, LoginProfile, ManagedPolicy, OwnerKind,
    PasswordPolicy, Role, User, name_key,
};
use iamd_core::error::CoreError;
use iamd_core::ops::passwords::change_password_grant_for;
use iamd_core::service::{Iam, decode, managed_type};
use iamd_core::store::{Kind, Query, Store};

/// Everything the checks read, loaded once per run.
pub(crate) struct Snapshot {
    pub account: String,
    pub policy: Option<PasswordPolicy>,
    /// In key order, as the store lists them.
    pub users: Vec<User>,
    pub roles: Vec<Role>,
    /// Login profiles by user id.
    pub profiles: BTreeMap<String, LoginProfile>,
    /// The ids of users (and `#root`) with an MFA device.
    pub with_mfa: HashSet<String>,
    /// Inline policies by owner id, in key order.
    inline: HashMap<String, Vec<InlinePolicy>>,
    /// Attached managed policies' ARNs (boundaries excluded) by owner id, in key order.
    attached: HashMap<String, Vec<String>>,
    /// The groups (id, name) of each user id, in name order.
    groups: HashMap<String, Vec<(String, String)>>,
    /// The default document of every managed policy an ARN can name: AWS managed ones iamd
    /// carries, then imported AWS managed ones, then customer managed ones.
    managed: HashMap<String, Arc<str>>,
    /// Compiled documents, by kind and text.
    compiled: HashMap<(bool, Arc<str>), Arc<Policy>>,
}

impl Snapshot {
    pub(crate) async fn load<S: Store>(iam: &Iam<S>) -> Result<Snapshot, CoreError> {
        let account = iam.account_id().to_string();
        let list = |query: Query| async move { iam.read_records(&query).await };
        let all = |kind| list(Query::all(kind));

        let policy = match iam.read_record(Kind::Account, "").await? {
            Some(r) => decode::<Account>(&r.data)?.password_policy,
            None => {
                return Err(CoreError::ServiceFailure(
                    "the account record is missing".into(),
                ));
            }
        };
        let mut users = Vec::new();
        for r in all(Kind::User).await?.records {
            users.push(decode::<User>(&r.data)?);
        }
        let mut roles = Vec::new();
        for r in all(Kind::Role).await?.records {
            roles.push(decode::<Role>(&r.data)?);
        }
        let mut profiles = BTreeMap::new();
        for r in all(Kind::LoginProfile).await?.records {
            profiles.insert(r.key, decode::<LoginProfile>(&r.data)?);
        }
        let with_mfa = all(Kind::MfaDevice)
            .await?
            .records
            .into_iter()
            .filter_map(|r| r.owner)
            .collect();
        let mut group_names: HashMap<String, String> = HashMap::new();
        for r in all(Kind::Group).await?.records {
            let g: Group = decode(&r.data)?;
            group_names.insert(g.id, g.name);
        }
        let mut groups: HashMap<String, Vec<(String, String)>> = HashMap::new();
        for r in all(Kind::Membership).await?.records {
            if let Some(name) = r.reference.as_ref().and_then(|id| group_names.get(id)) {
                groups
                    .entry(r.owner.unwrap_or_default())
                    .or_default()
                    .push((r.reference.unwrap_or_default(), name.clone()));
            }
        }
        for list in groups.values_mut() {
            list.sort_by_key(|(_, name)| name_key(name));
        }
        let mut inline: HashMap<String, Vec<InlinePolicy>> = HashMap::new();
        for r in all(Kind::InlinePolicy).await?.records {
            let p: InlinePolicy = decode(&r.data)?;
            inline
                .entry(r.owner.unwrap_or_default())
                .or_default()
                .push(p);
        }
        let mut attached: HashMap<String, Vec<String>> = HashMap::new();
        for r in all(Kind::Attachment).await?.records {
            let a: Attachment = decode(&r.data)?;
            if !a.boundary {
                attached
                    .entry(r.owner.unwrap_or_default())
                    .or_default()
                    .push(a.policy_arn);
            }
        }

        // As `resolve_policy` looks an ARN up: iamd's own AWS managed policies win over imported
        // ones of the same ARN; a customer policy matches its ARN exactly (path included).
        let mut managed: HashMap<String, Arc<str>> = HashMap::new();
        for r in all(Kind::ManagedPolicy).await?.records {
            let p: ManagedPolicy = decode(&r.data)?;
            if let Some(doc) = p.default_document() {
                managed.insert(p.arn(&account), doc.into());
            }
        }
        let imported = list(Query {
            key_prefix: Some(iamd_core::entities::aws_policy_key("")),
            ..Query::all(Kind::Account)
        })
        .await?;
        for r in imported.records {
            let Some(rest) = r.key.strip_prefix(&iamd_core::entities::aws_policy_key("")) else {
                continue;
            };
            let arn = format!("arn:aws:iam::aws:policy{rest}");
            let p: ManagedPolicy = decode(&r.data)?;
            match p.default_document() {
                Some(doc) => managed.insert(arn, doc.into()),
                None => managed.remove(&arn),
            };
        }
        for (name, path, _, _, doc) in AWS_MANAGED {
            managed.insert(aws_managed::arn(name, path), (*doc).into());
        }

        Ok(Snapshot {
            account,
            policy,
            users,
            roles,
            profiles,
            with_mfa,
            inline,
            attached,
            groups,
            managed,
            compiled: HashMap::new(),
        })
    }

    /// A stored document compiled, once per distinct text and kind.
    fn compile(
        &mut self,
        id: &str,
        document: &Arc<str>,
        kind: PolicyKind,
    ) -> Result<Arc<Policy>, CoreError> {
        let key = (kind == PolicyKind::Boundary, document.clone());
        if let Some(p) = self.compiled.get(&key) {
            return Ok(p.clone());
        }
        let policy = Arc::new(parse_policy(document, kind).map_err(|e| {
            CoreError::ServiceFailure(format!("stored policy {id} no longer parses: {e}"))
        })?);
        self.compiled.insert(key, policy.clone());
        Ok(policy)
    }

    /// An entity's inline policies, then its attached managed policies (those that still
    /// exist), as `Iam::owned_policy_sources` lists them.
    fn owned(
        &mut self,
        kind: OwnerKind,
        id: &str,
        name: &str,
        out: &mut Vec<Src>,
    ) -> Result<(), CoreError> {
        let owner = id.to_string();
        let inline_type = match kind {
            OwnerKind::User => SourceType::User,
            OwnerKind::Group => SourceType::Group,
            OwnerKind::Role => SourceType::Role,
        };
        let inline: Vec<(String, Arc<str>)> = self
            .inline
            .get(&owner)
            .into_iter()
            .flatten()
            .map(|p| (p.name.clone(), Arc::from(p.document.as_str())))
            .collect();
        for (policy_name, document) in inline {
            let id = format!("{}/{name}/{policy_name}", kind.as_str());
            let policy = self.compile(&id, &document, PolicyKind::Identity)?;
            out.push(Src {
                source: PolicySource {
                    id,
                    source_type: inline_type,
                },
                policy,
                document: Some(document),
                origin: Origin::Inline {
                    kind,
                    owner: name.to_string(),
                    name: policy_name,
                },
            });
        }
        let arns: Vec<(String, Arc<str>)> = self
            .attached
            .get(&owner)
            .into_iter()
            .flatten()
            .filter_map(|arn| self.managed.get(arn).map(|d| (arn.clone(), d.clone())))
            .collect();
        for (arn, document) in arns {
            let policy = self.compile(&arn, &document, PolicyKind::Identity)?;
            out.push(Src {
                source: PolicySource {
                    id: arn.clone(),
                    source_type: managed_type(&arn),
                },
                policy,
                document: Some(document),
                origin: Origin::Managed {
                    arn,
                    kind,
                    owner: name.to_string(),
                },
            });
        }
        Ok(())
    }

    /// A permissions boundary, as `Iam::boundary_set` reads it (one that no longer exists is an
    /// error, as it is for authorization).
    fn boundary(&mut self, arn: Option<&str>, owner: &str) -> Result<Option<Src>, CoreError> {
        let Some(arn) = arn else {
            return Ok(None);
        };
        let document = self.managed.get(arn).cloned().ok_or_else(|| {
            CoreError::ServiceFailure(format!("the permissions boundary {arn} no longer exists"))
        })?;
        let policy = self.compile(arn, &document, PolicyKind::Boundary)?;
        Ok(Some(Src {
            source: PolicySource {
                id: arn.to_string(),
                source_type: managed_type(arn),
            },
            policy,
            document: Some(document),
            origin: Origin::Boundary {
                arn: arn.to_string(),
                owner: owner.to_string(),
            },
        }))
    }

    /// The groups (id, name) of a user id, in name order.
    pub(crate) fn groups_of(&self, user_id: &str) -> Vec<(String, String)> {
        self.groups.get(user_id).cloned().unwrap_or_default()
    }

    /// A user's policies, as the authorizer gathers them for the user's own requests.
    pub(crate) fn user_subject(&mut self, user: &User) -> Result<Subject, CoreError> {
        let mut identity = Vec::new();
        self.owned(OwnerKind::User, &user.id, &user.name, &mut identity)?;
        let groups = self.groups.get(&user.id).cloned();
        for (id, name) in groups.into_iter().flatten() {
            self.owned(OwnerKind::Group, &id, &name, &mut identity)?;
        }
        let arn = user.arn(&self.account);
        if let Some((source, policy)) = change_password_grant_for(self.policy.as_ref(), &arn)? {
            identity.push(Src {
                source,
                policy,
                document: None,
                origin: Origin::AccountGrant,
            });
        }
        let boundary = self.boundary(
            user.permissions_boundary.as_deref(),
            &format!("user {}", user.name),
        )?;
        let principal = Principal {
            kind: PrincipalKind::User,
            arn,
            account: self.account.clone(),
            role_arn: None,
            service: None,
        };
        Ok(Subject::new(principal, identity, boundary))
    }

    /// A role's policies and boundary, for `principal` (a session of the role).
    pub(crate) fn role_subject(
        &mut self,
        role: &Role,
        principal: Principal,
    ) -> Result<Subject, CoreError> {
        let mut identity = Vec::new();
        self.owned(OwnerKind::Role, &role.id, &role.name, &mut identity)?;
        let boundary = self.boundary(
            role.permissions_boundary.as_deref(),
            &format!("role {}", role.name),
        )?;
        Ok(Subject::new(principal, identity, boundary))
    }
}
