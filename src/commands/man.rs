//! `dvht man`: print the manual page (roff), generated from the same clap
//! definitions as `--help`: every subcommand's options and the exit status.
//!
//! ```text
//! $ dvht man > dvht.1 && man ./dvht.1
//! $ dvht man | gzip > /usr/local/share/man/man1/dvht.1.gz
//! ```

use super::emit;
use crate::cli::Cli;
use crate::error::{Error, Result};
use clap::CommandFactory;

pub fn run() -> Result<i32> {
    emit(&page().map_err(|source| Error::Write {
        path: "<stdout>".into(),
        source,
    })?)?;
    Ok(0)
}

/// The whole page: the top-level page, then one section per subcommand with its
/// synopsis, description and options.
pub fn page() -> std::io::Result<String> {
    let cmd = Cli::command();
    let mut out = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut out)?;
    let mut out = String::from_utf8_lossy(&out)
        .replace(".SH EXTRA", ".SH \"EXIT STATUS AND EXAMPLES\"")
        .into_bytes();
    for sub in cmd.get_subcommands() {
        let name = format!("dvht {}", sub.get_name());
        let man = clap_mangen::Man::new(sub.clone().bin_name(name.clone()));
        let mut part = Vec::new();
        man.render_synopsis_section(&mut part)?;
        man.render_description_section(&mut part)?;
        if sub.get_arguments().next().is_some() {
            man.render_options_section(&mut part)?;
        }
        let part = String::from_utf8_lossy(&part)
            .replace(".SH SYNOPSIS", ".SS Synopsis")
            .replace(".SH DESCRIPTION", ".SS Description")
            .replace(".SH OPTIONS", ".SS Options");
        out.extend_from_slice(format!(".SH \"{}\"\n", name.to_uppercase()).as_bytes());
        out.extend_from_slice(part.as_bytes());
    }
    Ok(String::from_utf8_lossy(&out).into_owned())
}
