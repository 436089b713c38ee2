//! `iamd paths [--to admin|ACTION] [--resource ARN] [--from PRINCIPAL] [--json]`: the
//! privilege-escalation paths of the account: who can become or empower whom through IAM and
//! STS actions, and each principal's shortest path to an administrator or to a principal
//! allowed ACTION, with the statement behind every step (see `iamd_access::paths`).
//!
//! Exit status: 0 when no principal can escalate, 1 when one can, 2 when the account cannot be
//! read or the question is malformed.

use std::fmt::Write as _;
use std::process::ExitCode;

use anyhow::Context;
use iamd_access::paths::{PathOut, Paths, Step, Target};
use iamd_access::{PathQuery, Principals, parse_pins};

use crate::account_arg::AccountArg;

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  iamd paths                                  # every principal's shortest path to admin
  iamd paths --from alice --json
  iamd paths --to iam:DeleteUser --resource arn:aws:iam::123456789012:user/ceo
  iamd paths --import authorization-details.json

Exit status: 0 when no principal has a path, 1 when one has, 2 when the account cannot be read.")]
pub struct Args {
    /// Where the paths lead: admin (allowed everything), or one exact action name.
    #[arg(long, value_name = "admin|ACTION", default_value = "admin")]
    pub to: String,
    /// With --to ACTION: the resource ARN (default "*").
    #[arg(long, value_name = "ARN", default_value = "*")]
    pub resource: String,
    /// Only the path from this user or role (ARN, user/NAME, role/NAME or a name).
    #[arg(long, value_name = "PRINCIPAL")]
    pub from: Option<String>,
    /// A context key every request carries: KEY=VALUE (commas make a list); repeatable.
    #[arg(long = "context", value_name = "KEY=VALUE")]
    pub context: Vec<String>,
    /// Print the answer as JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub account: AccountArg,
}

pub fn run(args: Args) -> ExitCode {
    match answer(&args) {
        Ok(answer) => {
            if args.json {
                match serde_json::to_string_pretty(&answer) {
                    Ok(text) => println!("{text}"),
                    Err(e) => {
                        eprintln!("iamd paths: cannot encode the answer: {e}");
                        return ExitCode::from(2);
                    }
                }
            } else {
                print!("{}", text(&answer));
            }
            if answer.paths.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(e) => {
            eprintln!("iamd paths: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn answer(args: &Args) -> anyhow::Result<Paths> {
    let pins = parse_pins(&args.context).map_err(anyhow::Error::msg)?;
    let to = if args.to.eq_ignore_ascii_case("admin") {
        Target::Admin
    } else {
        Target::Action {
            action: args.to.clone(),
            resource: args.resource.clone(),
        }
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(async {
        let opened = args.account.open().await?;
        let principals = Principals::load(&opened.iam)
            .await
            .context("cannot read the account")?;
        iamd_access::paths(
            &principals,
            &PathQuery {
                to,
                from: args.from.clone(),
                pins,
            },
        )
        .map_err(anyhow::Error::msg)
    })
}

/// The answer for people.
pub fn text(a: &Paths) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "paths to {} in account {}:", a.target, a.account);
    if a.paths.is_empty() {
        let _ = writeln!(out, "  none");
    }
    for p in &a.paths {
        path(&mut out, p);
    }
    for w in &a.warnings {
        let _ = writeln!(out, "warning: {w}");
    }
    let s = &a.summary;
    let already = if a.target == "admin" {
        "are admin"
    } else {
        "are allowed it"
    };
    let _ = writeln!(
        out,
        "{} principal(s) can escalate; {} {already} already; {} edges among {} users and roles",
        s.escalate, s.targets, s.edges, s.principals
    );
    out
}

fn path(out: &mut String, p: &PathOut) {
    let _ = writeln!(
        out,
        "  {} → {} ({} step(s){})",
        p.from,
        p.to,
        p.hops.len() + usize::from(p.grant.is_some()),
        if p.mfa_required { ", needs MFA" } else { "" }
    );
    for (i, h) in p.hops.iter().enumerate() {
        let _ = writeln!(
            out,
            "    {}. {} becomes {} [{}]",
            i + 1,
            h.source,
            h.target,
            h.method
        );
        for s in &h.steps {
            step(out, s);
        }
        if !h.precondition.is_empty() {
            let _ = writeln!(out, "       if {}", h.precondition);
        }
    }
    if let Some(g) = &p.grant {
        let _ = writeln!(
            out,
            "    {}. {} grants itself any policy [{}]",
            p.hops.len() + 1,
            p.to,
            g.method
        );
        step(out, g);
    }
}

fn step(out: &mut String, s: &Step) {
    let _ = writeln!(
        out,
        "       {} on {}{}",
        s.action,
        s.resource,
        if s.mfa_required { " (with MFA)" } else { "" }
    );
    for st in &s.statements {
        let _ = writeln!(out, "         allowed by {st}");
    }
    for c in &s.conditions {
        let _ = writeln!(out, "         when {c}");
    }
}
