#![allow(clippy::disallowed_types)] // random draws for synthetic data, not scoring: floats are fine here

//! A deterministic synthetic district (or country) of learning units, for benchmarks
//! and tests: `dvht batch` reads what this writes.
//!
//! ```text
//! cargo run --release --example gen_district -- /tmp/district --units 200 --members 32 --seed 1
//! cargo run --release --example gen_district -- /tmp/country --units 50000 --members 32 --seed 1 --districts 250
//! ```
//!
//! Each unit is a folder with `roster.csv`, `evidence.toml` and the evidence files under
//! `minh-chung/`. Rosters have Vietnamese headers sometimes and canonical ones other
//! times, yes/no and title cells in the forms people type (`x`, `Có`, `Đạt`, `LĐTT`, ...),
//! a UTF-8 BOM or CRLF line ends sometimes, some excluded members, and a per-unit
//! quality that spreads the outcomes from "not recognised" to the top grade. Every
//! roster has the same 20 comma-separated columns so a plain CSV tool can read the lot;
//! `--mixed` adds semicolons, tabs, an `STT` column and NFD headers.
//!
//! Options: `--units N` (default 200), `--members M` (mean members per unit, each unit
//! has M/2..3M/2; default 32), `--seed S` (default 1), `--districts D` (default 1: all
//! units directly in OUT_DIR; D > 1 nests them as `huyen-NNN/unit`), `--broken K` (K
//! units get an invalid cell, so they cannot be read), `--mixed`, `--no-files` (no
//! evidence files, only the manifests).
//!
//! Unit `i` depends only on the seed and `i`, so a smaller district is a prefix of a
//! larger one with the same seed and `--districts 1`.

use sha2::{Digest, Sha256};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Options {
    pub units: usize,
    pub members: usize,
    pub seed: u64,
    pub districts: usize,
    pub broken: usize,
    pub mixed: bool,
    pub evidence_files: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            units: 200,
            members: 32,
            seed: 1,
            districts: 1,
            broken: 0,
            mixed: false,
            evidence_files: true,
        }
    }
}

/// What was written.
#[derive(Debug, Default, Clone, Copy)]
pub struct Stats {
    pub units: usize,
    /// Member rows in all rosters.
    pub members: usize,
    /// Bytes of all `roster.csv` files.
    pub roster_bytes: u64,
}

/// SplitMix64: small, fast, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn new(seed: u64, stream: u64) -> Rng {
        let mut r = Rng(seed ^ stream.wrapping_mul(0xA076_1D64_78BD_642F));
        r.next();
        r
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const CANONICAL: [&str; 20] = [
    "id",
    "name",
    "role",
    "excluded",
    "self_study_plan",
    "discipline",
    "mandatory_training",
    "digital_training",
    "language_cert",
    "emulation_title",
    "learning_citizen",
    "law_abiding",
    "lifelong_commitment",
    "family_learning",
    "healthy_lifestyle",
    "language_and_it",
    "critical_thinking",
    "gender_equality",
    "cultural_diversity",
    "knowledge_sharing",
];

const VIETNAMESE: [&str; 20] = [
    "Mã",
    "Họ và tên",
    "Chức vụ",
    "Không tính",
    "Kế hoạch tự học",
    "Tuân thủ kỷ luật",
    "Hoàn thành bồi dưỡng",
    "Chuyển đổi số",
    "Chứng chỉ ngoại ngữ",
    "Danh hiệu thi đua",
    "Công dân học tập",
    "Tuân thủ pháp luật",
    "Cam kết học tập suốt đời",
    "Học tập trong gia đình",
    "Lối sống lành mạnh",
    "Ngoại ngữ và CNTT",
    "Tư duy phản biện",
    "Bình đẳng giới",
    "Đa dạng văn hóa",
    "Chia sẻ tri thức",
];

/// (yes, no) spellings; a unit uses one pair throughout, as a spreadsheet would.
const YES_NO: [(&str, &str); 7] = [
    ("yes", "no"),
    ("x", ""),
    ("Có", "Không"),
    ("Đạt", "Chưa đạt"),
    ("1", "0"),
    ("X", "-"),
    ("có", ""),
];

/// Emulation titles by rank, in three spellings: slug, Vietnamese, abbreviation.
const TITLES: [[&str; 3]; 5] = [
    ["none", "", "Không"],
    ["lao-dong-tien-tien", "Lao động tiên tiến", "LĐTT"],
    ["chien-si-thi-dua-co-so", "Chiến sĩ thi đua cơ sở", "CSTĐCS"],
    [
        "chien-si-thi-dua-cap-tinh",
        "Chiến sĩ thi đua cấp tỉnh",
        "Chiến sĩ thi đua cấp tỉnh",
    ],
    [
        "chien-si-thi-dua-toan-quoc",
        "Chiến sĩ thi đua toàn quốc",
        "Chiến sĩ thi đua toàn quốc",
    ],
];

const FAMILY: [&str; 14] = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô",
];
const MIDDLE: [&str; 10] = [
    "Văn", "Thị", "Hữu", "Đức", "Thanh", "Minh", "Ngọc", "Thu", "Quang", "Kim",
];
const GIVEN: [&str; 20] = [
    "An", "Bình", "Chi", "Dũng", "Hà", "Hải", "Hằng", "Hùng", "Lan", "Linh", "Long", "Mai", "Nam",
    "Nga", "Phúc", "Quân", "Tâm", "Thảo", "Trang", "Tuấn",
];
const PLACES: [(&str, &str); 12] = [
    ("Tân Hòa", "tan-hoa"),
    ("Tuy Phước", "tuy-phuoc"),
    ("Hoa Sen", "hoa-sen"),
    ("Bình Minh", "binh-minh"),
    ("Quang Trung", "quang-trung"),
    ("Lê Lợi", "le-loi"),
    ("Phú Xuân", "phu-xuan"),
    ("Đông Hà", "dong-ha"),
    ("An Nhơn", "an-nhon"),
    ("Hòa Bình", "hoa-binh"),
    ("Kim Đồng", "kim-dong"),
    ("Sơn Trà", "son-tra"),
];
const EXCLUDED: [&str; 5] = [
    "Nghỉ thai sản",
    "Mới tuyển dụng dưới 6 tháng",
    "Đi học dài hạn",
    "Nghỉ ốm dài ngày",
    "Biệt phái",
];

/// (folder prefix, name prefix, `[unit] kind`, head, deputy)
const KINDS: [(&str, &str, &str, &str, &str); 7] = [
    (
        "mn",
        "Trường Mầm non",
        "truong-hoc",
        "Hiệu trưởng",
        "Phó hiệu trưởng",
    ),
    (
        "th",
        "Trường Tiểu học",
        "truong-hoc",
        "Hiệu trưởng",
        "Phó hiệu trưởng",
    ),
    (
        "thcs",
        "Trường THCS",
        "truong-hoc",
        "Hiệu trưởng",
        "Phó hiệu trưởng",
    ),
    (
        "thpt",
        "Trường THPT",
        "truong-hoc",
        "Hiệu trưởng",
        "Phó hiệu trưởng",
    ),
    (
        "ubnd",
        "UBND xã",
        "co-quan-nha-nuoc",
        "Chủ tịch",
        "Phó chủ tịch",
    ),
    (
        "ttyt",
        "Trung tâm Y tế",
        "don-vi-su-nghiep",
        "Giám đốc",
        "Phó giám đốc",
    ),
    (
        "cty",
        "Công ty TNHH",
        "to-chuc-kinh-te",
        "Giám đốc",
        "Phó giám đốc",
    ),
];

/// Everything a piece of evidence can support, split into plausible documents.
const EVIDENCE_GROUPS: [(&str, &[&str]); 7] = [
    ("Kế hoạch xây dựng Đơn vị học tập", &["learning_plan"]),
    (
        "Quy định khuyến khích học tập",
        &[
            "learning_regulations",
            "training_policy",
            "training_budget",
            "learning_resources",
        ],
    ),
    (
        "Kết quả tự đánh giá chuyển đổi số",
        &["digital_equipment", "digital_maturity", "digital_training"],
    ),
    (
        "Báo cáo hoạt động học tập cộng đồng",
        &["community_learning", "knowledge_sharing_activities"],
    ),
    (
        "Tổng hợp kế hoạch tự học, tự bồi dưỡng",
        &["self_study_plan", "mandatory_training", "language_cert"],
    ),
    (
        "Biên bản đánh giá, xếp loại cuối năm",
        &[
            "discipline",
            "knowledge_sharing",
            "law_abiding",
            "lifelong_commitment",
            "family_learning",
            "healthy_lifestyle",
            "language_and_it",
            "critical_thinking",
            "gender_equality",
            "cultural_diversity",
        ],
    ),
    (
        "Quyết định khen thưởng thi đua",
        &["emulation_title", "collective_title", "learning_citizen"],
    ),
];

/// A CSV cell, quoted when it holds the delimiter, a quote or a line break.
fn cell(out: &mut String, value: &str, delimiter: char) {
    if value.contains([delimiter, '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

/// One unit: its folder (relative to the output folder) and files.
struct UnitFiles {
    folder: PathBuf,
    roster: String,
    manifest: String,
    /// (relative path, contents)
    evidence: Vec<(String, String)>,
    members: usize,
}

fn unit(o: &Options, i: usize, broken: bool) -> UnitFiles {
    let mut r = Rng::new(o.seed, i as u64);
    let &(prefix, kind_name, kind, head, deputy) = r.pick(&KINDS);
    let &(place, place_slug) = r.pick(&PLACES);
    let number = i + 1;
    let folder_name = format!("{prefix}-{place_slug}-{number:05}");
    let folder = if o.districts > 1 {
        let per = o.units.div_ceil(o.districts).max(1);
        PathBuf::from(format!("huyen-{:03}", i / per + 1)).join(folder_name)
    } else {
        PathBuf::from(folder_name)
    };
    let unit_name = format!("{kind_name} {place} {number}");

    // Quality: a third excellent, a third good, a third weak.
    let tier = r.unit();
    let quality = if tier < 0.35 {
        0.97 + 0.03 * r.unit()
    } else if tier < 0.7 {
        0.85 + 0.12 * r.unit()
    } else {
        0.45 + 0.4 * r.unit()
    };
    let miss = 1.0 - quality;
    let lo = (o.members / 2).max(1);
    let hi = (o.members + o.members / 2).max(lo);
    let n = lo + r.below(hi - lo + 1);

    let vietnamese = r.chance(0.6);
    let (delimiter, stt) = if o.mixed {
        (*r.pick(&[',', ',', ';', ';', '\t']), r.chance(0.4))
    } else {
        (',', false)
    };
    let bom = r.chance(0.2);
    let crlf = r.chance(0.3);
    let nfd = o.mixed && r.chance(0.3);
    let eol = if crlf { "\r\n" } else { "\n" };
    let (yes, no) = *r.pick(&YES_NO);
    let title_form = r.below(3);

    let mut roster = String::with_capacity(64 + n * 160);
    if bom {
        roster.push('\u{FEFF}');
    }
    let headers = if vietnamese { &VIETNAMESE } else { &CANONICAL };
    if stt {
        roster.push_str("STT");
        roster.push(delimiter);
    }
    for (k, h) in headers.iter().enumerate() {
        if k > 0 {
            roster.push(delimiter);
        }
        if nfd {
            roster.extend(unicode_normalization::UnicodeNormalization::nfd(*h));
        } else {
            roster.push_str(h);
        }
    }
    roster.push_str(eol);

    let code = format!("{}{number:05}", prefix.to_uppercase());
    let mut counted = 0;
    let broken_row = if broken { r.below(n) } else { usize::MAX };
    for j in 0..n {
        let mut excluded = if r.chance(0.04) {
            *r.pick(&EXCLUDED)
        } else {
            ""
        };
        if j + 1 == n && counted == 0 {
            excluded = ""; // every generated unit has someone to score
        }
        if excluded.is_empty() {
            counted += 1;
        }
        let role = match j {
            0 => head,
            1 | 2 => deputy,
            _ if r.chance(0.1) => "Giáo viên, Tổ trưởng chuyên môn",
            _ if r.chance(0.1) => "Nhân viên",
            _ => "Giáo viên",
        };
        let name = format!("{} {} {}", r.pick(&FAMILY), r.pick(&MIDDLE), r.pick(&GIVEN));
        let id = format!("{code}-{:03}", j + 1);
        let title_rank = if r.chance(miss * 2.5) {
            0
        } else {
            let t = r.unit();
            if t > 0.995 {
                4
            } else if t > 0.97 {
                3
            } else if t > 0.75 {
                2
            } else {
                1
            }
        };
        let title = TITLES[title_rank][title_form];
        let mut fields: Vec<&str> = Vec::with_capacity(21);
        if stt {
            fields.push(""); // filled below
        }
        let stt_text = (j + 1).to_string();
        fields.extend([id.as_str(), name.as_str(), role, excluded]);
        for (k, col) in CANONICAL.iter().enumerate().skip(4) {
            if *col == "emulation_title" {
                fields.push(title);
                continue;
            }
            let p = match *col {
                "language_cert" => 1.0 - (0.1 + 6.0 * miss).min(0.9),
                "learning_citizen" => 1.0 - 0.8 * miss,
                "digital_training" => 1.0 - 1.5 * miss,
                _ => 1.0 - miss,
            };
            let v = if j == broken_row && k == 5 {
                "có lẽ"
            } else if r.chance(p) {
                yes
            } else {
                no
            };
            fields.push(v);
        }
        if stt {
            fields[0] = &stt_text;
        }
        for (k, f) in fields.iter().enumerate() {
            if k > 0 {
                roster.push(delimiter);
            }
            cell(&mut roster, f, delimiter);
        }
        roster.push_str(eol);
    }

    // evidence.toml
    let mut m = String::with_capacity(2048);
    let _ = writeln!(
        m,
        "# {unit_name}: sinh tự động (gen_district, seed {}).",
        o.seed
    );
    let _ = writeln!(
        m,
        "\n[unit]\nname = \"{unit_name}\"\nkind = \"{kind}\"\nyear = 2024"
    );
    if r.chance(0.4) {
        let month = 1 + r.below(12);
        let day = 1 + r.below(28);
        let year = 2022 + r.below(3);
        let _ = writeln!(
            m,
            "\n[recognition]\nlevel = 1\ndecided_on = {year}-{month:02}-{day:02}\ndecision = \"{}/QĐ-UBND\"",
            10 + r.below(3000)
        );
    }
    let _ = writeln!(m, "\n[facts]");
    let ordered = |r: &mut Rng, values: &[&'static str]| -> &'static str {
        // Better units tend to the top value.
        if r.chance(quality) {
            values[values.len() - 1]
        } else {
            values[r.below(values.len() - 1)]
        }
    };
    let flag = |r: &mut Rng| r.chance(quality.sqrt()).to_string();
    let facts: [(&str, String); 10] = [
        (
            "learning_plan",
            format!(
                "\"{}\"",
                ordered(&mut r, &["none", "issued", "implemented", "implemented"])
            ),
        ),
        (
            "learning_regulations",
            format!(
                "\"{}\"",
                ordered(&mut r, &["none", "partly-feasible", "feasible", "feasible"])
            ),
        ),
        (
            "learning_resources",
            format!(
                "\"{}\"",
                ordered(
                    &mut r,
                    &[
                        "none",
                        "funding-or-facilities",
                        "funding-and-facilities",
                        "funding-and-facilities"
                    ]
                )
            ),
        ),
        ("training_policy", flag(&mut r)),
        ("training_budget", flag(&mut r)),
        ("digital_equipment", flag(&mut r)),
        ("community_learning", flag(&mut r)),
        ("knowledge_sharing_activities", flag(&mut r)),
        (
            "collective_title",
            format!(
                "\"{}\"",
                ordered(
                    &mut r,
                    &[
                        "none",
                        "tap-the-lao-dong-tien-tien",
                        "tap-the-lao-dong-xuat-sac",
                        "bang-khen",
                        "co-thi-dua"
                    ]
                )
            ),
        ),
        (
            "digital_maturity",
            format!(
                "\"{}\"",
                ordered(&mut r, &["chua-dat", "co-ban", "kha", "tot"])
            ),
        ),
    ];
    for (name, value) in &facts {
        if r.chance(0.005) {
            continue; // a fact left out: its criteria are "not assessed"
        }
        let _ = writeln!(m, "{name} = {value}");
    }

    let mut evidence = Vec::new();
    let missing_file = if r.chance(0.03) {
        r.below(EVIDENCE_GROUPS.len())
    } else {
        usize::MAX
    };
    for (k, (title, supports)) in EVIDENCE_GROUPS.iter().enumerate() {
        if r.chance(0.12) {
            continue; // no document for this group: its criteria get a warning
        }
        let file = format!("minh-chung/mc-{:02}.txt", k + 1);
        let contents = format!("{title} — {unit_name}, năm 2024.\n");
        let hash = r.chance(0.2).then(|| {
            Sha256::digest(contents.as_bytes())
                .iter()
                .fold(String::new(), |mut s, b| {
                    let _ = write!(s, "{b:02x}");
                    s
                })
        });
        let _ = writeln!(
            m,
            "\n[[evidence]]\ncode = \"MC-{:02}\"\ntitle = \"{title} năm 2024\"\nfile = \"{file}\"",
            k + 1
        );
        if let Some(h) = hash {
            let _ = writeln!(m, "sha256 = \"{h}\"");
        }
        let list = supports
            .iter()
            .map(|s| format!("\"{s}\""))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = writeln!(m, "supports = [{list}]");
        if k != missing_file {
            evidence.push((file, contents));
        }
    }

    UnitFiles {
        folder,
        roster,
        manifest: m,
        evidence,
        members: n,
    }
}

/// Writes the district under `out` (created if needed). Existing units are overwritten.
pub fn generate(out: &Path, o: &Options) -> std::io::Result<Stats> {
    std::fs::create_dir_all(out)?;
    // Spread `--broken` units evenly, deterministically.
    let broken = |i: usize| o.broken > 0 && i.is_multiple_of(o.units.div_ceil(o.broken).max(1));
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let results: Vec<std::io::Result<Stats>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                s.spawn(move || {
                    let mut st = Stats::default();
                    for i in (t..o.units).step_by(threads) {
                        let u = unit(o, i, broken(i));
                        let dir = out.join(&u.folder);
                        std::fs::create_dir_all(&dir)?;
                        std::fs::write(dir.join("roster.csv"), &u.roster)?;
                        std::fs::write(dir.join("evidence.toml"), &u.manifest)?;
                        if o.evidence_files && !u.evidence.is_empty() {
                            std::fs::create_dir_all(dir.join("minh-chung"))?;
                            for (file, contents) in &u.evidence {
                                std::fs::write(dir.join(file), contents)?;
                            }
                        }
                        st.units += 1;
                        st.members += u.members;
                        st.roster_bytes += u.roster.len() as u64;
                    }
                    Ok(st)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(std::io::Error::other("panic")))
            })
            .collect()
    });
    let mut total = Stats::default();
    for r in results {
        let st = r?;
        total.units += st.units;
        total.members += st.members;
        total.roster_bytes += st.roster_bytes;
    }
    Ok(total)
}

fn usage() -> ! {
    eprintln!(
        "usage: gen_district OUT_DIR [--units N] [--members M] [--seed S] [--districts D] [--broken K] [--mixed] [--no-files]"
    );
    std::process::exit(2)
}

#[allow(dead_code)]
fn main() {
    let mut args = std::env::args().skip(1);
    let mut out = None;
    let mut o = Options::default();
    while let Some(a) = args.next() {
        let mut num = |name: &str| -> usize {
            args.next().and_then(|v| v.parse().ok()).unwrap_or_else(|| {
                eprintln!("gen_district: {name} needs a number");
                usage()
            })
        };
        match a.as_str() {
            "--units" => o.units = num("--units"),
            "--members" => o.members = num("--members"),
            "--seed" => o.seed = num("--seed") as u64,
            "--districts" => o.districts = num("--districts"),
            "--broken" => o.broken = num("--broken"),
            "--mixed" => o.mixed = true,
            "--no-files" => o.evidence_files = false,
            "-h" | "--help" => usage(),
            s if s.starts_with('-') => usage(),
            s => out = Some(PathBuf::from(s)),
        }
    }
    let Some(out) = out else { usage() };
    match generate(&out, &o) {
        Ok(st) => println!(
            "{}: {} units, {} members, {} roster bytes ({:.1} MB)",
            out.display(),
            st.units,
            st.members,
            st.roster_bytes,
            st.roster_bytes as f64 / 1e6
        ),
        Err(e) => {
            eprintln!("gen_district: {}: {e}", out.display());
            std::process::exit(1)
        }
    }
}
