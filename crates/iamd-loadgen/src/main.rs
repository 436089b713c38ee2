//! `iamd-loadgen`: drives SigV4-signed IAM Query requests at a server on this machine over N
//! keep-alive connections and reports requests/s and latency percentiles; `iamd-loadgen setup`
//! creates the users, access keys and the `bench` user that the load runs use.

mod http;
mod load;
mod setup;
mod sign;
mod xml;

use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, bail};
use bytes::Bytes;
use clap::Parser;

use crate::http::{Client, Endpoint};
use crate::sign::{Credentials, Service, Signer, query_body};

/// IAM's API version.
pub const IAM_VERSION: &str = "2010-05-08";
/// STS's API version.
pub const STS_VERSION: &str = "2011-06-15";

/// The server and the credentials to sign with.
#[derive(Debug, clap::Args)]
pub struct Target {
    /// The server, as http://127.0.0.1:PORT/ (loopback addresses only).
    #[arg(long)]
    pub endpoint: String,
    /// The access key id to sign with.
    #[arg(long, env = "AWS_ACCESS_KEY_ID")]
    pub access_key: String,
    /// The secret access key to sign with.
    #[arg(long, env = "AWS_SECRET_ACCESS_KEY", hide_env_values = true)]
    pub secret_key: String,
    /// The signing region.
    #[arg(long, default_value = "us-east-1")]
    pub region: String,
    /// Client runtime threads: 1 runs every connection on one thread.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub threads: u16,
}

impl Target {
    pub fn runtime(&self) -> anyhow::Result<tokio::runtime::Runtime> {
        let runtime = if self.threads == 1 {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
        } else {
            tokio::runtime::Builder::new_multi_thread()
                .worker_threads(usize::from(self.threads))
                .enable_all()
                .build()
        };
        runtime.context("cannot start the async runtime")
    }

    pub async fn endpoint(&self) -> anyhow::Result<Arc<Endpoint>> {
        Ok(Arc::new(Endpoint::resolve(&self.endpoint).await?))
    }

    pub fn credentials(&self) -> Arc<Credentials> {
        Arc::new(Credentials::new(&self.access_key, &self.secret_key))
    }

    pub fn client(&self, endpoint: &Arc<Endpoint>, credentials: &Arc<Credentials>) -> Client {
        Client::new(
            endpoint.clone(),
            Signer::new(credentials.clone(), &self.region),
        )
    }
}

/// Who the credentials belong to, from `sts:GetCallerIdentity`.
#[derive(Debug, Clone)]
pub struct Identity {
    pub account: String,
    pub arn: String,
}

/// Calls `sts:GetCallerIdentity`, which also proves that the endpoint answers and accepts the
/// signature.
pub async fn caller_identity(client: &mut Client) -> anyhow::Result<Identity> {
    let body = Bytes::from(query_body("GetCallerIdentity", STS_VERSION, &[]));
    let reply = client
        .call_bounded(Service::Sts, &body, http::REQUEST_TIMEOUT)
        .await
        .context("GetCallerIdentity failed")?;
    if reply.status != 200 {
        bail!(
            "GetCallerIdentity answered HTTP {}: {}",
            reply.status,
            reply.text()
        );
    }
    let text = reply.text();
    let field = |tag: &str| {
        xml::text(&text, tag)
            .with_context(|| format!("GetCallerIdentity answered without {tag}: {text}"))
    };
    Ok(Identity {
        account: field("Account")?,
        arn: field("Arn")?,
    })
}

fn main() -> ExitCode {
    let mut args = std::env::args_os();
    let program = args.next();
    let rest: Vec<_> = args.collect();
    let result = if rest.first().is_some_and(|a| a == "setup") {
        setup::run(setup::SetupArgs::parse_from(
            program.into_iter().chain(rest.into_iter().skip(1)),
        ))
    } else {
        load::run(load::RunArgs::parse_from(program.into_iter().chain(rest)))
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("iamd-loadgen: {e:#}");
            ExitCode::FAILURE
        }
    }
}
