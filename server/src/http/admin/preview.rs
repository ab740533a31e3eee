//! `GET /admin/s/{slug}/preview`: a survey's form as citizens will see it,
//! drafts too, for the accounts that may see the survey (anyone else gets
//! 404, as the draft's public address gives everyone). `POST` (the
//! preview's own form) stores nothing and says so.
//!
//! Nothing the preview shows can become a response: its form token is not
//! a signed one (the citizen's address refuses it), and the page carries
//! no script that would keep or resend its answers.

use super::Signed;
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::extract::query;
use crate::http::render::{Page, render};
use crate::services::access::{self, Need};
use crate::store::surveys::load_any;
use app::pages::admin::survey::preview::{PreviewPage, PreviewSentPage};
use app::pages::survey::SurveyView;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, request::Parts};
use axum::response::Response;
use leptos::prelude::*;
use std::sync::Arc;

/// The form token a preview carries: no signature, so never accepted.
const NOT_A_TOKEN: &str = "preview";

/// `GET /admin/s/{slug}/preview` (`?u=` picks the unit, as on the public
/// link).
pub async fn form(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    access::survey(&state.db, &signed.actor, &slug, Need::Read).await?;
    let loaded = load_any(&state.db, &state.definitions, &slug).await?;
    let lang = signed.lang;
    let q = query(&head);
    let unit = q.get("u").filter(|u| loaded.unit(u).is_some()).cloned();
    // `?draft=1`: the own questions' draft, before it is published.
    let own = if q.contains_key("draft") {
        let all = crate::store::questions::versions(&state.db, loaded.survey.id).await?;
        let set = crate::store::questions::working(&all).set;
        (!set.questions.is_empty()).then(|| Arc::new(set.form(&loaded.instrument.scale)))
    } else {
        loaded.own.clone()
    };
    let view = Arc::new(SurveyView {
        token: NOT_A_TOKEN.into(),
        photo: loaded
            .survey
            .proof_photos
            .then(app::pages::survey::PhotoField::default),
        own,
        ..crate::http::form_page::survey_view(
            &loaded,
            format!("/admin/s/{slug}/preview"),
            lang,
            unit,
            None,
        )
    });
    let title = format!("{} · {}", loaded.survey.title, loaded.agency.name);
    Ok(shown(
        render(
            &state,
            &head,
            Page {
                status: StatusCode::OK,
                lang,
                title,
                // No islands: the keeper would store the answers on the
                // device and could send them again later.
                interactive: false,
                chrome: true,
                body: move || view! { <PreviewPage view=view.clone() lang=lang /> }.into_any(),
            },
        )
        .await,
    ))
}

/// `POST /admin/s/{slug}/preview`: the preview's answers, which are read
/// by no one and stored nowhere. No anti-forgery token is asked: nothing
/// changes, whoever sends it.
pub async fn sent(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    access::survey(&state.db, &signed.actor, &slug, Need::Read).await?;
    let lang = signed.lang;
    let title = app::i18n::PREVIEW_SENT_TITLE.get(lang).to_string();
    Ok(shown(
        render(
            &state,
            &head,
            Page {
                status: StatusCode::OK,
                lang,
                title,
                interactive: false,
                chrome: true,
                body: move || view! { <PreviewSentPage slug=slug.clone() lang=lang /> }.into_any(),
            },
        )
        .await,
    ))
}

/// A preview page is the account's own: never kept by a shared cache, and
/// its address not passed on to other sites.
fn shown(mut r: Response) -> Response {
    let h = r.headers_mut();
    h.insert(
        "cache-control",
        HeaderValue::from_static("private, no-store"),
    );
    h.insert("referrer-policy", HeaderValue::from_static("same-origin"));
    r
}
