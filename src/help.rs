//! The command line in the user's language: `--help` texts come from the message
//! catalog (`cli-*` keys), clap's own words ("Usage:", "Options:", "Print help")
//! and its usage errors are put into Vietnamese unless `--lang en` or
//! `DVHT_LANG=en` says otherwise. The language is read from argv before clap runs,
//! so `dvht --help` is Vietnamese and `dvht --lang en --help` English.
//!
//! Keys: `cli-about`, `cli-long-about`, `cli-after` for the program;
//! `cli-<path>-about` / `-after` for a subcommand (`<path>` like `rubric-show`);
//! `cli-<path>-arg-<id>`, else the shared `cli-arg-<id>`, for an argument.
//! `dvht man` keeps clap's English page (a man page is for administrators, and
//! `man` pages are English by convention on the systems that install them).

use crate::cli::Cli;
use crate::i18n;
use crate::lang::Lang;
use crate::{key, t};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};
use std::ffi::OsString;

/// The language asked for: the last `--lang X` / `--lang=X` before `--`, else
/// `DVHT_LANG`, else Vietnamese. An unknown value is left for clap to report.
pub fn lang_from(args: &[OsString], env: Option<&str>) -> Lang {
    let code = |s: &str| match s.trim().to_ascii_lowercase().as_str() {
        "en" => Some(Lang::En),
        "vi" => Some(Lang::Vi),
        _ => None,
    };
    let mut found = None;
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            if let Some(v) = it.next() {
                found = code(&v).or(found);
            }
        } else if let Some(v) = a.strip_prefix("--lang=") {
            found = code(v).or(found);
        }
    }
    found.or_else(|| env.and_then(code)).unwrap_or_default()
}

/// The whole command tree with every text from the catalog in `lang`.
pub fn command(lang: Lang) -> Command {
    localize(Cli::command(), lang, "")
}

fn lookup(lang: Lang, key: &str) -> Option<String> {
    i18n::has(lang, key).then(|| i18n::msg(lang, key, &[]))
}

fn arg_key(lang: Lang, path: &str, id: &str) -> Option<String> {
    let own = if path.is_empty() {
        format!("cli-arg-{id}")
    } else {
        format!("cli-{path}-arg-{id}")
    };
    lookup(lang, &own).or_else(|| lookup(lang, &format!("cli-arg-{id}")))
}

fn localize(mut cmd: Command, lang: Lang, path: &str) -> Command {
    let prefix = if path.is_empty() {
        "cli".to_string()
    } else {
        format!("cli-{path}")
    };
    if let Some(s) = lookup(lang, &format!("{prefix}-about")) {
        cmd = cmd.about(s);
    }
    // Only the program has a long description; a subcommand's about serves both.
    cmd = match lookup(lang, &format!("{prefix}-long-about")) {
        Some(s) => cmd.long_about(s),
        None => cmd.long_about(None::<&str>),
    };
    if let Some(s) = lookup(lang, &format!("{prefix}-after")) {
        cmd = cmd.after_long_help(s);
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        cmd = cmd.mut_arg(&id, |a| {
            // Placeholders (`<DIR>`) are words too: `<THƯ_MỤC>` in Vietnamese help.
            let names: Vec<&'static str> = a
                .get_value_names()
                .unwrap_or_default()
                .iter()
                .map(|n| {
                    let key = format!("cli-value-{}", n.as_str().to_lowercase());
                    leak(lookup(lang, &key).unwrap_or_else(|| n.to_string()))
                })
                .collect();
            if names.is_empty() {
                a
            } else {
                a.value_names(names)
            }
        });
        if let Some(text) = arg_key(lang, path, &id) {
            cmd = cmd.mut_arg(&id, |a| {
                // The catalog text names the accepted values itself, in words.
                // Flags take no value; clap's debug build rejects hiding values they lack.
                let takes = a.get_action().takes_values();
                a.help(text)
                    .long_help(None::<&str>)
                    .hide_possible_values(takes)
            });
        }
    }
    let is_root = path.is_empty();
    cmd = cmd
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(t!(lang, "cli-help")),
        )
        .subcommand_help_heading(leak(t!(lang, "cli-heading-commands")))
        .subcommand_value_name(leak(t!(lang, "cli-value-command")));
    if is_root {
        cmd = cmd
            .disable_help_subcommand(true)
            .disable_version_flag(true)
            .arg(
                Arg::new("version")
                    .short('V')
                    .long("version")
                    .action(ArgAction::Version)
                    .help(t!(lang, "cli-version")),
            );
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        let sub_path = if is_root {
            name.clone()
        } else {
            format!("{path}-{name}")
        };
        cmd = cmd.mut_subcommand(&name, |s| localize(s, lang, &sub_path));
    }
    cmd
}

/// clap keeps headings as `&'static str`; the command tree is built once per run.
fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// Every catalog key the command tree asks for that is missing, for the catalog test.
#[cfg(test)]
fn missing_keys(lang: Lang) -> Vec<String> {
    fn walk(cmd: &Command, lang: Lang, path: &str, out: &mut Vec<String>) {
        let prefix = if path.is_empty() {
            "cli".to_string()
        } else {
            format!("cli-{path}")
        };
        if !i18n::has(lang, &format!("{prefix}-about")) {
            out.push(format!("{prefix}-about"));
        }
        for a in cmd.get_arguments() {
            let id = a.get_id().as_str();
            if id != "help" && id != "version" && arg_key(lang, path, id).is_none() {
                out.push(format!("{prefix}-arg-{id}"));
            }
        }
        for s in cmd.get_subcommands() {
            let p = if path.is_empty() {
                s.get_name().to_string()
            } else {
                format!("{path}-{}", s.get_name())
            };
            walk(s, lang, &p, out);
        }
    }
    let mut out = Vec::new();
    walk(&Cli::command(), lang, "", &mut out);
    out
}

/// clap's own words in its rendered help, in Vietnamese. Headings the catalog does
/// not set through the builder (usage, arguments, options, defaults) are replaced
/// in the text, which clap does not otherwise let a program translate.
fn clap_words(lang: Lang, text: &str) -> String {
    if lang == Lang::En {
        return text.to_string();
    }
    let pairs = [
        ("Usage:", key!("cli-heading-usage")),
        ("Options:", key!("cli-heading-options")),
        ("Arguments:", key!("cli-heading-arguments")),
        ("[default: ", key!("cli-default-open")),
        ("[aliases: ", key!("cli-aliases-open")),
        ("[alias: ", key!("cli-aliases-open")),
        ("[OPTIONS]", key!("cli-value-options")),
    ];
    let mut out = text.to_string();
    for (en, key) in pairs {
        out = out.replace(en, &i18n::msg(lang, key, &[]));
    }
    out
}

/// Parses argv into a `Cli` in the user's language. `Err(code)`: help, the
/// version or a usage error was printed, exit with `code`.
pub fn parse(args: Vec<OsString>) -> Result<Cli, i32> {
    let env = std::env::var("DVHT_LANG").ok();
    let lang = lang_from(&args, env.as_deref());
    let args = help_subcommand(args);
    let matches = command(lang).try_get_matches_from(args);
    let result = matches.and_then(|m| Cli::from_arg_matches(&m));
    match result {
        Ok(mut cli) => {
            cli.lang = lang;
            Ok(cli)
        }
        Err(e) => Err(report(&e, lang)),
    }
}

/// `dvht help score` is `dvht score --help` (clap's own `help` subcommand is
/// turned off so that its text can be ours).
fn help_subcommand(mut args: Vec<OsString>) -> Vec<OsString> {
    let first = args
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, a)| !a.to_string_lossy().starts_with('-'))
        .map(|(i, _)| i);
    if let Some(i) = first {
        if args[i] == "help" {
            args.remove(i);
            args.push("--help".into());
        }
    }
    args
}

fn context(e: &clap::Error, kind: ContextKind) -> Option<String> {
    e.get(kind).map(|v| match v {
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(v) => v.join(", "),
        ContextValue::StyledStr(s) => s.to_string(),
        ContextValue::Number(n) => n.to_string(),
        other => other.to_string(),
    })
}

/// clap's suggestions, best first, each in backticks: "`score`", or
/// "`score` hay `compare`" (clap lists them from the least to the most likely).
fn suggestions(e: &clap::Error, kind: ContextKind, lang: Lang) -> Option<String> {
    let mut names: Vec<String> = match e.get(kind)? {
        ContextValue::String(s) => vec![s.clone()],
        ContextValue::Strings(v) => v.clone(),
        other => vec![other.to_string()],
    };
    names.reverse();
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    (!quoted.is_empty()).then(|| quoted.join(&format!(" {} ", t!(lang, "word-or"))))
}

/// Prints a clap outcome (help, version, usage error) in `lang`; returns the exit
/// status: 0 for help and version, 2 for a usage error (SPEC).
fn report(e: &clap::Error, lang: Lang) -> i32 {
    use std::io::IsTerminal;
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let styled = e.render();
            let text = if std::io::stdout().is_terminal() {
                styled.ansi().to_string()
            } else {
                styled.to_string()
            };
            let _ = crate::output::emit(&clap_words(lang, &text));
            return 0;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            eprint!("{}", clap_words(lang, &e.render().to_string()));
            return 2;
        }
        _ => {}
    }
    let arg = context(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = context(e, ContextKind::InvalidValue).unwrap_or_default();
    let body = match e.kind() {
        ErrorKind::UnknownArgument => {
            t!(lang, "cli-err-unknown-argument", arg = arg)
        }
        ErrorKind::InvalidSubcommand => t!(
            lang,
            "cli-err-unknown-command",
            command = context(e, ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::InvalidValue if value.is_empty() => {
            t!(lang, "cli-err-missing-value", arg = arg)
        }
        ErrorKind::InvalidValue => t!(
            lang,
            "cli-err-invalid-value",
            arg = arg,
            value = value,
            accepted = context(e, ContextKind::ValidValue).unwrap_or_default()
        ),
        ErrorKind::ValueValidation => {
            t!(lang, "cli-err-value-validation", arg = arg, value = value)
        }
        ErrorKind::MissingRequiredArgument => {
            t!(lang, "cli-err-missing-required", arg = arg)
        }
        ErrorKind::MissingSubcommand => t!(lang, "cli-err-missing-command"),
        ErrorKind::ArgumentConflict => t!(
            lang,
            "cli-err-conflict",
            arg = arg,
            other = context(e, ContextKind::PriorArg).unwrap_or_default()
        ),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            t!(lang, "cli-err-value-count", arg = arg)
        }
        ErrorKind::InvalidUtf8 => t!(lang, "cli-err-invalid-utf8"),
        _ => {
            // Any other kind keeps clap's sentence, headings in the user's language.
            eprint!("{}", clap_words(lang, &e.render().to_string()));
            return 2;
        }
    };
    let mut msg = t!(lang, "err-prefix", body = body);
    for kind in [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand] {
        if let Some(s) = suggestions(e, kind, lang) {
            msg.push_str(&format!(" ({})", t!(lang, "did-you-mean", suggestion = s)));
        }
    }
    let usage = context(e, ContextKind::Usage).unwrap_or_default();
    eprintln!("{msg}");
    if !usage.trim().is_empty() {
        eprintln!("\n{}", clap_words(lang, usage.trim_end()));
    }
    eprintln!("\n{}", t!(lang, "cli-err-try-help"));
    2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_argument_has_help_in_the_catalog() {
        for lang in [Lang::Vi, Lang::En] {
            assert_eq!(missing_keys(lang), Vec::<String>::new());
        }
    }

    fn args(v: &[&str]) -> Vec<OsString> {
        v.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_language_is_read_before_clap() {
        assert_eq!(lang_from(&args(&["dvht", "--help"]), None), Lang::Vi);
        assert_eq!(
            lang_from(&args(&["dvht", "score", "--lang", "en"]), None),
            Lang::En
        );
        assert_eq!(lang_from(&args(&["dvht", "--lang=en"]), None), Lang::En);
        assert_eq!(lang_from(&args(&["dvht"]), Some("en")), Lang::En);
        assert_eq!(
            lang_from(&args(&["dvht", "--lang", "vi"]), Some("en")),
            Lang::Vi
        );
        assert_eq!(
            lang_from(&args(&["dvht", "--", "--lang", "en"]), None),
            Lang::Vi
        );
    }

    #[test]
    fn help_subcommand_becomes_a_flag() {
        assert_eq!(
            help_subcommand(args(&["dvht", "help", "score"])),
            args(&["dvht", "score", "--help"])
        );
    }

    #[test]
    fn the_tree_builds_in_both_languages() {
        command(Lang::Vi).debug_assert();
        command(Lang::En).debug_assert();
    }
}
