//! `GET /admin/s/{slug}/comments?unit=&month=&flag=&page=`: what citizens
//! wrote in a survey's free-text questions (all but the proof of a
//! payment), for whoever may read the survey's dashboard; another agency's
//! manager gets 404. Never the network or device a response came from.

use super::audit::{page_href, wib};
use super::{Signed, page_of};
use crate::error::AppError;
use crate::http::ServerState;
use crate::services::access::{self, Need};
use crate::store::comments::{self, Filter};
use app::domain::instrument::ItemKind;
use app::pages::admin::comments::{CommentRow, CommentsPage, CommentsView};
use axum::extract::{Path, State};
use axum::http::request::Parts;
use axum::response::Response;
use chrono::{Datelike, Utc};
use leptos::prelude::*;

/// The free-text item that holds proof of a payment, not an opinion.
const PROOF: &str = "proof";

/// The last two years' months ("YYYY-MM", in WIB), newest first.
fn recent_months() -> Vec<String> {
    let now = Utc::now() + chrono::Duration::hours(7);
    let (mut y, mut m) = (now.year(), now.month());
    (0..24)
        .map(|_| {
            let s = format!("{y:04}-{m:02}");
            if m == 1 {
                (y, m) = (y - 1, 12);
            } else {
                m -= 1;
            }
            s
        })
        .collect()
}

/// `GET /admin/s/{slug}/comments`.
pub async fn page(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    access::survey(&state.db, &signed.actor, &slug, Need::Read).await?;
    let loaded = state.survey(&slug).await?;
    let lang = signed.lang;
    let q = crate::http::extract::query(&head);
    let get = |k: &str| q.get(k).cloned().unwrap_or_default();
    let items: Vec<_> = loaded
        .instrument
        .items
        .iter()
        .filter(|i| i.kind == ItemKind::Text && i.key != PROOF)
        .collect();
    let keys: Vec<String> = items.iter().map(|i| i.key.clone()).collect();
    // A filter that names nothing known is no filter.
    let unit = loaded.unit(&get("unit"));
    let months = recent_months();
    let month = Some(get("month")).filter(|m| months.contains(m));
    let flag = match get("flag").as_str() {
        "flagged" => Some(true),
        "counted" => Some(false),
        _ => None,
    };
    let page: u64 = get("page").parse().unwrap_or(0).min(100_000);
    let filter = Filter {
        unit_id: unit.map(|u| u.id),
        span: month
            .as_deref()
            .and_then(|m| crate::store::scores::span_of(m, m)),
        flagged: flag,
    };
    let (found, more) = comments::page(&state.db, loaded.survey.id, &keys, &filter, page).await?;
    let rows = found
        .into_iter()
        .map(|c| CommentRow {
            when: wib(c.submitted_at),
            unit: c
                .unit_id
                .and_then(|id| loaded.units.iter().find(|u| u.id == id))
                .map(|u| u.name.clone()),
            question: items
                .iter()
                .find(|i| i.key == c.item_key)
                .map(|i| i.short_name().get(lang).to_string())
                .unwrap_or(c.item_key),
            text: c.text,
            flagged: c.flagged,
        })
        .collect();
    let (unit_slug, month, flag) = (
        unit.map(|u| u.slug.clone()).unwrap_or_default(),
        month.unwrap_or_default(),
        match flag {
            Some(true) => "flagged",
            Some(false) => "counted",
            None => "",
        },
    );
    let path = format!("/admin/s/{slug}/comments");
    let filters = [
        ("unit", unit_slug.as_str()),
        ("month", month.as_str()),
        ("flag", flag),
    ];
    let view = CommentsView {
        survey: (loaded.survey.slug.clone(), loaded.survey.title.clone()),
        units: loaded
            .units
            .iter()
            .map(|u| (u.slug.clone(), u.name.clone()))
            .collect(),
        months,
        newer: (page > 0).then(|| page_href(&path, &filters, page - 1)),
        older: more.then(|| page_href(&path, &filters, page + 1)),
        unit: unit_slug.clone(),
        month: month.clone(),
        flag: flag.to_string(),
        rows,
    };
    Ok(page_of(
        &state,
        &head,
        &signed,
        view,
        |v| v.survey.1.clone(),
        |v, lang| view! { <CommentsPage view=v lang=lang /> }.into_any(),
    )
    .await)
}
