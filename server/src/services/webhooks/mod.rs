//! Webhooks: an agency's other systems told of events, signed, retried.
//!
//! - Events are queued as deliveries in the database, never sent from the
//!   request that caused them: a slow or dead receiver never slows a
//!   citizen's submission, and a restart loses nothing queued.
//! - `responses.stored`, `band.changed` and `period.closed` are found
//!   every `PERSEPSI_WEBHOOK_BATCH_SECONDS` ([`scan`]); `proof.pending` is
//!   queued when a photo arrives ([`emit`]).
//! - Each delivery is a POST of JSON with `X-Persepsi-Event`,
//!   `X-Persepsi-Delivery`, `X-Persepsi-Timestamp` and
//!   `X-Persepsi-Signature: sha256=HMAC(secret, timestamp "." body)`.
//! - A 2xx answer delivers it; anything else is tried again after
//!   `PERSEPSI_WEBHOOK_RETRY_SECONDS`, doubling (at most an hour), for a
//!   day; every attempt's outcome is kept and shown, and a manager can send
//!   any delivery again.
//! - Several servers share the work: a delivery and a batch are claimed
//!   with a conditional update, so each is sent by one server.
//! - Receivers on internal networks and this machine are refused unless
//!   `PERSEPSI_WEBHOOK_ALLOW_PRIVATE` ([`target`]).

mod send;
mod target;

pub use send::{deliver_due, sign};
pub use target::{UrlProblem, check_url};

use crate::services::state::AppState;
use crate::store::webhooks;
use chrono::{DateTime, Utc};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use uuid::Uuid;

/// The body of one delivery.
fn body(id: Uuid, event: &str, agency: &str, at: DateTime<Utc>, data: Value) -> String {
    json!({
        "id": id,
        "event": event,
        "agency": agency,
        "at": at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "data": data,
    })
    .to_string()
}

/// Whether `hook` wants `event`.
fn wants(hook: &crate::store::entities::webhook::Model, event: &str) -> bool {
    hook.events.split(',').any(|e| e == event)
}

/// Queues `event` with `data` for every webhook of `agency_id` that wants
/// it. Called from the request that caused it: a few inserts, no sending.
pub async fn emit(
    state: &AppState,
    agency_id: Uuid,
    agency_slug: &str,
    event: &str,
    data: Value,
) -> anyhow::Result<()> {
    let now = state.clock.now();
    for hook in webhooks::of_agency(&state.db, agency_id).await? {
        if wants(&hook, event) {
            let id = Uuid::now_v7();
            let text = body(id, event, agency_slug, now, data.clone());
            webhooks::enqueue(&state.db, hook.id, id, event, &text, now).await?;
            state.deliveries_queued.notify_one();
        }
    }
    Ok(())
}

/// The band of each unit of an agency now, `survey/unit` → band key.
async fn bands_of(state: &AppState, agency_slug: &str) -> anyhow::Result<BTreeMap<String, String>> {
    let filter = crate::store::levels::Filter {
        agency: Some(agency_slug.to_string()),
        ..Default::default()
    };
    let mut out = BTreeMap::new();
    for a in state.agency_scores(&filter).await? {
        for u in &a.units {
            let dto = app::views::score::ScoreDto::new(
                &u.score,
                &a.instrument,
                &a.bands,
                app::domain::text::Lang::Id,
            );
            if let Some(band) = dto.band {
                out.insert(format!("{}/{}", a.instrument.key, u.unit.slug), band.key);
            }
        }
    }
    Ok(out)
}

/// Finds the periodic events of every webhook since its last batch and
/// queues them; each webhook's batch is claimed by one server.
pub async fn scan(state: &AppState) -> anyhow::Result<usize> {
    let now = state.clock.now();
    // Responses come in with their own time; a few seconds' margin lets
    // those being written now land in the next batch, not in none.
    let upto = now - chrono::Duration::seconds(2);
    let mut queued = 0;
    for hook in webhooks::all(&state.db).await? {
        if hook.seen_until >= upto {
            continue;
        }
        let Some(agency) = crate::store::admin::agency_by_id(&state.db, hook.agency_id).await?
        else {
            continue;
        };
        let mut events: Vec<(&str, Value)> = Vec::new();
        if wants(&hook, "responses.stored") {
            let stored =
                webhooks::stored_between(&state.db, agency.id, hook.seen_until, upto).await?;
            if !stored.is_empty() {
                let total: i64 = stored.iter().map(|(_, n)| n).sum();
                let surveys: BTreeMap<_, _> = stored.into_iter().collect();
                events.push((
                    "responses.stored",
                    json!({ "count": total, "surveys": surveys, "from": hook.seen_until, "to": upto }),
                ));
            }
        }
        if wants(&hook, "period.closed") {
            for (slug, title) in
                webhooks::closed_between(&state.db, agency.id, hook.seen_until, upto).await?
            {
                events.push(("period.closed", json!({ "survey": slug, "title": title })));
            }
        }
        let mut bands_now = hook.bands.clone();
        if wants(&hook, "band.changed") {
            let before: BTreeMap<String, String> =
                serde_json::from_str(&hook.bands).unwrap_or_default();
            let now_bands = bands_of(state, &agency.slug).await?;
            for (unit, band) in &now_bands {
                let was = before.get(unit);
                if was != Some(band) {
                    let (instrument, unit) = unit.split_once('/').unwrap_or(("", unit));
                    events.push((
                        "band.changed",
                        json!({ "instrument": instrument, "unit": unit, "from": was, "to": band }),
                    ));
                }
            }
            bands_now = serde_json::to_string(&now_bands)?;
        }
        // Claimed and queued together: one server announces each batch,
        // and a batch is never half announced.
        let txn = sea_orm::TransactionTrait::begin(&state.db).await?;
        if !webhooks::advance(&txn, hook.id, hook.seen_until, upto, &bands_now).await? {
            continue;
        }
        for (event, data) in events {
            let id = Uuid::now_v7();
            let text = body(id, event, &agency.slug, now, data);
            webhooks::enqueue(&txn, hook.id, id, event, &text, now).await?;
            queued += 1;
        }
        txn.commit().await?;
    }
    if queued > 0 {
        state.deliveries_queued.notify_one();
    }
    Ok(queued)
}

/// How often the sender looks for deliveries other servers queued.
const LOOK_EVERY: std::time::Duration = std::time::Duration::from_secs(30);

/// How long until the next delivery is due (at most [`LOOK_EVERY`]).
async fn until_due(state: &AppState) -> std::time::Duration {
    match webhooks::next_due(&state.db).await {
        Ok(Some(at)) => (at - state.clock.now())
            .to_std()
            .unwrap_or_default()
            .clamp(std::time::Duration::from_millis(100), LOOK_EVERY),
        _ => LOOK_EVERY,
    }
}

/// Runs the periodic events every `batch`, and the deliveries as soon as
/// this server queues one or one is due (looking at least every 30 s for
/// those other servers queued), for as long as the process runs.
pub fn spawn(
    state: AppState,
    batch: std::time::Duration,
    retry: std::time::Duration,
    allow_private: bool,
) {
    let scanner = state.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(batch);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            if let Err(e) = scan(&scanner).await {
                tracing::warn!(error = %e, "could not look for webhook events");
            }
        }
    });
    tokio::spawn(async move {
        let client = send::client();
        let mut failing = std::time::Duration::ZERO;
        loop {
            let wait = match deliver_due(&state, &client, retry, allow_private).await {
                Ok(_) => {
                    failing = std::time::Duration::ZERO;
                    until_due(&state).await
                }
                // The database is away: try again later, less often.
                Err(e) => {
                    tracing::warn!(error = %e, "could not send webhook deliveries");
                    failing =
                        (failing * 2).clamp(std::time::Duration::from_secs(2), LOOK_EVERY * 10);
                    failing
                }
            };
            let _ = tokio::time::timeout(wait, state.deliveries_queued.notified()).await;
        }
    });
}
