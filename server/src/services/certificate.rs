//! The report card an assessor issues: every unit's perception result of
//! the agency's surveys in a year, frozen as issued.

use crate::error::AppError;
use crate::services::opinion;
use crate::services::state::AppState;
use crate::store::entities::{agency, survey};
use crate::store::scores::survey_score;
use crate::store::tallies::Scope;
use app::domain::period;
use app::domain::text::{Lang, Text};
use app::pages::certificate::{Card, CardLine, CardOpinion};
use app::pages::results_verdict::verdict;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

/// The agency's card for `year` as it stands now.
pub async fn card(state: &AppState, a: &agency::Model, year: &str) -> Result<Card, AppError> {
    let months = period::months(year).ok_or(AppError::NotFound)?;
    let surveys = survey::Entity::find()
        .filter(survey::Column::AgencyId.eq(a.id))
        .filter(survey::Column::Status.ne("draft"))
        .order_by_asc(survey::Column::CreatedAt)
        .all(&state.db)
        .await?;
    let mut lines = Vec::new();
    for s in surveys {
        let loaded = state.survey(&s.slug).await?;
        for u in &loaded.units {
            let scope = Scope {
                unit_id: Some(u.id),
                months: Some(months.clone()),
                verified_only: false,
            };
            let score = survey_score(&state.db, &loaded, &scope).await?;
            if score.estimate.n == 0 {
                continue;
            }
            let said = verdict(&loaded.bands, &score.estimate, score.required);
            lines.push(CardLine {
                survey: loaded.survey.title.clone(),
                unit: u.name.clone(),
                score: score.estimate.score,
                ci: score.estimate.ci,
                n: score.estimate.n,
                verdict: Text::new(said.text(Lang::Id), said.text(Lang::En)),
            });
        }
    }
    Ok(Card {
        agency: a.name.clone(),
        year: year.to_string(),
        lines,
        opinion: opinion_of(state, a, year).await?,
    })
}

/// ORI's opinion of `a` in `year` by the 2025 method, from that year on,
/// when any figure feeds it.
async fn opinion_of(
    state: &AppState,
    a: &agency::Model,
    year: &str,
) -> Result<Option<CardOpinion>, AppError> {
    let Some(y) = year.parse::<i32>().ok().filter(|y| *y >= 2025) else {
        return Ok(None);
    };
    let Some(m) = opinion::method(state, opinion::DEFAULT_METHOD).await? else {
        return Ok(None);
    };
    let o = opinion::opinion(state, a.clone(), &m, y).await?;
    if !o.has_data() {
        return Ok(None);
    }
    Ok(Some(CardOpinion {
        method: opinion::DEFAULT_METHOD.to_string(),
        score: o.composite.score,
        ci: o.composite.ci,
        labels: o.labels.iter().map(|b| b.label.clone()).collect(),
        clean: o.clean.then(|| m.method.clean_label.clone()).flatten(),
    }))
}
