//! `GET /s/{slug}/results`: the public score, as anyone reads it. What it
//! shows is gathered by `services::public_results`, the same figures the
//! open-data file (`open_data.rs`) holds.

use super::extract::query;
use super::render::{Page, render};
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::client::lang;
use crate::services::public_results::{Gathered, gather};
use crate::store::surveys::LoadedSurvey;
use crate::store::tallies::Scope;
use app::domain::text::Lang;
use app::i18n;
use app::pages::results::{ResultsPage, ResultsView, UnitLine};
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{Request, StatusCode, request::Parts};
use axum::response::Response;
use chrono::{DateTime, Duration, Utc};
use leptos::prelude::*;
use std::sync::Arc;

/// What a results request asks for: the language, a period (`?period=`,
/// e.g. `2026-Q3`) and a unit (`?u=`). Values that mean nothing are
/// ignored, as a reader's typo should still show the results.
pub struct Asked {
    /// The language.
    pub lang: Lang,
    /// A period, when it is one.
    pub period: Option<String>,
    /// The scope: the period's months and the unit.
    pub scope: Scope,
    /// The unit, when it is one of the survey's: (slug, name).
    pub unit: Option<(String, String)>,
}

/// Reads what `parts` asks of `loaded`.
pub fn asked(parts: &Parts, loaded: &LoadedSurvey) -> Asked {
    let q = query(parts);
    let lang = lang(q.get("lang").map(String::as_str), &parts.headers);
    let period = q
        .get("period")
        .filter(|p| app::domain::period::months(p).is_some())
        .cloned();
    let unit = q.get("u").and_then(|u| loaded.unit(u));
    Asked {
        lang,
        scope: Scope {
            months: period.as_deref().and_then(app::domain::period::months),
            unit_id: unit.map(|u| u.id),
            verified_only: false,
        },
        unit: unit.map(|u| (u.slug.clone(), u.name.clone())),
        period,
    }
}

/// A day as Western Indonesian Time (UTC+7) reads it.
fn day(t: DateTime<Utc>) -> String {
    crate::services::clock::wib_day(t)
}

/// The page's view model.
pub fn view_of(loaded: &LoadedSurvey, asked: Asked, g: Gathered) -> ResultsView {
    let score = g.scored.now;
    let forms = app::domain::method::forms::forms(
        loaded.method.as_deref(),
        &loaded.instrument,
        score.estimate.n,
        &score.prevalence,
    );
    let units = g
        .units
        .into_iter()
        .map(|u| UnitLine {
            predicate: app::domain::method::forms::forms(
                loaded.method.as_deref(),
                &loaded.instrument,
                u.score.estimate.n,
                &u.score.prevalence,
            )
            .and_then(|f| f.predicate_text(asked.lang)),
            slug: u.unit.slug,
            name: u.unit.name,
            estimate: u.score.estimate,
            required: u.score.required,
        })
        .collect();
    ResultsView {
        units,
        unit: asked.unit,
        period: asked.period,
        span: g.span.map(|(a, b)| (day(a), day(b))),
        updated: g.span.map(|(_, b)| {
            (b + Duration::hours(7))
                .format("%Y-%m-%d %H:%M")
                .to_string()
        }),
        trend: g.scored.previous.map(|(p, before)| (p, before.estimate)),
        quarters: g.quarters,
        best: g.best.into_iter().collect(),
        slug: loaded.survey.slug.clone(),
        title: loaded.survey.title.clone(),
        agency: loaded.agency.name.clone(),
        instrument: loaded.instrument.clone(),
        bands: loaded.bands.clone(),
        estimate: score.estimate,
        required: score.required,
        population: score.population,
        suspect: score.suspect,
        suspect_why: score.suspect_why,
        lang: asked.lang,
        method: loaded.method.clone(),
        forms,
    }
}

/// The handler.
pub async fn results(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    req: Request<Body>,
) -> Result<Response, AppError> {
    let (parts, _) = req.into_parts();
    let loaded = state.survey(&slug).await?;
    let asked = asked(&parts, &loaded);
    let lang = asked.lang;
    let g = gather(&state, &loaded, &asked.scope, asked.period.as_deref()).await?;
    let view = Arc::new(view_of(&loaded, asked, g));
    let title = format!(
        "{} · {}",
        i18n::RESULTS_TITLE.get(lang),
        loaded.survey.title
    );
    Ok(render(
        &state,
        &parts,
        Page {
            status: StatusCode::OK,
            lang,
            title,
            interactive: false,
            chrome: true,
            body: move || {
                app::shell::describe(i18n::DESCRIBE_RESULTS.with(
                    view.lang,
                    &[
                        ("survey", view.title.clone().into()),
                        ("agency", view.agency.clone().into()),
                    ],
                ));
                view! { <ResultsPage view=view.clone() /> }.into_any()
            },
        },
    )
    .await)
}
