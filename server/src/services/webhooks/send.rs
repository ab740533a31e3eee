//! Sending what is due: each delivery claimed by one server, signed,
//! posted with a deadline, and its outcome recorded with the next try.

use super::target::check_url;
use crate::services::state::AppState;
use crate::store::entities::{webhook, webhook_delivery};
use crate::store::webhooks::{self, Attempt, DELIVERED, FAILED, PENDING};
use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use sea_orm::EntityTrait;
use sha2::Sha256;
use std::time::Duration;

/// How long a receiver has to answer.
const DEADLINE: Duration = Duration::from_secs(10);

/// How long deliveries are tried.
const FOR_A_DAY: i64 = 24 * 3600;

/// The client deliveries are sent with: no redirects (a receiver cannot
/// bounce them to an internal address), a deadline.
pub(super) fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(DEADLINE)
        .connect_timeout(Duration::from_secs(5))
        .user_agent(concat!("Persepsi-Webhook/", env!("CARGO_PKG_VERSION")))
        .build()
        .expect("a client without settings that can fail")
}

/// `sha256=` and the hex HMAC-SHA256 under `secret` of `timestamp`, a dot
/// and `body`: the `X-Persepsi-Signature` header.
pub fn sign(secret: &str, timestamp: i64, body: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body.as_bytes());
    format!(
        "sha256={}",
        crate::secret::hex(&mac.finalize().into_bytes())
    )
}

/// When a delivery that failed its `attempts`th try is tried next, if at
/// all: after `retry`, doubling, at most an hour apart, for a day.
fn next_try(
    d: &webhook_delivery::Model,
    attempts: i32,
    retry: Duration,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let wait = retry
        .saturating_mul(1u32 << (attempts - 1).clamp(0, 16))
        .min(Duration::from_secs(3600));
    let next = now + chrono::Duration::from_std(wait).ok()?;
    (next < d.created_at + chrono::Duration::seconds(FOR_A_DAY)).then_some(next)
}

/// Posts one delivery: its outcome.
async fn attempt(
    client: &reqwest::Client,
    hook: &webhook::Model,
    d: &webhook_delivery::Model,
    allow_private: bool,
    now: DateTime<Utc>,
) -> (Option<u16>, Option<String>) {
    if !allow_private && check_url(&hook.url, false).await.is_err() {
        return (
            None,
            Some("address refused: internal network or unknown name".into()),
        );
    }
    let timestamp = now.timestamp();
    let sent = client
        .post(&hook.url)
        .header("content-type", "application/json")
        .header("x-persepsi-event", &d.event)
        .header("x-persepsi-delivery", d.id.to_string())
        .header("x-persepsi-timestamp", timestamp.to_string())
        .header(
            "x-persepsi-signature",
            sign(&hook.secret, timestamp, &d.body),
        )
        .body(d.body.clone())
        .send()
        .await;
    match sent {
        Ok(res) => (Some(res.status().as_u16()), None),
        Err(e) if e.is_timeout() => (None, Some("no answer within 10 s".into())),
        Err(e) if e.is_connect() => (None, Some("could not connect".into())),
        Err(e) => (None, Some(e.to_string())),
    }
}

/// Sends every delivery due now that this server claims, a few at a time.
pub async fn deliver_due(
    state: &AppState,
    client: &reqwest::Client,
    retry: Duration,
    allow_private: bool,
) -> anyhow::Result<usize> {
    let now = state.clock.now();
    let mut sending = tokio::task::JoinSet::new();
    for d in webhooks::due(&state.db, now, 32).await? {
        // Held for longer than an attempt can take; recorded before then.
        if !webhooks::claim(&state.db, &d, now + chrono::Duration::seconds(60)).await? {
            continue;
        }
        let (state, client) = (state.clone(), client.clone());
        sending.spawn(async move {
            let hook = webhook::Entity::find_by_id(d.webhook_id)
                .one(&state.db)
                .await?;
            let (code, error) = match &hook {
                Some(hook) => attempt(&client, hook, &d, allow_private, now).await,
                None => (None, Some("the webhook was removed".into())),
            };
            let after = state.clock.now();
            let delivered = code.is_some_and(|c| (200..300).contains(&c));
            let next_at = if delivered || hook.is_none() {
                None
            } else {
                next_try(&d, d.attempts + 1, retry, after)
            };
            let outcome = Attempt {
                code,
                error,
                state: match (delivered, next_at) {
                    (true, _) => DELIVERED,
                    (false, Some(_)) => PENDING,
                    (false, None) => FAILED,
                },
                next_at,
            };
            webhooks::record(&state.db, &d, outcome, after).await?;
            anyhow::Ok(())
        });
    }
    let mut sent = 0;
    while let Some(done) = sending.join_next().await {
        match done {
            Ok(Ok(())) => sent += 1,
            Ok(Err(e)) => tracing::warn!(error = %e, "could not record a webhook delivery"),
            Err(e) => tracing::warn!(error = %e, "a webhook delivery stopped"),
        }
    }
    Ok(sent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_follow_the_documented_recipe() {
        // HMAC-SHA256 under "key" of "1700000000.{}", computed with
        // Python's hmac module.
        let s = sign("key", 1_700_000_000, "{}");
        assert_eq!(
            s,
            "sha256=9d713ed406bb7076d4123f0dc2c39d2df5c654ed4b0cd56b52c8b4c940bd63ae"
        );
        assert_ne!(s, sign("key", 1_700_000_001, "{}"));
        assert_ne!(s, sign("other", 1_700_000_000, "{}"));
    }

    #[test]
    fn retries_double_and_stop_after_a_day() {
        let created = Utc::now();
        let d = webhook_delivery::Model {
            id: uuid::Uuid::nil(),
            webhook_id: uuid::Uuid::nil(),
            event: "x".into(),
            body: "{}".into(),
            state: PENDING.into(),
            attempts: 0,
            next_at: Some(created),
            last_code: None,
            last_error: None,
            created_at: created,
            delivered_at: None,
        };
        let r = Duration::from_secs(30);
        assert_eq!(
            next_try(&d, 1, r, created),
            Some(created + chrono::Duration::seconds(30))
        );
        assert_eq!(
            next_try(&d, 3, r, created),
            Some(created + chrono::Duration::seconds(120))
        );
        assert_eq!(
            next_try(&d, 12, r, created),
            Some(created + chrono::Duration::seconds(3600))
        );
        let late = created + chrono::Duration::hours(23) + chrono::Duration::minutes(30);
        assert_eq!(next_try(&d, 20, r, late), None, "a day is up");
    }
}
