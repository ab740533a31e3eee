//! What is kept only for a while, deleted once a day by the server itself
//! and written in the audit log: the citizens' free text (comments,
//! suggestions, receipt numbers, the agency's own text questions)
//! `PERSEPSI_COMMENT_RETENTION_DAYS` after the survey closed (after the
//! response came, for a survey without a closing date), and proof photos
//! ([`crate::services::proof::retention`]). The answers that count, the
//! scores and their tallies stay as they were.

use crate::services::access::Actor;
use crate::services::proof::Proofs;
use crate::services::state::AppState;
use crate::store::entities::survey;
use crate::store::{comments, questions};
use app::domain::instrument::ItemKind;
use app::domain::own::OwnKind;
use chrono::{DateTime, Utc};
use sea_orm::EntityTrait;
use std::sync::Arc;

/// The keys of a survey whose answers are free text: the instrument's
/// text items and every version's own text questions.
async fn text_keys(state: &AppState, s: &survey::Model) -> anyhow::Result<Vec<String>> {
    let instrument = state.instrument(s.instrument_id).await?;
    let mut keys: Vec<String> = instrument
        .items
        .iter()
        .filter(|i| i.kind == ItemKind::Text)
        .map(|i| i.key.clone())
        .collect();
    for v in questions::versions(&state.db, s.id).await? {
        for q in v.set.questions {
            if q.kind == OwnKind::Text && !keys.contains(&q.key) {
                keys.push(q.key);
            }
        }
    }
    Ok(keys)
}

/// From when a survey's free text may go: all of it once the survey
/// closed `keep` ago (`Some(None)`), or what came before `now - keep` for
/// a survey without a closing date; nothing yet (`None`).
fn due(
    s: &survey::Model,
    now: DateTime<Utc>,
    keep: chrono::Duration,
) -> Option<Option<DateTime<Utc>>> {
    match s.closes_at {
        Some(closed) if closed + keep <= now => Some(None),
        Some(_) => None,
        None => Some(Some(now - keep)),
    }
}

/// Deletes the free text whose time is up now; how many answers.
pub async fn comments(state: &AppState, keep_days: i64) -> anyhow::Result<u64> {
    let now = state.clock.now();
    let keep = chrono::Duration::days(keep_days);
    let mut deleted = 0;
    let mut surveys = Vec::new();
    for s in survey::Entity::find().all(&state.db).await? {
        let Some(before) = due(&s, now, keep) else {
            continue;
        };
        let keys = text_keys(state, &s).await?;
        let n = comments::forget(&state.db, s.id, &keys, before).await?;
        if n > 0 {
            deleted += n;
            surveys.push(s.slug);
        }
    }
    if deleted > 0 {
        crate::services::auth::audit(
            &state.db,
            &Actor::system(),
            "delete-comments",
            serde_json::json!({ "deleted": deleted, "surveys": surveys, "retention_days": keep_days }),
        )
        .await?;
    }
    Ok(deleted)
}

/// Runs both now and every day after.
pub fn spawn(state: AppState, proofs: Arc<Proofs>, comment_days: i64) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(24 * 3600));
        loop {
            tick.tick().await;
            match crate::services::proof::retention::run(&state, &proofs).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(deleted = n, "deleted proof photos past their time"),
                Err(e) => tracing::warn!(error = %e, "could not delete old proof photos"),
            }
            match comments(&state, comment_days).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(deleted = n, "deleted comments past their time"),
                Err(e) => tracing::warn!(error = %e, "could not delete old comments"),
            }
        }
    });
}
