//! `tu-danh-gia.toml`: the unit's own words for its self-assessment — per criterion,
//! what it means for the unit, its strengths, its weaknesses and its plan (TT 24
//! mẫu M1 and M3) — and the facts of the self-assessment meeting (Hà Nội's Biên bản).
//!
//! Figures never come from here: they come from the assessment. Parsing is strict
//! (an unknown key, a criterion the rubric does not have, a value that is not text is
//! an error with its line and column) and the file is read with a size cap.
//!
//! ```toml
//! [report]
//! introduction = "Trường Tiểu học Tân Hòa 1 có 34 cán bộ, giáo viên, nhân viên…"
//!
//! [meeting]
//! date = 2024-12-25
//! chair = "Trần Hoàng Khải"
//!
//! [tt24-2023."1.1"]
//! description = "Nhà trường ban hành Kế hoạch số 87/KH-THTH1…"
//! strengths = "…"
//! weaknesses = "…"
//! plan = "…"
//! ```
//! Criteria sit under the rubric's id, so one file can serve two rubrics whose
//! criteria share numbers (Hà Nội 2.1 and TT 24 2.1 are different things).

use crate::error::{display_path, suggest, Error, Location, Problem, Result};
use crate::rubric::Rubric;
use crate::toml_diag::{toml_error, LineIndex};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use toml::de::{DeTable, DeValue};
use toml::Spanned;

/// The file name looked for beside the roster.
pub const FILE_NAME: &str = "tu-danh-gia.toml";

/// The most bytes read: words for some twenty criteria fit in a fraction of this.
pub const MAX_BYTES: u64 = 1 << 20;

/// The unit's words for one criterion; `None` where nothing was written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CriterionText {
    pub description: Option<String>,
    pub strengths: Option<String>,
    pub weaknesses: Option<String>,
    pub plan: Option<String>,
}

/// The report's opening and closing words (M3, Hà Nội's report).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportText {
    pub introduction: Option<String>,
    pub conclusion: Option<String>,
}

/// The self-assessment meeting, for the Biên bản.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meeting {
    pub date: Option<NaiveDate>,
    /// `14 giờ 00`, as the unit writes it.
    pub time: Option<String>,
    pub place: Option<String>,
    pub chair: Option<String>,
    pub secretary: Option<String>,
    /// Members present.
    pub present: Option<u64>,
    /// What was said, in the unit's words.
    pub opinions: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Narrative {
    pub path: PathBuf,
    pub sha256: String,
    pub report: ReportText,
    pub meeting: Meeting,
    /// The criteria of the rubric asked for, by id.
    pub criteria: BTreeMap<String, CriterionText>,
    /// Whether the file has a section for the rubric asked for at all.
    pub has_rubric: bool,
    /// The rubric sections the file holds (for a message when the one asked for is missing).
    pub rubrics: Vec<String>,
}

impl Narrative {
    pub fn criterion(&self, id: &str) -> Option<&CriterionText> {
        self.criteria.get(id)
    }
}

/// `tu-danh-gia.toml` beside the roster, when it exists.
pub fn beside(roster: &Path) -> Option<PathBuf> {
    if roster == Path::new("-") {
        return None;
    }
    let p = roster.parent().unwrap_or(Path::new(".")).join(FILE_NAME);
    p.is_file().then_some(p)
}

/// Reads and parses the file for `rubric`.
pub fn read(path: &Path, rubric: &Rubric) -> Result<Narrative> {
    let bytes = read_capped(path, MAX_BYTES)?;
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = match std::str::from_utf8(body) {
        Ok(t) => t,
        Err(e) => {
            let good = String::from_utf8_lossy(body.get(..e.valid_up_to()).unwrap_or_default());
            let (l, c) = LineIndex::new(&good).line_col(good.len());
            return Err(Error::input(
                Location::at(path, l, Some(c)),
                Problem::NarrativeNotUtf8,
            ));
        }
    };
    let mut n = parse(text, path, rubric)?;
    n.sha256 = crate::digest::sha256_hex(&bytes);
    Ok(n)
}

/// Reads at most `cap` bytes of a regular file; a larger file, or a device, is an error.
fn read_capped(path: &Path, cap: u64) -> Result<Vec<u8>> {
    let rerr = |source| Error::Read {
        path: path.to_path_buf(),
        source,
    };
    let f = std::fs::File::open(path).map_err(rerr)?;
    let meta = f.metadata().map_err(rerr)?;
    if !meta.is_file() {
        return Err(Error::input(
            Location::file(path),
            Problem::NarrativeNotRegular,
        ));
    }
    let mut buf = Vec::new();
    f.take(cap + 1).read_to_end(&mut buf).map_err(rerr)?;
    if buf.len() as u64 > cap {
        return Err(Error::input(
            Location::file(path),
            Problem::NarrativeTooLarge {
                kb: (cap / 1024).to_string(),
            },
        ));
    }
    Ok(buf)
}

const CRITERION_KEYS: &[(&str, &str)] = &[
    ("description", "mo_ta"),
    ("strengths", "diem_manh"),
    ("weaknesses", "diem_yeu"),
    ("plan", "ke_hoach"),
];
const REPORT_KEYS: &[(&str, &str)] = &[("introduction", "dat_van_de"), ("conclusion", "ket_luan")];
const MEETING_KEYS: &[(&str, &str)] = &[
    ("date", "ngay"),
    ("time", "gio"),
    ("place", "dia_diem"),
    ("chair", "chu_tri"),
    ("secretary", "thu_ky"),
    ("present", "so_nguoi_du"),
    ("opinions", "y_kien"),
];

struct Ctx<'a> {
    text: &'a str,
    path: &'a Path,
    lines: LineIndex<'a>,
}

impl Ctx<'_> {
    fn err(&self, span: std::ops::Range<usize>, problem: Problem) -> Error {
        let (l, c) = self.lines.line_col(span.start);
        Error::input(Location::at(self.path, l, Some(c)), problem)
    }

    /// The canonical name of `key` among `keys` (English or Vietnamese spelling);
    /// a field given twice (`description` and `mo_ta`) is an error.
    fn key(
        &self,
        key: &Spanned<std::borrow::Cow<str>>,
        keys: &[(&'static str, &'static str)],
        section: &str,
        seen: &mut Vec<&'static str>,
    ) -> Result<&'static str> {
        let k = key.get_ref().as_ref();
        if let Some((en, vi)) = keys.iter().find(|(en, vi)| k == *en || k == *vi) {
            if seen.contains(en) {
                return Err(self.err(
                    key.span(),
                    Problem::NarrativeDuplicateKey {
                        section: section.to_string(),
                        en,
                        vi,
                    },
                ));
            }
            seen.push(en);
            return Ok(en);
        }
        let accepted: Vec<String> = keys.iter().map(|(en, vi)| format!("{en} ({vi})")).collect();
        let names: Vec<&str> = keys.iter().flat_map(|(en, vi)| [*en, *vi]).collect();
        Err(self.err(
            key.span(),
            Problem::NarrativeUnknownKey {
                key: k.to_string(),
                section: section.to_string(),
                suggestion: suggest(k, names.iter().copied()),
                accepted: accepted.join(", "),
            },
        ))
    }

    /// A text value; empty text (what `dvht init` writes) counts as not written.
    fn text_value(&self, key: &str, v: &Spanned<DeValue>) -> Result<Option<String>> {
        match v.get_ref() {
            DeValue::String(s) => {
                let s = crate::text::nfc(s.trim());
                Ok((!s.is_empty()).then_some(s))
            }
            _ => Err(self.err(
                v.span(),
                Problem::NarrativeNotText {
                    key: key.to_string(),
                },
            )),
        }
    }

    fn table<'t, 'i>(&self, name: &str, v: &'t Spanned<DeValue<'i>>) -> Result<&'t DeTable<'i>> {
        match v.get_ref() {
            DeValue::Table(t) => Ok(t),
            _ => Err(self.err(
                v.span(),
                Problem::NarrativeNotTable {
                    name: name.to_string(),
                },
            )),
        }
    }
}

/// Parses the text of a `tu-danh-gia.toml` for `rubric`.
pub fn parse(text: &str, path: &Path, rubric: &Rubric) -> Result<Narrative> {
    let root = DeTable::parse(text).map_err(|e| toml_error(text, path, &e))?;
    let cx = Ctx {
        text,
        path,
        lines: LineIndex::new(text),
    };
    let mut out = Narrative {
        path: path.to_path_buf(),
        ..Narrative::default()
    };
    for (key, value) in root.get_ref().iter() {
        let name = key.get_ref().as_ref();
        match name {
            "report" | "bao_cao" => {
                let mut seen = Vec::new();
                for (k, v) in cx.table(name, value)?.iter() {
                    let field = cx.key(k, REPORT_KEYS, name, &mut seen)?;
                    let t = cx.text_value(field, v)?;
                    match field {
                        "introduction" => out.report.introduction = t,
                        _ => out.report.conclusion = t,
                    }
                }
            }
            "meeting" | "bien_ban" => out.meeting = meeting(&cx, name, value)?,
            _ => {
                let table = cx.table(name, value)?;
                let mut criteria = BTreeMap::new();
                flatten(&cx, name, "", table, &mut criteria)?;
                if name == rubric.id {
                    for (id, (span, _)) in &criteria {
                        if !rubric.criteria.iter().any(|c| &c.id == id) {
                            let ids: Vec<&str> =
                                rubric.criteria.iter().map(|c| c.id.as_str()).collect();
                            return Err(cx.err(
                                span.clone(),
                                Problem::NarrativeUnknownCriterion {
                                    rubric: rubric.id.to_string(),
                                    id: id.clone(),
                                    ids: ids.join(", "),
                                },
                            ));
                        }
                    }
                    out.has_rubric = true;
                    out.criteria = criteria.into_iter().map(|(id, (_, t))| (id, t)).collect();
                }
                out.rubrics.push(name.to_string());
            }
        }
    }
    Ok(out)
}

/// Collects criterion tables under a rubric's table. `[tt24-2023."1.1"]` is one
/// table named `1.1`; `[tt24-2023.1.1]` (no quotes, as people write it) is a table
/// `1` holding a table `1`, read the same way.
fn flatten(
    cx: &Ctx,
    rubric: &str,
    prefix: &str,
    table: &DeTable,
    out: &mut BTreeMap<String, (std::ops::Range<usize>, CriterionText)>,
) -> Result<()> {
    for (k, v) in table.iter() {
        let id = if prefix.is_empty() {
            k.get_ref().to_string()
        } else {
            format!("{prefix}.{}", k.get_ref())
        };
        let DeValue::Table(t) = v.get_ref() else {
            return Err(cx.err(
                k.span(),
                Problem::NarrativeNotCriterion {
                    rubric: rubric.to_string(),
                    id,
                },
            ));
        };
        let nested = t
            .iter()
            .all(|(_, v)| matches!(v.get_ref(), DeValue::Table(_)));
        if nested && !t.is_empty() {
            flatten(cx, rubric, &id, t, out)?;
            continue;
        }
        let mut c = CriterionText::default();
        let section = format!("{rubric}.\"{id}\"");
        let mut seen = Vec::new();
        for (fk, fv) in t.iter() {
            let field = cx.key(fk, CRITERION_KEYS, &section, &mut seen)?;
            let value = cx.text_value(field, fv)?;
            match field {
                "description" => c.description = value,
                "strengths" => c.strengths = value,
                "weaknesses" => c.weaknesses = value,
                _ => c.plan = value,
            }
        }
        out.insert(id, (k.span(), c));
    }
    Ok(())
}

fn meeting(cx: &Ctx, name: &str, value: &Spanned<DeValue>) -> Result<Meeting> {
    let mut m = Meeting::default();
    let mut seen = Vec::new();
    for (k, v) in cx.table(name, value)?.iter() {
        let field = cx.key(k, MEETING_KEYS, name, &mut seen)?;
        match field {
            "date" => {
                let d = match v.get_ref() {
                    DeValue::Datetime(d) => crate::date::parse_date(&d.to_string()),
                    DeValue::String(s) => crate::date::parse_date(s),
                    _ => None,
                };
                m.date = Some(d.ok_or_else(|| {
                    cx.err(
                        v.span(),
                        Problem::NarrativeBadDate {
                            value: cx.text.get(v.span()).unwrap_or_default().to_string(),
                        },
                    )
                })?);
            }
            "present" => match v.get_ref() {
                DeValue::Integer(i) => {
                    let n = i
                        .as_str()
                        .replace('_', "")
                        .parse::<u64>()
                        .ok()
                        .filter(|n| *n <= 100_000);
                    m.present = Some(n.ok_or_else(|| {
                        cx.err(
                            v.span(),
                            Problem::NarrativeBadPresent {
                                value: cx.text.get(v.span()).unwrap_or_default().to_string(),
                            },
                        )
                    })?);
                }
                _ => return Err(cx.err(v.span(), Problem::NarrativePresentNotNumber)),
            },
            _ => {
                let t = cx.text_value(field, v)?;
                match field {
                    "time" => m.time = t,
                    "place" => m.place = t,
                    "chair" => m.chair = t,
                    "secretary" => m.secretary = t,
                    _ => m.opinions = t,
                }
            }
        }
    }
    Ok(m)
}

/// A warning when the file holds no section for the rubric asked for.
pub fn missing_rubric_warning(n: &Narrative, rubric: &Rubric) -> Option<(String, String)> {
    if n.has_rubric {
        return None;
    }
    let found = if n.rubrics.is_empty() {
        "—".to_string()
    } else {
        n.rubrics.join(", ")
    };
    let path = display_path(&n.path);
    Some(crate::i18n::both(|lang| {
        crate::t!(
            lang,
            "narrative-no-rubric-section",
            path = &path,
            rubric = &rubric.id,
            found = &found,
        )
    }))
}

/// The scaffold `dvht init` writes: every criterion of every rubric with its prompts.
pub fn scaffold(rubrics: &[Rubric], year: i32) -> String {
    let mut s = String::new();
    s.push_str(&format!(
        "# Tự đánh giá \"Đơn vị học tập\" năm {year}: lời của đơn vị cho phiếu đánh giá (mẫu M1),\n\
# báo cáo tự đánh giá (mẫu M3) và biên bản họp tự đánh giá. `dvht dossier` đọc tệp này;\n\
# các số liệu (tỷ lệ, mức đạt, minh chứng) được tính từ danh sách và evidence.toml,\n\
# không viết ở đây. Mục nào để trống (\"\") sẽ in dòng chấm để viết tay.\n\
# Viết nhiều đoạn: dùng \"\"\"…\"\"\" và để một dòng trống giữa hai đoạn.\n\n\
[report]\n\
introduction = \"\"  # Đặt vấn đề: đặc điểm đơn vị, số thành viên, bối cảnh năm {year}\n\
conclusion = \"\"    # Kết luận: tự nhận xét chung, đề nghị\n\n\
[meeting]           # Cuộc họp tự đánh giá (biên bản)\n\
# date = {}-12-25\n\
time = \"\"          # \"14 giờ 00\"\n\
place = \"\"         # \"Phòng họp nhà trường\"\n\
chair = \"\"         # Chủ trì (thủ trưởng đơn vị)\n\
secretary = \"\"     # Thư ký\n\
# present = 25      # Số thành viên dự họp\n\
opinions = \"\"      # Ý kiến thảo luận\n",
        year
    ));
    for r in rubrics {
        s.push_str(&format!("\n# ===== {} — {} =====\n", r.id, r.title));
        for c in &r.criteria {
            s.push_str(&format!(
                "\n[{}.\"{}\"]  # {}\n\
description = \"\"  # Mô tả: chỉ tiêu này ở đơn vị là gì, đơn vị đã làm gì (nêu mã minh chứng)\n\
strengths = \"\"    # Điểm mạnh\n\
weaknesses = \"\"   # Điểm yếu\n\
plan = \"\"         # Kế hoạch cải tiến chất lượng\n",
                r.id,
                c.id,
                c.title.replace('\n', " ")
            ));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tt24() -> Rubric {
        crate::rubric::load("tt24-2023").unwrap()
    }

    #[test]
    fn reads_words_under_the_rubric_id_quoted_or_not() {
        let text = "[report]\nintroduction = \"Mở đầu\"\n[tt24-2023.\"1.1\"]\nmo_ta = \"Kế hoạch 87\"\nstrengths = \"\"\n[tt24-2023.3.4]\nplan = \"Nâng mức\"\n[hanoi-2021.\"2.1\"]\ndescription = \"khác\"\n";
        let n = parse(text, Path::new("t.toml"), &tt24()).unwrap();
        assert!(n.has_rubric);
        assert_eq!(n.report.introduction.as_deref(), Some("Mở đầu"));
        let c = n.criterion("1.1").unwrap();
        assert_eq!(c.description.as_deref(), Some("Kế hoạch 87"));
        assert_eq!(c.strengths, None);
        assert_eq!(
            n.criterion("3.4").unwrap().plan.as_deref(),
            Some("Nâng mức")
        );
        assert!(n.criterion("2.1").is_none());
        assert_eq!(n.rubrics, vec!["hanoi-2021", "tt24-2023"]);
    }

    #[test]
    fn errors_name_line_and_column() {
        let cases = [
            ("[tt24-2023.\"9.9\"]\nplan = \"x\"\n", ":1:", "9.9"),
            (
                "[tt24-2023.\"1.1\"]\nstrenghts = \"x\"\n",
                ":2:1",
                "strengths",
            ),
            ("[tt24-2023.\"1.1\"]\nplan = 3\n", ":2:8", "plan"),
            ("[meeting]\ndate = \"hôm qua\"\n", ":2:8", "hôm qua"),
            ("[meeting]\npresent = -1\n", ":2:11", "-1"),
            ("title = \"x\"\n", ":1:", "title"),
            ("[report\n", ":1:", ""),
            (
                "[tt24-2023.\"1.1\"]\ndescription = \"a\"\nmo_ta = \"b\"\n",
                ":3:1",
                "give each field once",
            ),
        ];
        for (text, at, word) in cases {
            let e = parse(text, Path::new("t.toml"), &tt24()).unwrap_err();
            let msg = e.render(crate::lang::Lang::En);
            assert!(msg.contains(at), "{text:?}: {msg}");
            assert!(msg.contains(word), "{text:?}: {msg}");
        }
    }

    #[test]
    fn the_scaffold_parses_and_has_every_criterion() {
        let r = tt24();
        let s = scaffold(std::slice::from_ref(&r), 2024);
        let n = parse(&s, Path::new("t.toml"), &r).unwrap();
        assert!(n.has_rubric);
        assert_eq!(n.criteria.len(), r.criteria.len());
        assert!(n.criteria.values().all(|c| c == &CriterionText::default()));
    }

    #[test]
    fn large_files_and_devices_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join(FILE_NAME);
        std::fs::write(&p, vec![b'#'; (MAX_BYTES + 1) as usize]).unwrap();
        assert!(read(&p, &tt24()).is_err());
        assert!(read(dir.path(), &tt24()).is_err());
    }
}
