//! Deleting pictures when their time is up: those never attached to
//! answers after a day, and the others `PERSEPSI_PROOF_RETENTION_DAYS`
//! after their survey closed (365 days after they came, for a survey
//! without a closing date). The picture goes first, then its row; each run
//! that deletes something writes one audit entry with the count.

use super::{HELD_FOR, Proofs};
use crate::services::access::{Actor, Role};
use crate::services::state::AppState;
use crate::store::proofs;
use uuid::Uuid;

/// The server itself, as the audit log names it.
fn system() -> Actor {
    Actor {
        user_id: Uuid::nil(),
        email: "system".into(),
        role: Role::Admin,
        agency_id: None,
        province: None,
        csrf: String::new(),
    }
}

/// Deletes every picture whose time is up now: how many.
pub async fn run(state: &AppState, proofs: &Proofs) -> anyhow::Result<usize> {
    let now = state.clock.now();
    let keep = chrono::Duration::days(proofs.retention_days);
    let due = proofs::expired(&state.db, now, HELD_FOR, keep).await?;
    let mut deleted = 0;
    for p in &due {
        if let Err(e) = proofs.forget(&p.object_key).await {
            tracing::warn!(error = %e, "could not delete a proof photo; trying again next run");
            continue;
        }
        proofs::delete(&state.db, p.id).await?;
        deleted += 1;
    }
    if deleted > 0 {
        crate::services::auth::audit(
            &state.db,
            &system(),
            "delete-proof-photos",
            serde_json::json!({ "deleted": deleted, "retention_days": proofs.retention_days }),
        )
        .await?;
    }
    Ok(deleted)
}

/// Runs [`run`] now and every day after.
pub fn spawn(state: AppState, proofs: std::sync::Arc<Proofs>) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(24 * 3600));
        loop {
            tick.tick().await;
            match run(&state, &proofs).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(deleted = n, "deleted proof photos past their time"),
                Err(e) => tracing::warn!(error = %e, "could not delete old proof photos"),
            }
        }
    });
}
