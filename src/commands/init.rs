//! `dvht init [DIR] [--rubric R]`: starting files for a new unit.
//!
//! Writes `DIR/roster.csv` (Vietnamese headers for exactly the columns the rubrics
//! read, plus `Mã`, `Họ và tên`, `Chức vụ`, `Không tính`, and two sample rows; with
//! `--xlsx`, `roster.xlsx` with drop-down lists, see `template::xlsx`) and
//! `DIR/evidence.toml` (every fact the rubrics read, commented out, with its allowed
//! values). Never overwrites: if either file exists, nothing is written (exit 2).
//!
//! ```text
//! $ dvht init truong-moi --rubric tt24
//! ```

use crate::cli::InitArgs;
use crate::error::{display_path, Error, Problem, Result};
use crate::lang::Lang;
use crate::output::{write_file, Mode};
use crate::rubric::{Catalog, Rubric, BUILTINS};
use crate::template;
use chrono::Datelike;

pub fn run(args: &InitArgs, catalog: &Catalog, lang: Lang, quiet: bool) -> Result<i32> {
    let rubrics: Vec<Rubric> = if args.rubric.is_empty() {
        BUILTINS
            .iter()
            .map(|(id, _, _)| catalog.load(id))
            .collect::<Result<_>>()?
    } else {
        args.rubric
            .iter()
            .map(|r| catalog.load(r))
            .collect::<Result<_>>()?
    };
    let roster = args.dir.join(if args.xlsx {
        "roster.xlsx"
    } else {
        "roster.csv"
    });
    let evidence = args.dir.join("evidence.toml");
    let narrative = args.dir.join(crate::narrative::FILE_NAME);
    for p in [&roster, &evidence, &narrative] {
        // `symlink_metadata`: a dangling link, a folder or a FIFO by that name
        // counts as taken too, so nothing is written when any target is.
        if std::fs::symlink_metadata(p).is_ok() {
            return Err(Error::usage(Problem::WouldOverwrite {
                path: display_path(p),
            }));
        }
    }
    std::fs::create_dir_all(&args.dir).map_err(|source| Error::Write {
        path: args.dir.clone(),
        source,
    })?;
    let year = crate::calendar::today()?.year();
    let roster_bytes = if args.xlsx {
        template::xlsx::roster_xlsx(&rubrics)?
    } else {
        template::roster_csv(&rubrics).into_bytes()
    };
    let files = [
        (&roster, roster_bytes),
        (
            &evidence,
            template::evidence_toml(&rubrics, year).into_bytes(),
        ),
        (
            &narrative,
            crate::narrative::scaffold(&rubrics, year).into_bytes(),
        ),
    ];
    // All or nothing: a file that cannot be written removes the ones this run
    // created before it (they are new, `CreateNew`, so nothing of the user's).
    let mut done: Vec<&std::path::Path> = Vec::new();
    for (path, bytes) in &files {
        if let Err(e) = write_file(path, bytes, Mode::CreateNew) {
            for p in done {
                let _ = std::fs::remove_file(p);
            }
            return Err(e);
        }
        done.push(path);
    }

    if !quiet {
        let cols = template::columns(&rubrics);
        let facts = template::facts(&rubrics);
        let ids: Vec<&str> = rubrics.iter().map(|r| r.id.as_str()).collect();
        let t = |vi: &'static str, en: &'static str| lang.pick(vi, en);
        let headers: Vec<&str> = cols.iter().map(|c| c.header_vi).collect();
        let text = format!(
            "{} {} ({} {}: {})\n{} {} ({} {})\n{} {} ({})\n{}:\n  1. {}\n  2. {}\n  3. dvht score {} --rubric {}\n  4. {}\n",
            t("Đã tạo", "Created"),
            display_path(&roster),
            cols.len(),
            t("cột", "columns"),
            headers.join(", "),
            t("Đã tạo", "Created"),
            display_path(&evidence),
            facts.len(),
            t("dữ kiện", "facts"),
            t("Đã tạo", "Created"),
            display_path(&narrative),
            t(
                "lời của đơn vị cho từng tiêu chí: mô tả, điểm mạnh, điểm yếu, kế hoạch",
                "the unit's words per criterion: description, strengths, weaknesses, plan"
            ),
            t("Tiếp theo", "Next"),
            t(
                "thay hai dòng mẫu trong danh sách bằng các thành viên thật (mở bằng Excel được)",
                "replace the two sample rows with the real members (Excel opens the file)"
            ),
            t(
                "điền [unit] và bỏ dấu # ở các dữ kiện trong evidence.toml",
                "fill in [unit] and uncomment the facts in evidence.toml"
            ),
            display_path(&roster),
            ids.first().copied().unwrap_or("tt24"),
            t(
                "viết phần tự đánh giá vào tu-danh-gia.toml, rồi lập hồ sơ: dvht dossier THƯ-MỤC --rubric …",
                "write the self-assessment in tu-danh-gia.toml, then make the dossier: dvht dossier DIR --rubric …"
            ),
        );
        crate::output::emit_text(&text)?;
    }
    Ok(0)
}
