//! Checking the account: compliance checks (Security Hub's IAM controls and the CIS AWS
//! Foundations Benchmark) and the lockout analyzer.
//!
//! ```text
//! run_checks(iam, as_of)
//!  ├─ compliance: the credential report's rows (ops/credential_report.rs) + the password policy
//!  │    IAM.7 / IAM.15 / IAM.16 / IAM.17   account password policy
//!  │    IAM.5, IAM.22, IAM.3, IAMD.1        per user: MFA, unused credentials, key and password age
//!  │    IAM.4, IAM.9                        root access keys, root MFA
//!  └─ lockout: every user's policies, gathered as the authorizer gathers them (from a snapshot
//!     of the account read with one query per record kind: snapshot.rs), evaluated by the
//!     real engine in the session the user will have (console, no MFA yet)
//!       LOCKOUT.1 must change the password, ChangePassword denied
//!       LOCKOUT.2 MFA enforced, cannot create or enable an MFA device without MFA
//!       LOCKOUT.3 must change the password, cannot read the password policy
//!       LOCKOUT.4 HardExpiry on, no one but root can reset a password
//!       LOCKOUT.5 imported without get-login-profile: a reset, if required, would be LOCKOUT.1/3
//! ```
//!
//! Findings are plain data (serde), ordered stably (severity, check, resource), for `iamd
//! check`, its JSON output and the console. [`watch`] re-runs the analyzer after policy changes
//! in a running server and keeps the latest report.

#![warn(missing_docs)]

mod account;
mod compliance;
mod fix;
mod lockout;
mod report;
mod rows;
mod snapshot;
pub mod watch;

pub use account::{AccountPolicies, Compiled};
pub(crate) use report::account_resource;
pub use report::{
    Blocking, Category, CheckOptions, Finding, Report, Severity, Summary, run_checks,
};
pub use rows::PasswordLastChanged;
pub use watch::{IamLockoutWatch, LockoutWatch, triggers_analysis, watch_lockouts};
