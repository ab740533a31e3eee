//! Storing responses: all answers in one transaction, one response per
//! token whatever the number of retries or concurrent submits; a service
//! code consumed and a device's repeat noted in the same transaction.
//! Responses arriving together share a transaction ([`store_many`], fed
//! by `store::writer`).

use crate::store::entities::{answer, device_seen, response};
use crate::store::{codes, tallies};
use app::domain::answers::CheckedAnswer;
use app::domain::instrument::Instrument;
use app::domain::signals::{DevicePolicy, Flags, Signal};
use app::domain::stats::Tally;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, DatabaseTransaction, DbErr, EntityTrait,
    QueryFilter, QuerySelect, TransactionTrait, TryInsertResult, sea_query::OnConflict,
};
use std::borrow::Borrow;
use std::collections::{HashMap, HashSet};
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
    new: NewResponse,
) -> Result<Stored, StoreError> {
    store_many(db, vec![(instrument, new)])
        .await?
        .pop()
        .expect("one outcome per response")
}

/// Stores several responses in one transaction, each exactly as [`store`]
/// would (its answers, its tally, its service code and device in the same
/// transaction; a used token stores nothing and gives the first response's
/// id; a code taken or a refused repeat device leaves that response out
/// and the others in). One outcome per response, in order; `Err` only when
/// the database failed, and then nothing of the batch was stored.
///
/// This is what makes a busy server fast: one commit (one disk flush) for
/// the batch, one statement for its responses, one for their answers and
/// one tally update per survey, unit and month, instead of all of these
/// for every response.
pub async fn store_many<I: Borrow<Instrument>>(
    db: &DatabaseConnection,
    mut batch: Vec<(I, NewResponse)>,
) -> Result<Vec<Result<Stored, StoreError>>, DbErr> {
    let txn = db.begin().await?;
    // Time-ordered ids: a response and its answers go to the end of their
    // indexes instead of into random pages (a few pages written per
    // commit, not one per response).
    let ids: Vec<Uuid> = batch.iter().map(|_| Uuid::now_v7()).collect();
    // None: the token was used before (resolved after the commit).
    let mut outcome: Vec<Option<Result<Stored, StoreError>>> = Vec::with_capacity(batch.len());
    // Responses that consume a service code or note a device: one at a
    // time, each under its own savepoint, so a refusal undoes only itself.
    let mut plain = Vec::new();
    for (i, (_, new)) in batch.iter_mut().enumerate() {
        if new.code_id.is_none() && new.device.is_none() {
            plain.push(i);
            outcome.push(None);
        } else {
            outcome.push(store_guarded(&txn, ids[i], new).await?);
        }
    }
    // The others in one statement; a used token is skipped by the unique
    // index and its response left out of what the statement returns.
    let mut rows: Vec<response::ActiveModel> = plain
        .iter()
        .map(|&i| response_row(ids[i], &batch[i].1))
        .collect();
    let mut inserted = HashSet::new();
    for chunk in statement_sized(&mut rows) {
        match response::Entity::insert_many(chunk)
            .on_conflict(
                OnConflict::column(response::Column::TokenHash)
                    .do_nothing()
                    .to_owned(),
            )
            .try_insert()
            .exec_with_returning_keys(&txn)
            .await?
        {
            TryInsertResult::Inserted(keys) => inserted.extend(keys),
            TryInsertResult::Conflicted | TryInsertResult::Empty => {}
        }
    }
    for &i in &plain {
        if inserted.contains(&ids[i]) {
            outcome[i] = Some(Ok(Stored {
                id: ids[i],
                created: true,
            }));
        }
    }
    // Answers and tallies of every response stored now.
    let mut sums: HashMap<tallies::Key, (usize, Tally)> = HashMap::new();
    let mut answer_rows = Vec::new();
    for (i, (instrument, new)) in batch.iter_mut().enumerate() {
        if !matches!(outcome[i], Some(Ok(_))) {
            continue;
        }
        let instrument: &Instrument = (*instrument).borrow();
        let key = tallies::Key {
            survey_id: new.survey_id,
            unit_id: new.unit_id,
            month: tallies::month_of(new.submitted_at),
            verified: new.code_id.is_some(),
            suspect: new.flags.suspect(),
        };
        let (_, sum) = sums
            .entry(key)
            .or_insert_with(|| (i, Tally::new(instrument.scored_items().count())));
        sum.add(
            &tallies::scored_row(instrument, &new.answers),
            &tallies::weights(instrument),
            instrument.conversion,
        );
        answer_rows.extend(std::mem::take(&mut new.answers).into_iter().map(|a| {
            answer::ActiveModel {
                response_id: Set(ids[i]),
                item_key: Set(a.key),
                value: Set(a.value),
                score: Set(a.score),
            }
        }));
    }
    for chunk in statement_sized(&mut answer_rows) {
        answer::Entity::insert_many(chunk)
            .exec_without_returning(&txn)
            .await?;
    }
    for (key, (i, sum)) in &sums {
        tallies::add(&txn, key, Borrow::<Instrument>::borrow(&batch[*i].0), sum).await?;
    }
    txn.commit().await?;
    // A used token: the first response's id, all of them in one query
    // (an import sent again is all used tokens).
    let used: Vec<&str> = outcome
        .iter()
        .zip(&batch)
        .filter(|(o, _)| o.is_none())
        .map(|(_, (_, new))| new.token_hash.as_str())
        .collect();
    let first: HashMap<String, Uuid> = if used.is_empty() {
        HashMap::new()
    } else {
        response::Entity::find()
            .select_only()
            .column(response::Column::TokenHash)
            .column(response::Column::Id)
            .filter(response::Column::TokenHash.is_in(used))
            .into_tuple::<(String, Uuid)>()
            .all(db)
            .await?
            .into_iter()
            .collect()
    };
    Ok(outcome
        .into_iter()
        .zip(&batch)
        .map(|(o, (_, new))| {
            o.unwrap_or_else(|| match first.get(&new.token_hash) {
                Some(&id) => Ok(Stored { id, created: false }),
                None => Err(StoreError::Database(DbErr::RecordNotFound(
                    "response of a used token".into(),
                ))),
            })
        })
        .collect())
}

/// Rows per multi-row INSERT. Only these sizes are used, so each
/// connection prepares and keeps a handful of statement shapes instead of
/// one per batch size (a cache of hundreds of large statements is
/// hundreds of megabytes); the largest stays well under every backend's
/// limit on bound parameters.
const STATEMENT_ROWS: [usize; 5] = [256, 64, 16, 4, 1];

/// Takes `rows` apart into chunks of [`STATEMENT_ROWS`] sizes, largest
/// first.
fn statement_sized<T>(rows: &mut Vec<T>) -> Vec<Vec<T>> {
    let mut chunks = Vec::new();
    let mut rest = std::mem::take(rows);
    for size in STATEMENT_ROWS {
        while rest.len() >= size {
            let tail = rest.split_off(size);
            chunks.push(std::mem::replace(&mut rest, tail));
        }
    }
    chunks
}

/// The response row of `new`, under `id`.
fn response_row(id: Uuid, new: &NewResponse) -> response::ActiveModel {
    response::ActiveModel {
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
    }
}

/// Stores one response that consumes a service code or notes its device,
/// under a savepoint of `txn`. `None` when its token was used before.
async fn store_guarded(
    txn: &DatabaseTransaction,
    id: Uuid,
    new: &mut NewResponse,
) -> Result<Option<Result<Stored, StoreError>>, DbErr> {
    let sp = txn.begin().await?;
    let inserted = response::Entity::insert(response_row(id, new))
        .on_conflict(
            OnConflict::column(response::Column::TokenHash)
                .do_nothing()
                .to_owned(),
        )
        .try_insert()
        .exec_without_returning(&sp)
        .await?;
    if !matches!(inserted, TryInsertResult::Inserted(n) if n > 0) {
        sp.rollback().await?;
        return Ok(None);
    }
    if let Some(code_id) = new.code_id
        && !codes::consume(&sp, code_id, id, new.submitted_at).await?
    {
        sp.rollback().await?;
        return Ok(Some(Err(StoreError::CodeTaken)));
    }
    let month = tallies::month_of(new.submitted_at);
    if let Some(device) = &new.device
        && !first_from_device(&sp, new.survey_id, &month, device, new.submitted_at).await?
    {
        if device.policy == DevicePolicy::Reject {
            sp.rollback().await?;
            return Ok(Some(Err(StoreError::RepeatDevice)));
        }
        new.flags.mark(Signal::RepeatDevice, true);
        response::Entity::update_many()
            .col_expr(response::Column::Suspect, true.into())
            .col_expr(response::Column::Flags, new.flags.to_string().into())
            .filter(response::Column::Id.eq(id))
            .exec(&sp)
            .await?;
    }
    sp.commit().await?;
    Ok(Some(Ok(Stored { id, created: true })))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_go_into_statements_of_a_few_sizes_only() {
        for n in [0, 1, 3, 4, 17, 255, 256, 300, 2_816] {
            let mut rows: Vec<usize> = (0..n).collect();
            let chunks = statement_sized(&mut rows);
            let sizes: Vec<usize> = chunks.iter().map(Vec::len).collect();
            assert!(
                sizes.iter().all(|s| STATEMENT_ROWS.contains(s)),
                "{n}: {sizes:?}"
            );
            let again: Vec<usize> = chunks.into_iter().flatten().collect();
            assert_eq!(
                again,
                (0..n).collect::<Vec<_>>(),
                "every row once, in order"
            );
        }
    }
}
