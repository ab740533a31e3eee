//! An agency's webhooks (its managers and admins only; an assessor gets
//! 403, another agency's manager 404):
//! - `GET /admin/a/{agency}/webhooks`: each with its newest deliveries;
//! - `POST /admin/a/{agency}/webhooks`: adds one (URL, events); its secret
//!   is shown on the answer, once;
//! - `POST …/webhooks/{id}/remove`: removes one, once confirmed;
//! - `POST …/webhooks/{id}/deliveries/{delivery}/retry`: sends one again.

use super::{AdminPost, Signed, page_with};
use crate::dto::admin::FormData;
use crate::error::AppError;
use crate::http::ServerState;
use crate::services::access::{self, Need};
use crate::services::auth::audit_for;
use crate::services::clock::wib_time;
use crate::services::webhooks::{UrlProblem, check_url};
use crate::store::entities::agency;
use crate::store::webhooks::{self, NewWebhook};
use app::domain::answers::{FieldErrors, push_error};
use app::i18n;
use app::pages::admin::webhooks::{DeliveryRow, EVENTS, WebhookRow, WebhooksView, webhooks_page};
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{StatusCode, request::Parts};
use axum::response::Response;
use uuid::Uuid;

/// Deliveries shown per webhook.
const SHOWN: u64 = 20;

/// Webhooks one agency may have: each adds deliveries to every event.
pub const MOST: usize = 10;

/// The routes.
pub fn routes() -> Router<ServerState> {
    use axum::routing::{get, post};
    Router::new()
        .route("/admin/a/{agency}/webhooks", get(list).post(add))
        .route("/admin/a/{agency}/webhooks/{id}/remove", post(remove))
        .route(
            "/admin/a/{agency}/webhooks/{id}/deliveries/{delivery}/retry",
            post(retry),
        )
}

async fn view_of(
    state: &ServerState,
    signed: &Signed,
    a: &agency::Model,
) -> Result<WebhooksView, AppError> {
    let mut rows = Vec::new();
    for w in webhooks::of_agency(&state.db, a.id).await? {
        let deliveries = webhooks::deliveries(&state.db, w.id, SHOWN)
            .await?
            .into_iter()
            .map(|d| DeliveryRow {
                id: d.id.to_string(),
                at: wib_time(d.created_at),
                event: d.event,
                state: d.state,
                attempts: d.attempts,
                answer: match (d.last_code, d.last_error) {
                    (Some(code), _) => format!("HTTP {code}"),
                    (None, Some(e)) => e,
                    (None, None) => String::new(),
                },
            })
            .collect();
        rows.push(WebhookRow {
            id: w.id.to_string(),
            url: w.url,
            events: w.events.split(',').map(str::to_string).collect(),
            deliveries,
            remove_error: false,
        });
    }
    Ok(WebhooksView {
        agency: (a.slug.clone(), a.name.clone()),
        rows,
        csrf: signed.actor.csrf.clone(),
        values: Default::default(),
        errors: FieldErrors::new(),
        secret: None,
    })
}

async fn shown(
    state: &ServerState,
    head: &Parts,
    signed: &Signed,
    view: WebhooksView,
    status: StatusCode,
) -> Response {
    page_with(
        state,
        head,
        signed,
        status,
        view,
        |_| {
            i18n::WEBHOOKS_TITLE
                .get(app::domain::text::Lang::Id)
                .to_string()
        },
        webhooks_page,
    )
    .await
}

/// `GET /admin/a/{agency}/webhooks`.
pub async fn list(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let a = access::agency(&state.db, &signed.actor, &slug, Need::Write).await?;
    let view = view_of(&state, &signed, &a).await?;
    Ok(shown(&state, &head, &signed, view, StatusCode::OK).await)
}

/// The URL and events of the form, or its problems.
async fn read(
    state: &ServerState,
    form: &FormData,
    existing: usize,
) -> Result<(String, Vec<String>), FieldErrors> {
    let url = form.get("url").trim().to_string();
    let events: Vec<String> = EVENTS
        .iter()
        .map(|(k, _)| k.to_string())
        .filter(|k| form.all("events").contains(&k.as_str()))
        .collect();
    let mut errors = FieldErrors::new();
    if existing >= MOST {
        push_error(&mut errors, "url", i18n::WEBHOOK_TOO_MANY.text());
        return Err(errors);
    }
    match check_url(&url, state.operations.webhook_allow_private).await {
        Ok(()) => {}
        Err(UrlProblem::Malformed) => push_error(&mut errors, "url", i18n::WEBHOOK_URL_BAD.text()),
        Err(UrlProblem::Private) => {
            push_error(&mut errors, "url", i18n::WEBHOOK_URL_PRIVATE.text())
        }
    }
    if events.is_empty() {
        push_error(&mut errors, "events", i18n::WEBHOOK_EVENTS_NEEDED.text());
    }
    if errors.is_empty() {
        Ok((url, events))
    } else {
        Err(errors)
    }
}

/// `POST /admin/a/{agency}/webhooks`.
pub async fn add(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let actor = &post.signed.actor;
    let a = access::agency(&state.db, actor, &slug, Need::Write).await?;
    let existing = webhooks::of_agency(&state.db, a.id).await?.len();
    let (url, events) = match read(&state, &post.form, existing).await {
        Ok(v) => v,
        Err(errors) => {
            let mut view = view_of(&state, &post.signed, &a).await?;
            view.errors = errors;
            view.values = (
                post.form.get("url").to_string(),
                post.form.all("events").join("\n"),
            );
            return Ok(shown(
                &state,
                &post.head,
                &post.signed,
                view,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await);
        }
    };
    let secret = crate::secret::TokenKey::generate_secret();
    let new = NewWebhook {
        agency_id: a.id,
        url: &url,
        secret: &secret,
        events: &events,
        created_by: &actor.email,
    };
    let w = webhooks::create(&state.db, new, state.clock.now()).await?;
    audit_for(
        &state.db,
        actor,
        Some(a.id),
        "webhook-add",
        serde_json::json!({ "webhook": w.id, "url": url, "events": events }),
    )
    .await?;
    let mut view = view_of(&state, &post.signed, &a).await?;
    view.secret = Some(secret);
    Ok(shown(&state, &post.head, &post.signed, view, StatusCode::OK).await)
}

/// `POST /admin/a/{agency}/webhooks/{id}/remove`.
pub async fn remove(
    State(state): State<ServerState>,
    Path((slug, id)): Path<(String, Uuid)>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let actor = &post.signed.actor;
    let a = access::agency(&state.db, actor, &slug, Need::Write).await?;
    if post.form.get("confirm") != "yes" {
        let mut view = view_of(&state, &post.signed, &a).await?;
        let Some(row) = view.rows.iter_mut().find(|r| r.id == id.to_string()) else {
            return Err(AppError::NotFound);
        };
        row.remove_error = true;
        return Ok(shown(
            &state,
            &post.head,
            &post.signed,
            view,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await);
    }
    if !webhooks::remove(&state.db, a.id, id).await? {
        return Err(AppError::NotFound);
    }
    audit_for(
        &state.db,
        actor,
        Some(a.id),
        "webhook-remove",
        serde_json::json!({ "webhook": id }),
    )
    .await?;
    Ok(super::flash::saved(
        &state,
        &format!("/admin/a/{slug}/webhooks"),
    ))
}

/// `POST /admin/a/{agency}/webhooks/{id}/deliveries/{delivery}/retry`.
pub async fn retry(
    State(state): State<ServerState>,
    Path((slug, id, delivery)): Path<(String, Uuid, Uuid)>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let actor = &post.signed.actor;
    let a = access::agency(&state.db, actor, &slug, Need::Write).await?;
    let mine: Vec<Uuid> = webhooks::of_agency(&state.db, a.id)
        .await?
        .into_iter()
        .map(|w| w.id)
        .filter(|w| *w == id)
        .collect();
    if !webhooks::retry(&state.db, &mine, delivery, state.clock.now()).await? {
        return Err(AppError::NotFound);
    }
    state.deliveries_queued.notify_one();
    audit_for(
        &state.db,
        actor,
        Some(a.id),
        "webhook-retry",
        serde_json::json!({ "webhook": id, "delivery": delivery }),
    )
    .await?;
    Ok(super::flash::saved(
        &state,
        &format!("/admin/a/{slug}/webhooks"),
    ))
}
