//! Scores from the running tallies: a handful of rows per survey, whatever
//! the number of responses.

use crate::store::entities::service_unit;
use crate::store::surveys::LoadedSurvey;
use crate::store::tallies::{self, Scope, Sums};
use app::domain::instrument::Instrument;
use app::domain::score::SurveyScore;
use app::domain::stats;
use sea_orm::{DatabaseConnection, DbErr};

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
    Ok(score_of(&s.instrument, &sums, units))
}

/// The score of `sums`, with the sample the `units`' expected users need
/// (known only when every unit has recorded its users).
pub fn score_of<'a>(
    instrument: &Instrument,
    sums: &Sums,
    units: impl IntoIterator<Item = &'a service_unit::Model>,
) -> SurveyScore {
    let population = units
        .into_iter()
        .map(|u| u.expected_users.and_then(|n| u64::try_from(n).ok()))
        .sum::<Option<u64>>()
        .filter(|n| *n > 0);
    SurveyScore::new(
        stats::estimate(instrument, &sums.tally),
        sums.suspect,
        sums.verified,
        population,
    )
}
