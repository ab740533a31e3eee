//! Deleting pictures when their time is up: those never attached to
//! answers after a day, and the others `PERSEPSI_PROOF_RETENTION_DAYS`
//! after their survey closed (365 days after they came, for a survey
//! without a closing date). The picture goes first, then its row; each run
//! that deletes something writes one audit entry with the count.

use super::{HELD_FOR, Proofs};
use crate::services::access::Actor;
use crate::services::state::AppState;
use crate::store::proofs;

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
            &Actor::system(),
            "delete-proof-photos",
            serde_json::json!({ "deleted": deleted, "retention_days": proofs.retention_days }),
        )
        .await?;
    }
    Ok(deleted)
}
