//! The load run: N connections, each sending one signed request after another for a warm-up
//! and then a measured period, and a report of requests/s and latency percentiles.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::bail;
use bytes::Bytes;
use tokio::task::JoinSet;
use tokio::time::Instant;

use crate::http::{Client, REQUEST_TIMEOUT};
use crate::sign::{Service, query_body};
use crate::{IAM_VERSION, Identity, Target, caller_identity};

/// The longest measured period accepted, so that every run ends by itself.
const MAX_SECONDS: f64 = 600.0;
/// How long a connection waits after a failed connection before trying again.
const RETRY_PAUSE: Duration = Duration::from_millis(10);

/// The operation under load.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Operation {
    /// `GetUser`: of `--user`, or of the caller.
    GetUser,
    /// `ListUsers`: the first page (up to 100 users).
    ListUsers,
    /// `SimulatePrincipalPolicy` of the caller (or `--user`) for `iam:GetUser` and
    /// `iam:CreateUser` on `*`.
    SimulatePrincipalPolicy,
    /// `CreateUser` of a new user per request (`loadgen-<run>-<connection>-<n>`): a write.
    CreateUser,
}

impl Operation {
    fn name(self) -> &'static str {
        match self {
            Operation::GetUser => "get-user",
            Operation::ListUsers => "list-users",
            Operation::SimulatePrincipalPolicy => "simulate-principal-policy",
            Operation::CreateUser => "create-user",
        }
    }

    /// The body of request `n` of connection `connection` (only CreateUser's differ).
    fn body_of(self, fixed: &Bytes, run: u32, connection: usize, n: u64) -> Bytes {
        match self {
            Operation::CreateUser => Bytes::from(query_body(
                "CreateUser",
                IAM_VERSION,
                &[("UserName", &format!("loadgen-{run:08x}-{connection}-{n}"))],
            )),
            _ => fixed.clone(),
        }
    }

    fn body(self, user: Option<&str>, identity: &Identity) -> String {
        match self {
            Operation::CreateUser => String::new(),
            Operation::GetUser => match user {
                Some(u) => query_body("GetUser", IAM_VERSION, &[("UserName", u)]),
                None => query_body("GetUser", IAM_VERSION, &[]),
            },
            Operation::ListUsers => query_body("ListUsers", IAM_VERSION, &[]),
            Operation::SimulatePrincipalPolicy => {
                let source = match user {
                    Some(u) => format!("arn:aws:iam::{}:user/{u}", identity.account),
                    None => identity.arn.clone(),
                };
                query_body(
                    "SimulatePrincipalPolicy",
                    IAM_VERSION,
                    &[
                        ("PolicySourceArn", &source),
                        ("ActionNames.member.1", "iam:GetUser"),
                        ("ActionNames.member.2", "iam:CreateUser"),
                    ],
                )
            }
        }
    }
}

/// `iamd-loadgen`: signed requests over N keep-alive connections for a fixed time.
#[derive(Debug, clap::Parser)]
#[command(
    name = "iamd-loadgen",
    about = "Drive SigV4-signed IAM requests at a server on this machine and report requests/s and latency.",
    after_help = "Users, access keys and the bench user are created by `iamd-loadgen setup` (see `iamd-loadgen setup --help`)."
)]
pub struct RunArgs {
    #[command(flatten)]
    pub target: Target,
    /// The operation to send.
    #[arg(long, value_enum, default_value = "get-user")]
    pub operation: Operation,
    /// Concurrent keep-alive connections, each with one request in flight.
    #[arg(long, default_value_t = 64, value_parser = clap::value_parser!(u16).range(1..=1024))]
    pub connections: u16,
    /// Seconds measured, after the warm-up.
    #[arg(long, default_value_t = 10.0)]
    pub duration: f64,
    /// Seconds of load before measuring starts.
    #[arg(long, default_value_t = 2.0)]
    pub warmup: f64,
    /// The user to get or simulate (default: the caller).
    #[arg(long)]
    pub user: Option<String>,
}

#[derive(Debug, Default)]
struct Tally {
    ok: u64,
    errors: u64,
    /// Microseconds of each measured request.
    latencies: Vec<u32>,
}

/// What one run measured.
#[derive(Debug)]
pub struct Report {
    pub operation: Operation,
    pub connections: u16,
    pub seconds: f64,
    pub ok: u64,
    pub errors: u64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    pub first_error: Option<String>,
}

impl Report {
    pub fn requests_per_second(&self) -> f64 {
        self.ok as f64 / self.seconds
    }

    fn print(&self) {
        println!(
            "{} requests answered 200 in {:.1} s: {:.0} requests/s; latency p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms; {} errors",
            self.ok,
            self.seconds,
            self.requests_per_second(),
            self.p50_ms,
            self.p99_ms,
            self.max_ms,
            self.errors
        );
        println!(
            "RESULT operation={} connections={} seconds={:.1} ok={} errors={} rps={:.1} p50_ms={:.3} p99_ms={:.3} max_ms={:.3}",
            self.operation.name(),
            self.connections,
            self.seconds,
            self.ok,
            self.errors,
            self.requests_per_second(),
            self.p50_ms,
            self.p99_ms,
            self.max_ms
        );
        if let Some(e) = &self.first_error {
            println!("first error: {e}");
        }
    }
}

pub fn run(args: RunArgs) -> anyhow::Result<()> {
    if !(args.duration > 0.0 && args.duration <= MAX_SECONDS) {
        bail!("--duration must be more than 0 and at most {MAX_SECONDS} seconds");
    }
    if !(args.warmup >= 0.0 && args.warmup <= MAX_SECONDS) {
        bail!("--warmup must be between 0 and {MAX_SECONDS} seconds");
    }
    let runtime = args.target.runtime()?;
    let report = runtime.block_on(drive(&args))?;
    report.print();
    Ok(())
}

async fn drive(args: &RunArgs) -> anyhow::Result<Report> {
    let endpoint = args.target.endpoint().await?;
    let credentials = args.target.credentials();
    let mut probe = args.target.client(&endpoint, &credentials);
    let identity = caller_identity(&mut probe).await?;
    drop(probe);
    let body = Bytes::from(args.operation.body(args.user.as_deref(), &identity));
    println!(
        "iamd-loadgen: {} at {} as {}: {} connections, {} s after {} s of warm-up, {} client thread(s)",
        args.operation.name(),
        endpoint.url,
        identity.arn,
        args.connections,
        args.duration,
        args.warmup,
        args.target.threads
    );

    let start = Instant::now();
    let measure_from = start + Duration::from_secs_f64(args.warmup);
    let until = measure_from + Duration::from_secs_f64(args.duration);
    let first_error = Arc::new(Mutex::new(None::<String>));
    let mut workers = JoinSet::new();
    // Names of created users differ between runs on one server.
    let run = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos() ^ (d.as_secs() as u32));
    for index in 0..usize::from(args.connections) {
        let client = args.target.client(&endpoint, &credentials);
        workers.spawn(connection(
            client,
            Bodies {
                operation: args.operation,
                fixed: body.clone(),
                run,
                connection: index,
            },
            measure_from,
            until,
            first_error.clone(),
        ));
    }
    let mut all = Tally::default();
    while let Some(done) = workers.join_next().await {
        let tally = done?;
        all.ok += tally.ok;
        all.errors += tally.errors;
        all.latencies.extend_from_slice(&tally.latencies);
    }
    all.latencies.sort_unstable();
    let first_error = first_error.lock().ok().and_then(|mut e| e.take());
    Ok(Report {
        operation: args.operation,
        connections: args.connections,
        seconds: args.duration,
        ok: all.ok,
        errors: all.errors,
        p50_ms: percentile_ms(&all.latencies, 50.0),
        p99_ms: percentile_ms(&all.latencies, 99.0),
        max_ms: percentile_ms(&all.latencies, 100.0),
        first_error,
    })
}

/// What one connection sends.
#[derive(Debug, Clone)]
struct Bodies {
    operation: Operation,
    fixed: Bytes,
    run: u32,
    connection: usize,
}

/// One connection's loop: a request, its response, the next request, until `until`.
/// Requests that complete inside `[measure_from, until]` are counted.
async fn connection(
    mut client: Client,
    bodies: Bodies,
    measure_from: Instant,
    until: Instant,
    first_error: Arc<Mutex<Option<String>>>,
) -> Tally {
    let mut tally = Tally::default();
    let mut n = 0u64;
    loop {
        let body = bodies
            .operation
            .body_of(&bodies.fixed, bodies.run, bodies.connection, n);
        n += 1;
        let sent = Instant::now();
        if sent >= until {
            break;
        }
        // A request still unanswered well after the end is abandoned, so that the run ends.
        let timeout = REQUEST_TIMEOUT.min(until - sent + Duration::from_secs(5));
        let outcome = client.call_bounded(Service::Iam, &body, timeout).await;
        let done = Instant::now();
        let (error, transport) = match outcome {
            Ok(reply) if reply.status == 200 => (None, false),
            Ok(reply) => (
                Some(format!("HTTP {}: {}", reply.status, reply.text())),
                false,
            ),
            Err(e) => (Some(format!("{e:#}")), true),
        };
        let failed = error.is_some();
        if let Some(e) = error
            && let Ok(mut first) = first_error.lock()
        {
            first.get_or_insert(e);
        }
        if done >= measure_from && done <= until {
            tally
                .latencies
                .push(u32::try_from((done - sent).as_micros()).unwrap_or(u32::MAX));
            if failed {
                tally.errors += 1;
            } else {
                tally.ok += 1;
            }
        }
        if transport {
            tokio::time::sleep(RETRY_PAUSE).await;
        }
    }
    tally
}

/// The `p`th percentile (nearest rank) of sorted microseconds, in milliseconds.
fn percentile_ms(sorted: &[u32], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    let index = rank.clamp(1, sorted.len()) - 1;
    sorted.get(index).map_or(0.0, |us| f64::from(*us) / 1000.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let v: Vec<u32> = (1..=100).map(|i| i * 1000).collect();
        assert_eq!(percentile_ms(&v, 50.0), 50.0);
        assert_eq!(percentile_ms(&v, 99.0), 99.0);
        assert_eq!(percentile_ms(&v, 100.0), 100.0);
        assert_eq!(percentile_ms(&[], 99.0), 0.0);
        assert_eq!(percentile_ms(&[7000], 1.0), 7.0);
    }

    #[test]
    fn simulate_body_names_the_source() {
        let id = Identity {
            account: "123456789012".into(),
            arn: "arn:aws:iam::123456789012:user/bench".into(),
        };
        let body = Operation::SimulatePrincipalPolicy.body(Some("alice"), &id);
        assert!(body.contains("PolicySourceArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Auser%2Falice"));
        assert_eq!(
            Operation::GetUser.body(None, &id),
            "Action=GetUser&Version=2010-05-08"
        );
    }
}
