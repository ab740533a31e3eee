//! A survey's score in one scope, with what bears on trusting it.

use crate::domain::signals::Signal;
use crate::domain::stats::{Estimate, Share, krejcie_morgan};

/// A survey's score in a scope, with what bears on trusting it.
#[derive(Clone, Debug)]
pub struct SurveyScore {
    /// Score, interval, per-item means.
    pub estimate: Estimate,
    /// Suspect responses left out.
    pub suspect: u64,
    /// How many of them each signal accounts for (a response with two
    /// signals counts under both); empty when none were left out.
    pub suspect_why: Vec<(Signal, u64)>,
    /// Accepted responses that carried a service code.
    pub verified: u64,
    /// Expected service users of the units in scope (per year), when every
    /// unit has recorded it.
    pub population: Option<u64>,
    /// The sample that population needs (Krejcie–Morgan, 95 %, ±5 %).
    pub required: Option<u64>,
    /// Per scored item, the share of respondents whose answer was low (on
    /// the maladministration form: who met that form), from the same
    /// tally as the estimate.
    pub prevalence: Vec<Share>,
}

impl SurveyScore {
    /// The score `estimate`, with its counts and the sample `population`
    /// needs (known only when every unit has recorded its users).
    pub fn new(estimate: Estimate, suspect: u64, verified: u64, population: Option<u64>) -> Self {
        SurveyScore {
            estimate,
            suspect,
            suspect_why: Vec::new(),
            verified,
            population,
            required: population.map(krejcie_morgan),
            prevalence: Vec::new(),
        }
    }
}
