//! `iamd import` (being built).

use std::process::ExitCode;

use crate::data_dir::DataDirArg;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub data: DataDirArg,
}

pub fn run(args: Args) -> ExitCode {
    eprintln!(
        "iamd import: not available yet (data dir {})",
        args.data.data_dir.display()
    );
    ExitCode::FAILURE
}
