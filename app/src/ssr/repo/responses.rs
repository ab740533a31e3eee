//! Storing responses: all answers in one transaction, one response per
//! token whatever the number of retries or concurrent submits; a service
//! code consumed and a device's repeat noted in the same transaction.

use crate::domain::answers::CheckedAnswer;
use crate::domain::instrument::Instrument;
use crate::domain::signals::{DevicePolicy, Flags, Signal};
use crate::ssr::entities::{answer, device_seen, response};
use crate::ssr::repo::{codes, tallies};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, DatabaseTransaction, DbErr, EntityTrait,
    QueryFilter, QuerySelect, TransactionTrait, TryInsertResult, sea_query::OnConflict,
};
use uuid::Uuid;

/// A device to remember for a survey with a device policy.
#[derive(Clone, Debug)]
pub struct DeviceCheck {
    /// The device's keyed hash for the response's month.
    pub hash: String,
    /// What to do when it answered already this month.
    pub policy: DevicePolicy,
}

/// Why [`store`] stored nothing.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database failed.
    #[error(transparent)]
    Database(#[from] DbErr),
    /// The service code was used by another response first.
    #[error("the service code was used already")]
    CodeTaken,
    /// The device answered this survey already this month, and the survey
    /// refuses repeats.
    #[error("this device answered already this month")]
    RepeatDevice,
}

impl From<StoreError> for DbErr {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Database(e) => e,
            other => DbErr::Custom(other.to_string()),
        }
    }
}

/// A checked response ready to store.
#[derive(Clone, Debug, Default)]
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
    /// The service code (its row) that verifies it, if any.
    pub code_id: Option<Uuid>,
    /// Signals it tripped.
    pub flags: Flags,
    /// The device to remember, for surveys with a device policy.
    pub device: Option<DeviceCheck>,
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
    mut new: NewResponse,
) -> Result<Stored, StoreError> {
    let txn = db.begin().await?;
    let id = Uuid::new_v4();
    let month = tallies::month_of(new.submitted_at);
    let inserted = response::Entity::insert(response::ActiveModel {
        id: Set(id),
        survey_id: Set(new.survey_id),
        unit_id: Set(new.unit_id),
        token_hash: Set(new.token_hash.clone()),
        channel: Set(new.channel.to_string()),
        verified: Set(new.code_id.is_some()),
        suspect: Set(new.flags.suspect()),
        flags: Set(new.flags.to_string()),
        answers: Set(answers_json(&new.answers)),
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
    if let Some(code_id) = new.code_id
        && !codes::consume(&txn, code_id, id, new.submitted_at).await?
    {
        txn.rollback().await?;
        return Err(StoreError::CodeTaken);
    }
    if let Some(device) = &new.device
        && !first_from_device(&txn, new.survey_id, &month, device, new.submitted_at).await?
    {
        if device.policy == DevicePolicy::Reject {
            txn.rollback().await?;
            return Err(StoreError::RepeatDevice);
        }
        new.flags.mark(Signal::RepeatDevice, true);
        response::Entity::update_many()
            .col_expr(response::Column::Suspect, true.into())
            .col_expr(response::Column::Flags, new.flags.to_string().into())
            .filter(response::Column::Id.eq(id))
            .exec(&txn)
            .await?;
    }
    let key = tallies::Key {
        survey_id: new.survey_id,
        unit_id: new.unit_id,
        month,
        verified: new.code_id.is_some(),
        suspect: new.flags.suspect(),
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

/// The answers as one JSON object, item key → value.
pub fn answers_json(answers: &[CheckedAnswer]) -> String {
    let map: serde_json::Map<String, serde_json::Value> = answers
        .iter()
        .map(|a| (a.key.clone(), serde_json::Value::String(a.value.clone())))
        .collect();
    serde_json::Value::Object(map).to_string()
}

/// Notes the device for the survey and month; false when it was noted
/// already (a repeat).
async fn first_from_device(
    txn: &DatabaseTransaction,
    survey_id: Uuid,
    month: &str,
    device: &DeviceCheck,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<bool, DbErr> {
    let inserted = device_seen::Entity::insert(device_seen::ActiveModel {
        survey_id: Set(survey_id),
        month: Set(month.to_string()),
        device_hash: Set(device.hash.clone()),
        created_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([
            device_seen::Column::SurveyId,
            device_seen::Column::Month,
            device_seen::Column::DeviceHash,
        ])
        .do_nothing()
        .to_owned(),
    )
    .try_insert()
    .exec_without_returning(txn)
    .await?;
    Ok(matches!(inserted, TryInsertResult::Inserted(n) if n > 0))
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
