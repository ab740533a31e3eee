//! Consultations (*uji publik*): their drafts, the citizens' replies
//! (stored once per form token, with their votes in one transaction) and
//! the agency's answers.

use crate::store::entities::{
    consultation, consultation_component as component, consultation_reply as reply,
    consultation_vote as vote,
};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder, TransactionTrait,
};
use uuid::Uuid;

/// A consultation to create, with the draft of each component asked.
pub struct NewConsultation {
    pub agency_id: Uuid,
    pub slug: String,
    pub title: String,
    pub service: String,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    /// (component key, draft), in the law's order; empty drafts left out.
    pub drafts: Vec<(String, String)>,
    pub created_by: Uuid,
    pub now: DateTime<Utc>,
}

/// Creates a consultation and its components.
pub async fn create(
    db: &DatabaseConnection,
    new: NewConsultation,
) -> Result<consultation::Model, DbErr> {
    let txn = db.begin().await?;
    let id = Uuid::new_v4();
    let made = consultation::ActiveModel {
        id: Set(id),
        agency_id: Set(new.agency_id),
        slug: Set(new.slug),
        title: Set(new.title),
        service: Set(new.service),
        opens_at: Set(new.opens_at),
        closes_at: Set(new.closes_at),
        closed_at: Set(None),
        final_text: Set(None),
        created_by: Set(new.created_by),
        created_at: Set(new.now),
    }
    .insert(&txn)
    .await?;
    for (position, (key, draft)) in new.drafts.into_iter().enumerate() {
        component::ActiveModel {
            consultation_id: Set(id),
            key: Set(key),
            position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
            draft: Set(draft),
            decision: Set(None),
            reason: Set(None),
            final_text: Set(None),
            answered_at: Set(None),
        }
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(made)
}

/// The consultation with this address code.
pub async fn by_slug(
    db: &DatabaseConnection,
    slug: &str,
) -> Result<Option<consultation::Model>, DbErr> {
    consultation::Entity::find()
        .filter(consultation::Column::Slug.eq(slug))
        .one(db)
        .await
}

/// An agency's consultations, the newest first.
pub async fn list(
    db: &DatabaseConnection,
    agency_id: Uuid,
) -> Result<Vec<consultation::Model>, DbErr> {
    consultation::Entity::find()
        .filter(consultation::Column::AgencyId.eq(agency_id))
        .order_by_desc(consultation::Column::CreatedAt)
        .all(db)
        .await
}

/// A consultation's components, in the law's order.
pub async fn components(db: &DatabaseConnection, id: Uuid) -> Result<Vec<component::Model>, DbErr> {
    component::Entity::find()
        .filter(component::Column::ConsultationId.eq(id))
        .order_by_asc(component::Column::Position)
        .all(db)
        .await
}

/// One reply to store.
pub struct NewReply {
    pub consultation_id: Uuid,
    pub token_hash: String,
    pub network: Option<String>,
    pub flags: String,
    pub submitted_at: DateTime<Utc>,
    /// (component key, agrees, comment).
    pub votes: Vec<(String, bool, Option<String>)>,
}

/// Stores a reply with its votes; returns its id and whether it is new.
/// A token used before yields the first reply, never a second.
pub async fn store_reply(db: &DatabaseConnection, new: NewReply) -> Result<(Uuid, bool), DbErr> {
    if let Some(id) = reply_by_token(db, &new.token_hash).await? {
        return Ok((id, false));
    }
    let id = Uuid::new_v4();
    let stored = async {
        let txn = db.begin().await?;
        reply::Entity::insert(reply::ActiveModel {
            id: Set(id),
            consultation_id: Set(new.consultation_id),
            token_hash: Set(new.token_hash.clone()),
            network: Set(new.network),
            flags: Set(new.flags),
            submitted_at: Set(new.submitted_at),
        })
        .exec_without_returning(&txn)
        .await?;
        if !new.votes.is_empty() {
            vote::Entity::insert_many(new.votes.into_iter().map(|(key, agree, comment)| {
                vote::ActiveModel {
                    reply_id: Set(id),
                    key: Set(key),
                    consultation_id: Set(new.consultation_id),
                    agree: Set(agree),
                    comment: Set(comment),
                }
            }))
            .exec_without_returning(&txn)
            .await?;
        }
        txn.commit().await
    }
    .await;
    match stored {
        Ok(()) => Ok((id, true)),
        // Two sends of one token at once: the unique index kept one.
        Err(e) => match reply_by_token(db, &new.token_hash).await? {
            Some(first) => Ok((first, false)),
            None => Err(e),
        },
    }
}

/// The reply stored under this token, if any.
pub async fn reply_by_token(
    db: &DatabaseConnection,
    token_hash: &str,
) -> Result<Option<Uuid>, DbErr> {
    Ok(reply::Entity::find()
        .filter(reply::Column::TokenHash.eq(token_hash))
        .one(db)
        .await?
        .map(|r| r.id))
}

/// A consultation's replies: (id, flags).
pub async fn replies(db: &DatabaseConnection, id: Uuid) -> Result<Vec<(Uuid, String)>, DbErr> {
    Ok(reply::Entity::find()
        .filter(reply::Column::ConsultationId.eq(id))
        .order_by_asc(reply::Column::SubmittedAt)
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r.flags))
        .collect())
}

/// A consultation's votes.
pub async fn votes(db: &DatabaseConnection, id: Uuid) -> Result<Vec<vote::Model>, DbErr> {
    vote::Entity::find()
        .filter(vote::Column::ConsultationId.eq(id))
        .all(db)
        .await
}

/// The agency's answer to one component.
pub struct Answer {
    pub decision: String,
    pub reason: String,
    pub final_text: String,
}

/// Stores the agency's answer to component `key`.
pub async fn answer(
    db: &DatabaseConnection,
    id: Uuid,
    key: &str,
    answer: Answer,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    component::ActiveModel {
        consultation_id: sea_orm::ActiveValue::Unchanged(id),
        key: sea_orm::ActiveValue::Unchanged(key.to_string()),
        decision: Set(Some(answer.decision)),
        reason: Set(Some(answer.reason)),
        final_text: Set(Some(answer.final_text).filter(|t| !t.is_empty())),
        answered_at: Set(Some(now)),
        ..Default::default()
    }
    .update(db)
    .await
    .map(|_| ())
}

/// Sets the final standard's text.
pub async fn set_final(db: &DatabaseConnection, id: Uuid, text: &str) -> Result<(), DbErr> {
    consultation::ActiveModel {
        id: sea_orm::ActiveValue::Unchanged(id),
        final_text: Set(Some(text.to_string()).filter(|t| !t.is_empty())),
        ..Default::default()
    }
    .update(db)
    .await
    .map(|_| ())
}

/// Closes a consultation now.
pub async fn close(db: &DatabaseConnection, id: Uuid, now: DateTime<Utc>) -> Result<(), DbErr> {
    consultation::ActiveModel {
        id: sea_orm::ActiveValue::Unchanged(id),
        closed_at: Set(Some(now)),
        ..Default::default()
    }
    .update(db)
    .await
    .map(|_| ())
}

/// How many replies to a consultation came from `network` since `since`.
pub async fn from_network_since(
    db: &DatabaseConnection,
    id: Uuid,
    network: &str,
    since: DateTime<Utc>,
) -> Result<u64, DbErr> {
    use sea_orm::PaginatorTrait;
    reply::Entity::find()
        .filter(reply::Column::ConsultationId.eq(id))
        .filter(reply::Column::Network.eq(network))
        .filter(reply::Column::SubmittedAt.gte(since))
        .count(db)
        .await
}
