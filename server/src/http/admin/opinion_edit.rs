//! `GET`/`POST /admin/a/{agency}/opinion/edit?year=&method=`: the
//! assessor's figures of one agency and year. Assessors and admins only:
//! the agency's own manager is refused (403), anyone else finds nothing
//! (404).

use super::opinion::{asked, may_enter};
use super::{AdminPost, Signed, admin_page};
use crate::dto::admin::FormData;
use crate::error::AppError;
use crate::http::ServerState;
use crate::services::access::{self, Need};
use crate::services::opinion::ChosenMethod;
use crate::services::opinion_entry::{self, Edit};
use crate::store::entities::agency;
use app::i18n;
use app::pages::admin::opinion::form::{EntryField, OpinionFormPage, OpinionFormView};
use axum::extract::{Path, RawQuery, State};
use axum::http::{StatusCode, request::Parts};
use axum::response::Response;
use leptos::prelude::*;

/// The agency `slug`, if the account may enter its figures.
async fn writable(
    state: &ServerState,
    signed: &Signed,
    slug: &str,
) -> Result<agency::Model, AppError> {
    let a = access::agency(&state.db, &signed.actor, slug, Need::Read).await?;
    if !may_enter(&signed.actor) {
        return Err(AppError::Forbidden);
    }
    Ok(a)
}

/// The form with `values` (part key → text) and `errors` (part key →
/// message), answered with `status`.
#[allow(clippy::too_many_arguments)]
async fn show_form(
    state: &ServerState,
    head: &Parts,
    signed: &Signed,
    a: &agency::Model,
    method: &ChosenMethod,
    year: i32,
    values: &FormData,
    errors: &[(String, String)],
    status: StatusCode,
) -> Response {
    let lang = signed.lang;
    let m = &method.method;
    let query = format!("?year={year}&method={}", m.reference());
    let fields = m
        .entered_parts()
        .map(|p| {
            let help = m
                .components
                .iter()
                .find(|c| c.parts.iter().any(|q| q.key == p.key))
                .and_then(|c| c.help.as_ref())
                .map(|h| h.get(lang).to_string());
            EntryField {
                key: p.key.clone(),
                label: p.label.get(lang).to_string(),
                help,
                value: values.get(&p.key).to_string(),
                error: errors
                    .iter()
                    .find(|(k, _)| *k == p.key)
                    .map(|(_, e)| e.clone()),
            }
        })
        .collect();
    let view = OpinionFormView {
        title: format!("{}: {}", i18n::OPINION_EDIT.get(lang), a.name),
        intro: i18n::OPINION_EDIT_INTRO.with(
            lang,
            &[
                ("year", year.to_string().into()),
                ("method", m.title.get(lang).to_string().into()),
            ],
        ),
        action: format!("/admin/a/{}/opinion/edit{query}", a.slug),
        fields,
        followed_up: values.get("followed_up").to_string(),
        csrf: signed.actor.csrf.clone(),
        back: format!("/admin/a/{}/opinion{query}", a.slug),
    };
    let title = view.title.clone();
    admin_page(
        state,
        head,
        lang,
        Some(signed.who()),
        title,
        status,
        move || view! { <OpinionFormPage view=view.clone() lang=lang /> }.into_any(),
    )
    .await
}

/// `GET /admin/a/{agency}/opinion/edit`.
pub async fn form(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let a = writable(&state, &signed, &slug).await?;
    let (method, year) = asked(&state, raw.as_deref()).await?;
    let entered = crate::store::opinion::entered(&state.db, a.id, year, method.id).await?;
    let mut pairs: Vec<(String, String)> = entered
        .figures
        .iter()
        .map(|(k, v)| {
            (
                k.clone(),
                app::pages::results_view::decimal(*v, signed.lang),
            )
        })
        .collect();
    let followed = match entered.followed_up {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    };
    pairs.push(("followed_up".into(), followed.into()));
    let values = FormData(pairs);
    let status = StatusCode::OK;
    let page = show_form(
        &state,
        &head,
        &signed,
        &a,
        &method,
        year,
        &values,
        &[],
        status,
    );
    Ok(page.await)
}

/// `POST /admin/a/{agency}/opinion/edit`.
pub async fn save(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let AdminPost { signed, form, head } = post;
    let a = writable(&state, &signed, &slug).await?;
    let (method, year) = asked(&state, head.uri.query()).await?;
    let lang = signed.lang;
    let mut errors = Vec::new();
    let mut figures = Vec::new();
    for p in method.method.entered_parts() {
        let text = form.get(&p.key);
        if text.is_empty() {
            figures.push((p.key.clone(), None));
            continue;
        }
        match opinion_entry::value(text) {
            Some(v) => figures.push((p.key.clone(), Some(v))),
            None => errors.push((
                p.key.clone(),
                i18n::OPINION_VALUE_INVALID.get(lang).to_string(),
            )),
        }
    }
    if !errors.is_empty() {
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        let page = show_form(
            &state, &head, &signed, &a, &method, year, &form, &errors, status,
        );
        return Ok(page.await);
    }
    let followed_up = match form.get("followed_up") {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    };
    let edit = Edit {
        year,
        figures,
        followed_up,
    };
    opinion_entry::save(&state, &signed.actor, &a, &method, &edit).await?;
    let to = format!(
        "/admin/a/{slug}/opinion?year={year}&method={}",
        method.method.reference()
    );
    Ok(super::flash::saved(&state, &to))
}
