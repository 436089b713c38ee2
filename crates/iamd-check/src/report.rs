//! Findings, the report they make and the run of every check (`run_checks`).

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use iamd_core::error::CoreError;
use iamd_core::service::Iam;
use iamd_core::store::Store;

use crate::{compliance, lockout, snapshot};

/// Security Hub's severity labels, lowest first (so `>=` means "at least as severe").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Severity {
    /// Best practice, no risk by itself.
    Informational,
    /// Low risk.
    Low,
    /// Medium risk.
    Medium,
    /// High risk.
    High,
    /// Critical risk.
    Critical,
}

impl Severity {
    /// Every severity, most severe first.
    pub const ALL: [Severity; 5] = [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
        Severity::Informational,
    ];

    /// The label as Security Hub writes it (`HIGH`).
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Informational => "INFORMATIONAL",
            Severity::Low => "LOW",
            Severity::Medium => "MEDIUM",
            Severity::High => "HIGH",
            Severity::Critical => "CRITICAL",
        }
    }

    /// Read a severity as written on the command line (any case).
    pub fn parse(text: &str) -> Option<Severity> {
        Severity::ALL
            .into_iter()
            .find(|s| s.as_str().eq_ignore_ascii_case(text.trim()))
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What kind of check produced a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// A control of Security Hub or the CIS benchmark.
    Compliance,
    /// A user who cannot get past sign-in (LOCKOUT.x).
    Lockout,
}

/// The statement that blocks a user, for lockout findings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Blocking {
    /// The policy's name (`mfa-force`), or the account setting that decides.
    pub policy: String,
    /// The managed policy's ARN, when it is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policy_arn: Option<String>,
    /// How the policy reaches the user: `inline policy of group developers`, `managed policy
    /// attached to user alice`, `permissions boundary`.
    pub attached: String,
    /// The statement: its Sid, or `#N` (1-based) when it has none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement: Option<String>,
}

/// One finding: what is wrong, where, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// The check's id: Security Hub's (`IAM.7`), or iamd's own (`IAMD.1`, `LOCKOUT.1`).
    pub id: String,
    /// The same requirement in other standards (`CIS 1.8`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<String>,
    /// What the check requires, in one line.
    pub title: String,
    /// How severe the finding is.
    pub severity: Severity,
    /// Compliance control or lockout.
    pub category: Category,
    /// The resource's ARN (`AWS::::Account:ID` for account-wide findings, as Security Hub
    /// names the account).
    pub resource: String,
    /// What is wrong, in one or two sentences.
    pub detail: String,
    /// The smallest change that resolves it.
    pub fix: String,
    /// For lockouts: the blocking policy and statement.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blocking: Vec<Blocking>,
    /// Whether the fix was checked by re-evaluating the changed policies (lockouts only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fix_verified: Option<bool>,
}

/// How many findings of each severity.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// All findings.
    pub total: usize,
    /// Findings of severity CRITICAL.
    pub critical: usize,
    /// Findings of severity HIGH.
    pub high: usize,
    /// Findings of severity MEDIUM.
    pub medium: usize,
    /// Findings of severity LOW.
    pub low: usize,
    /// Findings of severity INFORMATIONAL.
    pub informational: usize,
}

impl Summary {
    fn of(findings: &[Finding]) -> Summary {
        let mut s = Summary {
            total: findings.len(),
            ..Summary::default()
        };
        for f in findings {
            *match f.severity {
                Severity::Critical => &mut s.critical,
                Severity::High => &mut s.high,
                Severity::Medium => &mut s.medium,
                Severity::Low => &mut s.low,
                Severity::Informational => &mut s.informational,
            } += 1;
        }
        s
    }

    /// `3 findings: 1 CRITICAL, 2 HIGH` (or `no findings`).
    pub fn line(&self) -> String {
        if self.total == 0 {
            return "no findings".to_string();
        }
        let parts: Vec<String> = [
            (self.critical, Severity::Critical),
            (self.high, Severity::High),
            (self.medium, Severity::Medium),
            (self.low, Severity::Low),
            (self.informational, Severity::Informational),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, s)| format!("{n} {s}"))
        .collect();
        format!(
            "{} finding{}: {}",
            self.total,
            if self.total == 1 { "" } else { "s" },
            parts.join(", ")
        )
    }
}

/// The result of checking an account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// The account checked.
    pub account: String,
    /// The time ages were evaluated at.
    #[serde(with = "time::serde::rfc3339")]
    pub as_of: OffsetDateTime,
    /// How many findings of each severity.
    pub summary: Summary,
    /// The findings, most severe first.
    pub findings: Vec<Finding>,
}

impl Report {
    fn new(account: &str, as_of: OffsetDateTime, mut findings: Vec<Finding>) -> Report {
        sort(&mut findings);
        Report {
            account: account.to_string(),
            as_of,
            summary: Summary::of(&findings),
            findings,
        }
    }

    /// The most severe finding's severity.
    pub fn worst(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }

    /// Whether a finding at or above `threshold` exists.
    pub fn fails_at(&self, threshold: Severity) -> bool {
        self.worst().is_some_and(|w| w >= threshold)
    }

    /// The lockout findings.
    pub fn lockouts(&self) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(|f| f.category == Category::Lockout)
    }
}

/// Most severe first, then by check id (numerically: IAM.3 before IAM.22), resource, detail.
fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then_with(|| id_key(&a.id).cmp(&id_key(&b.id)))
            .then_with(|| a.resource.cmp(&b.resource))
            .then_with(|| a.detail.cmp(&b.detail))
    });
}

fn id_key(id: &str) -> (&str, u32) {
    match id.rsplit_once('.') {
        Some((prefix, n)) => (prefix, n.parse().unwrap_or(u32::MAX)),
        None => (id, 0),
    }
}

/// What to check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckOptions {
    /// The time ages and expiry are evaluated at.
    pub as_of: OffsetDateTime,
    /// Run the compliance checks.
    pub compliance: bool,
    /// Run the lockout analyzer.
    pub lockout: bool,
}

impl CheckOptions {
    /// Everything, as of `as_of`.
    pub fn all(as_of: OffsetDateTime) -> CheckOptions {
        CheckOptions {
            as_of,
            compliance: true,
            lockout: true,
        }
    }
}

/// Check the account: compliance checks and the lockout analyzer.
pub async fn run_checks<S: Store>(
    iam: &Iam<S>,
    options: &CheckOptions,
) -> Result<Report, CoreError> {
    let mut findings = Vec::new();
    if options.compliance {
        findings.extend(compliance::run(iam, options.as_of).await?);
    }
    if options.lockout {
        let mut snap = snapshot::Snapshot::load(iam).await?;
        findings.extend(lockout::run(&mut snap, options.as_of)?);
    }
    Ok(Report::new(iam.account_id(), options.as_of, findings))
}

/// The account as Security Hub names it in account-wide findings.
pub(crate) fn account_resource(account: &str) -> String {
    format!("AWS::::Account:{account}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(id: &str, severity: Severity, resource: &str) -> Finding {
        Finding {
            id: id.into(),
            related: vec![],
            title: String::new(),
            severity,
            category: Category::Compliance,
            resource: resource.into(),
            detail: String::new(),
            fix: String::new(),
            blocking: vec![],
            fix_verified: None,
        }
    }

    #[test]
    fn findings_are_ordered_by_severity_then_check_then_resource() {
        let mut f = vec![
            finding("IAM.22", Severity::Medium, "b"),
            finding("IAM.3", Severity::Medium, "z"),
            finding("IAM.4", Severity::Critical, "a"),
            finding("IAM.22", Severity::Medium, "a"),
        ];
        sort(&mut f);
        let order: Vec<(&str, &str)> = f
            .iter()
            .map(|f| (f.id.as_str(), f.resource.as_str()))
            .collect();
        assert_eq!(
            order,
            [
                ("IAM.4", "a"),
                ("IAM.3", "z"),
                ("IAM.22", "a"),
                ("IAM.22", "b")
            ]
        );
    }

    #[test]
    fn severities_parse_and_compare() {
        assert_eq!(Severity::parse("high"), Some(Severity::High));
        assert_eq!(
            Severity::parse("Informational"),
            Some(Severity::Informational)
        );
        assert_eq!(Severity::parse("urgent"), None);
        assert!(Severity::Critical > Severity::High);
        let r = Report::new(
            "123456789012",
            OffsetDateTime::UNIX_EPOCH,
            vec![finding("IAM.16", Severity::Low, "x")],
        );
        assert!(r.fails_at(Severity::Low));
        assert!(!r.fails_at(Severity::Medium));
        assert_eq!(r.summary.line(), "1 finding: 1 LOW");
        assert_eq!(
            serde_json::to_value(Severity::High).unwrap(),
            serde_json::json!("HIGH")
        );
    }
}
