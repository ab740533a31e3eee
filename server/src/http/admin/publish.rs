//! `GET /admin/s/{slug}/publish`: a survey's finished periods and whether
//! each is on the agency's public page; `POST` publishes or withdraws one,
//! after a confirmation, audited. Only a finished period can be published.

use super::{AdminPost, Signed, page_of, see};
use crate::error::AppError;
use crate::http::ServerState;
use crate::services::access::{self, Need};
use crate::services::auth::audit_for;
use crate::services::followup::today;
use crate::store::publications;
use app::domain::period;
use app::pages::admin::publish::{PublishPage, PublishView};
use axum::extract::{Path, State};
use axum::http::request::Parts;
use axum::response::Response;
use leptos::prelude::*;

/// How many years back a period may be published.
const YEARS_BACK: u16 = 2;

fn finished(state: &ServerState) -> Vec<String> {
    period::closed(&today(state)[..7], YEARS_BACK)
}

/// `GET /admin/s/{slug}/publish`.
pub async fn page(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let (a, s) = access::survey(&state.db, &signed.actor, &slug, Need::Read).await?;
    let can_write = signed.actor.check(&a, Need::Write).is_ok();
    let published: Vec<String> = publications::of_surveys(&state.db, &[s.id])
        .await?
        .into_iter()
        .map(|p| p.period)
        .collect();
    let periods = finished(&state)
        .into_iter()
        .map(|p| {
            let on = published.contains(&p);
            (p, on)
        })
        .collect();
    let view = PublishView {
        survey: (s.slug.clone(), s.title.clone()),
        agency: a.slug.clone(),
        periods,
        can_write,
        csrf: signed.actor.csrf.clone(),
    };
    Ok(page_of(
        &state,
        &head,
        &signed,
        view,
        |v| v.survey.1.clone(),
        |v, lang| view! { <PublishPage view=v lang=lang /> }.into_any(),
    )
    .await)
}

/// `POST /admin/s/{slug}/publish`: `period`, `action` (`publish` or
/// `withdraw`) and `confirm`.
pub async fn change(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let AdminPost { signed, form, .. } = post;
    let (a, s) = access::survey(&state.db, &signed.actor, &slug, Need::Write).await?;
    let back = format!("/admin/s/{slug}/publish");
    let p = form.get("period").to_string();
    if form.get("confirm") != "yes" || !finished(&state).contains(&p) {
        return Ok(see(&back));
    }
    let what = match form.get("action") {
        "publish" => {
            publications::publish(&state.db, s.id, &p, signed.actor.user_id).await?;
            "publish-period"
        }
        "withdraw" => {
            publications::withdraw(&state.db, s.id, &p).await?;
            "withdraw-period"
        }
        _ => return Ok(see(&back)),
    };
    let detail = serde_json::json!({ "survey": slug, "period": p });
    audit_for(&state.db, &signed.actor, Some(a.id), what, detail).await?;
    Ok(super::flash::saved(&state, &back))
}
