//! The report card an assessor issues: every unit's perception result of
//! the agency's surveys in a year, frozen as issued.

use crate::error::AppError;
use crate::services::state::AppState;
use crate::store::entities::{agency, survey};
use crate::store::scores::survey_score;
use crate::store::tallies::Scope;
use app::domain::period;
use app::domain::text::{Lang, Text};
use app::pages::certificate::{Card, CardLine};
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
    })
}
