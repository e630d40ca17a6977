//! A message for people about an input or a result, worded in both languages.
//! Readers (`roster`, `rubric`) and the engine (`score`) all raise them, so it sits
//! below all three.

use crate::lang::Lang;

/// A message for people, in both languages, with a stable code for scripts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub code: &'static str,
    pub vi: String,
    pub en: String,
}

impl Warning {
    pub fn new(code: &'static str, vi: impl Into<String>, en: impl Into<String>) -> Warning {
        Warning {
            code,
            vi: vi.into(),
            en: en.into(),
        }
    }

    /// A warning worded by the message catalog, rendered in both languages now so
    /// every report can pick one: `Warning::localized("code", |l| t!(l, "key", …))`.
    pub fn localized(code: &'static str, text: impl Fn(Lang) -> String) -> Warning {
        let (vi, en) = crate::i18n::both(text);
        Warning { code, vi, en }
    }

    pub fn text(&self, lang: Lang) -> &str {
        lang.pick(&self.vi, &self.en)
    }
}
