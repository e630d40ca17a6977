//! What roster columns and unit facts mean, named by meaning rather than by any
//! rubric's numbering (SPEC.md), and the value vocabularies people type into them.
//! Rubrics refer to these names; a rubric that names anything else is rejected.
//!
//! Public as data: every roster column ([`COLUMNS`]), unit fact ([`FACTS`]) and value
//! key ([`TITLES`], [`VALUE_LABELS`], [`UNIT_KINDS`]) a roster, an `evidence.toml`
//! or a rubric may name. Reading typed cells and values stays inside the crate.

use crate::t;
use crate::text::fold;

/// How a roster column's cells are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellKind {
    Text,
    YesNo,
    Title,
}

/// One roster column: canonical name, Vietnamese header aliases, how cells read.
#[derive(Debug)]
pub struct ColumnDef {
    pub name: &'static str,
    pub kind: CellKind,
    /// Accepted headers besides the canonical name; matched after `text::fold`.
    pub aliases: &'static [&'static str],
    /// The header `dvht init` writes and messages show.
    pub header_vi: &'static str,
}

macro_rules! col {
    ($name:literal, $kind:ident, $vi:literal, [$($alias:literal),*]) => {
        ColumnDef { name: $name, kind: CellKind::$kind, header_vi: $vi, aliases: &[$vi, $($alias),*] }
    };
}

/// Every roster column `dvht` knows. Yes/no columns are numbered by their position
/// among yes/no columns (`yes_no_bit`), so a member's answers fit in one `u32`.
pub static COLUMNS: &[ColumnDef] = &[
    col!(
        "id",
        Text,
        "Mã",
        ["ma so", "ma cb", "ma nhan vien", "ma vien chuc"]
    ),
    col!(
        "name",
        Text,
        "Họ và tên",
        ["ho ten", "ten", "ten thanh vien", "ho va ten thanh vien"]
    ),
    col!(
        "role",
        Text,
        "Chức vụ",
        ["chuc danh", "vi tri", "vi tri viec lam"]
    ),
    col!(
        "excluded",
        Text,
        "Không tính",
        ["loai tru", "ly do khong tinh", "khong tinh vao ty le"]
    ),
    col!(
        "self_study_plan",
        YesNo,
        "Kế hoạch tự học",
        [
            "ke hoach tu hoc tu boi duong",
            "ke hoach tu boi duong",
            "co ke hoach tu hoc"
        ]
    ),
    col!(
        "discipline",
        YesNo,
        "Tuân thủ kỷ luật",
        ["ky luat", "tuan thu ky luat lao dong", "ky luat lao dong"]
    ),
    col!(
        "mandatory_training",
        YesNo,
        "Hoàn thành bồi dưỡng",
        [
            "boi duong bat buoc",
            "hoan thanh boi duong bat buoc",
            "boi duong thuong xuyen"
        ]
    ),
    col!(
        "digital_training",
        YesNo,
        "Chuyển đổi số",
        ["boi duong chuyen doi so", "tap huan chuyen doi so"]
    ),
    col!(
        "language_cert",
        YesNo,
        "Chứng chỉ ngoại ngữ",
        [
            "ngoai ngu",
            "chung chi ngoai ngu hoac tieng dan toc",
            "chung chi tieng dan toc"
        ]
    ),
    col!(
        "emulation_title",
        Title,
        "Danh hiệu thi đua",
        ["danh hieu", "danh hieu ca nhan"]
    ),
    col!(
        "learning_citizen",
        YesNo,
        "Công dân học tập",
        ["danh hieu cong dan hoc tap", "cdht"]
    ),
    col!("law_abiding", YesNo, "Tuân thủ pháp luật", []),
    col!(
        "lifelong_commitment",
        YesNo,
        "Cam kết học tập suốt đời",
        ["hoc tap suot doi"]
    ),
    col!(
        "family_learning",
        YesNo,
        "Học tập trong gia đình",
        [
            "to chuc hoc tap trong gia dinh",
            "hoc tap gia dinh cong dong"
        ]
    ),
    col!("healthy_lifestyle", YesNo, "Lối sống lành mạnh", []),
    col!(
        "language_and_it",
        YesNo,
        "Ngoại ngữ và CNTT",
        [
            "ngoai ngu va tin hoc",
            "ngoai ngu tin hoc",
            "ngoai ngu cntt"
        ]
    ),
    col!(
        "critical_thinking",
        YesNo,
        "Tư duy phản biện",
        ["tu duy phan bien sang tao"]
    ),
    col!("gender_equality", YesNo, "Bình đẳng giới", []),
    col!(
        "cultural_diversity",
        YesNo,
        "Đa dạng văn hóa",
        ["ton trong da dang van hoa"]
    ),
    col!(
        "knowledge_sharing",
        YesNo,
        "Chia sẻ tri thức",
        ["chia se kien thuc", "tham gia chia se tri thuc"]
    ),
];

pub(crate) fn column(name: &str) -> Option<&'static ColumnDef> {
    COLUMNS.iter().find(|c| c.name == name)
}

/// The bit that stands for a yes/no column in `Member::yes`.
pub(crate) fn yes_no_bit(name: &str) -> Option<u32> {
    COLUMNS
        .iter()
        .filter(|c| c.kind == CellKind::YesNo)
        .position(|c| c.name == name)
        .map(|i| 1u32 << i)
}

/// The column a header names, if any: the canonical name or an alias, after folding.
///
/// Each thread remembers the headers it has seen: the units of a batch share their
/// headers, and folding them again for every roster was a visible cost.
pub(crate) fn column_for_header(header: &str) -> Option<&'static ColumnDef> {
    use std::cell::RefCell;
    use std::collections::HashMap;
    type Seen = HashMap<Box<str>, Option<&'static ColumnDef>>;
    thread_local! {
        static SEEN: RefCell<Seen> = RefCell::new(HashMap::new());
    }
    /// Headers remembered per thread, at most.
    const SEEN_MAX: usize = 512;
    SEEN.with(|seen| {
        if let Some(c) = seen.borrow().get(header) {
            return *c;
        }
        let c = column_for_folded(&fold(header));
        let mut seen = seen.borrow_mut();
        if seen.len() < SEEN_MAX {
            seen.insert(header.into(), c);
        }
        c
    })
}

fn column_for_folded(key: &str) -> Option<&'static ColumnDef> {
    let find = |k: &str| {
        let k = spelling_key(k);
        header_keys().iter().find(|(h, _)| *h == k).map(|(_, c)| *c)
    };
    find(key).or_else(|| {
        // Headers often carry a note: `Tuân thủ kỷ luật (x)`, `Họ và tên (*)`,
        // `Không tính:`. Try again without it.
        let bare = strip_note(key);
        (bare != key && !bare.is_empty())
            .then(|| find(&bare))
            .flatten()
    })
}

/// A folded header without notes in brackets and trailing `*`, `:` or `.`.
fn strip_note(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    let mut depth = 0usize;
    for c in key.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.trim()
        .trim_end_matches(['*', ':', '.', ' '])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A folded header with the two Vietnamese spellings made one: `kỉ`/`kỷ` fold to
/// `ki`/`ky`, so `y` counts as `i` (tone-mark placement, `hoá`/`hóa`, is already
/// gone with the diacritics).
fn spelling_key(folded: &str) -> String {
    folded.replace('y', "i")
}

/// Every accepted header, folded once per process (folding them for each header
/// cell of each roster was most of the time spent reading a batch of small rosters).
/// In `COLUMNS` order, each column's name before its aliases.
fn header_keys() -> &'static [(String, &'static ColumnDef)] {
    static KEYS: std::sync::OnceLock<Vec<(String, &'static ColumnDef)>> =
        std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        COLUMNS
            .iter()
            .flat_map(|c| {
                std::iter::once(c.name)
                    .chain(c.aliases.iter().copied())
                    .map(move |a| (spelling_key(&fold(a)), c))
            })
            .collect()
    })
}

/// Yes, as secretaries type it (folded). Only spellings that cannot mean no:
/// ticks (`✓`, `✔`, `☑`, `✅`, and `√`, the tick Vietnamese Excel users type from
/// the symbol menu), `v`, and the words for "has / met / completed".
pub(crate) const YES_WORDS: &[&str] = &[
    "x",
    "1",
    "y",
    "yes",
    "true",
    "co",
    "dat",
    "v",
    "✓",
    "✔",
    "☑",
    "✅",
    "√",
    "hoan thanh",
    "da hoan thanh",
    "dat yeu cau",
    "da co",
];

/// No, as typed (folded): empty (and `-`, which folds to empty), `0`, dashes, and
/// the words for "not / not yet / not met / has none". `×` and `✗` are not here:
/// they look like the `x` that means yes.
pub(crate) const NO_WORDS: &[&str] = &[
    "",
    "0",
    "n",
    "no",
    "false",
    "khong",
    "chua dat",
    "khong dat",
    "chua",
    "chua co",
    "khong co",
    "chua hoan thanh",
    "khong hoan thanh",
    "–",
    "—",
    "☐",
];

/// Reads a yes/no cell; `None` when the text is neither.
pub(crate) fn parse_yes_no(folded: &str) -> Option<bool> {
    if YES_WORDS.contains(&folded) {
        Some(true)
    } else if NO_WORDS.contains(&folded) {
        Some(false)
    } else {
        None
    }
}

pub(crate) const YES_NO_ACCEPTED: &str = "có = x, 1, y, yes, true, có, đạt, v, ✓, ✔, ☑, √, hoàn thành, đã hoàn thành, đạt yêu cầu, đã có | không = (trống), 0, -, n, no, false, không, chưa, chưa có, không có, chưa đạt, không đạt, chưa hoàn thành, không hoàn thành";

/// What a `Không tính` (excluded) cell says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Exclusion {
    /// A no-word (empty, `0`, `-`, `Không`…): the member is counted.
    Counted,
    /// A bare yes-word (`x`, `Có`): not counted, but no reason was given.
    NoReason,
    /// Any other text: not counted, and this is why.
    Reason,
}

/// Reads a `Không tính` cell from its folded text (SPEC: a no-word = counted).
pub(crate) fn parse_exclusion(folded: &str) -> Exclusion {
    match parse_yes_no(folded) {
        Some(false) => Exclusion::Counted,
        Some(true) => Exclusion::NoReason,
        None => Exclusion::Reason,
    }
}

/// Individual emulation titles in rising order: the index is the rank.
pub static TITLES: &[(&str, &[&str])] = &[
    (
        "none",
        &[
            "",
            "none",
            "0",
            "khong",
            "khong co",
            "chua co",
            "chua dat",
            "khong dat",
            "–",
            "—",
        ],
    ),
    ("lao-dong-tien-tien", &["lao dong tien tien", "ldtt"]),
    (
        "chien-si-thi-dua-co-so",
        &["chien si thi dua co so", "cstdcs", "cstd co so", "cstd cs"],
    ),
    (
        "chien-si-thi-dua-cap-tinh",
        &["chien si thi dua cap tinh", "cstd cap tinh", "cstdct"],
    ),
    (
        "chien-si-thi-dua-toan-quoc",
        &["chien si thi dua toan quoc", "cstd toan quoc", "cstdtq"],
    ),
];

pub(crate) const TITLES_ACCEPTED: &str = "(trống)/none/không/chưa có, lao-dong-tien-tien (Lao động tiên tiến, LĐTT), chien-si-thi-dua-co-so (CSTĐCS), chien-si-thi-dua-cap-tinh, chien-si-thi-dua-toan-quoc";

/// The rank of an emulation-title cell (0 = none), from its folded text.
pub(crate) fn parse_title(folded: &str) -> Option<u8> {
    TITLES
        .iter()
        .position(|(_, forms)| forms.contains(&folded))
        .map(|i| i as u8)
}

/// The rank of a canonical title slug (`lao-dong-tien-tien` → 1).
pub(crate) fn title_rank(slug: &str) -> Option<u8> {
    TITLES.iter().position(|(s, _)| *s == slug).map(|i| i as u8)
}

/// How a fact's value is written in `evidence.toml`.
#[derive(Debug)]
pub enum FactKind {
    Bool,
    /// Allowed values with their rank; equal ranks count as equal ("bằng khen ranks
    /// with xuất sắc").
    Ordered(&'static [(&'static str, u8)]),
}

#[derive(Debug)]
pub struct FactDef {
    pub name: &'static str,
    pub kind: FactKind,
    pub title_vi: &'static str,
    pub title_en: &'static str,
}

/// Every unit fact `evidence.toml` may hold (SPEC.md).
pub static FACTS: &[FactDef] = &[
    FactDef {
        name: "learning_plan",
        kind: FactKind::Ordered(&[("none", 0), ("issued", 1), ("implemented", 2)]),
        title_vi: "Kế hoạch học tập thường xuyên",
        title_en: "regular-learning plan",
    },
    FactDef {
        name: "learning_regulations",
        kind: FactKind::Ordered(&[("none", 0), ("partly-feasible", 1), ("feasible", 2)]),
        title_vi: "Quy định khuyến khích học tập",
        title_en: "rules encouraging learning",
    },
    FactDef {
        name: "learning_resources",
        kind: FactKind::Ordered(&[
            ("none", 0),
            ("funding-or-facilities", 1),
            ("funding-and-facilities", 2),
        ]),
        title_vi: "Nguồn lực cho học tập",
        title_en: "resources for learning",
    },
    FactDef {
        name: "training_policy",
        kind: FactKind::Bool,
        title_vi: "Thực hiện đầy đủ chế độ đào tạo, bồi dưỡng",
        title_en: "training regimes fully applied",
    },
    FactDef {
        name: "training_budget",
        kind: FactKind::Bool,
        title_vi: "Đủ kinh phí đào tạo, bồi dưỡng",
        title_en: "enough training budget",
    },
    FactDef {
        name: "digital_equipment",
        kind: FactKind::Bool,
        title_vi: "Chuyển đổi số, trang bị thiết bị học tập",
        title_en: "digital transformation and learning devices",
    },
    FactDef {
        name: "community_learning",
        kind: FactKind::Bool,
        title_vi: "Tham gia hoạt động học tập suốt đời cho người dân",
        title_en: "lifelong-learning activities for the public",
    },
    FactDef {
        name: "knowledge_sharing_activities",
        kind: FactKind::Bool,
        title_vi: "Hoạt động chia sẻ tri thức với đơn vị khác",
        title_en: "knowledge sharing with other units",
    },
    FactDef {
        name: "collective_title",
        kind: FactKind::Ordered(&[
            ("none", 0),
            ("tap-the-lao-dong-tien-tien", 1),
            ("tap-the-lao-dong-xuat-sac", 2),
            ("bang-khen", 2),
            ("co-thi-dua", 3),
        ]),
        title_vi: "Danh hiệu thi đua tập thể",
        title_en: "collective emulation title",
    },
    FactDef {
        name: "digital_maturity",
        kind: FactKind::Ordered(&[("chua-dat", 0), ("co-ban", 1), ("kha", 2), ("tot", 3)]),
        title_vi: "Mức độ chuyển đổi số (QĐ 4725)",
        title_en: "digital-transformation level (QĐ 4725)",
    },
];

pub(crate) fn fact(name: &str) -> Option<&'static FactDef> {
    FACTS.iter().find(|f| f.name == name)
}

/// What a criterion reads, in words for people: a unit fact by its title, a
/// roster column by the header a roster shows (Vietnamese in both languages, as
/// on the sheet). An unknown name (a rubric file's own) stays as written.
pub(crate) fn input_words(name: &str, lang: crate::lang::Lang) -> String {
    if let Some(f) = fact(name) {
        return lang.pick(f.title_vi, f.title_en).to_string();
    }
    match column(name) {
        Some(c) => format!("\"{}\"", c.header_vi),
        None => name.to_string(),
    }
}

impl FactDef {
    /// The allowed values, for messages and `dvht init`.
    pub fn accepted(&self) -> String {
        match self.kind {
            FactKind::Bool => "true | false".to_string(),
            FactKind::Ordered(values) => values
                .iter()
                .map(|(v, _)| *v)
                .collect::<Vec<_>>()
                .join(" | "),
        }
    }
}

/// Fact values in words, Vietnamese then English: what people read in tables and
/// reports, and what `evidence.toml` also accepts in place of the key (SPEC).
pub static VALUE_LABELS: &[(&str, &str, &str)] = &[
    ("none", "Không có", "none"),
    (
        "issued",
        "Đã ban hành, thực hiện chưa hiệu quả",
        "issued, not effective",
    ),
    (
        "implemented",
        "Đã ban hành và tổ chức thực hiện",
        "issued and carried out",
    ),
    (
        "partly-feasible",
        "Có quy định, một số nội dung không khả thi",
        "rules partly infeasible",
    ),
    ("feasible", "Có quy định khả thi", "feasible rules"),
    (
        "funding-or-facilities",
        "Có kinh phí hoặc cơ sở vật chất",
        "funding or facilities",
    ),
    (
        "funding-and-facilities",
        "Có kinh phí và cơ sở vật chất",
        "funding and facilities",
    ),
    (
        "tap-the-lao-dong-tien-tien",
        "Tập thể lao động tiên tiến",
        "advanced collective",
    ),
    (
        "tap-the-lao-dong-xuat-sac",
        "Tập thể lao động xuất sắc",
        "excellent collective",
    ),
    ("bang-khen", "Bằng khen", "certificate of merit"),
    ("co-thi-dua", "Cờ thi đua", "emulation flag"),
    ("chua-dat", "Chưa đạt mức đáp ứng cơ bản", "below basic"),
    ("co-ban", "Mức đáp ứng cơ bản", "basic"),
    ("kha", "Mức đáp ứng khá", "fair"),
    ("tot", "Mức đáp ứng tốt", "good"),
];

/// Other Vietnamese ways of writing a fact value in `evidence.toml`, after `fold`.
static VALUE_ALIASES: &[(&str, &[&str])] = &[
    ("none", &["khong", "chua co"]),
    (
        "implemented",
        &["da ban hanh va thuc hien", "to chuc thuc hien"],
    ),
    ("issued", &["da ban hanh", "co ke hoach"]),
    ("partly-feasible", &["mot phan kha thi", "chua kha thi"]),
    ("feasible", &["kha thi"]),
    ("funding-or-facilities", &["kinh phi hoac co so vat chat"]),
    ("funding-and-facilities", &["kinh phi va co so vat chat"]),
    ("tap-the-lao-dong-tien-tien", &["tap the ldtt"]),
    ("tap-the-lao-dong-xuat-sac", &["tap the ldxs"]),
    ("chua-dat", &["chua dat"]),
    ("co-ban", &["co ban", "dap ung co ban"]),
    ("kha", &["dap ung kha"]),
    ("tot", &["dap ung tot"]),
];

/// A fact value in words (`co-ban` → "Mức đáp ứng cơ bản"); unknown values as they are.
pub(crate) fn value_words(value: &str, lang: crate::lang::Lang) -> String {
    match value {
        "true" => t!(lang, "vocab-yes"),
        "false" => t!(lang, "vocab-no"),
        "—" => t!(lang, "vocab-not-given"),
        _ => VALUE_LABELS
            .iter()
            .find(|(k, _, _)| *k == value)
            .map_or(value, |(_, vi, en)| lang.pick(vi, en))
            .to_string(),
    }
}

impl FactDef {
    /// The value key that `written` names for this fact: the key itself, or its
    /// Vietnamese (or English) words, matched like roster headers (case, diacritics, NFD).
    pub fn value_key(&self, written: &str) -> Option<&'static str> {
        let FactKind::Ordered(values) = self.kind else {
            return None;
        };
        if let Some((v, _)) = values.iter().find(|(v, _)| *v == written) {
            return Some(v);
        }
        let folded = fold(written);
        values.iter().map(|(v, _)| *v).find(|v| {
            fold(v) == folded
                || VALUE_LABELS
                    .iter()
                    .any(|(k, vi, en)| k == v && (fold(vi) == folded || fold(en) == folded))
                || VALUE_ALIASES
                    .iter()
                    .any(|(k, forms)| k == v && forms.contains(&folded.as_str()))
        })
    }

    /// The fact's name in words.
    pub fn title(&self, lang: crate::lang::Lang) -> &'static str {
        lang.pick(self.title_vi, self.title_en)
    }
}

/// Unit kinds (`[unit] kind`). Only `to-chuc-kinh-te` changes a rule today.
pub static UNIT_KINDS: &[&str] = &[
    "truong-hoc",
    "co-so-giao-duc",
    "co-quan-nha-nuoc",
    "don-vi-su-nghiep",
    "to-chuc-chinh-tri-xa-hoi",
    "don-vi-luc-luong-vu-trang",
    "to-chuc-kinh-te",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_match_by_meaning() {
        assert_eq!(column_for_header("HỌ VÀ TÊN").unwrap().name, "name");
        assert_eq!(
            column_for_header(" discipline ").unwrap().name,
            "discipline"
        );
        assert_eq!(
            column_for_header("Tuan thu ky luat").unwrap().name,
            "discipline"
        );
        assert_eq!(
            column_for_header("Self Study Plan").unwrap().name,
            "self_study_plan"
        );
        assert!(column_for_header("STT").is_none());
        // Old and new spellings: kỉ/kỷ, hoá/hóa, notes in brackets.
        for h in [
            "Tuân thủ kỉ luật",
            "TUÂN THỦ KỈ LUẬT",
            "Tuân thủ kỷ luật (x)",
        ] {
            assert_eq!(column_for_header(h).unwrap().name, "discipline", "{h}");
        }
        assert_eq!(
            column_for_header("Đa dạng văn hoá").unwrap().name,
            "cultural_diversity"
        );
        assert_eq!(column_for_header("Họ và tên (*)").unwrap().name, "name");
        assert_eq!(
            column_for_header("Không tính vào tỉ lệ").unwrap().name,
            "excluded"
        );
    }

    #[test]
    fn office_spellings_of_yes_and_no() {
        for yes in ["Đạt", "Hoàn thành", "Đã hoàn thành", "√", "V", "Có"] {
            assert_eq!(parse_yes_no(&fold(yes)), Some(true), "{yes}");
        }
        for no in ["Không đạt", "Chưa", "Chưa có", "Không có", "-", "", "KHÔNG"] {
            assert_eq!(parse_yes_no(&fold(no)), Some(false), "{no}");
        }
        for neither in ["×", "✗", "maybe", "Đang học"] {
            assert_eq!(parse_yes_no(&fold(neither)), None, "{neither}");
        }
        assert_eq!(parse_exclusion(&fold("Không")), Exclusion::Counted);
        assert_eq!(parse_exclusion("0"), Exclusion::Counted);
        assert_eq!(parse_exclusion(&fold("-")), Exclusion::Counted);
        assert_eq!(parse_exclusion("x"), Exclusion::NoReason);
        assert_eq!(parse_exclusion(&fold("Có")), Exclusion::NoReason);
        assert_eq!(parse_exclusion(&fold("Nghỉ thai sản")), Exclusion::Reason);
    }

    #[test]
    fn aliases_are_unambiguous() {
        let mut seen = std::collections::HashMap::new();
        for c in COLUMNS {
            for a in c.aliases.iter().chain(std::iter::once(&c.name)) {
                if let Some(other) = seen.insert(spelling_key(&fold(a)), c.name) {
                    assert_eq!(other, c.name, "alias `{a}` used twice");
                }
            }
        }
    }

    #[test]
    fn yes_no_columns_fit_in_a_u32() {
        assert!(COLUMNS.iter().filter(|c| c.kind == CellKind::YesNo).count() <= 32);
        assert_eq!(yes_no_bit("self_study_plan"), Some(1));
        assert_eq!(yes_no_bit("name"), None);
    }

    #[test]
    fn titles_rise() {
        assert_eq!(parse_title(&fold("LĐTT")), Some(1));
        assert_eq!(parse_title(&fold("Chiến sĩ thi đua cơ sở")), Some(2));
        assert_eq!(parse_title(&fold("chien-si-thi-dua-toan-quoc")), Some(4));
        assert_eq!(parse_title(""), Some(0));
        assert_eq!(title_rank("lao-dong-tien-tien"), Some(1));
    }
}
