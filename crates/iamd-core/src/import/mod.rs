//! Import of a real AWS account's IAM configuration from what the aws CLI exports, without
//! secrets: `aws iam get-account-authorization-details` (whole, or page by page),
//! `get-account-password-policy`, `get-credential-report` (the CLI's JSON or the raw CSV),
//! `list-virtual-mfa-devices`, and optionally `get-login-profile` (for `PasswordResetRequired`),
//! `list-roles` / `get-role` (for `MaxSessionDuration` and descriptions) and
//! `list-account-aliases`.
//!
//! ```text
//!  file… ──read (shape → Part)──► Export (merged, de-duplicated, one account id) ──plan──► records
//!                                                                 store.replace_account ◄──┘
//! ```
//!
//! Files are recognized by their shape, never their name, and read completely before anything
//! is written: a malformed one is reported with its name and the JSON path of the fault, and
//! the store is then untouched. The plan replaces the whole account in one store transaction.
//!
//! No password, secret key or TOTP seed is ever exported, so imported credentials are *facts*:
//! a login profile whose hash is no password hash (it verifies nothing until an administrator
//! sets a password with UpdateLoginProfile), access keys and MFA devices whose secret is
//! sealed under the [`IMPORTED_KID`] marker, which authentication and code checks refuse. The
//! credential report and the compliance checks read them like any other.

mod build;
pub mod json;
pub mod report;
pub mod shapes;

use std::collections::BTreeMap;

use crate::entities::PasswordPolicy;
use crate::secrets::Sealed;

pub use build::{Plan, Summary, plan};
use shapes::{FileError, GroupIn, LoginIn, MfaIn, Part, PolicyIn, RoleExtra, RoleIn, UserIn};

/// The key id of the seal on imported access keys and MFA devices: no master key has it, and
/// authentication refuses it before trying to open anything.
pub const IMPORTED_KID: &str = "imported";

/// The stored "hash" of an imported login profile: not a PHC string, so no password verifies.
pub const IMPORTED_PASSWORD: &str = "imported:no-password-until-an-administrator-sets-one";

/// The sealed secret of an imported access key or MFA device: nothing inside.
pub fn imported_secret() -> Sealed {
    Sealed {
        kid: IMPORTED_KID.into(),
        nonce: String::new(),
        ct: String::new(),
    }
}

/// Whether a sealed secret is an imported placeholder.
pub fn is_imported(sealed: &Sealed) -> bool {
    sealed.kid == IMPORTED_KID
}

/// The store key (under `Kind::Account`) of an imported AWS managed policy that iamd does not
/// carry itself: `aws-policy:` + the ARN after `arn:aws:iam::aws:policy` (path and name).
pub fn aws_policy_key(arn_rest: &str) -> String {
    format!("aws-policy:{arn_rest}")
}

/// Why an import cannot proceed. Nothing has been written when one is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// One file is malformed: `export.json: UserDetailList[3]: missing field "PolicyArn"`.
    #[error("{file}: {message}")]
    File { file: String, message: String },
    /// The files together do not describe one consistent account.
    #[error("{0}")]
    Inconsistent(String),
}

/// Everything the files said, merged: pages in any order, duplicates once.
#[derive(Debug, Clone, Default)]
pub struct Export {
    pub users: BTreeMap<String, UserIn>,
    pub groups: BTreeMap<String, GroupIn>,
    pub roles: BTreeMap<String, RoleIn>,
    pub policies: BTreeMap<String, PolicyIn>,
    pub password_policy: Option<PasswordPolicy>,
    /// Credential report rows by ARN.
    pub report: Option<BTreeMap<String, report::ReportRow>>,
    pub mfa: BTreeMap<String, MfaIn>,
    /// By lower-cased user name.
    pub login_profiles: BTreeMap<String, LoginIn>,
    pub role_extras: BTreeMap<String, RoleExtra>,
    pub aliases: Vec<String>,
    /// The account id and the first file that named it.
    account: Option<(String, String)>,
    /// (file, what it was)
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
                    .insert(crate::entities::name_key(&p.user), p);
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

#[cfg(test)]
mod tests;
