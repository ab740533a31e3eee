//! What an agency's public page shows: for each of its surveys with a
//! published period, the latest one's figures per unit, the trend over the
//! published periods and the period's follow-up plan. Only what the
//! manager published; never comments, never anything of a respondent.

use crate::error::AppError;
use crate::services::followup;
use crate::services::state::AppState;
use crate::store::entities::{agency, survey};
use crate::store::publications;
use crate::store::scores::survey_score;
use crate::store::surveys::LoadedSurvey;
use crate::store::tallies::Scope;
use app::domain::period;
use app::domain::score::SurveyScore;
use app::domain::text::Lang;
use app::pages::publication::{PublicationView, SurveyFigures, UnitFigure};
use sea_orm::{ColumnTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

/// The agency `slug`, or 404.
pub async fn agency_of(state: &AppState, slug: &str) -> Result<agency::Model, AppError> {
    agency::Entity::find()
        .filter(agency::Column::Slug.eq(slug))
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Orders periods by their last month, a whole year before its fourth
/// quarter.
fn period_key(p: &str) -> (String, usize) {
    let last = period::months(p).map(|(_, l)| l).unwrap_or_default();
    (last, p.len().wrapping_neg())
}

async fn score_in(
    state: &AppState,
    loaded: &LoadedSurvey,
    unit: Option<Uuid>,
    p: &str,
) -> Result<SurveyScore, DbErr> {
    let scope = Scope {
        unit_id: unit,
        months: period::months(p),
        verified_only: false,
    };
    survey_score(&state.db, loaded, &scope).await
}

/// The agency's published surveys, each with its published periods
/// oldest first.
pub async fn published(
    state: &AppState,
    a: &agency::Model,
) -> Result<Vec<(LoadedSurvey, Vec<String>)>, AppError> {
    let surveys = survey::Entity::find()
        .filter(survey::Column::AgencyId.eq(a.id))
        .order_by_asc(survey::Column::CreatedAt)
        .all(&state.db)
        .await?;
    let ids: Vec<Uuid> = surveys.iter().map(|s| s.id).collect();
    let all = publications::of_surveys(&state.db, &ids).await?;
    let mut out = Vec::new();
    for s in surveys {
        let mut periods: Vec<String> = all
            .iter()
            .filter(|p| p.survey_id == s.id)
            .map(|p| p.period.clone())
            .collect();
        if periods.is_empty() {
            continue;
        }
        periods.sort_by_key(|p| period_key(p));
        // A survey taken back to draft is not public, published or not.
        match state.survey(&s.slug).await {
            Ok(loaded) => out.push((loaded, periods)),
            Err(AppError::NotFound) => continue,
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

/// Everything `/p/{agency}` shows.
pub async fn page(
    state: &AppState,
    a: &agency::Model,
    lang: Lang,
) -> Result<PublicationView, AppError> {
    let mut surveys = Vec::new();
    for (loaded, periods) in published(state, a).await? {
        let latest = periods.last().cloned().unwrap_or_default();
        let overall = score_in(state, &loaded, None, &latest).await?;
        let mut units = Vec::new();
        for u in &loaded.units {
            let s = score_in(state, &loaded, Some(u.id), &latest).await?;
            units.push(UnitFigure {
                slug: u.slug.clone(),
                name: u.name.clone(),
                estimate: s.estimate,
                required: s.required,
            });
        }
        let mut trend = Vec::new();
        for p in &periods {
            let s = score_in(state, &loaded, None, p).await?;
            trend.push((p.clone(), s.estimate.score));
        }
        surveys.push(SurveyFigures {
            title: loaded.survey.title.clone(),
            period: latest.clone(),
            bands: loaded.bands.clone(),
            overall: overall.estimate,
            required: overall.required,
            units,
            trend,
            actions: followup::actions(state, &loaded, &latest, lang).await?,
            earlier: followup::outcomes(state, &loaded, &latest, lang).await?,
        });
    }
    Ok(PublicationView {
        agency: (a.slug.clone(), a.name.clone()),
        surveys,
        consultations: consultations(state, a).await?,
        lang,
    })
}

/// The agency's consultations the public may read: those taking replies,
/// and those closed and answered.
async fn consultations(
    state: &AppState,
    a: &agency::Model,
) -> Result<Vec<(String, String, String, bool)>, AppError> {
    use crate::services::consultation::{is_answered, is_closed, is_open};
    let now = state.clock.now();
    let mut out = Vec::new();
    for c in crate::store::consultations::list(&state.db, a.id).await? {
        let finished = is_closed(&c, now)
            && is_answered(
                &c,
                &crate::store::consultations::components(&state.db, c.id).await?,
            );
        if finished || is_open(&c, now) {
            out.push((c.slug, c.title, c.service, finished));
        }
    }
    Ok(out)
}

/// A unit's latest published figure: the survey, the period and its score.
pub async fn unit_badge(
    state: &AppState,
    a: &agency::Model,
    unit: &str,
) -> Result<(LoadedSurvey, String, SurveyScore, String), AppError> {
    let mut best: Option<(LoadedSurvey, String)> = None;
    for (loaded, periods) in published(state, a).await? {
        if loaded.unit(unit).is_none() {
            continue;
        }
        let latest = periods.last().cloned().unwrap_or_default();
        if best
            .as_ref()
            .is_none_or(|(_, p)| period_key(&latest) > period_key(p))
        {
            best = Some((loaded, latest));
        }
    }
    let (loaded, p) = best.ok_or(AppError::NotFound)?;
    let u = loaded.unit(unit).ok_or(AppError::NotFound)?;
    let (id, name) = (u.id, u.name.clone());
    let score = score_in(state, &loaded, Some(id), &p).await?;
    Ok((loaded, p, score, name))
}
