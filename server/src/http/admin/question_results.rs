//! `GET /admin/s/{slug}/questions/results` (`?v=` a version): what the
//! answers to a survey's own questions show, for everyone who reads the
//! survey; the texts as written only for the agency's own accounts.

use super::{Signed, page_of};
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::extract::query;
use crate::services::access::{self, Need};
use crate::store::questions;
use crate::store::surveys::load_any;
use app::domain::own::figures::figures;
use app::i18n;
use app::pages::admin::question_results::{QuestionResultsPage, QuestionResultsView};
use axum::extract::{Path, State};
use axum::http::request::Parts;
use axum::response::Response;
use leptos::prelude::*;

/// `GET /admin/s/{slug}/questions/results`.
pub async fn page(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    access::survey(&state.db, &signed.actor, &slug, Need::Read).await?;
    let loaded = load_any(&state.db, &state.definitions, &slug).await?;
    let published: Vec<_> = questions::versions(&state.db, loaded.survey.id)
        .await?
        .into_iter()
        .filter(|v| v.published_at.is_some())
        .collect();
    let asked = query(&head).get("v").and_then(|v| v.parse::<i32>().ok());
    let shown = asked
        .and_then(|v| published.iter().find(|p| p.set.version == v))
        .or(published.last());
    let (responses, figs) = match shown {
        Some(v) => {
            let answers = questions::answers(&state.db, loaded.survey.id, v.set.version).await?;
            (answers.len() as u64, figures(&v.set, &answers))
        }
        None => (0, vec![]),
    };
    let view = QuestionResultsView {
        survey: (loaded.survey.slug.clone(), loaded.survey.title.clone()),
        versions: published.iter().map(|v| v.set.version).collect(),
        version: shown.map(|v| v.set.version),
        responses,
        instrument_items: loaded.instrument.items.len(),
        figures: figs,
        // Written answers may name people: the rated agency reads them,
        // assessors see how many there are.
        texts_shown: !signed.actor.assesses(),
    };
    let body = |v, lang| view! { <QuestionResultsPage view=v lang=lang /> }.into_any();
    Ok(page_of(
        &state,
        &head,
        &signed,
        view,
        |v| {
            format!(
                "{} · {}",
                i18n::OWN_RESULTS.get(Default::default()),
                v.survey.1
            )
        },
        body,
    )
    .await)
}
