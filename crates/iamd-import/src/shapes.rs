//! The outputs of the aws CLI commands an import reads, recognized by their shape (their
//! top-level members), never by file name.

use serde_json::Value;
use time::OffsetDateTime;

use crate::json::{At, ShapeError, Shaped};
use iamd_core::entities::{
    Group, ManagedPolicy, PasswordPolicy, PolicyVersionDoc, Role, Tag, User,
};
use iamd_core::ops::credential_report::{self as report, ReportRow};

/// A user as `UserDetailList` describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserIn {
    pub arn: String,
    pub user: User,
    pub groups: Vec<String>,
    /// (policy name, document)
    pub inline: Vec<(String, String)>,
    pub attached: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupIn {
    pub arn: String,
    pub group: Group,
    pub inline: Vec<(String, String)>,
    pub attached: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleIn {
    pub arn: String,
    pub role: Role,
    pub inline: Vec<(String, String)>,
    pub attached: Vec<String>,
    /// The instance profiles the role is in (`InstanceProfileList`).
    pub instance_profiles: Vec<iamd_core::entities::InstanceProfile>,
}

/// A managed policy of the `Policies` list: customer managed, or AWS managed (then `arn` is
/// `arn:aws:iam::aws:policy…`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyIn {
    pub arn: String,
    pub policy: ManagedPolicy,
}

/// A virtual MFA device of `list-virtual-mfa-devices`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MfaIn {
    pub serial: String,
    /// The assigned user's ARN (`…:root` for the root user).
    pub user_arn: Option<String>,
    pub user_name: Option<String>,
    pub enable_date: Option<OffsetDateTime>,
    pub tags: Vec<Tag>,
}

/// A login profile of `get-login-profile`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginIn {
    pub user: String,
    pub create_date: OffsetDateTime,
    pub reset_required: bool,
}

/// A role's settings that only `list-roles` / `get-role` show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleExtra {
    pub arn: String,
    pub max_session_duration: Option<i32>,
    pub description: Option<String>,
}

/// What one file held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Details {
        users: Vec<UserIn>,
        groups: Vec<GroupIn>,
        roles: Vec<RoleIn>,
        policies: Vec<PolicyIn>,
    },
    PasswordPolicy(PasswordPolicy),
    CredentialReport(Vec<ReportRow>),
    VirtualMfa(Vec<MfaIn>),
    LoginProfile(LoginIn),
    Roles(Vec<RoleExtra>),
    Aliases(Vec<String>),
}

impl Part {
    /// What the file is, for messages and the summary.
    pub fn describe(&self) -> &'static str {
        match self {
            Part::Details { .. } => "get-account-authorization-details",
            Part::PasswordPolicy(_) => "get-account-password-policy",
            Part::CredentialReport(_) => "get-credential-report",
            Part::VirtualMfa(_) => "list-virtual-mfa-devices",
            Part::LoginProfile(_) => "get-login-profile",
            Part::Roles(_) => "list-roles",
            Part::Aliases(_) => "list-account-aliases",
        }
    }
}

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// Not JSON (or truncated): serde_json's message, with line and column.
    Syntax(String),
    Shape(ShapeError),
    /// JSON, but none of the outputs an import reads.
    Unrecognized,
}

impl From<ShapeError> for FileError {
    fn from(e: ShapeError) -> FileError {
        FileError::Shape(e)
    }
}

/// Recognize and read one file's content.
pub fn read(content: &[u8]) -> Result<Part, FileError> {
    let text = String::from_utf8_lossy(content);
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with("user,arn") {
        return report::parse(trimmed)
            .map(Part::CredentialReport)
            .map_err(|message| {
                FileError::Shape(ShapeError {
                    path: String::new(),
                    message,
                })
            });
    }
    let value: Value =
        serde_json::from_str(trimmed).map_err(|e| FileError::Syntax(e.to_string()))?;
    let root = At::root(&value);
    if !value.is_object() {
        return Err(FileError::Unrecognized);
    }
    if [
        "UserDetailList",
        "GroupDetailList",
        "RoleDetailList",
        "Policies",
    ]
    .iter()
    .any(|k| root.has(k))
    {
        return Ok(details(&root)?);
    }
    if root.has("PasswordPolicy") {
        return Ok(Part::PasswordPolicy(password_policy(
            &root.field("PasswordPolicy")?,
        )?));
    }
    if root.has("Content") {
        return credential_report(&root);
    }
    if root.has("VirtualMFADevices") {
        return Ok(Part::VirtualMfa(
            root.list("VirtualMFADevices")?
                .iter()
                .map(mfa_device)
                .collect::<Shaped<_>>()?,
        ));
    }
    if root.has("LoginProfile") {
        let p = root.field("LoginProfile")?;
        return Ok(Part::LoginProfile(LoginIn {
            user: p.string("UserName")?,
            create_date: p.date_field("CreateDate")?,
            reset_required: match p.opt("PasswordResetRequired")? {
                Some(b) => b.bool()?,
                None => false,
            },
        }));
    }
    if root.has("Roles") || root.has("Role") {
        let items = match root.opt("Role")? {
            Some(one) => vec![one],
            None => root.list("Roles")?,
        };
        return Ok(Part::Roles(
            items
                .iter()
                .map(|r| {
                    Ok(RoleExtra {
                        arn: r.string("Arn")?,
                        max_session_duration: r
                            .opt("MaxSessionDuration")?
                            .map(|d| d.i64().map(|n| i32::try_from(n).unwrap_or(i32::MAX)))
                            .transpose()?,
                        description: r.opt_string("Description")?,
                    })
                })
                .collect::<Shaped<_>>()?,
        ));
    }
    if root.has("AccountAliases") {
        return Ok(Part::Aliases(
            root.list("AccountAliases")?
                .iter()
                .map(|a| a.str().map(str::to_string))
                .collect::<Shaped<_>>()?,
        ));
    }
    Err(FileError::Unrecognized)
}

/// A role's `InstanceProfileList` (each profile's own `Roles` say nothing more: the profile
/// holds the role it is listed under).
fn instance_profiles(at: &At<'_>) -> Shaped<Vec<iamd_core::entities::InstanceProfile>> {
    at.list("InstanceProfileList")?
        .iter()
        .map(|p| {
            Ok(iamd_core::entities::InstanceProfile {
                name: p.string("InstanceProfileName")?,
                id: p.string("InstanceProfileId")?,
                path: p.opt_string("Path")?.unwrap_or_else(|| "/".into()),
                create_date: p.date_field("CreateDate")?,
                tags: tags(p)?,
            })
        })
        .collect()
}

fn tags(at: &At<'_>) -> Shaped<Vec<Tag>> {
    at.list("Tags")?
        .iter()
        .map(|t| {
            Ok(Tag {
                key: t.string("Key")?,
                value: t.string("Value")?,
            })
        })
        .collect()
}

fn inline(at: &At<'_>, list: &str) -> Shaped<Vec<(String, String)>> {
    at.list(list)?
        .iter()
        .map(|p| {
            let name = p.string("PolicyName")?;
            let doc = p.field("PolicyDocument")?;
            Ok((name, checked(&doc, iamd_policy::PolicyKind::Identity)?))
        })
        .collect()
}

fn attached(at: &At<'_>) -> Shaped<Vec<String>> {
    at.list("AttachedManagedPolicies")?
        .iter()
        .map(|p| p.string("PolicyArn"))
        .collect()
}

fn boundary(at: &At<'_>) -> Shaped<Option<String>> {
    match at.opt("PermissionsBoundary")? {
        Some(b) => b.opt_string("PermissionsBoundaryArn"),
        None => Ok(None),
    }
}

/// A document that the policy language accepts (what authorization will compile later).
fn checked(doc: &At<'_>, kind: iamd_policy::PolicyKind) -> Shaped<String> {
    let text = doc.document()?;
    iamd_policy::parse_policy(&text, kind)
        .map_err(|e| doc.error(format!("the policy document is not valid: {e}")))?;
    Ok(text)
}

fn details(root: &At<'_>) -> Shaped<Part> {
    let mut users = Vec::new();
    for u in root.list("UserDetailList")? {
        users.push(UserIn {
            arn: u.string("Arn")?,
            user: User {
                name: u.string("UserName")?,
                id: u.string("UserId")?,
                path: u.opt_string("Path")?.unwrap_or_else(|| "/".into()),
                create_date: u.date_field("CreateDate")?,
                tags: tags(&u)?,
                permissions_boundary: boundary(&u)?,
            },
            groups: u
                .list("GroupList")?
                .iter()
                .map(|g| g.str().map(str::to_string))
                .collect::<Shaped<_>>()?,
            inline: inline(&u, "UserPolicyList")?,
            attached: attached(&u)?,
        });
    }
    let mut groups = Vec::new();
    for g in root.list("GroupDetailList")? {
        groups.push(GroupIn {
            arn: g.string("Arn")?,
            group: Group {
                name: g.string("GroupName")?,
                id: g.string("GroupId")?,
                path: g.opt_string("Path")?.unwrap_or_else(|| "/".into()),
                create_date: g.date_field("CreateDate")?,
            },
            inline: inline(&g, "GroupPolicyList")?,
            attached: attached(&g)?,
        });
    }
    let mut roles = Vec::new();
    for r in root.list("RoleDetailList")? {
        let trust = r.field("AssumeRolePolicyDocument")?;
        roles.push(RoleIn {
            arn: r.string("Arn")?,
            role: Role {
                name: r.string("RoleName")?,
                id: r.string("RoleId")?,
                path: r.opt_string("Path")?.unwrap_or_else(|| "/".into()),
                create_date: r.date_field("CreateDate")?,
                assume_role_policy: checked(&trust, iamd_policy::PolicyKind::Trust)?,
                description: r.opt_string("Description")?,
                max_session_duration: match r.opt("MaxSessionDuration")? {
                    Some(d) => i32::try_from(d.i64()?).map_err(|_| d.error("out of range"))?,
                    None => 3600,
                },
                tags: tags(&r)?,
                permissions_boundary: boundary(&r)?,
            },
            inline: inline(&r, "RolePolicyList")?,
            attached: attached(&r)?,
            instance_profiles: instance_profiles(&r)?,
        });
    }
    let mut policies = Vec::new();
    for p in root.list("Policies")? {
        let arn = p.string("Arn")?;
        let default_version = p.string("DefaultVersionId")?;
        let mut versions = Vec::new();
        let mut highest = 0u32;
        let mut default_seen = false;
        for v in p.list("PolicyVersionList")? {
            let id = v.string("VersionId")?;
            let number = id
                .strip_prefix('v')
                .and_then(|n| n.parse::<u32>().ok())
                .ok_or_else(|| v.error(format!("VersionId \"{id}\" is not v1, v2, …")))?;
            highest = highest.max(number);
            let is_default = match v.opt("IsDefaultVersion")? {
                Some(b) => b.bool()?,
                None => id == default_version,
            };
            default_seen |= is_default && id == default_version;
            let doc = v.field("Document")?;
            versions.push(PolicyVersionDoc {
                document: checked(&doc, iamd_policy::PolicyKind::Identity)?,
                create_date: match v.opt("CreateDate")? {
                    Some(d) => d.date()?,
                    None => p.date_field("CreateDate")?,
                },
                id,
            });
        }
        if !default_seen {
            return Err(p.error(format!(
                "PolicyVersionList has no default version {default_version}"
            )));
        }
        // In the order they were made, as CreatePolicyVersion keeps them.
        versions.sort_by_key(|v| v.id.trim_start_matches('v').parse::<u32>().unwrap_or(0));
        let create_date = p.date_field("CreateDate")?;
        policies.push(PolicyIn {
            policy: ManagedPolicy {
                name: p.string("PolicyName")?,
                id: p.string("PolicyId")?,
                path: p.opt_string("Path")?.unwrap_or_else(|| "/".into()),
                description: p.opt_string("Description")?,
                create_date,
                update_date: match p.opt("UpdateDate")? {
                    Some(d) => d.date()?,
                    None => create_date,
                },
                default_version,
                versions,
                next_version: highest + 1,
                tags: tags(&p)?,
            },
            arn,
        });
    }
    Ok(Part::Details {
        users,
        groups,
        roles,
        policies,
    })
}

fn password_policy(p: &At<'_>) -> Shaped<PasswordPolicy> {
    let flag = |name: &str| -> Shaped<bool> {
        match p.opt(name)? {
            Some(b) => b.bool(),
            None => Ok(false),
        }
    };
    let number = |name: &str| -> Shaped<Option<u32>> {
        p.opt(name)?
            .map(|n| {
                let v = n.i64()?;
                u32::try_from(v).map_err(|_| n.error(format!("{v} is out of range")))
            })
            .transpose()
    };
    Ok(PasswordPolicy {
        minimum_password_length: number("MinimumPasswordLength")?.unwrap_or(8),
        require_symbols: flag("RequireSymbols")?,
        require_numbers: flag("RequireNumbers")?,
        require_uppercase_characters: flag("RequireUppercaseCharacters")?,
        require_lowercase_characters: flag("RequireLowercaseCharacters")?,
        allow_users_to_change_password: flag("AllowUsersToChangePassword")?,
        max_password_age: number("MaxPasswordAge")?,
        password_reuse_prevention: number("PasswordReusePrevention")?,
        hard_expiry: p.opt("HardExpiry")?.map(|b| b.bool()).transpose()?,
    })
}

fn credential_report(root: &At<'_>) -> Result<Part, FileError> {
    let content = root.field("Content")?;
    let encoded = content.str()?;
    // The CLI prints the blob base64-encoded; tolerate line breaks inside it.
    let compact: String = encoded.chars().filter(|c| !c.is_whitespace()).collect();
    let bytes = data_encoding::BASE64
        .decode(compact.as_bytes())
        .map_err(|e| content.error(format!("not base64: {e}")))?;
    let csv =
        String::from_utf8(bytes).map_err(|_| content.error("the report is not UTF-8 text"))?;
    report::parse(&csv)
        .map(Part::CredentialReport)
        .map_err(|message| {
            FileError::Shape(content.error(format!("the decoded report: {message}")))
        })
}

fn mfa_device(d: &At<'_>) -> Shaped<MfaIn> {
    let user = d.opt("User")?;
    Ok(MfaIn {
        serial: d.string("SerialNumber")?,
        user_arn: user.as_ref().map(|u| u.string("Arn")).transpose()?,
        user_name: user
            .as_ref()
            .map(|u| u.opt_string("UserName"))
            .transpose()?
            .flatten(),
        enable_date: d.opt("EnableDate")?.map(|t| t.date()).transpose()?,
        tags: tags(d)?,
    })
}
