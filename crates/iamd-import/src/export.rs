//! The merged export: every file read by its shape, merged into one account's facts.

use std::collections::BTreeMap;

use iamd_core::entities::PasswordPolicy;

use crate::shapes::{
    self, FileError, GroupIn, LoginIn, MfaIn, Part, PolicyIn, RoleExtra, RoleIn, UserIn,
};
use iamd_core::ops::credential_report::ReportRow;

/// Why an import cannot proceed. Nothing has been written when one is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// One file is malformed: `export.json: UserDetailList[3]: missing field "PolicyArn"`.
    #[error("{file}: {message}")]
    File {
        /// The file, as given.
        file: String,
        /// What is wrong, and where in the file.
        message: String,
    },
    /// The files together do not describe one consistent account.
    #[error("{0}")]
    Inconsistent(String),
}

/// Everything the files said, merged: pages in any order, duplicates once.
#[derive(Debug, Clone, Default)]
pub struct Export {
    /// Users by ARN.
    pub users: BTreeMap<String, UserIn>,
    /// Groups by ARN.
    pub groups: BTreeMap<String, GroupIn>,
    /// Roles by ARN.
    pub roles: BTreeMap<String, RoleIn>,
    /// Managed policies (customer and AWS) by ARN.
    pub policies: BTreeMap<String, PolicyIn>,
    /// The account password policy, if a file gave one.
    pub password_policy: Option<PasswordPolicy>,
    /// Credential report rows by ARN.
    pub report: Option<BTreeMap<String, ReportRow>>,
    /// Virtual MFA devices by serial number.
    pub mfa: BTreeMap<String, MfaIn>,
    /// By lower-cased user name.
    pub login_profiles: BTreeMap<String, LoginIn>,
    /// What list-roles / get-role add to a role, by ARN.
    pub role_extras: BTreeMap<String, RoleExtra>,
    /// The account aliases.
    pub aliases: Vec<String>,
    /// The account id and the first file that named it.
    account: Option<(String, String)>,
    /// Each file read and what it was: (file, description).
    pub files: Vec<(String, &'static str)>,
}

/// The account id in an IAM ARN (`arn:aws:iam::123456789012:user/x`), if it has one.
fn arn_account(arn: &str) -> Option<&str> {
    let mut parts = arn.splitn(6, ':');
    match (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) {
        (Some("arn"), Some(_), Some("iam"), Some(""), Some(account))
            if account.len() == 12 && account.bytes().all(|b| b.is_ascii_digit()) =>
        {
            Some(account)
        }
        _ => None,
    }
}

impl Export {
    /// An export of no file yet.
    pub fn new() -> Export {
        Export::default()
    }

    /// Read one file and merge it in. `file` names it in errors.
    pub fn add(&mut self, file: &str, content: &[u8]) -> Result<(), ImportError> {
        let fail = |message: String| ImportError::File {
            file: file.to_string(),
            message,
        };
        let part = shapes::read(content).map_err(|e| {
            fail(match e {
                FileError::Syntax(m) => format!("not valid JSON: {m}"),
                FileError::Shape(s) => s.to_string(),
                FileError::Unrecognized => "not an output of the aws CLI that iamd import reads \
                    (get-account-authorization-details, get-account-password-policy, \
                    get-credential-report, list-virtual-mfa-devices, get-login-profile, \
                    list-roles, list-account-aliases)"
                    .to_string(),
            })
        })?;
        for arn in arns_of(&part) {
            let Some(account) = arn_account(arn) else {
                if arn.starts_with("arn:aws:iam::aws:") {
                    continue;
                }
                return Err(fail(format!("\"{arn}\" is not the ARN of an IAM entity")));
            };
            match &self.account {
                None => self.account = Some((account.to_string(), file.to_string())),
                Some((known, first)) if known != account => {
                    return Err(ImportError::Inconsistent(format!(
                        "the files describe different accounts: {first} is account {known}, {file} names {arn}"
                    )));
                }
                Some(_) => {}
            }
        }
        self.files.push((file.to_string(), part.describe()));
        self.merge(part);
        Ok(())
    }

    fn merge(&mut self, part: Part) {
        match part {
            Part::Details {
                users,
                groups,
                roles,
                policies,
            } => {
                for u in users {
                    self.users.insert(u.arn.clone(), u);
                }
                for g in groups {
                    self.groups.insert(g.arn.clone(), g);
                }
                for r in roles {
                    self.roles.insert(r.arn.clone(), r);
                }
                for p in policies {
                    self.policies.insert(p.arn.clone(), p);
                }
            }
            Part::PasswordPolicy(p) => self.password_policy = Some(p),
            Part::CredentialReport(rows) => {
                let report = self.report.get_or_insert_with(BTreeMap::new);
                for row in rows {
                    report.insert(row.arn.clone(), row);
                }
            }
            Part::VirtualMfa(devices) => {
                for d in devices {
                    self.mfa.insert(d.serial.clone(), d);
                }
            }
            Part::LoginProfile(p) => {
                self.login_profiles
                    .insert(iamd_core::entities::name_key(&p.user), p);
            }
            Part::Roles(extras) => {
                for r in extras {
                    self.role_extras.insert(r.arn.clone(), r);
                }
            }
            Part::Aliases(aliases) => {
                for a in aliases {
                    if !self.aliases.contains(&a) {
                        self.aliases.push(a);
                    }
                }
            }
        }
    }

    /// The account the files describe.
    pub fn account(&self) -> Result<&str, ImportError> {
        self.account
            .as_ref()
            .map(|(a, _)| a.as_str())
            .ok_or_else(|| {
                ImportError::Inconsistent(
                    "no file names the account: give at least the output of \
                 `aws iam get-account-authorization-details`"
                        .into(),
                )
            })
    }
}

/// Every ARN a part mentions that belongs to an account.
fn arns_of(part: &Part) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    match part {
        Part::Details {
            users,
            groups,
            roles,
            policies,
        } => {
            out.extend(users.iter().map(|u| u.arn.as_str()));
            out.extend(groups.iter().map(|g| g.arn.as_str()));
            out.extend(roles.iter().map(|r| r.arn.as_str()));
            out.extend(policies.iter().map(|p| p.arn.as_str()));
        }
        Part::CredentialReport(rows) => out.extend(rows.iter().map(|r| r.arn.as_str())),
        Part::VirtualMfa(devices) => {
            for d in devices {
                out.push(d.serial.as_str());
                out.extend(d.user_arn.as_deref());
            }
        }
        Part::Roles(extras) => out.extend(extras.iter().map(|r| r.arn.as_str())),
        Part::PasswordPolicy(_) | Part::LoginProfile(_) | Part::Aliases(_) => {}
    }
    out
}
