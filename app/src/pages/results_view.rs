//! What the public results page shows: the view model, shared by the page
//! and its parts (verdict, explanations, tables).

use crate::domain::bands::BandTable;
use crate::domain::instrument::Instrument;
use crate::domain::method::Method;
use crate::domain::method::forms::Forms;
use crate::domain::stats::{Estimate, round2};
use crate::domain::text::Lang;
use std::sync::Arc;

/// Everything the results page shows.
#[derive(Clone, Debug)]
pub struct ResultsView {
    /// Public slug.
    pub slug: String,
    /// Survey title.
    pub title: String,
    /// Agency name.
    pub agency: String,
    /// The instrument version.
    pub instrument: Arc<Instrument>,
    /// The band table.
    pub bands: Arc<BandTable>,
    /// The score and its interval.
    pub estimate: Estimate,
    /// Sample the units' expected users need, when known.
    pub required: Option<u64>,
    /// The units' expected users per year, when every unit recorded it.
    pub population: Option<u64>,
    /// Suspect responses left out.
    pub suspect: u64,
    /// How many of them each signal accounts for.
    pub suspect_why: Vec<(crate::domain::signals::Signal, u64)>,
    /// Every unit's line (the whole survey's, whatever unit is shown).
    pub units: Vec<UnitLine>,
    /// The unit shown, when narrowed to one: (slug, name).
    pub unit: Option<(String, String)>,
    /// The period shown, when narrowed to one.
    pub period: Option<String>,
    /// The first and newest counted response's days (YYYY-MM-DD).
    pub span: Option<(String, String)>,
    /// When the newest counted response came, in Western Indonesian Time.
    pub updated: Option<String>,
    /// The previous period and its score.
    pub trend: Option<(String, Estimate)>,
    /// The last quarters' scores, oldest first.
    pub quarters: Vec<(String, Estimate)>,
    /// Per item key: how many gave the best answer.
    pub best: Vec<(String, u64)>,
    /// Page language.
    pub lang: Lang,
    /// The assessment method the survey follows, when any.
    pub method: Option<Arc<Method>>,
    /// The forms' shares and the predicate in scope, when the method reads
    /// this survey's forms.
    pub forms: Option<Forms>,
}

/// One unit's line.
#[derive(Clone, Debug)]
pub struct UnitLine {
    /// Its slug (the `?u=` of its own results).
    pub slug: String,
    /// Its name.
    pub name: String,
    /// Its score.
    pub estimate: Estimate,
    /// The sample its expected users need, when known.
    pub required: Option<u64>,
    /// Its predicate in one sentence, when the method has one.
    pub predicate: Option<String>,
}

impl ResultsView {
    /// The query string that keeps this page's period, with `unit` (none:
    /// every unit).
    pub fn link(&self, unit: Option<&str>, period: Option<&str>) -> String {
        let mut q: Vec<String> = Vec::new();
        if let Some(u) = unit {
            q.push(format!("u={u}"));
        }
        if let Some(p) = period {
            q.push(format!("period={p}"));
        }
        if self.lang == Lang::En {
            q.push("lang=en".into());
        }
        let base = format!("/s/{}/results", self.slug);
        if q.is_empty() {
            base
        } else {
            format!("{base}?{}", q.join("&"))
        }
    }
}

/// Formats a number with two decimals, Indonesian style in Indonesian.
pub fn decimal(x: f64, lang: Lang) -> String {
    let s = format!("{:.2}", round2(x));
    match lang {
        Lang::Id => s.replace('.', ","),
        Lang::En => s,
    }
}

/// A score with its interval in brackets, "84,27 (83,61–84,93)"; the
/// score alone without an interval; a dash without a score.
pub fn with_interval(score: Option<f64>, ci: Option<(f64, f64)>, lang: Lang) -> String {
    match (score, ci) {
        (Some(s), Some((lo, hi))) => format!(
            "{} ({}–{})",
            decimal(s, lang),
            decimal(lo, lang),
            decimal(hi, lang)
        ),
        (Some(s), None) => decimal(s, lang),
        _ => "–".into(),
    }
}
