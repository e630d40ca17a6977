//! Path safety for evidence files, judged on the text alone, the same on every OS
//! (bagit-python's `_path_is_dangerous`, made stricter): a dossier written on one
//! machine must mean the same files, and only files inside its folder, on any other.
//!
//! `check` classifies a `file = "…"` value; `key` gives the form two paths are
//! compared in (components joined with `/`, `.` dropped, NFC).

use crate::lang::Lang;
use crate::t;
use crate::text::nfc;

/// Why a written evidence path is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathIssue {
    Empty,
    /// `/x`, `\x`.
    Absolute,
    /// `C:\x`, `C:x`.
    DriveLetter,
    /// `\\server\share`, `//server/share`.
    Unc,
    /// `\\?\C:\x`, `\\.\COM1`: Windows verbatim and device namespaces.
    Verbatim,
    /// `~/x`, `~user/x`: a home folder, which the shell would expand.
    Tilde,
    /// `minh-chung\x.pdf`: only `/` separates folders, on every OS.
    Backslash,
    /// A control character (NUL, line break, …).
    ControlChar,
    /// `..` that climbs above the manifest's folder.
    ParentEscape,
    /// `..` that stays inside, which still makes the path ambiguous.
    DotDot,
    /// `<>:"|?*`, which Windows does not allow in a name.
    ForbiddenChar(char),
    /// `CON`, `NUL`, `COM1`, `LPT1`… (with or without extension): Windows devices.
    DeviceName(String),
    /// A name ending in `.` or a space, which Windows silently drops.
    TrailingDotOrSpace(String),
}

/// How the problem is reported: the stable problem code it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IssueClass {
    /// `absolute-path`
    Absolute,
    /// `outside-folder`
    Outside,
    /// `unsafe-path`
    Unsafe,
}

impl PathIssue {
    pub(crate) fn class(&self) -> IssueClass {
        match self {
            PathIssue::Absolute | PathIssue::DriveLetter | PathIssue::Unc | PathIssue::Verbatim => {
                IssueClass::Absolute
            }
            PathIssue::ParentEscape => IssueClass::Outside,
            _ => IssueClass::Unsafe,
        }
    }

    /// Why, in the user's language.
    pub fn reason(&self, lang: Lang) -> String {
        match self {
            PathIssue::Empty => t!(lang, "evidence-path-empty"),
            PathIssue::Absolute => t!(lang, "evidence-path-absolute"),
            PathIssue::DriveLetter => t!(lang, "evidence-path-drive-letter"),
            PathIssue::Unc => t!(lang, "evidence-path-unc"),
            PathIssue::Verbatim => t!(lang, "evidence-path-verbatim"),
            PathIssue::Tilde => t!(lang, "evidence-path-tilde"),
            PathIssue::Backslash => t!(lang, "evidence-path-backslash"),
            PathIssue::ControlChar => t!(lang, "evidence-path-control-char"),
            PathIssue::ParentEscape => t!(lang, "evidence-path-parent-escape"),
            PathIssue::DotDot => t!(lang, "evidence-path-dot-dot"),
            PathIssue::ForbiddenChar(c) => {
                t!(lang, "evidence-path-forbidden-char", char = c.to_string())
            }
            PathIssue::DeviceName(n) => t!(lang, "evidence-path-device-name", name = n),
            PathIssue::TrailingDotOrSpace(n) => {
                t!(lang, "evidence-path-trailing-dot-or-space", name = n)
            }
        }
    }
}

const DEVICES: &[&str] = &["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"];

fn is_device(name: &str) -> bool {
    // `con.txt` and `COM1.pdf` are devices too: Windows looks at the stem.
    let stem = name.split('.').next().unwrap_or(name).trim_end();
    let upper = stem.to_ascii_uppercase();
    if DEVICES.contains(&upper.as_str()) {
        return true;
    }
    let b = upper.as_bytes();
    b.len() == 4
        && (upper.starts_with("COM") || upper.starts_with("LPT"))
        && matches!(b[3], b'1'..=b'9')
}

/// The first problem with a written path, or `None` when it is safe to join to
/// the manifest's folder. Cheapest and most telling checks first.
pub fn check(path: &str) -> Option<PathIssue> {
    if path.trim().is_empty() {
        return Some(PathIssue::Empty);
    }
    let b = path.as_bytes();
    let starts = |p: &str| path.starts_with(p);
    if starts("\\\\?\\") || starts("\\\\.\\") || starts("//?/") || starts("//./") {
        return Some(PathIssue::Verbatim);
    }
    if starts("\\\\") || starts("//") {
        return Some(PathIssue::Unc);
    }
    if starts("/") || starts("\\") {
        return Some(PathIssue::Absolute);
    }
    if b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1] == b':' {
        return Some(PathIssue::DriveLetter);
    }
    if starts("~") {
        return Some(PathIssue::Tilde);
    }
    if path.contains('\\') {
        return Some(PathIssue::Backslash);
    }
    if path.chars().any(char::is_control) {
        return Some(PathIssue::ControlChar);
    }
    let mut depth: i64 = 0;
    let mut dotdot = false;
    for part in path.split('/') {
        match part {
            "" | "." => continue,
            ".." => {
                dotdot = true;
                depth -= 1;
                if depth < 0 {
                    return Some(PathIssue::ParentEscape);
                }
                continue;
            }
            _ => depth += 1,
        }
        if let Some(c) = part.chars().find(|c| "<>:\"|?*".contains(*c)) {
            return Some(PathIssue::ForbiddenChar(c));
        }
        if is_device(part) {
            return Some(PathIssue::DeviceName(part.to_string()));
        }
        if part.ends_with('.') || part.ends_with(' ') {
            return Some(PathIssue::TrailingDotOrSpace(part.to_string()));
        }
    }
    if dotdot {
        return Some(PathIssue::DotDot);
    }
    None
}

/// The comparison form of a safe path: components joined by `/`, without `.` or
/// empty parts, in NFC. Two written paths name the same file when their keys agree.
pub fn key(path: &str) -> String {
    let parts: Vec<&str> = path
        .split('/')
        .filter(|p| !p.is_empty() && *p != ".")
        .collect();
    nfc(&parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safe_paths_pass() {
        for p in [
            "minh-chung/ke-hoach.pdf",
            "./minh-chung/ke hoach 2024.pdf",
            "Biên bản.docx",
            "a//b.txt",
            "minh-chung/.hidden",
            "COM10.txt",
            "console.log",
        ] {
            assert_eq!(check(p), None, "{p}");
        }
    }

    #[test]
    fn dangerous_paths_are_named() {
        use PathIssue::*;
        let cases: &[(&str, PathIssue)] = &[
            ("", Empty),
            ("  ", Empty),
            ("/etc/passwd", Absolute),
            ("\\Windows\\win.ini", Absolute),
            ("C:\\minh-chung\\a.pdf", DriveLetter),
            ("c:a.pdf", DriveLetter),
            ("\\\\server\\share\\a.pdf", Unc),
            ("//server/share/a.pdf", Unc),
            ("\\\\?\\C:\\a.pdf", Verbatim),
            ("\\\\.\\COM1", Verbatim),
            ("~/a.pdf", Tilde),
            ("~root/a.pdf", Tilde),
            ("minh-chung\\a.pdf", Backslash),
            ("a\u{0}b", ControlChar),
            ("a\nb", ControlChar),
            ("../x.pdf", ParentEscape),
            ("minh-chung/../../x.pdf", ParentEscape),
            ("minh-chung/../x.pdf", DotDot),
            ("a/b:c.pdf", ForbiddenChar(':')),
            ("what?.pdf", ForbiddenChar('?')),
            ("CON", DeviceName("CON".into())),
            ("minh-chung/nul.txt", DeviceName("nul.txt".into())),
            ("com1.pdf", DeviceName("com1.pdf".into())),
            ("LPT9", DeviceName("LPT9".into())),
            ("a./b.pdf", TrailingDotOrSpace("a.".into())),
            ("b.pdf ", TrailingDotOrSpace("b.pdf ".into())),
        ];
        for (p, want) in cases {
            assert_eq!(check(p).as_ref(), Some(want), "{p:?}");
        }
    }

    #[test]
    fn classes_map_to_problem_codes() {
        assert_eq!(PathIssue::Unc.class(), IssueClass::Absolute);
        assert_eq!(PathIssue::ParentEscape.class(), IssueClass::Outside);
        assert_eq!(PathIssue::Backslash.class(), IssueClass::Unsafe);
    }

    #[test]
    fn keys_ignore_dots_and_normal_form() {
        use unicode_normalization::UnicodeNormalization;
        let nfd: String = "minh-chung/Biên bản.pdf".nfd().collect();
        assert_eq!(key(&nfd), key("./minh-chung//Biên bản.pdf"));
    }
}
