//! What the public results page and its open-data file show, gathered
//! once so that both say the same: the score (and the period before it),
//! the last quarters, each unit's score, how many gave each item its best
//! answer, and the first and newest counted response.

use crate::services::scores::{WithPrevious, with_previous};
use crate::services::state::AppState;
use crate::store::levels::{Filter, UnitScore};
use crate::store::public_figures::{self, Counted};
use crate::store::scores::{span_of, survey_score};
use crate::store::surveys::LoadedSurvey;
use crate::store::tallies::{Scope, month_of};
use app::domain::period;
use app::domain::stats::Estimate;
use chrono::{DateTime, Utc};
use sea_orm::DbErr;
use std::collections::HashMap;

/// Quarters the trend shows.
pub const QUARTERS: usize = 4;

/// Everything gathered.
#[derive(Clone, Debug)]
pub struct Gathered {
    /// The score in scope, and the previous period's when one was asked.
    pub scored: WithPrevious,
    /// The last quarters (ending with the asked period's, else the newest
    /// response's), oldest first.
    pub quarters: Vec<(String, Estimate)>,
    /// Every unit's score in the same period.
    pub units: Vec<UnitScore>,
    /// Per item key: counted responses that gave its best answer.
    pub best: HashMap<String, u64>,
    /// The first and newest counted response in scope.
    pub span: Option<(DateTime<Utc>, DateTime<Utc>)>,
}

/// Which counted responses `scope` means.
pub fn counted(loaded: &LoadedSurvey, scope: &Scope) -> Counted {
    Counted {
        survey_id: loaded.survey.id,
        unit_id: scope.unit_id,
        span: scope
            .months
            .as_ref()
            .and_then(|(from, to)| span_of(from, to)),
    }
}

/// Gathers the figures of `loaded` in `scope` (`asked`: the period asked
/// for, if any).
pub async fn gather(
    state: &AppState,
    loaded: &LoadedSurvey,
    scope: &Scope,
    asked: Option<&str>,
) -> Result<Gathered, DbErr> {
    let db = &state.db;
    let scored = with_previous(db, loaded, scope, asked).await?;
    let which = counted(loaded, scope);
    let best = public_figures::best_answers(db, which, loaded.instrument.scale.max).await?;
    let span = public_figures::first_and_last(db, which).await?;
    let end_month = match (asked.and_then(period::months), span) {
        (Some((_, last)), _) => last,
        (None, Some((_, newest))) => month_of(newest),
        (None, None) => month_of(Utc::now()),
    };
    let mut quarters = Vec::with_capacity(QUARTERS);
    for q in period::quarters_ending(&end_month, QUARTERS) {
        let in_quarter = Scope {
            months: period::months(&q),
            ..scope.clone()
        };
        let s = survey_score(db, loaded, &in_quarter).await?;
        quarters.push((q, s.estimate));
    }
    let filter = Filter {
        survey: Some(loaded.survey.slug.clone()),
        scope: Scope {
            unit_id: None,
            ..scope.clone()
        },
        ..Default::default()
    };
    let units = state
        .agency_scores(&filter)
        .await?
        .into_iter()
        .flat_map(|a| a.units)
        .collect();
    Ok(Gathered {
        scored,
        quarters,
        units,
        best,
        span,
    })
}
