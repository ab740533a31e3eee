//! Scores from the running tallies: a handful of rows per survey, whatever
//! the number of responses.

use crate::store::entities::service_unit;
use crate::store::surveys::LoadedSurvey;
use crate::store::tallies::{self, Scope, Sums};
use app::domain::instrument::Instrument;
use app::domain::score::SurveyScore;
use app::domain::stats;
use chrono::{DateTime, NaiveDate, Utc};
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
    let mut score = score_of(&s.instrument, &sums, units);
    if score.suspect > 0 {
        let span = scope
            .months
            .as_ref()
            .and_then(|(from, to)| span_of(from, to));
        let by_flags =
            crate::store::flagged::suspect_by_flags(db, &[s.survey.id], scope.unit_id, span)
                .await?;
        score.suspect_why = app::domain::signals::count_by_signal(&by_flags);
    }
    Ok(score)
}

/// The instants months `from` to `to` ("YYYY-MM", counted in UTC+7, as
/// tallies are) cover: `[start, end)`.
pub fn span_of(from: &str, to: &str) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    let start_of = |month: &str| {
        let day = NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d").ok()?;
        Some(day.and_hms_opt(0, 0, 0)?.and_utc() - chrono::Duration::hours(7))
    };
    let start = start_of(from)?;
    let last = NaiveDate::parse_from_str(&format!("{to}-01"), "%Y-%m-%d").ok()?;
    let next = last.checked_add_months(chrono::Months::new(1))?;
    let end = next.and_hms_opt(0, 0, 0)?.and_utc() - chrono::Duration::hours(7);
    Some((start, end))
}

/// The users `units` expect, when every one of them has recorded its
/// number (and the sum is above zero).
pub fn population<'a>(units: impl IntoIterator<Item = &'a service_unit::Model>) -> Option<u64> {
    units
        .into_iter()
        .map(|u| u.expected_users.and_then(|n| u64::try_from(n).ok()))
        .sum::<Option<u64>>()
        .filter(|n| *n > 0)
}

/// The score of `sums`, with the sample the `units`' expected users need
/// (known only when every unit has recorded its users).
pub fn score_of<'a>(
    instrument: &Instrument,
    sums: &Sums,
    units: impl IntoIterator<Item = &'a service_unit::Model>,
) -> SurveyScore {
    let mut score = SurveyScore::new(
        stats::estimate(instrument, &sums.tally),
        sums.suspect,
        sums.verified,
        population(units),
    );
    score.prevalence = stats::prevalence(&sums.tally);
    score
}
