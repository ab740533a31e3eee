//! `GET /api/v1/surveys/{slug}/score`.

use super::score_forms::{PredicateDto, PrevalenceDto, bands_confirmed};
use crate::domain::bands::{Band, BandTable, Verdict};
use crate::domain::instrument::Instrument;
use crate::domain::method::Method;
use crate::domain::method::forms::forms;
use crate::domain::score::SurveyScore;
use crate::domain::stats::{self, Estimate, round2};
use crate::domain::text::Lang;
use serde::{Deserialize, Serialize};

/// How the interval is computed, for the record.
pub const METHOD: &str = "95% confidence interval by linearisation (delta method) of the ratio \
estimator over respondents, Student's t with n-1 degrees of freedom, clipped to the scale";

/// One item's mean.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ItemScoreDto {
    /// Item key.
    pub key: String,
    /// Mean answer (two decimals), when anyone answered.
    pub mean: Option<f64>,
    /// Standard deviation of the answers.
    pub sd: Option<f64>,
    /// Scored answers.
    pub n: u64,
    /// The element's own score on the survey's scale (the mean times the
    /// instrument's conversion, e.g. × 25 for SKM), two decimals.
    pub score: Option<f64>,
    /// Its 95 % interval (Student's t over those who answered it).
    pub ci: Option<[f64; 2]>,
}

/// A band.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BandDto {
    /// Band key.
    pub key: String,
    /// Label.
    pub label: String,
    /// `green`, `yellow`, `red` or `black`.
    pub zone: String,
    /// False when the cut-off is not officially published.
    pub confirmed: bool,
}

impl BandDto {
    fn new(b: &Band, lang: Lang) -> Self {
        BandDto {
            key: b.key.clone(),
            label: b.label.get(lang).to_string(),
            zone: b.zone.as_str().to_string(),
            confirmed: b.confirmed,
        }
    }
}

/// A survey's score.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ScoreDto {
    /// Responses counted (accepted, not suspect).
    pub n: u64,
    /// The score (two decimals), when there are scored answers.
    pub score: Option<f64>,
    /// Standard error of the score.
    pub se: Option<f64>,
    /// Standard deviation of respondents' own scores.
    pub sd: Option<f64>,
    /// 95 % confidence interval `[low, high]`.
    pub ci: Option<[f64; 2]>,
    /// How the interval is computed.
    pub ci_method: String,
    /// Per item.
    pub items: Vec<ItemScoreDto>,
    /// The band, when the sample is large enough and the interval lies in
    /// one band.
    pub band: Option<BandDto>,
    /// The bands the interval straddles, best first (empty unless uncertain).
    pub band_uncertain: Vec<BandDto>,
    /// Why no band is given, if none is.
    pub band_note: Option<String>,
    /// Band table key and version, e.g. `ori-2025@1`.
    pub band_table: String,
    /// Fewest responses for which a band is given.
    pub band_min_n: u32,
    /// Sample the units' expected users need (Krejcie–Morgan), when known.
    pub n_required: Option<u64>,
    /// Suspect responses left out of the score.
    pub suspect_excluded: u64,
    /// How many of them each signal accounts for, by the signal's stored
    /// name (`burst`, `repeat`, `fast`, …); a response with two signals
    /// counts under both.
    pub suspect_reasons: std::collections::BTreeMap<String, u64>,
    /// Accepted responses that carried a one-time service code.
    pub verified: u64,
    /// Change from the previous period, when a period was asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trend: Option<TrendDto>,
    /// The assessment method the survey feeds, e.g. `ori-2025@1`.
    pub method: Option<String>,
    /// False when any cut-off of the band table is not officially
    /// published (an estimate).
    pub band_table_confirmed: bool,
    /// Per form of maladministration, the share of respondents who met it
    /// (empty unless the survey is its method's perception survey).
    pub prevalence: Vec<PrevalenceDto>,
    /// The predicate of potential maladministration, when the method has
    /// a rule and the survey is its perception survey.
    pub predicate: Option<PredicateDto>,
}

/// The previous period and the change since, with its own interval.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct TrendDto {
    /// The previous period, e.g. `2026-Q2`.
    pub previous_period: String,
    /// Responses then.
    pub previous_n: u64,
    /// Score then.
    pub previous_score: Option<f64>,
    /// Its interval.
    pub previous_ci: Option<[f64; 2]>,
    /// Score now minus score then.
    pub change: Option<f64>,
    /// 95 % interval of the change.
    pub change_ci: Option<[f64; 2]>,
    /// Whether the interval of the change excludes zero.
    pub significant: Option<bool>,
}

impl TrendDto {
    /// The trend from `previous` (in `period`) to `now`.
    pub fn new(period: String, previous: &Estimate, now: &Estimate) -> Self {
        let change = stats::change(previous, now);
        TrendDto {
            previous_period: period,
            previous_n: previous.n,
            previous_score: previous.score.map(round2),
            previous_ci: previous.ci.map(|(lo, hi)| [round2(lo), round2(hi)]),
            change: change.map(|c| round2(c.delta)),
            change_ci: change.map(|c| [round2(c.ci.0), round2(c.ci.1)]),
            significant: change.map(|c| c.significant),
        }
    }
}

impl ScoreDto {
    /// Shapes a score on `instrument` for the API.
    pub fn new(s: &SurveyScore, instrument: &Instrument, bands: &BandTable, lang: Lang) -> Self {
        let e = &s.estimate;
        let elements = crate::domain::plan::element_estimates(instrument, e);
        let (band, band_uncertain, band_note) = match bands.judge(e) {
            Verdict::NoScore => (
                None,
                vec![],
                Some(crate::i18n::NO_ANSWERS_YET.get(lang).to_string()),
            ),
            Verdict::TooSmall { n, min } => (
                None,
                vec![],
                Some(
                    crate::i18n::SAMPLE_TOO_SMALL_NOTE
                        .with(lang, &[("n", n.into()), ("min", min.into())]),
                ),
            ),
            Verdict::Band(b) => (Some(BandDto::new(b, lang)), vec![], None),
            Verdict::Uncertain(list) => (
                None,
                list.iter().map(|b| BandDto::new(b, lang)).collect(),
                Some(crate::i18n::CI_STRADDLES_BAND.get(lang).to_string()),
            ),
        };
        ScoreDto {
            n: e.n,
            score: e.score.map(round2),
            se: e.se.map(round2),
            sd: e.sd.map(round2),
            ci: e.ci.map(|(lo, hi)| [round2(lo), round2(hi)]),
            ci_method: METHOD.to_string(),
            items: e
                .items
                .iter()
                .zip(&elements)
                .map(|(m, el)| ItemScoreDto {
                    key: m.key.clone(),
                    mean: m.mean.map(round2),
                    sd: m.sd.map(round2),
                    n: m.n,
                    score: el.estimate.score,
                    ci: el.estimate.ci.map(|(lo, hi)| [lo, hi]),
                })
                .collect(),
            band,
            band_uncertain,
            band_note,
            band_table: format!("{}@{}", bands.key, bands.version),
            band_min_n: bands.min_n,
            n_required: s.required,
            suspect_excluded: s.suspect,
            suspect_reasons: s
                .suspect_why
                .iter()
                .map(|(signal, n)| (signal.code().to_string(), *n))
                .collect(),
            verified: s.verified,
            trend: None,
            method: None,
            band_table_confirmed: bands_confirmed(bands),
            prevalence: Vec::new(),
            predicate: None,
        }
    }
}

impl ScoreDto {
    /// Adds what `method` says of `s`, a score on `instrument`: the
    /// method's name, and for its perception instrument the forms' shares
    /// and the predicate.
    pub fn with_method(
        mut self,
        s: &SurveyScore,
        method: Option<&Method>,
        instrument: &Instrument,
        lang: Lang,
    ) -> Self {
        self.method = method.map(Method::reference);
        if let (Some(f), Some(m)) = (
            forms(method, instrument, s.estimate.n, &s.prevalence),
            method,
        ) {
            self.prevalence = f
                .shares
                .iter()
                .map(|(key, name, share)| PrevalenceDto::new(key, name.get(lang), share))
                .collect();
            self.predicate = PredicateDto::new(&f, m, lang);
        }
        self
    }
}
