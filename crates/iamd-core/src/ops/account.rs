//! The account as a whole: GetAccountSummary, CreateAccountAlias, DeleteAccountAlias,
//! ListAccountAliases and GetAccountAuthorizationDetails. None of them has a resource type, so
//! each is authorized against `*`.

use crate::Operation;
use std::collections::{BTreeMap, BTreeSet};

use crate::aws_managed::{self, AWS_MANAGED};
use crate::entities::{
    Account, Attachment, Group, InlinePolicy, ManagedPolicy, ROOT_OWNER, Role, User, name_key,
};
use crate::error::CoreError;
use crate::ops::{Paged, PolicyView, paginate};
use crate::service::{Caller, Iam, decode, record};
use crate::store::{Condition, Kind, Query, Store, StoreError, WriteBatch};

/// The quotas GetAccountSummary reports, with IAM's default values (IAM and AWS STS quotas;
/// the names are the `summaryKeyType` members of the IAM API).
const QUOTAS: &[(&str, i32)] = &[
    ("UsersQuota", 5000),
    ("GroupsQuota", 300),
    ("RolesQuota", 1000),
    ("PoliciesQuota", 1500),
    ("InstanceProfilesQuota", 1000),
    ("ServerCertificatesQuota", 20),
    ("PolicySizeQuota", 6144),
    ("UserPolicySizeQuota", 2048),
    ("GroupPolicySizeQuota", 5120),
    ("RolePolicySizeQuota", 10240),
    ("AssumeRolePolicySizeQuota", 2048),
    ("GroupsPerUserQuota", 10),
    ("AccessKeysPerUserQuota", 2),
    ("SigningCertificatesPerUserQuota", 2),
    ("AttachedPoliciesPerUserQuota", 10),
    ("AttachedPoliciesPerGroupQuota", 10),
    ("AttachedPoliciesPerRoleQuota", 10),
    ("VersionsPerPolicyQuota", 5),
    ("PolicyVersionsInUseQuota", 10000),
];

/// A user with everything that gives it permissions (GetAccountAuthorizationDetails).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserDetail {
    pub user: User,
    pub inline_policies: Vec<InlinePolicy>,
    /// The names of the groups the user is in.
    pub groups: Vec<String>,
    /// (policy name, policy ARN)
    pub attached: Vec<(String, String)>,
}

/// A group with its inline and attached policies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupDetail {
    pub group: Group,
    pub inline_policies: Vec<InlinePolicy>,
    /// (policy name, policy ARN)
    pub attached: Vec<(String, String)>,
}

/// A role with its inline and attached policies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleDetail {
    pub role: Role,
    pub inline_policies: Vec<InlinePolicy>,
    /// (policy name, policy ARN)
    pub attached: Vec<(String, String)>,
    /// The instance profiles the role is in.
    pub instance_profiles: Vec<crate::ops::InstanceProfileView>,
}

/// One page of GetAccountAuthorizationDetails: the four lists are one listing, in this order,
/// and `Marker` / `MaxItems` page over all of it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuthorizationDetails {
    pub users: Vec<UserDetail>,
    pub groups: Vec<GroupDetail>,
    pub roles: Vec<RoleDetail>,
    /// Customer managed policies, and the AWS managed ones in use in the account, each with
    /// all its versions.
    pub policies: Vec<PolicyView>,
    pub is_truncated: bool,
    pub marker: Option<String>,
}

/// What GetAccountAuthorizationDetails lists (its `Filter` values, `EntityType` in the API).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DetailFilter {
    pub users: bool,
    pub groups: bool,
    pub roles: bool,
    pub local_policies: bool,
    pub aws_policies: bool,
}

impl DetailFilter {
    /// Everything: the answer when `Filter` is omitted or empty.
    pub const ALL: DetailFilter = DetailFilter {
        users: true,
        groups: true,
        roles: true,
        local_policies: true,
        aws_policies: true,
    };

    /// From the `Filter` list; unknown values are refused (the wire layer only lets the
    /// enumeration's values through).
    pub fn from_names<'a>(names: impl IntoIterator<Item = &'a str>) -> Result<Self, CoreError> {
        let mut filter = DetailFilter {
            users: false,
            groups: false,
            roles: false,
            local_policies: false,
            aws_policies: false,
        };
        let mut any = false;
        for name in names {
            any = true;
            match name {
                "User" => filter.users = true,
                "Group" => filter.groups = true,
                "Role" => filter.roles = true,
                "LocalManagedPolicy" => filter.local_policies = true,
                "AWSManagedPolicy" => filter.aws_policies = true,
                other => {
                    return Err(CoreError::InvalidInput(format!(
                        "Filter value \"{other}\" is not one of User, Role, Group, LocalManagedPolicy, AWSManagedPolicy"
                    )));
                }
            }
        }
        Ok(if any { filter } else { DetailFilter::ALL })
    }
}

/// An entry of the combined listing before it is expanded into its detail.
enum Entry {
    User(User),
    Group(Group),
    Role(Role),
    Policy(String),
}

impl<S: Store> Iam<S> {
    /// GetAccountSummary: the account's entity counts and its quotas.
    pub async fn get_account_summary(
        &self,
        caller: &Caller,
    ) -> Result<BTreeMap<&'static str, i32>, CoreError> {
        self.authorize(caller, Operation::GetAccountSummary, "*")
            .await?;
        let count = |kind: Kind, owner: Option<&'static str>| async move {
            self.store
                .count(&self.account, kind, owner)
                .await
                .map(|n| i32::try_from(n).unwrap_or(i32::MAX))
        };
        let mut map = BTreeMap::new();
        map.insert("Users", count(Kind::User, None).await?);
        map.insert("Groups", count(Kind::Group, None).await?);
        map.insert("Roles", count(Kind::Role, None).await?);
        map.insert(
            "InstanceProfiles",
            count(Kind::InstanceProfile, None).await?,
        );
        map.insert("Policies", count(Kind::ManagedPolicy, None).await?);
        let attachments = self
            .store
            .list(&self.account, &Query::all(Kind::Attachment))
            .await?;
        let mut in_use = 0;
        for r in &attachments.records {
            let a: Attachment = decode(&r.data)?;
            if !a.boundary {
                in_use += 1;
            }
        }
        map.insert("PolicyVersionsInUse", in_use);
        let mfa = self
            .store
            .list(&self.account, &Query::all(Kind::MfaDevice))
            .await?;
        let assigned = mfa
            .records
            .iter()
            .filter(|r| r.owner.as_deref().is_some_and(|o| o != ROOT_OWNER))
            .count();
        let root_mfa = mfa
            .records
            .iter()
            .any(|r| r.owner.as_deref() == Some(ROOT_OWNER));
        map.insert(
            "MFADevices",
            i32::try_from(mfa.records.len()).unwrap_or(i32::MAX),
        );
        map.insert(
            "MFADevicesInUse",
            i32::try_from(assigned).unwrap_or(i32::MAX),
        );
        map.insert("AccountMFAEnabled", i32::from(root_mfa));
        let root_keys = count(Kind::AccessKey, Some(ROOT_OWNER)).await?;
        map.insert("AccountAccessKeysPresent", i32::from(root_keys > 0));
        let root_password = count(Kind::LoginProfile, Some(ROOT_OWNER)).await?;
        map.insert("AccountPasswordPresent", i32::from(root_password > 0));
        let root_certificates = count(Kind::SigningCertificate, Some(ROOT_OWNER)).await?;
        map.insert(
            "AccountSigningCertificatesPresent",
            i32::from(root_certificates > 0),
        );
        // Entities iamd does not have: server certificates, SAML and OIDC providers.
        map.insert("ServerCertificates", 0);
        map.insert("Providers", 0);
        // Which tokens the global STS endpoint issues (SetSecurityTokenServicePreferences).
        map.insert(
            "GlobalEndpointTokenVersion",
            self.global_endpoint_token_version().await?,
        );
        for (name, value) in QUOTAS {
            map.insert(name, *value);
        }
        Ok(map)
    }

    /// The account record and its version.
    pub(crate) async fn account_record(&self) -> Result<(Account, i64), CoreError> {
        let r = self
            .store
            .get(&self.account, Kind::Account, "")
            .await?
            .ok_or_else(|| CoreError::ServiceFailure("the account record is missing".into()))?;
        Ok((decode(&r.data)?, r.version))
    }

    async fn save_account(&self, account: &Account, version: i64) -> Result<(), CoreError> {
        self.write(
            WriteBatch::new()
                .require(Condition::Version {
                    kind: Kind::Account,
                    key: String::new(),
                    version,
                })
                .put(record(Kind::Account, "", None, None, account)?),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { .. } => CoreError::ConcurrentModification(
                "The account was changed by another request at the same time; retry.".into(),
            ),
            other => other.into(),
        })
    }

    /// CreateAccountAlias. An account has one alias: a new one replaces the old. The alias is
    /// unique among the accounts of this store, as AWS keeps it unique among all accounts.
    pub async fn create_account_alias(
        &self,
        caller: &Caller,
        alias: &str,
    ) -> Result<(), CoreError> {
        self.authorize(caller, Operation::CreateAccountAlias, "*")
            .await?;
        check_alias(alias)?;
        let taken =
            || CoreError::EntityAlreadyExists(format!("The account alias {alias} already exists."));
        let (mut account, version) = self.account_record().await?;
        if account.aliases.iter().any(|a| a == alias) {
            return Err(taken());
        }
        for other in self.store.accounts().await? {
            if other == self.account {
                continue;
            }
            if let Some(r) = self.store.get(&other, Kind::Account, "").await?
                && decode::<Account>(&r.data)?
                    .aliases
                    .iter()
                    .any(|a| a == alias)
            {
                return Err(taken());
            }
        }
        account.aliases = vec![alias.to_string()];
        self.save_account(&account, version).await
    }

    /// DeleteAccountAlias: the alias named must be the account's.
    pub async fn delete_account_alias(
        &self,
        caller: &Caller,
        alias: &str,
    ) -> Result<(), CoreError> {
        self.authorize(caller, Operation::DeleteAccountAlias, "*")
            .await?;
        let (mut account, version) = self.account_record().await?;
        if !account.aliases.iter().any(|a| a == alias) {
            return Err(CoreError::NoSuchEntity(format!(
                "The account alias {alias} cannot be found."
            )));
        }
        account.aliases.retain(|a| a != alias);
        self.save_account(&account, version).await
    }

    pub async fn list_account_aliases(
        &self,
        caller: &Caller,
        marker: Option<&str>,
        max_items: Option<i32>,
    ) -> Result<Paged<String>, CoreError> {
        self.authorize(caller, Operation::ListAccountAliases, "*")
            .await?;
        let (account, _) = self.account_record().await?;
        let mut aliases: Vec<(String, String)> = account
            .aliases
            .into_iter()
            .map(|a| (a.clone(), a))
            .collect();
        aliases.sort();
        Ok(paginate(aliases, marker, max_items))
    }

    /// GetAccountAuthorizationDetails: users, groups, roles and managed policies with
    /// everything that grants permissions, as one listing paged by `Marker` / `MaxItems`.
    /// AWS managed policies appear only when something in the account uses them.
    pub async fn get_account_authorization_details(
        &self,
        caller: &Caller,
        filter: DetailFilter,
        marker: Option<&str>,
        max_items: Option<i32>,
    ) -> Result<AuthorizationDetails, CoreError> {
        self.authorize(caller, Operation::GetAccountAuthorizationDetails, "*")
            .await?;
        // Keys order the combined listing: users, groups, roles, then policies.
        let mut entries: Vec<(String, Entry)> = Vec::new();
        if filter.users {
            for r in self.list_all(Kind::User).await? {
                entries.push((format!("1/{}", r.key), Entry::User(decode(&r.data)?)));
            }
        }
        if filter.groups {
            for r in self.list_all(Kind::Group).await? {
                entries.push((format!("2/{}", r.key), Entry::Group(decode(&r.data)?)));
            }
        }
        if filter.roles {
            for r in self.list_all(Kind::Role).await? {
                entries.push((format!("3/{}", r.key), Entry::Role(decode(&r.data)?)));
            }
        }
        if filter.aws_policies {
            let mut used = BTreeSet::new();
            for r in self.list_all(Kind::Attachment).await? {
                used.insert(decode::<Attachment>(&r.data)?.policy_arn);
            }
            for (name, path, ..) in AWS_MANAGED {
                let arn = aws_managed::arn(name, path);
                if used.remove(&arn) {
                    entries.push((format!("4/aws/{}", name_key(name)), Entry::Policy(arn)));
                }
            }
            // AWS managed policies kept by `iamd import` (views of unknown ones are skipped).
            for arn in used {
                if arn.starts_with("arn:aws:iam::aws:policy") {
                    let name = name_key(policy_name(&arn));
                    entries.push((format!("4/aws/{name}"), Entry::Policy(arn)));
                }
            }
        }
        if filter.local_policies {
            for r in self.list_all(Kind::ManagedPolicy).await? {
                let p: ManagedPolicy = decode(&r.data)?;
                entries.push((
                    format!("4/local/{}", r.key),
                    Entry::Policy(p.arn(&self.account)),
                ));
            }
        }
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let page = paginate(entries, marker, max_items);
        let mut out = AuthorizationDetails {
            is_truncated: page.is_truncated,
            marker: page.marker,
            ..AuthorizationDetails::default()
        };
        for entry in page.items {
            match entry {
                Entry::User(user) => {
                    let groups = self
                        .groups_of(&user.id)
                        .await?
                        .into_iter()
                        .map(|g| g.name)
                        .collect();
                    out.users.push(UserDetail {
                        inline_policies: self.named_inline(&user.id, &user.name).await?,
                        attached: self.attached_named(&user.id).await?,
                        groups,
                        user,
                    });
                }
                Entry::Group(group) => out.groups.push(GroupDetail {
                    inline_policies: self.named_inline(&group.id, &group.name).await?,
                    attached: self.attached_named(&group.id).await?,
                    group,
                }),
                Entry::Role(role) => out.roles.push(RoleDetail {
                    inline_policies: self.named_inline(&role.id, &role.name).await?,
                    attached: self.attached_named(&role.id).await?,
                    instance_profiles: self.profiles_of_role(&role.id).await?,
                    role,
                }),
                Entry::Policy(arn) => {
                    // A policy deleted since the listing was read is left out.
                    if let Some(view) = self.policy_view(&arn).await? {
                        out.policies.push(view);
                    }
                }
            }
        }
        Ok(out)
    }

    async fn list_all(&self, kind: Kind) -> Result<Vec<crate::store::Record>, CoreError> {
        Ok(self
            .store
            .list(&self.account, &Query::all(kind))
            .await?
            .records)
    }

    /// The inline policies of the entity with id `owner_id`, showing its name now.
    async fn named_inline(
        &self,
        owner_id: &str,
        owner_name: &str,
    ) -> Result<Vec<InlinePolicy>, CoreError> {
        let mut policies = self.inline_policies(owner_id).await?;
        for p in &mut policies {
            p.owner_name = owner_name.to_string();
        }
        Ok(policies)
    }

    /// The managed policies attached to the entity with id `owner_id`, as (name, ARN).
    async fn attached_named(&self, owner_id: &str) -> Result<Vec<(String, String)>, CoreError> {
        Ok(self
            .attached_arns(owner_id)
            .await?
            .into_iter()
            .map(|arn| (policy_name(&arn).to_string(), arn))
            .collect())
    }
}

/// The name of a managed policy, the last part of its ARN.
pub fn policy_name(arn: &str) -> &str {
    arn.rsplit('/').next().unwrap_or(arn)
}

/// What the wire pattern (`^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$`) says, for callers that
/// do not come through the wire layer, and IAM's rule that an alias is not an account id.
fn check_alias(alias: &str) -> Result<(), CoreError> {
    let bytes = alias.as_bytes();
    let allowed = |b: &u8| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-';
    let valid = (3..=63).contains(&bytes.len())
        && bytes.iter().all(allowed)
        && bytes.first() != Some(&b'-')
        && bytes.last() != Some(&b'-')
        && !alias.contains("--");
    if !valid {
        return Err(CoreError::InvalidInput(format!(
            "The account alias {alias} is not valid: use 3 to 63 lower-case letters, digits and single hyphens, beginning and ending with a letter or digit."
        )));
    }
    if bytes.len() == 12 && bytes.iter().all(u8::is_ascii_digit) {
        return Err(CoreError::InvalidInput(format!(
            "The account alias {alias} is not valid: an alias cannot be a 12-digit number, which reads as an account id."
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_follow_the_pattern() {
        for ok in ["abc", "my-company", "a1-b2-c3", "0ab"] {
            assert!(check_alias(ok).is_ok(), "{ok}");
        }
        for bad in ["ab", "-abc", "abc-", "a--b", "ABC", "a_b", "123456789012"] {
            assert!(check_alias(bad).is_err(), "{bad}");
        }
        assert!(check_alias(&"a".repeat(63)).is_ok());
        assert!(check_alias(&"a".repeat(64)).is_err());
    }

    #[test]
    fn filters() {
        assert_eq!(
            DetailFilter::from_names(Vec::<&str>::new()).ok(),
            Some(DetailFilter::ALL)
        );
        let f = DetailFilter::from_names(["User", "AWSManagedPolicy"]).unwrap();
        assert!(f.users && f.aws_policies && !f.groups && !f.roles && !f.local_policies);
        assert!(DetailFilter::from_names(["Users"]).is_err());
    }

    #[test]
    fn summary_quotas_are_unique() {
        let names: BTreeSet<_> = QUOTAS.iter().map(|(n, _)| *n).collect();
        assert_eq!(names.len(), QUOTAS.len());
        assert_eq!(
            policy_name("arn:aws:iam::aws:policy/job-function/Billing"),
            "Billing"
        );
    }
}
