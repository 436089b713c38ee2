//! `iamd check`: the compliance checks and the lockout analyzer on an account's stored state
//! (see `iamd_check`), as a table or JSON. It reads the data directory and may run while
//! `iamd serve` does.
//!
//! Exit status: 0 when no finding is at or above `--fail-on` (default HIGH), 1 when one is, 2
//! when the account cannot be checked.

use std::process::ExitCode;

use anyhow::Context;
use iamd_check::{CheckOptions, Finding, Report, Severity, run_checks};
use time::format_description::well_known::Rfc3339;
use time::{Date, OffsetDateTime};

use crate::data_dir::DataDirArg;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Exit status: 0 when no finding is at or above --fail-on, 1 when one is, \
                        2 when the account could not be checked."
)]
pub struct Args {
    #[command(flatten)]
    pub data: DataDirArg,
    /// Print the report as JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Exit with status 1 when a finding at or above this severity exists: CRITICAL, HIGH,
    /// MEDIUM, LOW, INFORMATIONAL, or NONE to always exit 0. Lockouts are HIGH.
    #[arg(long, default_value = "HIGH", value_parser = parse_threshold)]
    pub fail_on: Threshold,
    /// Evaluate ages and password expiry as of this time (RFC 3339, or a date YYYY-MM-DD at
    /// midnight UTC) instead of now.
    #[arg(long, value_parser = parse_time)]
    pub as_of: Option<OffsetDateTime>,
}

/// `--fail-on`: a severity, or never.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Threshold {
    At(Severity),
    Never,
}

fn parse_threshold(text: &str) -> Result<Threshold, String> {
    if text.eq_ignore_ascii_case("none") {
        return Ok(Threshold::Never);
    }
    Severity::parse(text).map(Threshold::At).ok_or_else(|| {
        format!("\"{text}\" is not a severity (CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL or NONE)")
    })
}

fn parse_time(text: &str) -> Result<OffsetDateTime, String> {
    if let Ok(t) = OffsetDateTime::parse(text, &Rfc3339) {
        return Ok(t);
    }
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(text, &format)
        .map(|d| d.midnight().assume_utc())
        .map_err(|_| {
            format!("\"{text}\" is not a time (2025-06-30T12:00:00Z) or a date (2025-06-30)")
        })
}

pub fn run(args: Args) -> ExitCode {
    match check(&args) {
        Ok(report) => {
            if args.json {
                match serde_json::to_string_pretty(&report) {
                    Ok(text) => println!("{text}"),
                    Err(e) => {
                        eprintln!("iamd check: cannot encode the report: {e}");
                        return ExitCode::from(2);
                    }
                }
            } else {
                print!("{}", table(&report));
            }
            let fails = match args.fail_on {
                Threshold::At(s) => report.fails_at(s),
                Threshold::Never => false,
            };
            if fails {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(e) => {
            eprintln!("iamd check: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn check(args: &Args) -> anyhow::Result<Report> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(async {
        let (iam, _) = args.data.open_existing().await?;
        let as_of = args.as_of.unwrap_or_else(|| iam.now());
        run_checks(&iam, &CheckOptions::all(as_of))
            .await
            .context("the checks could not run")
    })
}

/// The report as a table: severity, check, resource, then what is wrong and the fix beneath
/// the finding column; a summary line last.
fn table(report: &Report) -> String {
    const SEV: usize = 13;
    const ID: usize = 10;
    let res = report
        .findings
        .iter()
        .map(|f| f.resource.len())
        .max()
        .unwrap_or(8)
        .clamp(8, 64);
    let mut out = String::new();
    if !report.findings.is_empty() {
        out.push_str(&format!(
            "{:<SEV$} {:<ID$} {:<res$}  FINDING\n",
            "SEVERITY", "CHECK", "RESOURCE"
        ));
    }
    let indent = " ".repeat(SEV + 1 + ID + 1 + res + 2);
    for f in &report.findings {
        out.push_str(&row(f, res, &indent));
    }
    let as_of = report.as_of.format(&Rfc3339).unwrap_or_default();
    out.push_str(&format!(
        "account {} as of {as_of}: {}\n",
        report.account,
        report.summary.line()
    ));
    out
}

fn row(f: &Finding, res: usize, indent: &str) -> String {
    const SEV: usize = 13;
    const ID: usize = 10;
    let mut out = format!(
        "{:<SEV$} {:<ID$} {:<res$}  {}\n",
        f.severity.as_str(),
        f.id,
        f.resource,
        f.title
    );
    // A resource wider than its column pushes the title along; the lines below stay aligned.
    out.push_str(&format!("{indent}{}\n", f.detail));
    for b in &f.blocking {
        let statement = b
            .statement
            .as_deref()
            .map(|s| format!("statement {s} of "))
            .unwrap_or_default();
        out.push_str(&format!(
            "{indent}blocking: {statement}{} ({})\n",
            b.policy, b.attached
        ));
    }
    out.push_str(&format!("{indent}fix: {}\n", f.fix));
    if !f.related.is_empty() {
        out.push_str(&format!("{indent}also: {}\n", f.related.join(", ")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_and_times_parse() {
        assert_eq!(
            parse_threshold("medium"),
            Ok(Threshold::At(Severity::Medium))
        );
        assert_eq!(parse_threshold("NONE"), Ok(Threshold::Never));
        assert!(parse_threshold("severe").is_err());
        assert_eq!(
            parse_time("2025-06-30").map(|t| t.unix_timestamp()),
            Ok(1_751_241_600)
        );
        assert_eq!(
            parse_time("2025-06-30T00:00:00Z").map(|t| t.unix_timestamp()),
            Ok(1_751_241_600)
        );
        assert!(parse_time("yesterday").is_err());
    }
}
