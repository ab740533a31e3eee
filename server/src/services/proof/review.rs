//! An assessor's review of proof photos: only assessors (within their
//! province) and admins see them; for anyone else, the rated agency's own
//! manager included, they do not exist (404). Every view of a picture and
//! every decision is written to the audit log.

use super::Proofs;
use crate::error::AppError;
use crate::services::access::{Actor, Need, Role};
use crate::services::state::AppState;
use crate::store::entities::{agency, proof, service_unit, survey};
use crate::store::proofs;
use bytes::Bytes;
use sea_orm::EntityTrait;
use uuid::Uuid;

/// Waiting photos shown at once.
pub const QUEUE_LENGTH: u64 = 200;

/// A photo with what it was sent about.
#[derive(Clone, Debug)]
pub struct Reviewed {
    /// The photo's row.
    pub proof: proof::Model,
    /// Its survey.
    pub survey: survey::Model,
    /// The survey's agency.
    pub agency: agency::Model,
    /// The unit, when known.
    pub unit: Option<service_unit::Model>,
}

/// Whether the account reviews proof photos at all.
pub fn may_review(actor: &Actor) -> bool {
    matches!(actor.role, Role::Assessor | Role::Admin)
}

/// The photo `raw` with its survey, if `actor` may review it; else not
/// found.
pub async fn open(state: &AppState, actor: &Actor, raw: &str) -> Result<Reviewed, AppError> {
    if !may_review(actor) {
        return Err(AppError::NotFound);
    }
    let id = Uuid::parse_str(raw).map_err(|_| AppError::NotFound)?;
    let p = proofs::find(&state.db, id)
        .await?
        .filter(|p| p.response_id.is_some())
        .ok_or(AppError::NotFound)?;
    described(state, actor, p).await?.ok_or(AppError::NotFound)
}

async fn described(
    state: &AppState,
    actor: &Actor,
    p: proof::Model,
) -> Result<Option<Reviewed>, AppError> {
    let Some(s) = survey::Entity::find_by_id(p.survey_id)
        .one(&state.db)
        .await?
    else {
        return Ok(None);
    };
    let Some(a) = agency::Entity::find_by_id(s.agency_id)
        .one(&state.db)
        .await?
    else {
        return Ok(None);
    };
    if !actor.sees(&a) {
        return Ok(None);
    }
    let unit = match p.unit_id {
        Some(u) => service_unit::Entity::find_by_id(u).one(&state.db).await?,
        None => None,
    };
    Ok(Some(Reviewed {
        proof: p,
        survey: s,
        agency: a,
        unit,
    }))
}

/// The photos waiting for review that `actor` may see, oldest first; of
/// the survey `slug` only, when given.
pub async fn queue(
    state: &AppState,
    actor: &Actor,
    slug: Option<&str>,
) -> Result<Vec<Reviewed>, AppError> {
    if !may_review(actor) {
        return Err(AppError::NotFound);
    }
    let only = match slug {
        Some(slug) => Some(vec![
            crate::services::access::survey(&state.db, actor, slug, Need::Read)
                .await?
                .1
                .id,
        ]),
        None => None,
    };
    let mut out = Vec::new();
    for p in proofs::waiting(&state.db, only.as_deref(), QUEUE_LENGTH).await? {
        if let Some(r) = described(state, actor, p).await? {
            out.push(r);
        }
    }
    Ok(out)
}

/// The picture of `r`, its view written to the audit log first.
pub async fn image(
    state: &AppState,
    proofs: &Proofs,
    actor: &Actor,
    r: &Reviewed,
) -> Result<Bytes, AppError> {
    crate::services::auth::audit(
        &state.db,
        actor,
        "view-proof-photo",
        serde_json::json!({ "proof": r.proof.id, "survey": r.survey.slug }),
    )
    .await?;
    proofs.bytes(&r.proof.object_key).await
}

/// Accepts `r` as proof (its response counts as verified) or rejects it
/// for `reason`. Whether it was still waiting.
pub async fn decide(
    state: &AppState,
    actor: &Actor,
    r: &Reviewed,
    accept: bool,
    reason: &str,
) -> Result<bool, AppError> {
    let instrument = state.instrument(r.survey.instrument_id).await?;
    let done = proofs::review(
        &state.db,
        &instrument,
        r.proof.id,
        accept,
        reason,
        actor.user_id,
        state.clock.now(),
    )
    .await?;
    if done {
        crate::services::auth::audit(
            &state.db,
            actor,
            if accept {
                "accept-proof-photo"
            } else {
                "reject-proof-photo"
            },
            serde_json::json!({
                "proof": r.proof.id,
                "survey": r.survey.slug,
                "reason": reason,
            }),
        )
        .await?;
        state.scores_changed();
    }
    Ok(done)
}
