#![allow(dead_code)]

//! A small builder: write files into a temp dir, run the `dvht` binary there, and
//! check exit status, stdout and stderr together.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

pub struct Run {
    pub dir: tempfile::TempDir,
    args: Vec<String>,
    stdin: Option<Vec<u8>>,
    env: Vec<(String, String)>,
    today: String,
}

/// The "today" every run sees unless a test says otherwise (`DVHT_TODAY`), so
/// default dates do not move with the machine's clock.
pub const TODAY: &str = "2026-12-01";

pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// A fresh temp dir to run `dvht` in.
pub fn dvht() -> Run {
    Run {
        dir: tempfile::tempdir().expect("temp dir"),
        args: Vec::new(),
        stdin: None,
        env: Vec::new(),
        today: TODAY.to_string(),
    }
}

/// The repository root (where `examples/` and `rubrics/` are).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

impl Run {
    /// Writes `contents` to `name` (folders created) inside the temp dir.
    pub fn file(self, name: &str, contents: impl AsRef<[u8]>) -> Run {
        let path = self.dir.path().join(name);
        std::fs::create_dir_all(path.parent().expect("has parent")).expect("mkdir");
        std::fs::write(path, contents).expect("write");
        self
    }

    pub fn args<I, S>(mut self, args: I) -> Run
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.args
            .extend(args.into_iter().map(|s| s.as_ref().to_string()));
        self
    }

    /// Sets an environment variable for the run (`DVHT_LANG` is otherwise unset).
    pub fn env(mut self, key: &str, value: &str) -> Run {
        self.env.push((key.to_string(), value.to_string()));
        self
    }

    /// Runs with `DVHT_TODAY` set to `date` (`YYYY-MM-DD`).
    pub fn today(mut self, date: &str) -> Run {
        self.today = date.to_string();
        self
    }

    pub fn stdin(mut self, data: impl Into<Vec<u8>>) -> Run {
        self.stdin = Some(data.into());
        self
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Runs `dvht` in the temp dir with these arguments (the builder's own are
    /// not used), so one set of files serves many runs.
    pub fn run_args(&self, args: &[&str]) -> Output {
        let mut cmd = Command::cargo_bin("dvht").expect("binary built");
        let out = cmd
            .current_dir(self.dir.path())
            .args(args)
            .output()
            .expect("runs");
        Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    pub fn run(&self) -> Output {
        let mut cmd = Command::cargo_bin("dvht").expect("binary built");
        cmd.current_dir(self.dir.path())
            .args(&self.args)
            .env("DVHT_TODAY", &self.today)
            .env_remove("DVHT_LANG")
            // The table's layout follows COLUMNS (narrow terminals): unset unless a test sets it.
            .env_remove("COLUMNS");
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        if let Some(input) = &self.stdin {
            cmd.write_stdin(input.clone());
        }
        let out = cmd.output().expect("runs");
        Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

impl Output {
    /// Asserts the exit status, showing the whole output when it differs.
    pub fn code(self, expected: i32) -> Output {
        assert_eq!(
            self.code, expected,
            "exit status\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout, self.stderr
        );
        self
    }

    pub fn stderr_has(self, needle: &str) -> Output {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}:\n{}",
            self.stderr
        );
        self
    }

    pub fn stdout_has(self, needle: &str) -> Output {
        assert!(
            self.stdout.contains(needle),
            "stdout lacks {needle:?}:\n{}",
            self.stdout
        );
        self
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", self.stdout))
    }

    /// No panic message, whatever the input.
    pub fn no_panic(self) -> Output {
        assert!(!self.stderr.contains("panicked"), "panic:\n{}", self.stderr);
        self
    }
}

/// An example folder's path, as a string argument.
pub fn example(unit: &str, file: &str) -> String {
    root()
        .join("examples")
        .join(unit)
        .join(file)
        .display()
        .to_string()
}

#[allow(dead_code)]
pub fn exists(p: &Path) -> bool {
    p.exists()
}

/// A roster header with every canonical column, for building test rosters.
pub const FULL_HEADER: &str = "id,name,role,excluded,self_study_plan,discipline,mandatory_training,digital_training,language_cert,emulation_title,learning_citizen,law_abiding,lifelong_commitment,family_learning,healthy_lifestyle,language_and_it,critical_thinking,gender_equality,cultural_diversity,knowledge_sharing";

/// A member row meeting everything (`yes` in every yes/no column, LĐTT).
pub fn full_row(i: usize) -> String {
    format!("M{i:03},Thành viên {i},Giáo viên,,yes,yes,yes,yes,yes,lao-dong-tien-tien,yes,yes,yes,yes,yes,yes,yes,yes,yes,yes")
}

/// A roster of `n` members, all meeting everything except the overrides:
/// `(column, how many members answer no)` counted from the first row.
pub fn roster(n: usize, no: &[(&str, usize)]) -> String {
    let cols: Vec<&str> = FULL_HEADER.split(',').collect();
    let mut out = format!("{FULL_HEADER}\n");
    for i in 0..n {
        let mut cells: Vec<String> = full_row(i + 1).split(',').map(str::to_string).collect();
        for (col, count) in no {
            if i < *count {
                let idx = cols.iter().position(|c| c == col).expect("known column");
                cells[idx] = if *col == "emulation_title" {
                    "none".into()
                } else {
                    "no".into()
                };
            }
        }
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

/// An evidence.toml with every fact at its best and one item supporting everything.
pub const FULL_EVIDENCE: &str = r#"[unit]
name = "Trường Thử nghiệm"
kind = "truong-hoc"
year = 2024

[facts]
learning_plan = "implemented"
learning_regulations = "feasible"
learning_resources = "funding-and-facilities"
training_policy = true
training_budget = true
digital_equipment = true
community_learning = true
knowledge_sharing_activities = true
collective_title = "tap-the-lao-dong-xuat-sac"
digital_maturity = "kha"

[[evidence]]
code = "MC-01"
title = "Hồ sơ tổng hợp"
file = "minh-chung/tong-hop.txt"
supports = ["learning_plan", "learning_regulations", "learning_resources", "training_policy", "training_budget", "digital_equipment", "community_learning", "knowledge_sharing_activities", "collective_title", "digital_maturity", "self_study_plan", "discipline", "mandatory_training", "digital_training", "language_cert", "emulation_title", "learning_citizen", "law_abiding", "lifelong_commitment", "family_learning", "healthy_lifestyle", "language_and_it", "critical_thinking", "gender_equality", "cultural_diversity", "knowledge_sharing"]
"#;

/// Copies an example unit (roster, evidence.toml, minh-chung/) into `dest`.
pub fn copy_unit(unit: &str, dest: &Path) {
    let src = root().join("examples").join(unit);
    copy_tree(&src, dest);
}

pub fn copy_tree(src: &Path, dest: &Path) {
    std::fs::create_dir_all(dest).unwrap();
    for e in std::fs::read_dir(src).unwrap() {
        let e = e.unwrap();
        let to = dest.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_tree(&e.path(), &to);
        } else {
            std::fs::copy(e.path(), &to).unwrap();
        }
    }
}
