//! From the merged export to the account's store records, exactly as the operations would
//! have written them (keys, owners, references), so every operation reads an imported account
//! like one built through the API.

use std::collections::{BTreeMap, BTreeSet};

use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use iamd_core::CoreError;
use iamd_core::aws_managed::{self, AWS_MANAGED};
use iamd_core::entities::{
    AccessKey, Account, Attachment, IMPORTED_PASSWORD, InlinePolicy, InstanceProfile,
    InstanceProfileRole, KeyStatus, LoginProfile, Membership, OwnerKind, ROOT_OWNER,
    attachment_key, aws_policy_key, boundary_owner, imported_secret, inline_policy_key,
    instance_profile_role_key, membership_key, name_key,
};
use iamd_core::ops::credential_report::{KeyFacts, ReportRow};
use iamd_core::ops::mfa::{Assignee, VirtualMfaDevice};
use iamd_core::service::record;
use iamd_core::store::{Kind, NewRecord};

use crate::export::{Export, ImportError};

/// What an import holds, for the summary it prints.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Users.
    pub users: usize,
    /// Groups.
    pub groups: usize,
    /// Roles.
    pub roles: usize,
    /// Instance profiles (those holding a role: the export shows no other).
    pub instance_profiles: usize,
    /// Customer managed policies.
    pub customer_policies: usize,
    /// AWS managed policies iamd does not carry, kept with the export's document.
    pub aws_policies: usize,
    /// Inline policies of users, groups and roles.
    pub inline_policies: usize,
    /// Managed policy attachments (permissions boundaries not counted).
    pub attachments: usize,
    /// Group memberships.
    pub memberships: usize,
    /// Login profiles (without passwords).
    pub login_profiles: usize,
    /// MFA devices (without seeds).
    pub mfa_devices: usize,
    /// Access keys (without secrets).
    pub access_keys: usize,
    /// Whether the account has a custom password policy.
    pub password_policy: bool,
    /// Facts that could not be placed (a report row for a user the export does not have, …).
    pub warnings: Vec<String>,
}

/// The account's new records and what they amount to.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The account id.
    pub account: String,
    /// Every record of the account, for `Store::replace_account`.
    pub records: Vec<NewRecord>,
    /// What the records amount to.
    pub summary: Summary,
}

fn encode(
    kind: Kind,
    key: &str,
    owner: Option<&str>,
    reference: Option<&str>,
    value: &impl serde::Serialize,
) -> Result<NewRecord, ImportError> {
    record(kind, key, owner, reference, value)
        .map_err(|e: CoreError| ImportError::Inconsistent(format!("cannot encode a record: {e}")))
}

/// An access key id for an imported key fact: `AKIAIMPORT` and ten characters derived from the
/// account, user and slot, so re-importing the same export gives the same ids.
fn imported_key_id(account: &str, user: &str, slot: usize) -> String {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let digest = Sha256::digest(format!("{account}\n{user}\n{slot}").as_bytes());
    let mut id = String::from("AKIAIMPORT");
    for b in digest.iter().take(10) {
        id.push(char::from(ALPHABET[usize::from(*b) % 32]));
    }
    id
}

/// The `(path, name)` of an MFA serial `arn:aws:iam::ACCT:mfa/path/name`.
fn mfa_path_name(serial: &str) -> (String, String) {
    let rest = serial.split_once(":mfa").map_or("/", |(_, r)| r);
    let rest = if rest.starts_with('/') { rest } else { "/" };
    match rest.rfind('/') {
        Some(i) => (rest[..=i].to_string(), rest[i + 1..].to_string()),
        None => ("/".into(), rest.to_string()),
    }
}

/// Build the account's records. `now` stands in for dates no file gives.
pub fn plan(export: &Export, now: OffsetDateTime) -> Result<Plan, ImportError> {
    let account = export.account()?.to_string();
    let mut planner = Planner {
        root_arn: format!("arn:aws:iam::{account}:root"),
        account,
        now,
        records: Vec::new(),
        summary: Summary {
            password_policy: export.password_policy.is_some(),
            ..Summary::default()
        },
        known_policies: AWS_MANAGED
            .iter()
            .map(|(name, path, ..)| aws_managed::arn(name, path))
            .collect(),
        groups: BTreeMap::new(),
        users: BTreeMap::new(),
        mfa_owners: BTreeSet::new(),
        account_created: None,
    };
    planner.managed_policies(export)?;
    // Groups first: memberships name them.
    planner.groups(export)?;
    planner.users(export)?;
    planner.roles(export)?;
    planner.mfa_devices(export)?;
    if let Some(report) = &export.report {
        for row in report.values() {
            planner.report_row(export, row)?;
        }
    }
    planner.finish(export)
}

fn inconsistent(message: String) -> ImportError {
    ImportError::Inconsistent(message)
}

/// The records built so far, and what later steps look up in them.
struct Planner {
    account: String,
    root_arn: String,
    now: OffsetDateTime,
    records: Vec<NewRecord>,
    summary: Summary,
    /// Every managed policy ARN that exists (iamd's AWS managed copies and the export's).
    known_policies: BTreeSet<String>,
    /// Lower-cased group name → (name, id).
    groups: BTreeMap<String, (String, String)>,
    /// User ARN → (name, id), for the report and MFA devices.
    users: BTreeMap<String, (String, String)>,
    /// Owners of the virtual MFA devices listed (the report's `mfa_active` adds the others).
    mfa_owners: BTreeSet<String>,
    /// The root user's creation time, from the report.
    account_created: Option<OffsetDateTime>,
}

impl Planner {
    /// Managed policies: which ARNs exist, for the attachments below.
    fn managed_policies(&mut self, export: &Export) -> Result<(), ImportError> {
        for (arn, p) in &export.policies {
            if let Some(rest) = arn.strip_prefix("arn:aws:iam::aws:policy") {
                // iamd's own copy of an AWS managed policy wins; others keep the export's
                // document.
                if !self.known_policies.contains(arn) {
                    self.records.push(encode(
                        Kind::Account,
                        &aws_policy_key(rest),
                        None,
                        None,
                        &p.policy,
                    )?);
                    self.summary.aws_policies += 1;
                }
            } else {
                if p.policy.arn(&self.account) != *arn {
                    return Err(inconsistent(format!(
                        "the policy {arn} has path {} and name {}, which make another ARN",
                        p.policy.path, p.policy.name
                    )));
                }
                self.records.push(encode(
                    Kind::ManagedPolicy,
                    &name_key(&p.policy.name),
                    None,
                    None,
                    &p.policy,
                )?);
                self.summary.customer_policies += 1;
            }
            self.known_policies.insert(arn.clone());
        }
        Ok(())
    }

    fn check_policy(&self, who: &str, arn: &str) -> Result<(), ImportError> {
        if self.known_policies.contains(arn) {
            Ok(())
        } else {
            Err(inconsistent(format!(
                "{who} uses the managed policy {arn}, which no file describes \
                 (is a page of get-account-authorization-details missing?)"
            )))
        }
    }

    /// An entity's inline policies and attachments, keyed by its id (see `store`).
    fn owned(
        &mut self,
        kind: OwnerKind,
        id: &str,
        name: &str,
        inline: &[(String, String)],
        attached: &[String],
    ) -> Result<(), ImportError> {
        let owner = id.to_string();
        for (policy, document) in inline {
            let p = InlinePolicy {
                owner_kind: kind,
                owner_name: name.to_string(),
                name: policy.clone(),
                document: document.clone(),
            };
            let key = inline_policy_key(&owner, policy);
            self.records
                .push(encode(Kind::InlinePolicy, &key, Some(&owner), None, &p)?);
            self.summary.inline_policies += 1;
        }
        for arn in attached {
            self.check_policy(&format!("{} {name}", kind.as_str()), arn)?;
            let a = Attachment {
                owner_kind: kind,
                owner_name: name.to_string(),
                policy_arn: arn.clone(),
                boundary: false,
            };
            let key = attachment_key(&owner, arn);
            self.records
                .push(encode(Kind::Attachment, &key, Some(&owner), Some(arn), &a)?);
            self.summary.attachments += 1;
        }
        Ok(())
    }

    /// The record that marks `arn` as the permissions boundary of a user or role.
    fn boundary(
        &mut self,
        kind: OwnerKind,
        id: &str,
        name: &str,
        arn: &str,
    ) -> Result<(), ImportError> {
        self.check_policy(&format!("the boundary of {} {name}", kind.as_str()), arn)?;
        let usage_owner = boundary_owner(id);
        let a = Attachment {
            owner_kind: kind,
            owner_name: name.to_string(),
            policy_arn: arn.to_string(),
            boundary: true,
        };
        self.records.push(encode(
            Kind::Attachment,
            &attachment_key(&usage_owner, arn),
            Some(&usage_owner),
            Some(arn),
            &a,
        )?);
        Ok(())
    }

    fn groups(&mut self, export: &Export) -> Result<(), ImportError> {
        for (arn, g) in &export.groups {
            if g.group.arn(&self.account) != *arn {
                return Err(inconsistent(format!(
                    "the group {arn} has path {} and name {}, which make another ARN",
                    g.group.path, g.group.name
                )));
            }
            let key = name_key(&g.group.name);
            if self
                .groups
                .insert(key.clone(), (g.group.name.clone(), g.group.id.clone()))
                .is_some()
            {
                return Err(inconsistent(format!(
                    "two groups are named {}",
                    g.group.name
                )));
            }
            self.records.push(encode(
                Kind::Group,
                &key,
                None,
                Some(&g.group.id),
                &g.group,
            )?);
            self.owned(
                OwnerKind::Group,
                &g.group.id,
                &g.group.name,
                &g.inline,
                &g.attached,
            )?;
            self.summary.groups += 1;
        }
        Ok(())
    }

    fn users(&mut self, export: &Export) -> Result<(), ImportError> {
        let mut user_keys = BTreeSet::new();
        for (arn, u) in &export.users {
            let user = &u.user;
            if user.arn(&self.account) != *arn {
                return Err(inconsistent(format!(
                    "the user {arn} has path {} and name {}, which make another ARN",
                    user.path, user.name
                )));
            }
            let key = name_key(&user.name);
            if !user_keys.insert(key.clone()) {
                return Err(inconsistent(format!("two users are named {}", user.name)));
            }
            self.records
                .push(encode(Kind::User, &key, None, Some(&user.id), user)?);
            if let Some(b) = &user.permissions_boundary {
                self.boundary(OwnerKind::User, &user.id, &user.name, b)?;
            }
            self.owned(
                OwnerKind::User,
                &user.id,
                &user.name,
                &u.inline,
                &u.attached,
            )?;
            for group in &u.groups {
                self.membership(&user.id, &user.name, group)?;
            }
            self.users
                .insert(arn.clone(), (user.name.clone(), user.id.clone()));
            self.summary.users += 1;
        }
        Ok(())
    }

    fn membership(&mut self, user_id: &str, user: &str, group: &str) -> Result<(), ImportError> {
        let Some((group_name, group_id)) = self.groups.get(&name_key(group)) else {
            return Err(inconsistent(format!(
                "user {user} is in group {group}, which no file describes \
                 (is a page of get-account-authorization-details missing?)"
            )));
        };
        let m = Membership {
            user: user.to_string(),
            group: group_name.clone(),
        };
        let record = encode(
            Kind::Membership,
            &membership_key(user_id, group_id),
            Some(user_id),
            Some(group_id),
            &m,
        )?;
        self.records.push(record);
        self.summary.memberships += 1;
        Ok(())
    }

    fn roles(&mut self, export: &Export) -> Result<(), ImportError> {
        let mut role_keys = BTreeSet::new();
        // Instance profiles, listed under each role they hold: written once each, by id.
        let mut profiles: BTreeMap<String, InstanceProfile> = BTreeMap::new();
        for (arn, r) in &export.roles {
            let mut role = r.role.clone();
            if role.arn(&self.account) != *arn {
                return Err(inconsistent(format!(
                    "the role {arn} has path {} and name {}, which make another ARN",
                    role.path, role.name
                )));
            }
            if let Some(extra) = export.role_extras.get(arn) {
                if let Some(d) = extra.max_session_duration {
                    role.max_session_duration = d;
                }
                if extra.description.is_some() {
                    role.description = extra.description.clone();
                }
            }
            let key = name_key(&role.name);
            if !role_keys.insert(key.clone()) {
                return Err(inconsistent(format!("two roles are named {}", role.name)));
            }
            self.records
                .push(encode(Kind::Role, &key, None, Some(&role.id), &role)?);
            if let Some(b) = &role.permissions_boundary {
                self.boundary(OwnerKind::Role, &role.id, &role.name, b)?;
            }
            self.owned(
                OwnerKind::Role,
                &role.id,
                &role.name,
                &r.inline,
                &r.attached,
            )?;
            for p in &r.instance_profiles {
                self.records.push(encode(
                    Kind::InstanceProfileRole,
                    &instance_profile_role_key(&p.id, &role.id),
                    Some(&role.id),
                    Some(&p.id),
                    &InstanceProfileRole {
                        profile: p.name.clone(),
                        role: role.name.clone(),
                    },
                )?);
                profiles.entry(p.id.clone()).or_insert_with(|| p.clone());
            }
            self.summary.roles += 1;
        }
        self.instance_profiles(profiles.values())
    }

    fn instance_profiles<'a>(
        &mut self,
        profiles: impl Iterator<Item = &'a InstanceProfile>,
    ) -> Result<(), ImportError> {
        let mut profile_keys = BTreeSet::new();
        for p in profiles {
            let key = name_key(&p.name);
            if !profile_keys.insert(key.clone()) {
                return Err(inconsistent(format!(
                    "two instance profiles are named {}",
                    p.name
                )));
            }
            self.records
                .push(encode(Kind::InstanceProfile, &key, None, Some(&p.id), p)?);
            self.summary.instance_profiles += 1;
        }
        Ok(())
    }

    /// MFA devices: the virtual ones as listed; owners found by ARN.
    fn mfa_devices(&mut self, export: &Export) -> Result<(), ImportError> {
        for (serial, d) in &export.mfa {
            let assigned = match d.user_arn.as_deref() {
                None => None,
                Some(a) if a == self.root_arn => Some(Assignee::Root),
                Some(a) => match self.users.get(a) {
                    Some((_, id)) => Some(Assignee::User(id.clone())),
                    None => {
                        self.summary.warnings.push(format!(
                            "the MFA device {serial} is assigned to {a}, which the export does not have; imported as unassigned"
                        ));
                        None
                    }
                },
            };
            let (path, name) = mfa_path_name(serial);
            let device = VirtualMfaDevice {
                serial_number: serial.clone(),
                name,
                path,
                create_date: d.enable_date.unwrap_or(self.now),
                seed: imported_secret(),
                enable_date: assigned.as_ref().map(|_| d.enable_date.unwrap_or(self.now)),
                assigned,
                last_step: None,
                drift: 0,
                tags: d.tags.clone(),
            };
            let owner = device.assigned.as_ref().map(|a| match a {
                Assignee::User(id) => id.clone(),
                Assignee::Root => ROOT_OWNER.to_string(),
            });
            if let Some(o) = &owner {
                self.mfa_owners.insert(o.clone());
            }
            self.records.push(encode(
                Kind::MfaDevice,
                &serial.to_ascii_lowercase(),
                owner.as_deref(),
                None,
                &device,
            )?);
            self.summary.mfa_devices += 1;
        }
        Ok(())
    }

    /// One credential report row's facts: its login profile, MFA the virtual list did not
    /// show (hardware and security keys), its access keys.
    fn report_row(&mut self, export: &Export, row: &ReportRow) -> Result<(), ImportError> {
        let (owner, user_name) = if row.is_root() || row.arn == self.root_arn {
            self.account_created = row.user_creation_time;
            (ROOT_OWNER.to_string(), None)
        } else {
            match self.users.get(&row.arn) {
                Some((name, id)) => (id.clone(), Some(name.clone())),
                None => {
                    self.summary.warnings.push(format!(
                        "the credential report has a row for {}, which the export does not have; skipped",
                        row.arn
                    ));
                    return Ok(());
                }
            }
        };
        if let Some(name) = &user_name
            && row.password_enabled
        {
            self.login_profile(export, row, &owner, name)?;
        }
        if row.mfa_active && !self.mfa_owners.contains(&owner) {
            self.unlisted_mfa(&owner, user_name.as_deref())?;
        }
        for (slot, facts) in row.keys.iter().enumerate() {
            if facts.exists() {
                self.access_key(row, slot, facts, &owner, user_name.clone())?;
            }
        }
        Ok(())
    }

    fn login_profile(
        &mut self,
        export: &Export,
        row: &ReportRow,
        owner: &str,
        name: &str,
    ) -> Result<(), ImportError> {
        let extra = export.login_profiles.get(&name_key(name));
        let created = export
            .users
            .get(&row.arn)
            .map_or(self.now, |u| u.user.create_date);
        let changed = row.password_last_changed.unwrap_or(created);
        let profile = LoginProfile {
            user: name.to_string(),
            create_date: extra.map_or(changed, |p| p.create_date),
            password_reset_required: extra.is_some_and(|p| p.reset_required),
            hash: IMPORTED_PASSWORD.to_string(),
            password_changed: changed,
            history: Vec::new(),
            password_last_used: row.password_last_used,
            reset_required_unknown: extra.is_none(),
        };
        self.records.push(encode(
            Kind::LoginProfile,
            owner,
            Some(owner),
            None,
            &profile,
        )?);
        self.summary.login_profiles += 1;
        Ok(())
    }

    /// An MFA device the report says is active but the virtual list did not show.
    fn unlisted_mfa(&mut self, owner: &str, user_name: Option<&str>) -> Result<(), ImportError> {
        let label = user_name.unwrap_or("root-account-mfa-device");
        let serial = format!("arn:aws:iam::{}:mfa/imported/{label}", self.account);
        let device = VirtualMfaDevice {
            serial_number: serial.clone(),
            name: label.to_string(),
            path: "/imported/".into(),
            create_date: self.now,
            seed: imported_secret(),
            assigned: Some(match user_name {
                Some(_) => Assignee::User(owner.to_string()),
                None => Assignee::Root,
            }),
            enable_date: Some(self.now),
            last_step: None,
            drift: 0,
            tags: Vec::new(),
        };
        self.records.push(encode(
            Kind::MfaDevice,
            &serial.to_ascii_lowercase(),
            Some(owner),
            None,
            &device,
        )?);
        self.summary.mfa_devices += 1;
        Ok(())
    }

    fn access_key(
        &mut self,
        row: &ReportRow,
        slot: usize,
        facts: &KeyFacts,
        owner: &str,
        user_name: Option<String>,
    ) -> Result<(), ImportError> {
        let id = imported_key_id(&self.account, &row.arn, slot + 1);
        let key = AccessKey {
            id: id.clone(),
            user: user_name,
            status: if facts.active {
                KeyStatus::Active
            } else {
                KeyStatus::Inactive
            },
            // The report orders keys by creation; keep that order when the date is unknown
            // (an inactive key) by placing it after the first.
            create_date: facts
                .last_rotated
                .unwrap_or(self.now + time::Duration::seconds(i64::try_from(slot).unwrap_or(0))),
            secret: imported_secret(),
            last_used: facts.last_used,
            last_used_service: facts.last_used_service.clone(),
            last_used_region: facts.last_used_region.clone(),
        };
        self.records
            .push(encode(Kind::AccessKey, &id, Some(owner), None, &key)?);
        self.summary.access_keys += 1;
        Ok(())
    }

    /// The account record and the layout marker first, then everything else.
    fn finish(mut self, export: &Export) -> Result<Plan, ImportError> {
        let earliest = export
            .users
            .values()
            .map(|u| u.user.create_date)
            .chain(export.groups.values().map(|g| g.group.create_date))
            .chain(export.roles.values().map(|r| r.role.create_date))
            .min();
        let account_record = Account {
            id: self.account.clone(),
            create_date: self.account_created.or(earliest).unwrap_or(self.now),
            aliases: export.aliases.clone(),
            password_policy: export.password_policy.clone(),
            refuse_common_passwords: false,
        };
        self.records
            .insert(0, encode(Kind::Account, "", None, None, &account_record)?);
        self.records.insert(
            1,
            iamd_core::layout::marker()
                .map_err(|e| inconsistent(format!("cannot encode a record: {e}")))?,
        );
        Ok(Plan {
            account: self.account,
            records: self.records,
            summary: self.summary,
        })
    }
}
