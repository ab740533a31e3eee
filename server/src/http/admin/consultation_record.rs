//! A consultation's printed pieces:
//! - `GET /admin/k/{slug}/record`: its record (*berita acara*) for the
//!   browser's print: the draft, the figures, the comments, the answers;
//! - `GET /admin/k/{slug}/record.pdf`: the same as a PDF to sign;
//! - `GET /admin/k/{slug}/poster`: an A4 poster with its QR code.
//!
//! For whoever may read it; another agency's manager gets 404.

use super::{Signed, page_of, public_base};
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::render::{Page, render};
use crate::services::access::Need;
use crate::services::auth::audit_for;
use crate::services::clock::wib_day;
use crate::services::consultation::{reach, view};
use crate::services::report::pdf::{Meta, blocks};
use app::i18n;
use app::pages::admin::consultation::record_page;
use app::pages::admin::poster::{PosterPage, PosterView, PosterWords};
use app::pages::consultation::ConsultationView;
use app::pages::consultation::record::record;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header, request::Parts};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;

/// A consultation poster's words.
const POSTER_WORDS: PosterWords = PosterWords {
    headline: i18n::UJI_POSTER_HEADLINE,
    steps: [
        i18n::UJI_POSTER_STEP1,
        i18n::UJI_POSTER_STEP2,
        i18n::UJI_POSTER_STEP3,
    ],
    anon: i18n::UJI_POSTER_ANON,
};

/// The record's view and the day it is printed.
type Record = (ConsultationView, String);

/// `GET /admin/k/{slug}/record`.
pub async fn page(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let (a, c) = reach(&state.db, &signed.actor, &slug, Need::Read).await?;
    let now = state.clock.now();
    let v: Record = (view(&state.db, &a, &c, now).await?, wib_day(now));
    Ok(page_of(
        &state,
        &head,
        &signed,
        v,
        |v| {
            format!(
                "{}: {}",
                i18n::UJI_RECORD.get(app::domain::text::Lang::Id),
                v.0.title
            )
        },
        |(v, today), lang| record_page(v, lang, today),
    )
    .await)
}

/// `GET /admin/k/{slug}/record.pdf`.
pub async fn pdf(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
) -> Result<Response, AppError> {
    let (a, c) = reach(&state.db, &signed.actor, &slug, Need::Read).await?;
    let now = state.clock.now();
    let v = view(&state.db, &a, &c, now).await?;
    let detail = serde_json::json!({ "consultation": c.slug });
    audit_for(
        &state.db,
        &signed.actor,
        Some(a.id),
        "consultation-record",
        detail,
    )
    .await?;
    let lang = signed.lang;
    let today = wib_day(now);
    let bytes = tokio::task::spawn_blocking(move || {
        let title = format!("{}: {}", i18n::UJI_RECORD.get(lang), v.title);
        let footer = format!("{} · {} · {}", v.title, v.agency, v.period());
        let meta = Meta {
            title: &title,
            author: &v.agency,
            footer: &footer,
        };
        blocks(record(&v, lang, &today), &meta, lang)
    })
    .await
    .map_err(AppError::internal)?;
    let mut r = bytes.into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/pdf"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(v) = HeaderValue::from_str(&format!(
        "attachment; filename=\"berita-acara-{}.pdf\"",
        c.slug
    )) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(r)
}

/// `GET /admin/k/{slug}/poster`.
pub async fn poster(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let (a, c) = reach(&state.db, &signed.actor, &slug, Need::Read).await?;
    let lang = signed.lang;
    let base = public_base(&state, &head);
    let url = format!("{base}/k/{}", c.slug);
    let host = base.split_once("://").map_or(base.as_str(), |(_, h)| h);
    let view = PosterView {
        agency: a.name.clone(),
        unit: Some(c.service.clone()),
        title: c.title.clone(),
        short: format!("{host}/k/{}", c.slug),
        qr_svg: crate::services::qr::svg(&url).map_err(AppError::internal)?,
        url,
    };
    let title = format!("{} · {}", i18n::POSTER.get(lang), c.title);
    Ok(render(
        &state,
        &head,
        Page {
            status: StatusCode::OK,
            lang,
            title,
            interactive: false,
            chrome: false,
            body: move || {
                view! { <PosterPage view=view.clone() lang=lang words=POSTER_WORDS /> }.into_any()
            },
        },
    )
    .await)
}
