//! The forms of a unit's dossier (hồ sơ), as Word documents: TT 24's Tờ trình, M1,
//! M2 and M3 (Thông tư 24/2023/TT-BGDĐT), Hà Nội's Biên bản (Kế hoạch 103/KH-UBND),
//! the self-assessment report and the action plan, and the district's list of units
//! proposed for recognition.
//!
//! Every figure comes from the `Assessment`; every sentence in the unit's own words
//! comes from `tu-danh-gia.toml` (`crate::narrative`), and where there is none the
//! form carries dotted lines to write on by hand. The layout is `report::word`'s.

pub mod levels;
pub mod plan;
pub mod points;
pub mod proposed;

use super::summary::{self, FormInfo};
use super::word::{Doc, Heading, Signer};
use crate::key;
use crate::lang::Lang;
use crate::manifest::Manifest;
use crate::narrative::{CriterionText, Narrative};
use crate::rubric::{Rubric, RubricKind};
use crate::score::assessment::{Assessment, CriterionResult, MeasureKind};
use crate::t;

/// What every form of one unit's dossier is made from.
pub struct Paper<'a> {
    pub a: &'a Assessment,
    pub rubric: &'a Rubric,
    pub form: &'a FormInfo,
    pub narrative: Option<&'a Narrative>,
    pub manifest: Option<&'a Manifest>,
    /// `Kính gửi`: who the Tờ trình goes to.
    pub to: Option<&'a str>,
    pub lang: Lang,
}

impl Paper<'_> {
    /// Catalog entry `key` in the paper's language.
    pub fn t(&self, key: &str) -> String {
        crate::i18n::msg(self.lang, key, &[])
    }

    pub fn levels(&self) -> bool {
        self.a.rubric.kind == RubricKind::Levels
    }

    pub fn unit(&self) -> String {
        summary::unit_name(self.a, self.lang)
    }

    /// ` năm 2024`, or nothing when the year is not known.
    pub fn year_suffix(&self) -> String {
        self.a
            .unit
            .year
            .map(|y| format!(" {} {y}", self.t(key!("dossier-year-for"))))
            .unwrap_or_default()
    }

    pub fn words(&self, id: &str) -> Option<&CriterionText> {
        self.narrative.and_then(|n| n.criterion(id))
    }

    /// The national heading with `Số: …/KIND-…` under the unit (KIND = `TTr`, `BC`, `BB`).
    pub fn heading(&self, doc: &mut Doc, kind: Option<&str>) {
        doc.heading(&Heading {
            authority: self.form.authority.clone(),
            unit: self.unit(),
            number: kind.map(|k| format!("{}: ……/{k}-……", self.t(key!("dossier-no")))),
            place_date: summary::place_date_line(
                self.form.place.as_deref(),
                self.form.date,
                self.lang,
            ),
            nation: self.t(key!("dossier-socialist-republic-vietnam")),
            motto: self.t(key!("dossier-independence-freedom-happiness")),
        });
    }

    /// The head of the unit's title: `HIỆU TRƯỞNG` for a school, else `THỦ TRƯỞNG ĐƠN VỊ`.
    pub fn head_role(&self) -> String {
        match self.a.unit.kind.as_deref() {
            Some("truong-hoc") => self.t(key!("dossier-principal")),
            _ => self.t(key!("dossier-head-unit")),
        }
    }

    pub fn head_signer(&self) -> Signer {
        Signer {
            on_behalf: None,
            role: self.head_role(),
            hint: self.t(key!("dossier-signature-full-name-seal")),
            name: self.form.head.clone(),
        }
    }

    /// The measured figure in words: `32/34 thành viên (94,1 %)`, or the unit's fact.
    pub fn figure(&self, c: &CriterionResult) -> String {
        if !c.applicable {
            return self.t(key!("dossier-not-applicable-this-kind-unit"));
        }
        if !c.assessed {
            return match c.kind {
                MeasureKind::Facts => self.t(key!("dossier-not-assessed-unit-has-not")),
                MeasureKind::Members => self.t(key!("dossier-not-assessed-no-counted-member")),
            };
        }
        match (c.numerator, c.denominator) {
            (Some(n), Some(d)) => format!(
                "{n}/{d} {} ({})",
                self.t(key!("dossier-members")),
                super::percent(n, d, self.lang)
            ),
            _ => summary::measured(c, self.lang),
        }
    }

    /// Evidence codes with their titles, from the manifest.
    pub fn evidence(&self, c: &CriterionResult) -> Vec<(String, String)> {
        c.evidence_codes
            .iter()
            .map(|code| {
                let title = self
                    .manifest
                    .and_then(|m| m.evidence.iter().find(|e| &e.code == code))
                    .map(|e| e.title.clone())
                    .unwrap_or_default();
                (code.clone(), title)
            })
            .collect()
    }

    /// `TC1-01, TC1-02`, or `chưa có` in words.
    pub fn evidence_codes(&self, c: &CriterionResult) -> String {
        if c.evidence_codes.is_empty() {
            self.t(key!("dossier-no-evidence"))
        } else {
            c.evidence_codes.join(", ")
        }
    }

    /// The level or points reached, in words, with the provisional mark.
    pub fn result(&self, c: &CriterionResult) -> String {
        format!(
            "{}{}",
            summary::score(c, self.levels(), self.lang),
            if c.provisional { " (*)" } else { "" }
        )
    }

    /// The level the unit proposes (levels rubrics): the outcome, 0 when none.
    pub fn proposed_level(&self) -> u8 {
        self.a.outcome.level.unwrap_or(0)
    }

    /// The small print naming what the figures come from.
    pub fn provenance(&self, doc: &mut Doc) {
        let a = self.a;
        let mut parts = vec![format!(
            "{} {} (sha256 {})",
            self.t(key!("dossier-roster")),
            a.inputs.roster,
            a.inputs.roster_sha256
        )];
        if let (Some(p), Some(h)) = (&a.inputs.evidence, &a.inputs.evidence_sha256) {
            parts.push(format!("{p} (sha256 {h})"));
        }
        if let Some(n) = self.narrative {
            parts.push(format!("{} (sha256 {})", n.path.display(), n.sha256));
        }
        parts.push(format!(
            "{} {} {}",
            self.t(key!("dossier-rubric")),
            a.rubric.id,
            a.rubric.version
        ));
        doc.provenance(&format!(
            "{} dvht {}, {} {}. {}: {}.",
            self.t(key!("dossier-figures-made")),
            env!("CARGO_PKG_VERSION"),
            self.t(key!("dossier-as-of")),
            summary::date(a.as_of),
            self.t(key!("dossier-from")),
            parts.join("; ")
        ));
    }

    /// The provisional note and every warning, when there are any.
    pub fn notes(&self, doc: &mut Doc) {
        let prov = summary::provisional_note(self.a, self.lang);
        if prov.is_none() && self.a.warnings.is_empty() {
            return;
        }
        doc.section(&self.t(key!("dossier-notes")));
        if let Some(p) = prov {
            doc.italic(&p);
        }
        for w in &self.a.warnings {
            doc.bullet(w.text(self.lang));
        }
    }
}

/// `Đạt mức độ 1`, `Không đạt` for a level.
pub fn level_words(level: u8, lang: Lang) -> String {
    match level {
        0 => t!(lang, "dossier-not-reached"),
        l => format!("{} {l}", t!(lang, "dossier-level")),
    }
}
