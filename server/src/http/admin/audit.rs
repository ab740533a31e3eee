//! `GET /admin/audit?action=&page=`: the audit log an account may read
//! (decided in `services::people`), newest first, fifty to a page.

use super::{Signed, admin_page};
use crate::error::AppError;
use crate::http::ServerState;
use crate::services::people;
use crate::store::audit;
use app::i18n;
use app::pages::admin::audit::{AuditPage, AuditRow, AuditView};
use axum::extract::State;
use axum::http::{StatusCode, request::Parts};
use axum::response::Response;
use leptos::prelude::*;

/// A time as people in Indonesia read it (WIB).
pub(super) fn wib(t: chrono::DateTime<chrono::Utc>) -> String {
    crate::services::clock::wib_time(t)
}

/// The address of page `page` of a list at `path` with `filters`.
pub(super) fn page_href(path: &str, filters: &[(&str, &str)], page: u64) -> String {
    let mut pairs: Vec<(&str, String)> = filters
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| (*k, v.to_string()))
        .collect();
    if page > 0 {
        pairs.push(("page", page.to_string()));
    }
    let q = serde_urlencoded::to_string(&pairs).unwrap_or_default();
    if q.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{q}")
    }
}

/// `GET /admin/audit`.
pub async fn page(
    State(state): State<ServerState>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let lang = signed.lang;
    let q = crate::http::extract::query(&head);
    let page: u64 = q
        .get("page")
        .and_then(|p| p.parse().ok())
        .unwrap_or(0)
        .min(100_000);
    let scope = people::audit_scope(&state.db, &signed.actor).await?;
    let actions = audit::actions(&state.db, &scope).await?;
    // Only an action that is recorded filters; anything else shows all.
    let action = q
        .get("action")
        .filter(|a| actions.contains(a))
        .cloned()
        .unwrap_or_default();
    let chosen = Some(action.as_str()).filter(|a| !a.is_empty());
    let (entries, more) = audit::entries(&state.db, &scope, chosen, page).await?;
    let filters = [("action", action.as_str())];
    let view = AuditView {
        rows: entries
            .into_iter()
            .map(|e| AuditRow {
                at: wib(e.at),
                actor: e.actor,
                action: e.action,
                detail: e.detail,
            })
            .collect(),
        newer: (page > 0).then(|| page_href("/admin/audit", &filters, page - 1)),
        older: more.then(|| page_href("/admin/audit", &filters, page + 1)),
        actions,
        action,
    };
    Ok(admin_page(
        &state,
        &head,
        lang,
        Some(signed.who()),
        i18n::AUDIT_TITLE.get(lang).to_string(),
        StatusCode::OK,
        move || view! { <AuditPage view=view.clone() lang=lang /> }.into_any(),
    )
    .await)
}
