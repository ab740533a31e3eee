//! `GET /api/v1/agencies/{agency}/opinion?year=&method=`: an agency's
//! Ombudsman opinion, for a token or a signed-in account that may read the
//! agency (another agency's is not found, as anywhere else).

use super::api::{app_error, invalid};
use super::caller::Caller;
use super::extract::strict_query;
use crate::dto::opinion::{
    DisagreementDto, OpinionComponentDto, OpinionDto, OpinionLabelDto, OpinionPartDto,
};
use crate::http::ServerState;
use crate::http::admin::opinion::disagreement_texts;
use crate::http::client::lang;
use crate::services::access::{self, Need};
use crate::services::opinion::{self as service, Opinion, PartFigure};
use app::domain::answers::{FieldErrors, push_error};
use app::domain::stats::round2;
use app::domain::text::Lang;
use app::i18n;
use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};

/// Filters of `GET /api/v1/agencies/{agency}/opinion`.
#[derive(Debug, Default, serde::Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct OpinionQuery {
    /// The year, 2000–2100 (default: the latest with entered figures, else
    /// this year).
    pub year: Option<i32>,
    /// The method, `key@version` (default `ori-2025@1`).
    pub method: Option<String>,
}

/// `GET /api/v1/agencies/{agency}/opinion`.
#[utoipa::path(
    get,
    path = "/api/v1/agencies/{agency}/opinion",
    tag = "assessors",
    summary = "An agency's Ombudsman opinion: components, composite with its 95 % interval, label(s), predicate, disagreements",
    params(("agency" = String, Path, description = "The agency's slug"), OpinionQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The opinion", body = crate::dto::opinion::OpinionDto),
        (status = 401, description = "No valid API token"),
        (status = 404, description = "No such agency within the caller's reach"),
        (status = 422, description = "A filter is wrong: messages per field"),
        (status = 503, description = "The database is unavailable; see Retry-After"),
    )
)]
pub async fn opinion(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    caller: Caller,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Response {
    let lang = lang(None, &headers);
    let query: OpinionQuery = match strict_query(raw.as_deref()) {
        Ok(q) => q,
        Err(errors) => return invalid(&errors, lang),
    };
    match answer(&state, &caller, &slug, query, lang).await {
        Ok(r) => r,
        Err(e) => app_error(e, lang),
    }
}

async fn answer(
    state: &ServerState,
    caller: &Caller,
    slug: &str,
    query: OpinionQuery,
    lang: Lang,
) -> Result<Response, crate::error::AppError> {
    let a = access::agency(&state.db, &caller.actor, slug, Need::Read).await?;
    let mut errors = FieldErrors::new();
    let reference = query.method.as_deref().unwrap_or(service::DEFAULT_METHOD);
    let method = service::method(state, reference).await?;
    if method.is_none() {
        push_error(&mut errors, "method", i18n::BAD_CHOICE.text());
    }
    if query.year.is_some_and(|y| !(2000..=2100).contains(&y)) {
        push_error(
            &mut errors,
            "year",
            i18n::OPINION_CSV_YEAR
                .text_with(&[("value", query.year.unwrap_or_default().to_string().into())]),
        );
    }
    let Some(method) = method.filter(|_| errors.is_empty()) else {
        return Ok(invalid(&errors, lang));
    };
    let year = match query.year {
        Some(y) => y,
        None => service::latest_year(state, method.id).await?,
    };
    let o = service::opinion(state, a, &method, year).await?;
    Ok(Json(dto(&o, lang)).into_response())
}

fn part_dto(o: &Opinion, p: &app::domain::method::Part, total: f64, lang: Lang) -> OpinionPartDto {
    let (value, se, ci, n, surveys) = match o.figure_of(p) {
        Some(PartFigure::Entered(v)) => (Some(v), None, None, None, Vec::new()),
        Some(PartFigure::Survey(f)) => {
            let e = &f.score.estimate;
            (
                e.score.map(round2),
                e.se.map(round2),
                e.ci.map(|(lo, hi)| [round2(lo), round2(hi)]),
                Some(e.n),
                f.surveys.iter().map(|(s, _)| s.clone()).collect(),
            )
        }
        None => (None, None, None, None, Vec::new()),
    };
    OpinionPartDto {
        key: p.key.clone(),
        label: p.label.get(lang).to_string(),
        source: serde_json::to_value(p.source)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        share: round2(100.0 * p.weight / total),
        confirmed: p.confirmed,
        value,
        se,
        ci,
        n,
        surveys,
    }
}

/// The opinion as the API answers it.
fn dto(o: &Opinion, lang: Lang) -> OpinionDto {
    let m = &o.method.method;
    let components = m
        .components
        .iter()
        .zip(&o.composite.components)
        .map(|(c, v)| {
            let total: f64 = c.parts.iter().map(|p| p.weight).sum();
            OpinionComponentDto {
                key: c.key.clone(),
                label: c.label.get(lang).to_string(),
                weight: c.weight,
                confirmed: c.confirmed,
                value: v.value,
                parts: c
                    .parts
                    .iter()
                    .map(|p| part_dto(o, p, total, lang))
                    .collect(),
            }
        })
        .collect();
    let texts = disagreement_texts(o, lang);
    OpinionDto {
        agency: o.agency.slug.clone(),
        agency_name: o.agency.name.clone(),
        year: o.year,
        method: m.reference(),
        method_title: m.title.get(lang).to_string(),
        note: m.note.as_ref().map(|n| n.get(lang).to_string()),
        components,
        score: o.composite.score,
        se: o.composite.se.map(round2),
        ci: o.composite.ci.map(|(lo, hi)| [lo, hi]),
        labels: o
            .labels
            .iter()
            .map(|b| OpinionLabelDto {
                key: b.key.clone(),
                label: b.label.get(lang).to_string(),
                confirmed: b.confirmed,
            })
            .collect(),
        clean_label: o
            .clean
            .then(|| m.clean_label.as_ref().map(|t| t.get(lang).to_string()))
            .flatten(),
        followed_up: o.entered.followed_up,
        predicate: o.predicate.as_ref().map(|p| p.code().to_string()),
        missing: o.composite.missing.clone(),
        disagreements: o
            .disagreements
            .iter()
            .zip(texts)
            .map(|(d, text)| DisagreementDto {
                part: d.part.clone(),
                entered: d.entered,
                perception_upper: d.perception_upper,
                predicate_high: d.predicate_high,
                text,
            })
            .collect(),
    }
}
