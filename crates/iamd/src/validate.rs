//! `iamd validate`: policy validation as IAM Access Analyzer's ValidatePolicy does it, offline,
//! on policy files.

use std::io::{self, Read, Write};
use std::process::ExitCode;

use iamd_analysis::{Finding, FindingType, PolicyType, validate};

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Human output gives FILE:LINE:COLUMN (columns from 1, as compilers print them); --json gives
each file's findings in Access Analyzer's ValidatePolicy response shape (columns from 0).
Exit status: 0, or 1 when a finding is at or above --fail-on, or 2 when a file is unreadable.

Examples:
  iamd validate policy.json
  iamd validate --policy-type RESOURCE_POLICY bucket-policy.json trust.json
  iamd validate --json --fail-on WARNING policies/*.json")]
pub struct Args {
    /// Policy documents to validate (`-` reads standard input).
    #[arg(value_name = "FILE", required = true)]
    files: Vec<String>,
    /// How the policies are used, which decides some checks (Principal, Sids).
    #[arg(long, value_enum, default_value = "IDENTITY_POLICY")]
    policy_type: PolicyTypeArg,
    /// One JSON object per file, {"file": …, "findings": [ValidatePolicyFinding…]}.
    #[arg(long)]
    json: bool,
    /// The least severe finding type that makes the exit status 1.
    #[arg(long, value_enum, default_value = "ERROR")]
    fail_on: FailOn,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum PolicyTypeArg {
    #[value(name = "IDENTITY_POLICY")]
    Identity,
    #[value(name = "RESOURCE_POLICY")]
    Resource,
    #[value(name = "SERVICE_CONTROL_POLICY")]
    ServiceControl,
}

impl From<PolicyTypeArg> for PolicyType {
    fn from(arg: PolicyTypeArg) -> PolicyType {
        match arg {
            PolicyTypeArg::Identity => PolicyType::IdentityPolicy,
            PolicyTypeArg::Resource => PolicyType::ResourcePolicy,
            PolicyTypeArg::ServiceControl => PolicyType::ServiceControlPolicy,
        }
    }
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
#[value(rename_all = "SCREAMING_SNAKE_CASE")]
enum FailOn {
    Error,
    SecurityWarning,
    Warning,
    Suggestion,
    None,
}

impl FailOn {
    fn threshold(self) -> Option<FindingType> {
        match self {
            FailOn::Error => Some(FindingType::Error),
            FailOn::SecurityWarning => Some(FindingType::SecurityWarning),
            FailOn::Warning => Some(FindingType::Warning),
            FailOn::Suggestion => Some(FindingType::Suggestion),
            FailOn::None => None,
        }
    }
}

pub fn run(args: Args) -> ExitCode {
    let policy_type = PolicyType::from(args.policy_type);
    let threshold = args.fail_on.threshold();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut counts = [0usize; 4];
    let (mut unreadable, mut failing, mut validated) = (false, false, 0usize);
    for file in &args.files {
        let text = match read(file) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("iamd validate: {file}: {e}");
                unreadable = true;
                continue;
            }
        };
        validated += 1;
        let findings = validate(&text, policy_type);
        for f in &findings {
            if let Some(slot) = counts.get_mut(f.finding_type as usize) {
                *slot += 1;
            }
            failing |= threshold.is_some_and(|t| f.finding_type <= t);
        }
        let written = if args.json {
            write_json(&mut out, file, &findings)
        } else {
            write_human(&mut out, file, &findings)
        };
        if let Err(e) = written {
            eprintln!("iamd validate: writing the results: {e}");
            return ExitCode::from(2);
        }
    }
    if !args.json {
        let [errors, security, warnings, suggestions] = counts;
        let _ = writeln!(
            out,
            "{validated} file(s) validated: {errors} error(s), {security} security warning(s), \
             {warnings} warning(s), {suggestions} suggestion(s)"
        );
    }
    if let Err(e) = out.flush() {
        eprintln!("iamd validate: writing the results: {e}");
        return ExitCode::from(2);
    }
    match (unreadable, failing) {
        (true, _) => ExitCode::from(2),
        (false, true) => ExitCode::from(1),
        (false, false) => ExitCode::SUCCESS,
    }
}

fn read(file: &str) -> io::Result<String> {
    if file == "-" {
        let mut text = String::new();
        io::stdin().read_to_string(&mut text)?;
        return Ok(text);
    }
    std::fs::read_to_string(file)
}

fn write_human(out: &mut impl Write, file: &str, findings: &[Finding]) -> io::Result<()> {
    for f in findings {
        let (line, column) = f
            .locations
            .first()
            .map_or((1, 1), |l| (l.span.start.line, l.span.start.column + 1));
        writeln!(
            out,
            "{file}:{line}:{column}: {} {}: {}",
            f.finding_type.name(),
            f.issue_code,
            f.finding_details
        )?;
    }
    Ok(())
}

fn write_json(out: &mut impl Write, file: &str, findings: &[Finding]) -> io::Result<()> {
    let object = serde_json::json!({ "file": file, "findings": findings });
    serde_json::to_writer(&mut *out, &object)?;
    writeln!(out)
}
