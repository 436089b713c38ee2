//! The account an analysis reads: a data directory (served or imported, and it may be in use
//! by `iamd serve`), or the aws CLI's export files, imported first into a private temporary
//! data directory that is removed afterwards.

use std::path::PathBuf;

use anyhow::Context;
use iamd_core::Iam;
use iamd_core::clock::{Clock, SystemClock};
use iamd_import::Export;
use iamd_store::AnyStore;

use crate::data_dir::DataDirArg;

/// `--data-dir DIR` or `--import FILE…`.
#[derive(Debug, clap::Args)]
pub struct AccountArg {
    #[command(flatten)]
    pub data: DataDirArg,
    /// Read the account from these aws CLI export files instead of --data-dir (the files
    /// `iamd import` takes: get-account-authorization-details, and optionally the others).
    #[arg(long = "import", value_name = "FILE", num_args = 1..)]
    pub import: Vec<PathBuf>,
}

/// An opened account, and the temporary directory that holds it when it came from files.
pub struct Opened {
    pub iam: Iam<AnyStore>,
    _temp: Option<tempfile::TempDir>,
}

impl AccountArg {
    pub async fn open(&self) -> anyhow::Result<Opened> {
        if self.import.is_empty() {
            let (iam, _) = self.data.open_existing().await?;
            return Ok(Opened { iam, _temp: None });
        }
        let mut export = Export::new();
        for path in &self.import {
            let name = path.display().to_string();
            let content = std::fs::read(path).with_context(|| format!("cannot read {name}"))?;
            export.add(&name, &content)?;
        }
        let plan = iamd_import::plan(&export, SystemClock.now())?;
        let temp = tempfile::Builder::new()
            .prefix("iamd-analysis-")
            .tempdir()
            .context("cannot create a temporary data directory")?;
        let private = DataDirArg {
            data_dir: temp.path().to_path_buf(),
            database_url: None,
            master_key_file: None,
        };
        crate::import::write(&private, &plan.account, plan.records).await?;
        let (iam, _) = private.open_existing().await?;
        Ok(Opened {
            iam,
            _temp: Some(temp),
        })
    }
}
