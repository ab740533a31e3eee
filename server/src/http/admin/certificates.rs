//! `GET /admin/a/{agency}/certificates`: an agency's report cards, and for
//! assessors and admins a form to issue one for a finished year; `POST`
//! issues it (confirmed, audited) and shows it at `/v/{code}`. The
//! agency's own manager sees the list but cannot issue.

use super::{AdminPost, Signed, see};
use crate::error::AppError;
use crate::http::ServerState;
use crate::services::access::{self, Need, Role};
use crate::services::auth::audit_for;
use crate::services::certificate::card;
use crate::services::followup::today;
use crate::store::certificates;
use app::domain::period;
use app::i18n;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::Response;
use leptos::prelude::*;

/// Finished years that may be certified, newest first.
fn years(state: &ServerState) -> Vec<String> {
    period::closed(&today(state)[..7], 3)
        .into_iter()
        .filter(|p| p.len() == 4)
        .collect()
}

fn may_issue(signed: &Signed) -> bool {
    matches!(signed.actor.role, Role::Assessor | Role::Admin)
}

/// `GET /admin/a/{agency}/certificates`.
pub async fn page(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let a = access::agency(&state.db, &signed.actor, &slug, Need::Read).await?;
    let lang = signed.lang;
    let issued: Vec<(String, String, String)> = certificates::of_agency(&state.db, a.id)
        .await?
        .into_iter()
        .map(|c| (c.year, crate::services::clock::wib_day(c.issued_at), c.code))
        .collect();
    let form = may_issue(&signed).then(|| {
        let options = years(&state)
            .into_iter()
            .map(|y| view! { <option value=y.clone()>{y.clone()}</option> })
            .collect_view();
        let csrf = signed.actor.csrf.clone();
        view! {
            <form method="post" action=format!("/admin/a/{slug}/certificates") class="admin-form">
                <input type="hidden" name="csrf" value=csrf />
                <div class="item">
                    <label for="in-year">{i18n::CERT_YEAR.get(lang)}</label>
                    <select id="in-year" name="year">{options}</select>
                </div>
                <label class="confirm">
                    <input type="checkbox" name="confirm" value="yes" required=true />
                    {i18n::CERT_CONFIRM.get(lang)}
                </label>
                <p class="actions"><button type="submit" class="button">{i18n::CERT_ISSUE.get(lang)}</button></p>
            </form>
        }
    });
    let rows = issued
        .iter()
        .map(|(y, d, c)| {
            view! { <li><a href=format!("/v/{c}")>{y.clone()}" · "{i18n::CERT_ISSUED.get(lang)}" "{d.clone()}" · "{c.clone()}</a></li> }
        })
        .collect_view();
    let none = issued
        .is_empty()
        .then(|| view! { <p>{i18n::CERT_NONE.get(lang)}</p> });
    let name = a.name.clone();
    let body = move || {
        view! {
            <p class="agency"><a href=format!("/admin/a/{}", a.slug)>{name.clone()}</a></p>
            <h1>{i18n::CERT_LIST.get(lang)}</h1>
            <p class="lead">{i18n::CERT_INTRO.get(lang)}</p>
            <ul>{rows.clone()}</ul>
            {none.clone()}
            {form.clone()}
        }
        .into_any()
    };
    Ok(super::page::admin_page(
        &state,
        &head,
        lang,
        Some(signed.who()),
        i18n::CERT_LIST.get(lang).to_string(),
        StatusCode::OK,
        body,
    )
    .await)
}

/// `POST /admin/a/{agency}/certificates`: `year` and `confirm`.
pub async fn issue(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let AdminPost { signed, form, .. } = post;
    let a = access::agency(&state.db, &signed.actor, &slug, Need::Read).await?;
    if !may_issue(&signed) {
        return Err(AppError::Forbidden);
    }
    let year = form.get("year").to_string();
    let back = format!("/admin/a/{slug}/certificates");
    if form.get("confirm") != "yes" || !years(&state).contains(&year) {
        return Ok(see(&back));
    }
    let body =
        serde_json::to_string(&card(&state, &a, &year).await?).map_err(AppError::internal)?;
    let code = certificates::issue(&state.db, a.id, &year, &signed.actor.email, body).await?;
    let detail = serde_json::json!({ "agency": slug, "year": year, "code": code });
    audit_for(
        &state.db,
        &signed.actor,
        Some(a.id),
        "issue-certificate",
        detail,
    )
    .await?;
    Ok(see(&format!("/v/{code}")))
}
