//! The photo a citizen sends with the form, as proof of service: made safe
//! and held until the answers are stored, then attached to them. A photo
//! sent with answers that need mending is held, and its id rides in the
//! form, so it need not be chosen again.

use super::upload::Upload;
use crate::http::ServerState;
use crate::services::proof::picture::Refused;
use crate::store::proofs;
use crate::store::surveys::LoadedSurvey;
use app::domain::text::Text;
use app::i18n;
use uuid::Uuid;

/// What became of the photo of a post.
#[derive(Debug, Default)]
pub(super) struct Photo {
    /// The held picture (sent now, or kept from the previous send).
    pub held: Option<Uuid>,
    /// Why the file sent now was not kept.
    pub error: Option<Text>,
}

/// Takes the photo of a post to `loaded`: the file sent now, else the one
/// held from before. Ignored when the survey does not ask for photos.
pub(super) async fn take(
    state: &ServerState,
    loaded: &LoadedSurvey,
    upload: Option<Upload>,
    held: Option<&str>,
) -> Photo {
    if !loaded.survey.proof_photos {
        return Photo::default();
    }
    let before = match held {
        Some(raw) => state.proofs.held(state, raw, loaded.survey.id).await,
        None => None,
    };
    let refused = match upload {
        None => {
            return Photo {
                held: before,
                error: None,
            };
        }
        Some(Upload::TooLarge) => Refused::TooLarge,
        Some(Upload::File(bytes)) => match state.proofs.process(bytes).await {
            Ok(kept) => {
                return match state.proofs.hold(state, loaded.survey.id, kept).await {
                    Ok(id) => Photo {
                        held: Some(id),
                        error: None,
                    },
                    Err(e) => {
                        tracing::error!(error = %e, "could not keep a proof photo");
                        Photo {
                            held: before,
                            error: Some(i18n::PHOTO_UNREADABLE.text()),
                        }
                    }
                };
            }
            Err(r) => r,
        },
    };
    let message = match refused {
        Refused::NotImage => i18n::PHOTO_NOT_IMAGE,
        Refused::TooLarge => i18n::PHOTO_TOO_LARGE,
        Refused::Unreadable => i18n::PHOTO_UNREADABLE,
    };
    Photo {
        held: before,
        error: Some(message.text()),
    }
}

/// Attaches the held picture to the stored response. The answers are in
/// whatever happens here: a failure is logged, not shown.
pub(super) async fn attach(state: &ServerState, loaded: &LoadedSurvey, held: Uuid, response: Uuid) {
    match proofs::attach(&state.db, held, loaded.survey.id, response).await {
        Ok(true) => {
            let data = serde_json::json!({ "survey": loaded.survey.slug, "proof": held });
            let queued = crate::services::webhooks::emit(
                state,
                loaded.agency.id,
                &loaded.agency.slug,
                "proof.pending",
                data,
            )
            .await;
            if let Err(e) = queued {
                tracing::warn!(error = %e, "could not queue the proof photo's webhook event");
            }
        }
        Ok(false) => {}
        Err(e) => tracing::error!(error = %e, "could not attach a proof photo"),
    }
}
