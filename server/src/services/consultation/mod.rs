//! Public consultation (*uji publik*) of a service standard: who may see
//! and change one, whether it is open, and what its pages show. Creating
//! and answering are in `manage`, the citizen's reply in `reply`.

pub mod manage;
pub mod reply;

use crate::error::AppError;
use crate::services::access::{Actor, Need};
use crate::services::clock::wib_day;
use crate::store::consultations;
use crate::store::entities::{agency, consultation, consultation_component};
use app::domain::consultation::Decision;
use app::domain::signals::Flags;
use app::domain::stats::Share;
use app::pages::consultation::{ComponentView, ConsultationView};
use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, EntityTrait};
use std::collections::{BTreeMap, HashSet};

/// The consultation with this address code (404 when there is none).
pub async fn load(db: &DatabaseConnection, slug: &str) -> Result<consultation::Model, AppError> {
    consultations::by_slug(db, slug)
        .await?
        .ok_or(AppError::NotFound)
}

/// The consultation `slug` and its agency, if the actor may `need` it:
/// another agency's manager finds nothing, an assessor reads only.
pub async fn reach(
    db: &DatabaseConnection,
    actor: &Actor,
    slug: &str,
    need: Need,
) -> Result<(agency::Model, consultation::Model), AppError> {
    let c = load(db, slug).await?;
    let a = agency::Entity::find_by_id(c.agency_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    actor.check(&a, need)?;
    Ok((a, c))
}

/// Whether it takes replies at `now`.
pub fn is_open(c: &consultation::Model, now: DateTime<Utc>) -> bool {
    c.closed_at.is_none() && c.opens_at <= now && now < c.closes_at
}

/// Whether it is over: closed by its manager, or past its closing date.
pub fn is_closed(c: &consultation::Model, now: DateTime<Utc>) -> bool {
    c.closed_at.is_some() || now >= c.closes_at
}

/// Whether every component asked has the agency's answer, and the final
/// text is written.
pub fn is_answered(c: &consultation::Model, parts: &[consultation_component::Model]) -> bool {
    c.final_text.as_deref().is_some_and(|t| !t.is_empty())
        && parts.iter().all(|p| p.decision.is_some())
}

/// The closing date as people read it: the last day replies are taken.
pub fn last_day(c: &consultation::Model) -> String {
    wib_day(c.closes_at - chrono::Duration::seconds(1))
}

/// Where it stands, in words.
pub fn state_word(
    c: &consultation::Model,
    parts: &[consultation_component::Model],
    now: DateTime<Utc>,
) -> app::i18n::Tr {
    use app::i18n;
    if is_closed(c, now) {
        if is_answered(c, parts) {
            i18n::UJI_STATE_ANSWERED
        } else {
            i18n::UJI_STATE_CLOSED
        }
    } else if now < c.opens_at {
        i18n::UJI_STATE_DRAFT
    } else {
        i18n::UJI_STATE_OPEN
    }
}

/// What the pages show of `c`: per component, agreement among the
/// replies that tripped no bot signal (with its 95 % interval), their
/// comments, and the agency's answer.
pub async fn view(
    db: &DatabaseConnection,
    a: &agency::Model,
    c: &consultation::Model,
    now: DateTime<Utc>,
) -> Result<ConsultationView, AppError> {
    let parts = consultations::components(db, c.id).await?;
    let replies = consultations::replies(db, c.id).await?;
    let set_aside: HashSet<uuid::Uuid> = replies
        .iter()
        .filter(|(_, flags)| Flags::parse(flags).suspect())
        .map(|(id, _)| *id)
        .collect();
    let order: BTreeMap<uuid::Uuid, usize> = replies
        .iter()
        .enumerate()
        .map(|(i, (id, _))| (*id, i))
        .collect();
    let mut votes = consultations::votes(db, c.id).await?;
    votes.retain(|v| !set_aside.contains(&v.reply_id));
    votes.sort_by_key(|v| order.get(&v.reply_id).copied().unwrap_or(usize::MAX));
    let components = parts
        .iter()
        .map(|p| {
            let mine = votes.iter().filter(|v| v.key == p.key);
            let (mut agree, mut n, mut comments) = (0u64, 0u64, Vec::new());
            for v in mine {
                n += 1;
                agree += u64::from(v.agree);
                if let Some(text) = v.comment.as_ref().filter(|t| !t.is_empty()) {
                    comments.push((v.agree, text.clone()));
                }
            }
            ComponentView {
                key: p.key.clone(),
                draft: p.draft.clone(),
                share: Share::of(agree, n),
                comments,
                decision: p.decision.as_deref().and_then(Decision::parse),
                reason: p.reason.clone().unwrap_or_default(),
                final_text: p.final_text.clone().unwrap_or_default(),
            }
        })
        .collect();
    Ok(ConsultationView {
        slug: c.slug.clone(),
        title: c.title.clone(),
        service: c.service.clone(),
        agency: a.name.clone(),
        opens: wib_day(c.opens_at),
        closes: last_day(c),
        open: is_open(c, now),
        closed: is_closed(c, now),
        answered: is_answered(c, &parts),
        replies: (replies.len() - set_aside.len()) as u64,
        set_aside: set_aside.len() as u64,
        final_text: c.final_text.clone().unwrap_or_default(),
        components,
    })
}
