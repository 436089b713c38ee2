//! `iamd-loadgen setup`: the state the load runs need, created through the API.
//!
//! A user `bench` with an inline policy allowing `iam:GetUser`, `iam:ListUsers`,
//! `iam:SimulatePrincipalPolicy` and `iam:CreateUser` on `*` and one new access key of its own (printed as
//! `BENCH_ACCESS_KEY_ID=…` / `BENCH_SECRET_ACCESS_KEY=…` lines on stdout), then N users
//! `PREFIX000000…` with K access keys each, created by a bounded number of connections.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use bytes::Bytes;
use tokio::task::JoinSet;

use crate::http::{Client, REQUEST_TIMEOUT, Reply};
use crate::sign::{Service, query_body};
use crate::{IAM_VERSION, Target, caller_identity, xml};

/// The bench user's inline policy.
pub const BENCH_POLICY: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:GetUser","iam:ListUsers","iam:SimulatePrincipalPolicy","iam:CreateUser"],"Resource":"*"}]}"#;

/// Attempts per request when the connection fails (an HTTP error is never retried).
const ATTEMPTS: u32 = 3;
/// How often progress is reported on stderr.
const PROGRESS_EVERY: Duration = Duration::from_secs(10);

/// `iamd-loadgen setup`: create users, access keys and the bench user through the API.
#[derive(Debug, clap::Parser)]
#[command(
    name = "iamd-loadgen setup",
    about = "Create N users with K access keys each, and a `bench` user with a key for the load runs, through the API (sign as root)."
)]
pub struct SetupArgs {
    #[command(flatten)]
    pub target: Target,
    /// Users to create (named PREFIX000000, PREFIX000001, …).
    #[arg(long, default_value_t = 100)]
    pub users: usize,
    /// Access keys to create for each user (IAM allows two).
    #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u8).range(0..=2))]
    pub keys_per_user: u8,
    /// Requests in flight at once, one connection each.
    #[arg(long, default_value_t = 16, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub concurrency: u16,
    /// The prefix of the users' names.
    #[arg(long, default_value = "loaduser")]
    pub prefix: String,
    /// The name of the user the load runs sign as.
    #[arg(long, default_value = "bench")]
    pub bench_user: String,
}

pub fn run(args: SetupArgs) -> anyhow::Result<()> {
    if args.users > 1_000_000 {
        bail!("--users is at most 1,000,000");
    }
    let runtime = args.target.runtime()?;
    runtime.block_on(setup(&args))
}

/// Sends one request, retrying a failed connection, and returns the reply whatever its status.
async fn send(client: &mut Client, body: String) -> anyhow::Result<Reply> {
    let body = Bytes::from(body);
    let mut attempt = 1;
    loop {
        match client
            .call_bounded(Service::Iam, &body, REQUEST_TIMEOUT)
            .await
        {
            Ok(reply) => return Ok(reply),
            Err(e) if attempt >= ATTEMPTS => return Err(e),
            Err(_) => {
                attempt += 1;
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
    }
}

/// Sends `action` with `params`; a non-200 reply is an error unless its code is in `tolerated`.
async fn call(
    client: &mut Client,
    action: &str,
    params: &[(&str, &str)],
    tolerated: &[&str],
) -> anyhow::Result<Reply> {
    let reply = send(client, query_body(action, IAM_VERSION, params))
        .await
        .with_context(|| format!("{action} failed"))?;
    if reply.status != 200 {
        let text = reply.text();
        if !tolerated.contains(&xml::error_code(&text).as_str()) {
            bail!("{action} answered HTTP {}: {text}", reply.status);
        }
    }
    Ok(reply)
}

async fn create_key(client: &mut Client, user: &str) -> anyhow::Result<(String, String)> {
    let reply = call(client, "CreateAccessKey", &[("UserName", user)], &[]).await?;
    let text = reply.text();
    let field = |tag: &str| {
        xml::text(&text, tag).with_context(|| format!("CreateAccessKey answered without {tag}"))
    };
    Ok((field("AccessKeyId")?, field("SecretAccessKey")?))
}

async fn setup(args: &SetupArgs) -> anyhow::Result<()> {
    let endpoint = args.target.endpoint().await?;
    let credentials = args.target.credentials();
    let mut client = args.target.client(&endpoint, &credentials);
    let identity = caller_identity(&mut client).await?;
    eprintln!(
        "iamd-loadgen setup: at {} as {}: {} users with {} access keys each, {} connections",
        endpoint.url, identity.arn, args.users, args.keys_per_user, args.concurrency
    );

    let bench = args.bench_user.as_str();
    call(
        &mut client,
        "CreateUser",
        &[("UserName", bench)],
        &["EntityAlreadyExists"],
    )
    .await?;
    call(
        &mut client,
        "PutUserPolicy",
        &[
            ("UserName", bench),
            ("PolicyName", "bench"),
            ("PolicyDocument", BENCH_POLICY),
        ],
        &[],
    )
    .await?;
    let (bench_key, bench_secret) = create_key(&mut client, bench).await?;
    drop(client);

    let started = Instant::now();
    let per_user = 1 + u64::from(args.keys_per_user);
    let total = args.users as u64 * per_user;
    let next = Arc::new(AtomicUsize::new(0));
    let done = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let mut workers = JoinSet::new();
    for _ in 0..args.concurrency {
        let client = args.target.client(&endpoint, &credentials);
        workers.spawn(create_users(
            client,
            Work {
                next: next.clone(),
                done: done.clone(),
                stop: stop.clone(),
                users: args.users,
                keys_per_user: args.keys_per_user,
                prefix: args.prefix.clone(),
            },
        ));
    }
    let progress = {
        let done = done.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(PROGRESS_EVERY);
            tick.tick().await;
            loop {
                tick.tick().await;
                let n = done.load(Ordering::Relaxed);
                let secs = started.elapsed().as_secs_f64();
                eprintln!(
                    "iamd-loadgen setup: {n} of {total} requests in {secs:.0} s ({:.0}/s)",
                    n as f64 / secs
                );
            }
        })
    };
    let mut first_error = None;
    while let Some(joined) = workers.join_next().await {
        if let Err(e) = joined? {
            first_error.get_or_insert(e);
        }
    }
    progress.abort();
    if let Some(e) = first_error {
        return Err(e);
    }
    let seconds = started.elapsed().as_secs_f64();
    eprintln!(
        "iamd-loadgen setup: created {} users and {} access keys in {seconds:.1} s ({:.0} requests/s)",
        args.users,
        args.users as u64 * u64::from(args.keys_per_user),
        total as f64 / seconds.max(f64::EPSILON)
    );
    println!("BENCH_ACCESS_KEY_ID={bench_key}");
    println!("BENCH_SECRET_ACCESS_KEY={bench_secret}");
    println!("SETUP_SECONDS={seconds:.1}");
    println!("SETUP_REQUESTS={total}");
    Ok(())
}

#[derive(Debug)]
struct Work {
    next: Arc<AtomicUsize>,
    done: Arc<AtomicU64>,
    stop: Arc<AtomicBool>,
    users: usize,
    keys_per_user: u8,
    prefix: String,
}

/// Takes the next user number until none is left: creates the user (one left by an earlier
/// run is fine), then its access keys. The first failure stops every worker.
async fn create_users(mut client: Client, work: Work) -> anyhow::Result<()> {
    let result = async {
        while !work.stop.load(Ordering::Relaxed) {
            let i = work.next.fetch_add(1, Ordering::Relaxed);
            if i >= work.users {
                break;
            }
            let name = format!("{}{i:06}", work.prefix);
            call(
                &mut client,
                "CreateUser",
                &[("UserName", &name)],
                &["EntityAlreadyExists"],
            )
            .await
            .with_context(|| format!("user {name}"))?;
            work.done.fetch_add(1, Ordering::Relaxed);
            for _ in 0..work.keys_per_user {
                create_key(&mut client, &name)
                    .await
                    .with_context(|| format!("user {name}"))?;
                work.done.fetch_add(1, Ordering::Relaxed);
            }
        }
        Ok(())
    }
    .await;
    if result.is_err() {
        work.stop.store(true, Ordering::Relaxed);
    }
    result
}
