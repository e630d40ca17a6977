//! The rubric file's schema: one serde type per TOML table. The same definitions
//! give the table of known keys (`Shape::SUB`) that `keys::unknown_keys` walks, so
//! a new key is added in one place.
//!
//! Unknown keys are not denied here: `keys::unknown_keys` reports every one of them
//! with its line, which `deny_unknown_fields` (first one only) cannot.

use serde::Deserialize;
use toml::Spanned;

/// What a key holds: a plain value, a table, or an array of tables.
#[derive(Clone, Copy)]
pub enum Sub {
    Leaf,
    Table(&'static [(&'static str, Sub)]),
    Tables(&'static [(&'static str, Sub)]),
}

/// The shape of a schema type, as the key walk sees it.
pub trait Shape {
    const SUB: Sub;
}

macro_rules! leaf {
    ($($t:ty),*) => { $(impl Shape for $t { const SUB: Sub = Sub::Leaf; })* };
}
leaf!(String, bool, i64, u8, u32, toml::Value);

impl<T: Shape> Shape for Option<T> {
    const SUB: Sub = T::SUB;
}

impl<T: Shape> Shape for Spanned<T> {
    const SUB: Sub = T::SUB;
}

/// A list of tables is an array of tables; a list of values is a value.
impl<T: Shape> Shape for Vec<T> {
    const SUB: Sub = match T::SUB {
        Sub::Table(keys) => Sub::Tables(keys),
        other => other,
    };
}

/// Declares a schema table: the serde struct, and its keys in field order.
macro_rules! raw {
    (struct $name:ident { $($(#[$fm:meta])* $field:ident: $ty:ty,)* }) => {
        #[derive(Deserialize)]
        pub(super) struct $name {
            $($(#[$fm])* pub(super) $field: $ty,)*
        }

        impl $name {
            /// The table's keys, in field order (the order messages list them in).
            pub(super) const KEYS: &'static [(&'static str, Sub)] =
                &[$((stringify!($field), <$ty as Shape>::SUB)),*];
        }

        impl Shape for $name {
            const SUB: Sub = Sub::Table(Self::KEYS);
        }
    };
}

/// The format version alone, read before the rest so a newer file is refused
/// before its other keys are judged.
#[derive(Deserialize)]
pub(super) struct Head {
    pub(super) format: Option<Spanned<i64>>,
}

pub(super) type Src = Option<Spanned<String>>;

raw! {
    struct RawRubric {
        // Read first, on its own, through `Head`; listed so the key walk knows it.
        #[allow(dead_code)]
        format: Option<Spanned<i64>>,
        id: Spanned<String>,
        version: String,
        kind: Spanned<String>,
        title: String,
        title_en: Option<String>,
        legal_basis: Src,
        source: Src,
        max_points: Option<Spanned<toml::Value>>,
        #[serde(default)]
        groups: Vec<RawGroup>,
        #[serde(default)]
        criteria: Vec<RawCriterion>,
        classification: Option<Spanned<RawClassification>>,
        recognition: Option<Spanned<RawRecognition>>,
        validity: Option<Spanned<RawValidity>>,
    }
}

raw! {
    struct RawValidity {
        valid_from: Option<Spanned<toml::Value>>,
        valid_until: Option<Spanned<toml::Value>>,
        superseded_by: Option<Spanned<String>>,
        source: Src,
    }
}

raw! {
    struct RawGroup {
        id: Spanned<String>,
        title: String,
        title_en: Option<String>,
        max_points: Option<Spanned<toml::Value>>,
        source: Src,
    }
}

raw! {
    struct RawCriterion {
        id: Spanned<String>,
        group: Spanned<String>,
        title: String,
        title_en: Option<String>,
        source: Src,
        max_points: Option<Spanned<toml::Value>>,
        #[serde(default)]
        evidence_suggestions: Vec<String>,
        #[serde(default)]
        not_applicable_for_kinds: Vec<Spanned<String>>,
        members: Option<Spanned<RawPredicate>>,
        gap_policy: Option<Spanned<String>>,
        gap_note: Option<String>,
        gap_note_en: Option<String>,
        bands: Option<Spanned<Vec<RawBand>>>,
        cases: Option<Spanned<Vec<RawCase>>>,
        level_1: Option<Spanned<RawLevel>>,
        level_2: Option<Spanned<RawLevel>>,
        #[serde(default)]
        sub_items: Vec<RawSubItem>,
    }
}

raw! {
    struct RawPredicate {
        #[serde(default)]
        all_of: Vec<Spanned<String>>,
        title_at_least: Option<Spanned<String>>,
    }
}

raw! {
    struct RawBand {
        range: Spanned<String>,
        points: Spanned<toml::Value>,
        source: Src,
        #[serde(default)]
        provisional: bool,
    }
}

raw! {
    struct RawCase {
        when: Vec<RawCondition>,
        points: Spanned<toml::Value>,
        label: String,
        label_en: Option<String>,
    }
}

raw! {
    struct RawLevel {
        min_percent: Option<Spanned<toml::Value>>,
        when: Option<Vec<RawCondition>>,
        #[serde(default)]
        provisional: bool,
        source: Src,
    }
}

raw! {
    struct RawCondition {
        fact: Spanned<String>,
        equals: Option<Spanned<toml::Value>>,
        one_of: Option<Vec<Spanned<String>>>,
        at_least: Option<Spanned<String>>,
    }
}

raw! {
    struct RawSubItem {
        id: Spanned<String>,
        column: Spanned<String>,
        points: Spanned<toml::Value>,
        title: String,
    }
}

raw! {
    struct RawClassification {
        #[serde(default)]
        provisional: bool,
        source: Src,
        grades: Vec<RawGrade>,
    }
}

raw! {
    struct RawGrade {
        id: Spanned<String>,
        label: String,
        label_en: Option<String>,
        min_points: Spanned<toml::Value>,
        recognized: bool,
    }
}

raw! {
    struct RawRecognition {
        source: Src,
        level_2_after_months: u32,
        level_2_after_source: Src,
        validity_months: u32,
        validity_source: Src,
        levels: Vec<RawLevelLabel>,
    }
}

raw! {
    struct RawLevelLabel {
        level: Spanned<u8>,
        label: String,
        label_en: Option<String>,
    }
}
