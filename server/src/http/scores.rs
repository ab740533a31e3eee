//! Scores over the API:
//!
//! - `GET /api/v1/surveys/{slug}/score?unit=&period=&verified=`: one survey;
//! - `GET /api/v1/scores?agency=&survey=&unit=&instrument=&period=&verified=`:
//!   per agency (pooled, and mean of unit scores) and per unit.

use super::api::invalid;
use super::extract::strict_query;
use crate::dto::levels::{AgencyScoresDto, LevelScoresDto, MeanOfUnitsDto, UnitScoreDto};
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::client::lang;
use crate::services::scores;
use crate::store::levels::{AgencyScores, Filter};
use crate::store::tallies::Scope;
use app::domain::answers::{FieldErrors, push_error};
use app::domain::period;
use app::domain::score::SurveyScore;
use app::domain::stats::round2;
use app::domain::text::Lang;
use app::views::score::ScoreDto;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, Uri};
use axum::response::{IntoResponse, Response};

/// The months of `period` (none when empty: every period), or a message
/// under `period`.
fn months(period: Option<&str>, errors: &mut FieldErrors) -> Option<(String, String)> {
    let p = period.filter(|p| !p.is_empty())?;
    let range = period::months(p);
    if range.is_none() {
        push_error(errors, "period", app::i18n::WRITE_PERIOD_AS_2026.text());
    }
    range
}

/// Filters of `GET /api/v1/surveys/{slug}/score`.
#[derive(Debug, Default, serde::Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ScoreQuery {
    /// A unit's slug.
    pub unit: Option<String>,
    /// `2026`, `2026-Q3` or `2026-11`.
    pub period: Option<String>,
    /// Only verified responses: with a service code, or with a photo proof
    /// an assessor accepted.
    pub verified: Option<bool>,
}

/// `GET /api/v1/surveys/{slug}/score?unit=&period=&verified=`.
#[utoipa::path(
    get,
    path = "/api/v1/surveys/{slug}/score",
    tag = "scores",
    summary = "A survey's score with its 95 % interval, band and sample adequacy",
    params(("slug" = String, Path, description = "The survey's public slug"), ScoreQuery),
    responses(
        (status = 200, description = "The score (with the trend when a period is given)", body = app::views::score::ScoreDto),
        (status = 404, description = "No such survey"),
        (status = 422, description = "A filter is wrong: messages per field"),
        (status = 503, description = "The database is unavailable; see Retry-After"),
    )
)]
pub async fn survey(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let lang = lang(None, &headers);
    let query: ScoreQuery = match strict_query(uri.query()) {
        Ok(q) => q,
        Err(errors) => return Ok(invalid(&errors, lang)),
    };
    let loaded = state.survey(&slug).await?;
    let mut errors = FieldErrors::new();
    let mut scope = Scope {
        verified_only: query.verified.unwrap_or(false),
        months: months(query.period.as_deref(), &mut errors),
        ..Scope::default()
    };
    if let Some(unit) = &query.unit {
        match loaded.unit(unit) {
            Some(u) => scope.unit_id = Some(u.id),
            None => push_error(&mut errors, "unit", crate::services::submit::msg_unit()),
        }
    }
    if !errors.is_empty() {
        return Ok(invalid(&errors, lang));
    }
    // With a period: the previous one, and whether the change is more than noise.
    let dto = scores::dto(&state.db, &loaded, &scope, query.period.as_deref(), lang).await?;
    Ok(Json(dto).into_response())
}

/// Filters of `GET /api/v1/scores`.
#[derive(Debug, Default, serde::Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct LevelsQuery {
    /// An agency's slug.
    pub agency: Option<String>,
    /// A survey's slug.
    pub survey: Option<String>,
    /// A unit's slug.
    pub unit: Option<String>,
    /// `key` or `key@version`.
    pub instrument: Option<String>,
    /// `2026`, `2026-Q3` or `2026-11`.
    pub period: Option<String>,
    /// Only verified responses: with a service code, or with a photo proof
    /// an assessor accepted.
    pub verified: Option<bool>,
}

/// `GET /api/v1/scores`: per agency and unit, one instrument version at a time.
#[utoipa::path(
    get,
    path = "/api/v1/scores",
    tag = "scores",
    summary = "Scores per agency (pooled and mean of units) and per unit",
    params(LevelsQuery),
    responses(
        (status = 200, description = "Scores", body = crate::dto::levels::LevelScoresDto),
        (status = 422, description = "A filter is wrong"),
        (status = 503, description = "The database is unavailable; see Retry-After"),
    )
)]
pub async fn levels(
    State(state): State<ServerState>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let lang = lang(None, &headers);
    let query: LevelsQuery = match strict_query(uri.query()) {
        Ok(q) => q,
        Err(errors) => return Ok(invalid(&errors, lang)),
    };
    let mut errors = FieldErrors::new();
    let filter = Filter {
        agency: query.agency,
        survey: query.survey,
        unit: query.unit,
        instrument: query.instrument,
        scope: Scope {
            months: months(query.period.as_deref(), &mut errors),
            verified_only: query.verified.unwrap_or(false),
            unit_id: None,
        },
    };
    if !errors.is_empty() {
        return Ok(invalid(&errors, lang));
    }
    let all = state.agency_scores(&filter).await?;
    Ok(Json(levels_dto(&all, lang)).into_response())
}

/// `s`, one of `a`'s scores, shaped for the API with its method's figures.
pub(crate) fn score_dto(a: &AgencyScores, s: &SurveyScore, lang: Lang) -> ScoreDto {
    ScoreDto::new(s, &a.instrument, &a.bands, lang).with_method(
        s,
        a.method.as_deref(),
        &a.instrument,
        lang,
    )
}

/// The computed scores, shaped for `GET /api/v1/scores`.
fn levels_dto(all: &[AgencyScores], lang: Lang) -> LevelScoresDto {
    let scores = all
        .iter()
        .map(|a| AgencyScoresDto {
            agency: a.agency.slug.clone(),
            agency_name: a.agency.name.clone(),
            kind: a.agency.kind.clone(),
            region: a.agency.region.clone(),
            instrument: format!("{}@{}", a.instrument.key, a.instrument.version),
            shown: "pooled".to_string(),
            pooled: score_dto(a, &a.pooled, lang),
            mean_of_units: MeanOfUnitsDto {
                units: a
                    .units
                    .iter()
                    .filter(|u| u.score.estimate.score.is_some())
                    .count(),
                score: a.mean_of_units.score.map(round2),
                se: a.mean_of_units.se.map(round2),
                ci: a.mean_of_units.ci.map(|(lo, hi)| [round2(lo), round2(hi)]),
            },
            units: a
                .units
                .iter()
                .map(|u| UnitScoreDto {
                    unit: u.unit.slug.clone(),
                    unit_name: u.unit.name.clone(),
                    sector: u.unit.sector.clone(),
                    expected_users: u.unit.expected_users,
                    score: score_dto(a, &u.score, lang),
                })
                .collect(),
        })
        .collect();
    LevelScoresDto { scores }
}
