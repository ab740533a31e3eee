//! The parts of a score that its assessment method adds: which method, the
//! share of users who met each form of maladministration, and the
//! predicate (see `domain::method::forms`).

use crate::domain::bands::BandTable;
use crate::domain::method::Method;
use crate::domain::method::forms::{Forms, bands_unconfirmed};
use crate::domain::stats::Share;
use crate::domain::text::Lang;
use serde::{Deserialize, Serialize};

/// The share of respondents who met one form of maladministration.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PrevalenceDto {
    /// Item key of the form, e.g. `payment_request`.
    pub key: String,
    /// Its short name.
    pub name: String,
    /// Respondents who met it (answer 1 or 2).
    pub met: u64,
    /// Respondents who answered it ("don't know" left out).
    pub n: u64,
    /// met ÷ n in percent (two decimals), when anyone answered.
    pub percent: Option<f64>,
    /// 95 % Wilson score interval in percent `[low, high]`.
    pub ci: Option<[f64; 2]>,
}

impl PrevalenceDto {
    /// Shapes one form's share.
    pub fn new(key: &str, name: &str, s: &Share) -> Self {
        PrevalenceDto {
            key: key.to_string(),
            name: name.to_string(),
            met: s.met,
            n: s.n,
            percent: s.percent,
            ci: s.ci.map(|(lo, hi)| [lo, hi]),
        }
    }
}

/// The predicate of potential maladministration.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PredicateDto {
    /// `high`, `low`, `undecided` or `too_small`.
    pub code: String,
    /// In one plain sentence.
    pub text: String,
    /// Item keys of the forms that decide it (high: those surely above
    /// the share; undecided: those whose interval includes it).
    pub forms: Vec<String>,
    /// The rule's share of users, in percent.
    pub share: f64,
    /// Fewest respondents for a predicate.
    pub min_n: u32,
    /// False when the share is not published (an estimate).
    pub confirmed: bool,
}

impl PredicateDto {
    /// Shapes the predicate of `f` under `method`'s rule.
    pub(super) fn new(f: &Forms, method: &Method, lang: Lang) -> Option<Self> {
        let (p, rule) = (f.predicate.as_ref()?, method.predicate.as_ref()?);
        Some(PredicateDto {
            code: p.code().to_string(),
            text: f.predicate_text(lang).unwrap_or_default(),
            forms: f.deciding(),
            share: rule.share,
            min_n: rule.min_n,
            confirmed: rule.confirmed,
        })
    }
}

/// Whether every cut-off of `bands` is published.
pub fn bands_confirmed(bands: &BandTable) -> bool {
    !bands_unconfirmed(bands)
}
