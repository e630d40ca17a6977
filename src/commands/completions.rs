//! `dvht completions SHELL`: print a completion script for bash, zsh, fish,
//! PowerShell or elvish.
//!
//! ```text
//! $ dvht completions bash > ~/.local/share/bash-completion/completions/dvht
//! $ dvht completions zsh > "${fpath[1]}/_dvht"
//! $ dvht completions fish > ~/.config/fish/completions/dvht.fish
//! PS> dvht completions powershell | Out-String | Invoke-Expression
//! ```

use super::emit;
use crate::cli::{Cli, CompletionsArgs};
use crate::error::Result;
use clap::CommandFactory;

pub fn run(args: &CompletionsArgs) -> Result<i32> {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "dvht", &mut out);
    emit(String::from_utf8_lossy(&out).as_bytes())?;
    Ok(0)
}
