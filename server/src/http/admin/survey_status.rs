//! A survey's status changes, each asked first on a page of its own:
//! draft → open (which fixes the questionnaire), open → closed (which
//! stops every link and poster), and closed → open again (the same links
//! and posters work again; new answers count in the period they are sent
//! in). Every change is in the audit log.

use super::{AdminPost, Signed, admin_page, page_of, see};
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::extract::query;
use crate::services::access::{self, Need};
use crate::store::admin as repo;
use crate::store::entities::survey;
use app::i18n;
use app::pages::admin::survey::status::{StatusConfirmPage, StatusConfirmView};
use axum::extract::{Path, State};
use axum::http::{StatusCode, request::Parts};
use axum::response::Response;
use leptos::prelude::*;

/// The status a survey in `from` may move to when `to` is asked, and the
/// audit log's name for the step.
fn step(from: &str, to: &str) -> Option<&'static str> {
    match (from, to) {
        ("draft", "open") => Some("survey-open"),
        ("open", "closed") => Some("survey-close"),
        ("closed", "open") => Some("survey-reopen"),
        _ => None,
    }
}

fn confirm_view(
    state: &ServerState,
    signed: &Signed,
    s: &survey::Model,
    to: &str,
) -> StatusConfirmView {
    StatusConfirmView {
        slug: s.slug.clone(),
        title: s.title.clone(),
        from: s.status.clone(),
        to: to.to_string(),
        past_close: s.closes_at.is_some_and(|t| t <= state.clock.now()),
        csrf: signed.actor.csrf.clone(),
    }
}

async fn confirm_page(
    state: &ServerState,
    head: &Parts,
    signed: &Signed,
    view: StatusConfirmView,
) -> Response {
    page_of(
        state,
        head,
        signed,
        view,
        |v| v.title.clone(),
        |v, lang| view! { <StatusConfirmPage view=v lang=lang /> }.into_any(),
    )
    .await
}

/// `GET /admin/s/{slug}/status?to=…`: asks before the change.
pub async fn ask(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let (_, s) = access::survey(&state.db, &signed.actor, &slug, Need::Write).await?;
    let to = query(&head).get("to").cloned().unwrap_or_default();
    if step(&s.status, &to).is_none() {
        return Ok(refused(&state, &head, &signed, &slug).await);
    }
    let view = confirm_view(&state, &signed, &s, &to);
    Ok(confirm_page(&state, &head, &signed, view).await)
}

/// `POST /admin/s/{slug}/status`: makes the change once `confirm` says
/// yes (without it, the question is asked); a step the survey cannot take
/// from its status now is refused (409).
pub async fn change(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let AdminPost { signed, form, head } = post;
    let (agency, s) = access::survey(&state.db, &signed.actor, &slug, Need::Write).await?;
    let to = form.get("to");
    let Some(action) = step(&s.status, to) else {
        return Ok(refused(&state, &head, &signed, &slug).await);
    };
    if form.get("confirm") != "yes" {
        let view = confirm_view(&state, &signed, &s, to);
        return Ok(confirm_page(&state, &head, &signed, view).await);
    }
    // Conditional on the status read above: of two managers confirming at
    // once, one changes it and the other is told it already changed.
    if !repo::set_status(&state.db, s.id, &s.status, to).await? {
        return Ok(refused(&state, &head, &signed, &slug).await);
    }
    state.surveys_changed();
    crate::services::auth::audit(
        &state.db,
        &signed.actor,
        action,
        serde_json::json!({ "survey": slug, "from": s.status, "to": to }),
    )
    .await?;
    tracing::info!(by = %signed.actor.user_id, survey = %slug, to, "survey status changed");
    if to == "closed" {
        let data = serde_json::json!({ "survey": slug, "title": s.title, "closed_early": true });
        crate::services::webhooks::emit(&state, agency.id, &agency.slug, "period.closed", data)
            .await
            .map_err(AppError::internal)?;
    }
    Ok(see(&format!("/admin/s/{slug}")))
}

/// 409: the survey cannot take that step from where it is.
async fn refused(state: &ServerState, head: &Parts, signed: &Signed, slug: &str) -> Response {
    let lang = signed.lang;
    let back = format!("/admin/s/{slug}");
    admin_page(
        state,
        head,
        lang,
        Some(signed.who()),
        i18n::STATUS.get(lang).to_string(),
        StatusCode::CONFLICT,
        move || {
            view! {
                <h1>{i18n::STATUS.get(lang)}</h1>
                <p class="field-error" role="alert">{i18n::STATUS_CHANGE_BAD.get(lang)}</p>
                <p><a class="button secondary" href=back.clone()>{i18n::BACK.get(lang)}</a></p>
            }
            .into_any()
        },
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::step;

    #[test]
    fn a_survey_opens_closes_and_reopens_but_never_returns_to_draft() {
        assert_eq!(step("draft", "open"), Some("survey-open"));
        assert_eq!(step("open", "closed"), Some("survey-close"));
        assert_eq!(step("closed", "open"), Some("survey-reopen"));
        for (from, to) in [
            ("draft", "closed"),
            ("open", "open"),
            ("closed", "draft"),
            ("open", "draft"),
            ("closed", "closed"),
        ] {
            assert_eq!(step(from, to), None, "{from} → {to}");
        }
    }
}
