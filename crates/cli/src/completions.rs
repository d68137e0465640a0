//! `hark completions SHELL`: clap's own completion scripts.

use anyhow::Result;
use clap::CommandFactory;

pub fn print(shell: clap_complete::Shell) -> Result<()> {
    let mut command = crate::Cli::command();
    clap_complete::generate(shell, &mut command, "hark", &mut std::io::stdout());
    Ok(())
}
