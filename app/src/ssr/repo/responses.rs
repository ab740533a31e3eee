//! Storing responses: all answers in one transaction, one response per
//! token whatever the number of retries or concurrent submits.

use crate::domain::answers::CheckedAnswer;
use crate::domain::instrument::Instrument;
use crate::ssr::entities::{answer, response};
use crate::ssr::repo::tallies;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter,
    QuerySelect, TransactionTrait, TryInsertResult, sea_query::OnConflict,
};
use uuid::Uuid;

/// A checked response ready to store.
#[derive(Clone, Debug)]
pub struct NewResponse {
    /// The survey answered.
    pub survey_id: Uuid,
    /// The unit served, when known.
    pub unit_id: Option<Uuid>,
    /// Hash of the form token (unique).
    pub token_hash: String,
    /// `form`, `api` or `demo`.
    pub channel: &'static str,
    /// When it was received.
    pub submitted_at: chrono::DateTime<chrono::Utc>,
    /// The answers.
    pub answers: Vec<CheckedAnswer>,
}

/// The outcome of [`store`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stored {
    /// The response's public id.
    pub id: Uuid,
    /// False when the token had been used: `id` is the first response's.
    pub created: bool,
}

/// Stores a response and its answers atomically, and adds it to its score
/// tally in the same transaction. When the token was used before, nothing
/// is written and the earlier response's id is returned. Returns only after
/// the transaction has committed.
pub async fn store(
    db: &DatabaseConnection,
    instrument: &Instrument,
    new: NewResponse,
) -> Result<Stored, DbErr> {
    let txn = db.begin().await?;
    let id = Uuid::new_v4();
    let inserted = response::Entity::insert(response::ActiveModel {
        id: Set(id),
        survey_id: Set(new.survey_id),
        unit_id: Set(new.unit_id),
        token_hash: Set(new.token_hash.clone()),
        channel: Set(new.channel.to_string()),
        verified: Set(false),
        suspect: Set(false),
        submitted_at: Set(new.submitted_at),
    })
    .on_conflict(
        OnConflict::column(response::Column::TokenHash)
            .do_nothing()
            .to_owned(),
    )
    .try_insert()
    .exec_without_returning(&txn)
    .await?;
    if !matches!(inserted, TryInsertResult::Inserted(n) if n > 0) {
        txn.rollback().await?;
        let first = by_token(db, &new.token_hash)
            .await?
            .ok_or_else(|| DbErr::RecordNotFound("response of a used token".into()))?;
        return Ok(Stored {
            id: first,
            created: false,
        });
    }
    let key = tallies::Key {
        survey_id: new.survey_id,
        unit_id: new.unit_id,
        month: tallies::month_of(new.submitted_at),
        verified: false,
        suspect: false,
    };
    tallies::add(
        &txn,
        &key,
        instrument,
        &tallies::scored_row(instrument, &new.answers),
    )
    .await?;
    if !new.answers.is_empty() {
        answer::Entity::insert_many(new.answers.into_iter().map(|a| answer::ActiveModel {
            response_id: Set(id),
            item_key: Set(a.key),
            value: Set(a.value),
            score: Set(a.score),
        }))
        .exec_without_returning(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(Stored { id, created: true })
}

/// The id of the response stored under a token hash, if any.
pub async fn by_token(db: &DatabaseConnection, token_hash: &str) -> Result<Option<Uuid>, DbErr> {
    response::Entity::find()
        .select_only()
        .column(response::Column::Id)
        .filter(response::Column::TokenHash.eq(token_hash))
        .into_tuple::<Uuid>()
        .one(db)
        .await
}
