//! HTML that cannot carry unescaped input: every page `dvht` writes is built as an
//! [`Html`], which takes markup only as string literals (`&'static str`, written in this
//! crate's source) or from another `Html`, and escapes every other piece of text.
//!
//! ```text
//! html!(b; "<td class=\"c\">" {c.id} "</td>");   // literals raw, `{…}` escaped
//! ```
//!
//! Catalog words ([`Msg`]) go in as they are: the catalog is compiled in and, like a
//! literal, part of the program; a message with arguments is a `String` and is escaped.

use crate::lang::Lang;
use std::fmt;

/// HTML under construction.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Html(String);

impl Html {
    pub fn new() -> Html {
        Html(String::new())
    }

    /// Markup written in the source: only a literal is `'static` without effort.
    pub fn raw(&mut self, markup: &'static str) -> &mut Html {
        self.0.push_str(markup);
        self
    }

    /// Adds `piece`: text escaped, markup (`Html`, [`Msg`]) as it is.
    pub fn push<P: Piece + ?Sized>(&mut self, piece: &P) -> &mut Html {
        piece.put(self);
        self
    }

    #[cfg(test)]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }

    /// Escaped text as markup of its own (for a piece built before it is placed).
    pub fn text(s: &str) -> Html {
        let mut h = Html::new();
        h.push(s);
        h
    }
}

impl fmt::Display for Html {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A catalog message without arguments: words of the program, not of an input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg(String);

impl Msg {
    pub fn new(lang: Lang, key: &'static str) -> Msg {
        Msg(crate::i18n::msg(lang, key, &[]))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What can go into an [`Html`].
pub trait Piece {
    fn put(&self, out: &mut Html);
}

impl Piece for str {
    fn put(&self, out: &mut Html) {
        escape_into(self, &mut out.0);
    }
}

impl Piece for String {
    fn put(&self, out: &mut Html) {
        escape_into(self, &mut out.0);
    }
}

impl Piece for Html {
    fn put(&self, out: &mut Html) {
        out.0.push_str(&self.0);
    }
}

impl Piece for Msg {
    fn put(&self, out: &mut Html) {
        out.0.push_str(&self.0);
    }
}

impl<T: Piece + ?Sized> Piece for &T {
    fn put(&self, out: &mut Html) {
        (**self).put(out);
    }
}

/// Nothing for `None`.
impl<T: Piece> Piece for Option<T> {
    fn put(&self, out: &mut Html) {
        if let Some(p) = self {
            p.put(out);
        }
    }
}

macro_rules! digits {
    ($($t:ty),*) => {$(
        // An integer is digits and a sign: nothing to escape.
        impl Piece for $t {
            fn put(&self, out: &mut Html) {
                use std::fmt::Write;
                let _ = write!(out.0, "{self}");
            }
        }
    )*};
}
digits!(u8, u16, u32, u64, usize, i32, i64);

/// Escapes text for HTML element content and quoted attribute values.
fn escape_into(s: &str, out: &mut String) {
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// Appends to an [`Html`]: string literals as markup, `{expr}` as a [`Piece`].
///
/// `html!(b; "<p>" {name} "</p>\n")`
macro_rules! html {
    ($b:ident; $($rest:tt)*) => {{
        $crate::report::markup::html!(@ $b; $($rest)*);
    }};
    (@ $b:ident;) => {};
    (@ $b:ident; $lit:literal $($rest:tt)*) => {
        $b.raw($lit);
        $crate::report::markup::html!(@ $b; $($rest)*);
    };
    (@ $b:ident; {$e:expr} $($rest:tt)*) => {
        $b.push(&$e);
        $crate::report::markup::html!(@ $b; $($rest)*);
    };
}
pub(crate) use html;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_markup_is_not() {
        let mut b = Html::new();
        let name = "<script>alert('x')</script> & \"Trường\"";
        html!(b; "<p class=\"x\">" {name} "</p>" {Html::text("a<b")} {3u8});
        assert_eq!(
            b.as_str(),
            "<p class=\"x\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Trường&quot;</p>a&lt;b3"
        );
        assert_eq!(Html::text("Tân Hòa").as_str(), "Tân Hòa");
    }

    #[test]
    fn owned_and_optional_text_is_escaped_too() {
        let mut b = Html::new();
        let s = String::from("'&'");
        html!(b; {s} {Some("<")} {None::<&str>});
        assert_eq!(b.as_str(), "&#39;&amp;&#39;&lt;");
    }
}
