//! `iamd simulate`: one SimulateCustomPolicy request from flags or a JSON file, or a batch of
//! them (one request object a line in, one response object a line out, in order).

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;

use iamd_core::CoreError;

use crate::data_dir::DataDirArg;
use std::borrow::Cow;

use iamd_core::simulate::{
    CONTEXT_KEY_TYPES, ContextEntry, Doc, Explained, SimulateCustomPolicyInput, Simulator,
};

#[derive(Debug, clap::Args)]
#[command(after_help = "\
DOCUMENT arguments take a file path, file://PATH, or inline JSON starting with '{'.

Examples:
  iamd simulate --policy mfa.json --action iam:ChangePassword \\
      --resource arn:aws:iam::123456789012:user/alice \\
      --context aws:username=alice --context aws:MultiFactorAuthPresent=boolean:false --explain
  iamd simulate --request request.json      # the JSON of aws iam simulate-custom-policy --cli-input-json
  iamd simulate --data-dir iamd-data --principal arn:aws:iam::123456789012:user/alice \
      --action iam:ChangePassword --resource arn:aws:iam::123456789012:user/alice --explain
  iamd simulate --batch requests.jsonl > results.jsonl")]
pub struct Args {
    /// --principal and its data directory (boxed: they are rarely given, and the
    /// subcommand enum stays small).
    #[command(flatten)]
    stored: Box<Stored>,
    /// An identity policy (PolicyInputList); repeat for several.
    #[arg(long = "policy", value_name = "DOCUMENT")]
    policies: Vec<String>,
    /// A permissions boundary policy (PermissionsBoundaryPolicyInputList); repeatable.
    #[arg(long = "boundary", value_name = "DOCUMENT")]
    boundaries: Vec<String>,
    /// A resource-based policy (ResourcePolicy); needs --caller-arn. Without --policy it is
    /// evaluated alone; simulated only for sts:AssumeRole* (and sts:TagSession,
    /// sts:SetSourceIdentity, sts:SetContext) it may be a role trust policy.
    #[arg(long, value_name = "DOCUMENT")]
    resource_policy: Option<String>,
    /// The account that owns the resources (ResourceOwner): an account id or ARN.
    #[arg(long, value_name = "ACCOUNT")]
    resource_owner: Option<String>,
    /// The caller (CallerArn), for resource policies.
    #[arg(long, value_name = "ARN")]
    caller_arn: Option<String>,
    /// An action to evaluate, such as iam:ChangePassword; repeatable.
    #[arg(long = "action", value_name = "NAME")]
    actions: Vec<String>,
    /// A resource ARN to evaluate against (default "*"); repeatable.
    #[arg(long = "resource", value_name = "ARN")]
    resources: Vec<String>,
    /// A context key: KEY=VALUE (a string) or KEY=TYPE:VALUE[,VALUE…] with TYPE one of
    /// string, numeric, boolean, ip, binary, date or their …List forms; repeatable.
    #[arg(long = "context", value_name = "KEY=[TYPE:]VALUE")]
    context: Vec<String>,
    /// Read one request object (SimulateCustomPolicy input JSON) from FILE ('-' for stdin).
    #[arg(long, value_name = "FILE", conflicts_with_all = ["policies", "actions", "batch"])]
    request: Option<String>,
    /// Read one request object a line from FILE ('-' for stdin); write one result a line.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["policies", "actions", "explain"])]
    batch: Option<String>,
    /// Explain each decision in words: the deciding statements and every condition.
    #[arg(long)]
    explain: bool,
}

/// Where `--principal` finds its policies.
#[derive(Debug, clap::Args)]
struct Stored {
    /// Simulate the stored policies of this IAM user, group or role of the account in
    /// --data-dir, as SimulatePrincipalPolicy does (groups, boundary, AllowUsersToChangePassword
    /// included); --policy adds to them.
    #[arg(long, value_name = "ARN", conflicts_with_all = ["request", "batch"])]
    principal: Option<String>,
    /// The data directory of --principal.
    #[command(flatten)]
    data: DataDirArg,
}

pub fn run(args: Args) -> ExitCode {
    let result = match &args.batch {
        Some(path) => run_batch(path),
        None => run_one(&args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("iamd simulate: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run_one(args: &Args) -> anyhow::Result<ExitCode> {
    let request_text;
    let docs;
    let input = match &args.request {
        Some(path) => {
            request_text = read_input(path)?;
            serde_json::from_str::<SimulateCustomPolicyInput<'_>>(&request_text)
                .map_err(|e| anyhow::anyhow!("{path}: not a SimulateCustomPolicy request: {e}"))?
        }
        None => {
            docs = Documents::read(args)?;
            input_from_flags(args, &docs)?
        }
    };
    if let Some(principal) = &args.stored.principal {
        return run_principal(args, principal, &input);
    }
    let mut sim = Simulator::new();
    let mut out = io::stdout().lock();
    if args.explain {
        match sim.explain_custom(&input) {
            Ok((_, explained)) => {
                for e in &explained {
                    write_explanation(&mut out, e)?;
                }
            }
            Err(e) => return Ok(report(&e)),
        }
    } else {
        match sim.simulate_custom(&input) {
            Ok(output) => {
                serde_json::to_writer_pretty(&mut out, &output)?;
                writeln!(out)?;
            }
            Err(e) => return Ok(report(&e)),
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `--principal`: the principal's policies as stored in the data directory.
fn run_principal(
    args: &Args,
    principal: &str,
    input: &SimulateCustomPolicyInput<'_>,
) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let input = with_principal_keys(principal, input);
    let result = runtime.block_on(async {
        let (iam, _) = args.stored.data.open_existing().await?;
        anyhow::Ok(iam.explain_principal_policy(principal, &input).await)
    })?;
    let (output, explained) = match result {
        Ok(r) => r,
        Err(e) => return Ok(report(&e)),
    };
    let mut out = io::stdout().lock();
    if args.explain {
        for e in &explained {
            write_explanation(&mut out, e)?;
        }
    } else {
        serde_json::to_writer_pretty(&mut out, &output)?;
        writeln!(out)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The keys a request signed by a user carries about itself, added unless given: the question
/// "could alice change her own password?" needs `aws:username` = alice for `${aws:username}`
/// to resolve. SimulatePrincipalPolicy over the API leaves them to the caller, as AWS does;
/// offline, the principal is named, so nothing is left to guess. Each key added is announced.
fn with_principal_keys<'a>(
    principal: &'a str,
    input: &SimulateCustomPolicyInput<'a>,
) -> SimulateCustomPolicyInput<'a> {
    let mut input = input.clone();
    let Some((_, path_and_name)) = principal.split_once(":user/") else {
        return input;
    };
    let name = path_and_name.rsplit('/').next().unwrap_or(path_and_name);
    for (key, value) in [("aws:username", name), ("aws:PrincipalArn", principal)] {
        let given = input
            .context_entries
            .iter()
            .any(|e| e.context_key_name.eq_ignore_ascii_case(key));
        if !given {
            eprintln!(
                "iamd simulate: assuming {key}={value} (the principal's own; give --context {key}=… to override)"
            );
            input.context_entries.push(ContextEntry {
                context_key_name: Cow::Borrowed(key),
                context_key_values: vec![Cow::Borrowed(value)],
                context_key_type: Cow::Borrowed("string"),
            });
        }
    }
    input
}

fn report(e: &CoreError) -> ExitCode {
    eprintln!("iamd simulate: {}: {e}", e.code());
    ExitCode::FAILURE
}

/// The policy documents named on the command line, read.
struct Documents {
    policies: Vec<String>,
    boundaries: Vec<String>,
    resource_policy: Option<String>,
}

impl Documents {
    fn read(args: &Args) -> anyhow::Result<Documents> {
        Ok(Documents {
            policies: args
                .policies
                .iter()
                .map(|d| document(d))
                .collect::<Result<_, _>>()?,
            boundaries: args
                .boundaries
                .iter()
                .map(|d| document(d))
                .collect::<Result<_, _>>()?,
            resource_policy: args.resource_policy.as_deref().map(document).transpose()?,
        })
    }
}

fn input_from_flags<'a>(
    args: &'a Args,
    docs: &'a Documents,
) -> anyhow::Result<SimulateCustomPolicyInput<'a>> {
    if args.policies.is_empty() && args.stored.principal.is_none() && args.resource_policy.is_none()
    {
        anyhow::bail!(
            "give at least one --policy or a --resource-policy (or --principal ARN, --request FILE, or --batch FILE)"
        );
    }
    if args.actions.is_empty() {
        anyhow::bail!("give at least one --action");
    }
    let text = |d: &'a String| Doc::Text(d);
    Ok(SimulateCustomPolicyInput {
        policy_input_list: docs.policies.iter().map(text).collect(),
        permissions_boundary_policy_input_list: docs.boundaries.iter().map(text).collect(),
        resource_policy: docs.resource_policy.as_ref().map(text),
        resource_owner: args.resource_owner.as_deref().map(Cow::Borrowed),
        caller_arn: args.caller_arn.as_deref().map(Cow::Borrowed),
        action_names: args
            .actions
            .iter()
            .map(|a| Cow::Borrowed(a.as_str()))
            .collect(),
        resource_arns: args
            .resources
            .iter()
            .map(|r| Cow::Borrowed(r.as_str()))
            .collect(),
        context_entries: args
            .context
            .iter()
            .map(|c| context_entry(c))
            .collect::<Result<_, _>>()?,
        ..SimulateCustomPolicyInput::default()
    })
}

/// A policy document argument: inline JSON, `file://PATH` or a path.
fn document(arg: &str) -> anyhow::Result<String> {
    if arg.trim_start().starts_with('{') {
        return Ok(arg.to_string());
    }
    let path = arg.strip_prefix("file://").unwrap_or(arg);
    std::fs::read_to_string(path)
        .map_err(|e| anyhow::anyhow!("cannot read policy document {path}: {e}"))
}

/// `KEY=VALUE` or `KEY=TYPE:VALUE[,VALUE…]`.
fn context_entry(arg: &str) -> anyhow::Result<ContextEntry<'_>> {
    let (key, rest) = arg
        .split_once('=')
        .ok_or_else(|| anyhow::anyhow!("--context {arg}: write KEY=VALUE or KEY=TYPE:VALUE"))?;
    let (ty, value) = match rest.split_once(':') {
        Some((ty, value)) if CONTEXT_KEY_TYPES.contains(&ty) => (ty, value),
        _ => ("string", rest),
    };
    let values = if ty.ends_with("List") {
        value.split(',').map(Cow::Borrowed).collect()
    } else {
        vec![Cow::Borrowed(value)]
    };
    Ok(ContextEntry {
        context_key_name: Cow::Borrowed(key),
        context_key_values: values,
        context_key_type: Cow::Borrowed(ty),
    })
}

fn read_input(path: &str) -> anyhow::Result<String> {
    let mut text = String::new();
    if path == "-" {
        io::stdin().read_to_string(&mut text)?;
    } else {
        File::open(path)
            .and_then(|mut f| f.read_to_string(&mut text))
            .map_err(|e| anyhow::anyhow!("cannot read {path}: {e}"))?;
    }
    Ok(text)
}

fn write_explanation(out: &mut impl Write, e: &Explained) -> io::Result<()> {
    writeln!(
        out,
        "{} on {}: {}",
        e.action,
        e.resource,
        e.decision.outcome.as_str()
    )?;
    let verb = match e.decision.outcome {
        iamd_policy::Outcome::Allowed => "allowed by",
        iamd_policy::Outcome::ExplicitDeny => "denied by",
        iamd_policy::Outcome::ImplicitDeny => "",
    };
    for r in &e.reasons {
        writeln!(out, "  {verb} {r}")?;
    }
    if let Some(missing) = e.decision.missing {
        let which = match missing {
            iamd_policy::MissingAllow::Identity => "no identity-based policy allows it",
            iamd_policy::MissingAllow::Boundary => "the permissions boundary does not allow it",
            iamd_policy::MissingAllow::Session => "no session policy allows it",
            iamd_policy::MissingAllow::Resource => "no resource-based policy allows it",
        };
        writeln!(out, "  implicitly denied: {which}")?;
    }
    for (at, c) in &e.conditions {
        let seen = match &c.request_values {
            None => "absent".to_string(),
            Some(v) => format!("{v:?}"),
        };
        writeln!(
            out,
            "  condition in {at}: {} {} {:?} — request: {seen} → {}",
            c.operator, c.key, c.policy_values, c.result
        )?;
    }
    if !e.missing_keys.is_empty() {
        writeln!(
            out,
            "  missing context values: {}",
            e.missing_keys.join(", ")
        )?;
    }
    Ok(())
}

/// One request a line in, one result a line out. A line that fails gets an error object
/// (`{"Error":{"Code":…,"Message":…}}`) in its place, and the exit status is non-zero.
fn run_batch(path: &str) -> anyhow::Result<ExitCode> {
    let reader: Box<dyn BufRead> = if path == "-" {
        Box::new(BufReader::with_capacity(1 << 20, io::stdin()))
    } else {
        Box::new(BufReader::with_capacity(
            1 << 20,
            File::open(path).map_err(|e| anyhow::anyhow!("cannot read {path}: {e}"))?,
        ))
    };
    let mut out = BufWriter::with_capacity(1 << 20, io::stdout().lock());
    let mut sim = Simulator::new();
    let mut failures = 0usize;
    let mut line = Vec::with_capacity(1 << 16);
    let mut n = 0usize;
    let mut reader = reader;
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        n += 1;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let result = serde_json::from_slice::<SimulateCustomPolicyInput<'_>>(&line)
            .map_err(|e| {
                CoreError::InvalidInput(format!(
                    "line {n}: not a SimulateCustomPolicy request: {e}"
                ))
            })
            .and_then(|input| sim.simulate_custom(&input));
        match result {
            Ok(output) => serde_json::to_writer(&mut out, &output)?,
            Err(e) => {
                failures += 1;
                eprintln!("iamd simulate: line {n}: {}: {e}", e.code());
                serde_json::to_writer(
                    &mut out,
                    &serde_json::json!({"Error": {"Code": e.code(), "Message": e.to_string()}}),
                )?;
            }
        }
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(if failures == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
