//! Scores as people read them: a survey's score with the period before it
//! (the API and the public results page), and an agency's or a unit's
//! score over the last quarters (the dashboards).

use crate::services::state::AppState;
use crate::store::levels::{AgencyScores, Filter};
use crate::store::scores::survey_score;
use crate::store::surveys::LoadedSurvey;
use crate::store::tallies::Scope;
use app::domain::period;
use app::domain::score::SurveyScore;
use app::domain::text::Lang;
use app::views::score::{ScoreDto, TrendDto};
use sea_orm::{DatabaseConnection, DbErr};

/// A score, and the previous period's when a period was asked for.
#[derive(Clone, Debug)]
pub struct WithPrevious {
    /// The score in the scope asked for.
    pub now: SurveyScore,
    /// The period before (e.g. `2026-Q2` for `2026-Q3`) and its score in
    /// the same scope otherwise.
    pub previous: Option<(String, SurveyScore)>,
}

/// The score of `survey` in `scope`, and, when `asked` names a period, the
/// score of the period before it.
pub async fn with_previous(
    db: &DatabaseConnection,
    survey: &LoadedSurvey,
    scope: &Scope,
    asked: Option<&str>,
) -> Result<WithPrevious, DbErr> {
    let now = survey_score(db, survey, scope).await?;
    let previous = match asked.and_then(period::previous) {
        Some(before) => {
            let earlier = Scope {
                months: period::months(&before),
                ..scope.clone()
            };
            Some((before, survey_score(db, survey, &earlier).await?))
        }
        None => None,
    };
    Ok(WithPrevious { now, previous })
}

/// `now`, a score of `survey`, as the API gives it: with its method's
/// figures, and the trend from `previous` (its period and score) when
/// given.
fn shaped(
    survey: &LoadedSurvey,
    now: &SurveyScore,
    previous: Option<&(String, SurveyScore)>,
    lang: Lang,
) -> ScoreDto {
    let mut dto = ScoreDto::new(now, &survey.instrument, &survey.bands, lang).with_method(
        now,
        survey.method.as_deref(),
        &survey.instrument,
        lang,
    );
    dto.trend =
        previous.map(|(before, p)| TrendDto::new(before.clone(), &p.estimate, &now.estimate));
    dto
}

/// The score of `survey` in `scope` as the API gives it: with its
/// method's figures, and the trend from the period before when `asked`
/// names a period.
pub async fn dto(
    db: &DatabaseConnection,
    survey: &LoadedSurvey,
    scope: &Scope,
    asked: Option<&str>,
    lang: Lang,
) -> Result<ScoreDto, DbErr> {
    let scored = with_previous(db, survey, scope, asked).await?;
    Ok(shaped(survey, &scored.now, scored.previous.as_ref(), lang))
}

/// [`dto`] for each of `periods` (oldest first) in `scope`, each with its
/// trend: one score read per period (and one for the period before the
/// first), where asking [`dto`] period by period would read each twice.
pub async fn dto_series(
    db: &DatabaseConnection,
    survey: &LoadedSurvey,
    scope: &Scope,
    periods: &[String],
    lang: Lang,
) -> Result<Vec<ScoreDto>, DbErr> {
    let in_period = |p: &str| Scope {
        months: period::months(p),
        ..scope.clone()
    };
    let mut before: Option<(String, SurveyScore)> = None;
    let mut out = Vec::with_capacity(periods.len());
    for p in periods {
        let wanted = period::previous(p);
        if before.as_ref().map(|(b, _)| b) != wanted.as_ref() {
            // Not the period just read: read the one before this.
            before = match wanted {
                Some(w) => Some((w.clone(), survey_score(db, survey, &in_period(&w)).await?)),
                None => None,
            };
        }
        let now = survey_score(db, survey, &in_period(p)).await?;
        out.push(shaped(survey, &now, before.as_ref(), lang));
        before = Some((p.clone(), now));
    }
    Ok(out)
}

/// The newest instrument version's scores among those `filter` selects.
pub async fn newest(state: &AppState, filter: &Filter) -> Result<Option<AgencyScores>, DbErr> {
    let mut all = state.agency_scores(filter).await?;
    all.sort_by_key(|s| std::cmp::Reverse(s.instrument.version));
    Ok(all.into_iter().next())
}

/// The newest scores of `filter` in each of the `count` quarters ending
/// with the one holding `end_month` ("YYYY-MM"), oldest first.
pub async fn by_quarter(
    state: &AppState,
    filter: &Filter,
    end_month: &str,
    count: usize,
) -> Result<Vec<(String, Option<AgencyScores>)>, DbErr> {
    let mut out = Vec::with_capacity(count);
    for quarter in period::quarters_ending(end_month, count) {
        let in_quarter = Filter {
            scope: Scope {
                months: period::months(&quarter),
                ..filter.scope.clone()
            },
            ..filter.clone()
        };
        let scores = newest(state, &in_quarter).await?;
        out.push((quarter, scores));
    }
    Ok(out)
}
