//! Proof of service by photo: a citizen's picture of the receipt or
//! document, made safe (`picture`), kept in an object store apart from
//! the answers (`objects`), reviewed by an assessor, and deleted when its
//! time is up (`retention`).

pub mod objects;
pub mod picture;
pub mod retention;
pub mod review;

use crate::config::ProofConfig;
use crate::error::AppError;
use crate::services::state::AppState;
use crate::store::proofs::{self, NewProof};
use bytes::Bytes;
use object_store::{ObjectStore, ObjectStoreExt, PutPayload, path::Path};
use picture::{Kept, Refused};
use std::sync::Arc;
use tokio::sync::Semaphore;
use uuid::Uuid;

/// The name of the form's file field.
pub const PHOTO_FIELD: &str = "proof_photo";
/// The name of the form's hidden field carrying a held picture's id.
pub const HELD_FIELD: &str = "proof_held";
/// How long a picture waits for its answers before it is deleted.
pub const HELD_FOR: chrono::Duration = chrono::Duration::days(1);

/// The pictures' store and what bounds the work on them.
pub struct Proofs {
    /// Where the pictures are.
    pub store: Arc<dyn ObjectStore>,
    /// Pictures decoded at once; the others wait, so uploads cannot take
    /// every core.
    decoding: Semaphore,
    /// Largest form post carrying a photo, in bytes.
    pub upload_limit: usize,
    /// Days a picture is kept after its survey closes.
    pub retention_days: i64,
}

impl Proofs {
    /// The store `config` names.
    pub fn from_config(config: &ProofConfig) -> anyhow::Result<Self> {
        Ok(Proofs {
            store: objects::open(config)?,
            decoding: Semaphore::new(2),
            upload_limit: config.upload_limit,
            retention_days: config.retention_days,
        })
    }

    /// `bytes` as a picture to keep, decoded off the async threads, two at
    /// a time.
    pub async fn process(&self, bytes: Bytes) -> Result<Kept, Refused> {
        let Ok(_permit) = self.decoding.acquire().await else {
            return Err(Refused::Unreadable);
        };
        tokio::task::spawn_blocking(move || picture::process(&bytes))
            .await
            .unwrap_or(Err(Refused::Unreadable))
    }

    /// Keeps `kept` for `survey_id`, waiting for its answers: its id, to
    /// ride in the form.
    pub async fn hold(
        &self,
        state: &AppState,
        survey_id: Uuid,
        kept: Kept,
    ) -> Result<Uuid, AppError> {
        let id = Uuid::new_v4();
        let key = format!("proofs/{survey_id}/{id}.jpg");
        let bytes = kept.jpeg.len();
        self.store
            .put(&Path::from(key.as_str()), PutPayload::from(kept.jpeg))
            .await
            .map_err(|e| AppError::internal(format!("could not keep a proof photo: {e}")))?;
        let row = NewProof {
            id,
            survey_id,
            object_key: key,
            bytes,
            width: kept.width,
            height: kept.height,
            at: state.clock.now(),
        };
        proofs::hold(&state.db, &row).await?;
        Ok(id)
    }

    /// The held picture `raw` of `survey_id`, if it is one still waiting.
    pub async fn held(&self, state: &AppState, raw: &str, survey_id: Uuid) -> Option<Uuid> {
        let id = Uuid::parse_str(raw.trim()).ok()?;
        let since = state.clock.now() - HELD_FOR;
        proofs::is_held(&state.db, id, survey_id, since)
            .await
            .ok()
            .filter(|held| *held)
            .map(|_| id)
    }

    /// The JPEG of a picture.
    pub async fn bytes(&self, key: &str) -> Result<Bytes, AppError> {
        let got = self
            .store
            .get(&Path::from(key))
            .await
            .map_err(|e| match e {
                object_store::Error::NotFound { .. } => AppError::NotFound,
                e => AppError::internal(format!("could not read a proof photo: {e}")),
            })?;
        got.bytes()
            .await
            .map_err(|e| AppError::internal(format!("could not read a proof photo: {e}")))
    }

    /// Deletes a picture's bytes (gone already is fine).
    pub async fn forget(&self, key: &str) -> Result<(), object_store::Error> {
        match self.store.delete(&Path::from(key)).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(e),
        }
    }
}
