//! `iamd audit`: check the audit trail's integrity (`verify`) and look events up (`lookup`).
//!
//! Both only read `DATA_DIR/audit` (and the signing key), so they may run while `iamd serve`
//! appends.

use std::process::ExitCode;

use iamd_audit::lookup::{self, Attribute, Filter};
use iamd_audit::verify;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::data_dir::DataDirArg;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: AuditCommand,
}

#[derive(Debug, clap::Subcommand)]
enum AuditCommand {
    /// Check every record and file against its signed digest; exit non-zero naming each
    /// changed, removed, inserted or reordered record or file.
    Verify {
        #[command(flatten)]
        data: DataDirArg,
        /// A signature printed by an earlier `verify` (its `head:` line) and kept off this
        /// host: fail unless the trail still holds it (records cut from the newest day's end
        /// together with their digest entries show only this way).
        #[arg(long, value_name = "SIGNATURE")]
        anchor: Option<String>,
    },
    /// Look events up, newest first, with LookupEvents' filters (all given must match).
    Lookup(Box<LookupArgs>),
}

#[derive(Debug, clap::Args)]
struct LookupArgs {
    #[command(flatten)]
    data: DataDirArg,
    /// The IAM user name (`root` for the root user, the session name for a role session).
    #[arg(long)]
    user: Option<String>,
    /// The operation (`ChangePassword`, `ConsoleLogin`, …).
    #[arg(long)]
    event_name: Option<String>,
    /// `iam.amazonaws.com`, `sts.amazonaws.com`, `signin.amazonaws.com`, …
    #[arg(long)]
    event_source: Option<String>,
    #[arg(long)]
    access_key_id: Option<String>,
    #[arg(long)]
    event_id: Option<String>,
    #[arg(long)]
    resource_name: Option<String>,
    /// `AWS::IAM::User`, `AWS::IAM::Group`, …
    #[arg(long)]
    resource_type: Option<String>,
    #[arg(long)]
    read_only: Option<bool>,
    /// Only events at or after this time (RFC 3339, a date, or epoch seconds).
    #[arg(long, value_parser = parse_time)]
    start_time: Option<OffsetDateTime>,
    /// Only events at or before this time (RFC 3339, a date, or epoch seconds).
    #[arg(long, value_parser = parse_time)]
    end_time: Option<OffsetDateTime>,
    /// Only failed calls (denied ones included).
    #[arg(long)]
    errors_only: bool,
    #[arg(long, default_value_t = 50)]
    max_results: usize,
    /// One CloudTrail record (JSON) a line instead of a table.
    #[arg(long)]
    json: bool,
}

fn parse_time(s: &str) -> Result<OffsetDateTime, String> {
    if let Ok(t) = OffsetDateTime::parse(s, &Rfc3339) {
        return Ok(t);
    }
    if let Ok(secs) = s.parse::<i64>() {
        return OffsetDateTime::from_unix_timestamp(secs).map_err(|e| e.to_string());
    }
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(s, &format)
        .map(|d| d.midnight().assume_utc())
        .map_err(|_| {
            format!("{s} is not a time (use 2026-11-22T18:00:00Z, 2026-11-22 or epoch seconds)")
        })
}

pub fn run(args: Args) -> ExitCode {
    match args.command {
        AuditCommand::Verify { data, anchor } => run_verify(&data, anchor.as_deref()),
        AuditCommand::Lookup(a) => run_lookup(&a),
    }
}

fn run_verify(data: &DataDirArg, anchor: Option<&str>) -> ExitCode {
    let report = match verify::verify_anchored(&data.data_dir, anchor) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("iamd audit verify: {e}");
            return ExitCode::from(2);
        }
    };
    for p in &report.problems {
        println!("TAMPERED: {p}");
    }
    for n in &report.notes {
        println!("note: {n}");
    }
    if let Some(head) = &report.head {
        // Kept elsewhere, this is what `--anchor` checks later.
        println!("head: {head}");
    }
    if report.intact() {
        println!(
            "iamd audit verify: intact: {} files, {} records",
            report.files, report.records
        );
        ExitCode::SUCCESS
    } else {
        println!(
            "iamd audit verify: {} problems in {} files ({} records)",
            report.problems.len(),
            report.files,
            report.records
        );
        ExitCode::FAILURE
    }
}

fn run_lookup(a: &LookupArgs) -> ExitCode {
    let mut filter = Filter {
        start: a.start_time,
        end: a.end_time,
        errors_only: a.errors_only,
        ..Filter::default()
    };
    let pairs = [
        ("Username", &a.user),
        ("EventName", &a.event_name),
        ("EventSource", &a.event_source),
        ("AccessKeyId", &a.access_key_id),
        ("EventId", &a.event_id),
        ("ResourceName", &a.resource_name),
        ("ResourceType", &a.resource_type),
    ];
    for (key, value) in pairs {
        if let Some(v) = value
            && let Some(attr) = Attribute::from_key(key, v)
        {
            filter.attributes.push(attr);
        }
    }
    if let Some(r) = a.read_only {
        filter.attributes.push(Attribute::ReadOnly(r));
    }
    let (found, more) = match lookup::lookup(&a.data.data_dir, &filter, None, a.max_results) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("iamd audit lookup: {e}");
            return ExitCode::FAILURE;
        }
    };
    if a.json {
        for f in &found {
            println!("{}", f.line);
        }
        return ExitCode::SUCCESS;
    }
    let rows: Vec<[String; 6]> = found
        .iter()
        .map(|f| {
            let r = &f.record;
            [
                r.event_time.clone(),
                r.event_name.clone(),
                r.lookup_username().unwrap_or_else(|| "-".into()),
                r.source_ip_address.clone(),
                r.error_code.clone().unwrap_or_else(|| "ok".into()),
                r.resources()
                    .into_iter()
                    .map(|(_, n)| n)
                    .collect::<Vec<_>>()
                    .join(","),
            ]
        })
        .collect();
    let header = ["TIME", "EVENT", "USER", "SOURCE IP", "RESULT", "RESOURCES"];
    let mut widths = header.map(str::len);
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: [&str; 6]| {
        let mut out = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                out.push_str(c);
            } else {
                out.push_str(&format!("{c:<width$}  ", width = widths[i]));
            }
        }
        println!("{}", out.trim_end());
    };
    line(header);
    for row in &rows {
        line(row.each_ref().map(String::as_str));
    }
    if more.is_some() {
        println!("(more events: raise --max-results or narrow the filters)");
    }
    ExitCode::SUCCESS
}
