//! `iamd who-can ACTION [--resource ARN] [--context K=V…] [--json]`: every user and role of
//! the account allowed the action, with the statements that allow it, the conditions that
//! must hold ("only with MFA"), and those allowed only through roles they can assume (see
//! `iamd_access::whocan`).
//!
//! Exit status: 0 when the question was answered, 2 when the account cannot be read or the
//! question is malformed.

use std::fmt::Write as _;
use std::process::ExitCode;

use anyhow::Context;
use iamd_access::whocan::{Allowed, WhoCan};
use iamd_access::{Principals, Query, parse_pins, who_can};

use crate::account_arg::AccountArg;

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  iamd who-can iam:CreateAccessKey --resource arn:aws:iam::123456789012:user/alice
  iamd who-can sts:AssumeRole --resource arn:aws:iam::123456789012:role/deploy --json
  iamd who-can s3:GetObject --import authorization-details.json --context aws:SourceIp=10.0.0.1

Exit status: 0 when answered, 2 when the account cannot be read or the question is malformed.")]
pub struct Args {
    /// The action, such as iam:CreateAccessKey (one exact name).
    #[arg(value_name = "ACTION")]
    pub action: String,
    /// The resource ARN (default "*").
    #[arg(long, value_name = "ARN", default_value = "*")]
    pub resource: String,
    /// A context key every request carries: KEY=VALUE (commas make a list); repeatable.
    /// Pinning aws:MultiFactorAuthPresent evaluates that case only.
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
                        eprintln!("iamd who-can: cannot encode the answer: {e}");
                        return ExitCode::from(2);
                    }
                }
            } else {
                print!("{}", text(&answer));
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("iamd who-can: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn answer(args: &Args) -> anyhow::Result<WhoCan> {
    let pins = parse_pins(&args.context).map_err(anyhow::Error::msg)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(async {
        let opened = args.account.open().await?;
        let principals = Principals::load(&opened.iam)
            .await
            .context("cannot read the account")?;
        who_can(
            &principals,
            &Query {
                action: args.action.clone(),
                resource: args.resource.clone(),
                pins,
            },
        )
        .map_err(anyhow::Error::msg)
    })
}

/// The answer for people: one block per principal, then the counts.
pub fn text(a: &WhoCan) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "who can {} on {} in account {}:",
        a.action, a.resource, a.account
    );
    if a.principals.is_empty() {
        let _ = writeln!(out, "  no user or role");
    }
    for p in &a.principals {
        principal(&mut out, p);
    }
    for w in &a.warnings {
        let _ = writeln!(out, "warning: {w}");
    }
    let s = &a.summary;
    let _ = writeln!(
        out,
        "{} allowed, {} only with MFA, {} through roles, {} conditional, of {} users and roles",
        s.allowed, s.allowed_with_mfa, s.through_roles, s.conditional, s.principals
    );
    out
}

fn principal(out: &mut String, p: &Allowed) {
    let kind = match p.kind {
        iamd_access::NodeKind::User => "user",
        iamd_access::NodeKind::Role => "role",
    };
    let how = match (p.decision, p.mfa_required, p.through.is_empty()) {
        ("conditional", ..) => "conditional".to_string(),
        (_, true, true) => "allowed only with MFA".to_string(),
        (_, false, true) => "allowed".to_string(),
        (_, mfa, false) => format!(
            "allowed through role {}{}",
            p.through
                .iter()
                .map(|h| h.role.rsplit('/').next().unwrap_or(&h.role).to_string())
                .collect::<Vec<_>>()
                .join(" → "),
            if mfa { ", only with MFA" } else { "" }
        ),
    };
    let groups = if p.groups.is_empty() {
        String::new()
    } else {
        format!(" (groups: {})", p.groups.join(", "))
    };
    let _ = writeln!(out, "  {kind} {}{groups}: {how}", p.arn);
    for hop in &p.through {
        let _ = writeln!(
            out,
            "    assumes {}{}",
            hop.role,
            if hop.mfa_required { " (with MFA)" } else { "" }
        );
        for s in &hop.statements {
            let _ = writeln!(out, "      allowed by {s}");
        }
        for c in &hop.conditions {
            let _ = writeln!(out, "      when {c}");
        }
    }
    for s in &p.statements {
        let _ = writeln!(out, "    allowed by {s}");
    }
    for s in &p.denied_without_mfa {
        let _ = writeln!(out, "    denied without MFA by {s}");
    }
    for c in &p.conditions {
        let _ = writeln!(out, "    when {c}");
    }
    if !p.requires_context.is_empty() {
        let _ = writeln!(
            out,
            "    depends on context keys not given: {} (give them with --context)",
            p.requires_context.join(", ")
        );
    }
}
