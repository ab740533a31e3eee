//! Scores from the running tallies: a handful of rows per survey, whatever
//! the number of responses.

use crate::domain::instrument::Instrument;
use crate::domain::stats::{self, Estimate};
use crate::ssr::entities::service_unit;
use crate::ssr::repo::surveys::LoadedSurvey;
use crate::ssr::repo::tallies::{self, Scope, Sums};
use sea_orm::{DatabaseConnection, DbErr};

/// A survey's score in a scope, with what bears on trusting it.
#[derive(Clone, Debug)]
pub struct SurveyScore {
    /// Score, interval, per-item means.
    pub estimate: Estimate,
    /// Suspect responses left out.
    pub suspect: u64,
    /// Accepted responses that carried a service code.
    pub verified: u64,
    /// Expected service users of the units in scope (per year), when every
    /// unit has recorded it.
    pub population: Option<u64>,
    /// The sample that population needs (Krejcie–Morgan, 95 %, ±5 %).
    pub required: Option<u64>,
}

/// The score of a survey's accepted responses in `scope`.
pub async fn survey_score(
    db: &DatabaseConnection,
    s: &LoadedSurvey,
    scope: &Scope,
) -> Result<SurveyScore, DbErr> {
    let sums = tallies::sum(db, s.survey.id, &s.instrument, scope).await?;
    let units = s
        .units
        .iter()
        .filter(|u| scope.unit_id.is_none_or(|id| id == u.id));
    Ok(SurveyScore::new(&s.instrument, &sums, units))
}

impl SurveyScore {
    /// The score of `tally`, with the sample the `units`' expected users
    /// need (known only when every unit has recorded its users).
    pub fn new<'a>(
        instrument: &Instrument,
        sums: &Sums,
        units: impl IntoIterator<Item = &'a service_unit::Model>,
    ) -> Self {
        let population = units
            .into_iter()
            .map(|u| u.expected_users.and_then(|n| u64::try_from(n).ok()))
            .sum::<Option<u64>>()
            .filter(|n| *n > 0);
        SurveyScore {
            estimate: stats::estimate(instrument, &sums.tally),
            suspect: sums.suspect,
            verified: sums.verified,
            population,
            required: population.map(stats::krejcie_morgan),
        }
    }
}
