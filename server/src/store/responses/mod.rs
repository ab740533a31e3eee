//! Storing responses: all answers in one transaction, one response per
//! token whatever the number of retries or concurrent submits; a service
//! code consumed and a device's repeat noted in the same transaction.
//! Responses arriving together share a transaction ([`store_many`], fed
//! by `store::writer`).

mod answers;
mod guarded;
mod model;

pub use model::{DeviceCheck, NewResponse, StoreError, Stored, Via, answers_json};

use crate::store::entities::{answer, response};
use crate::store::tallies;
use app::domain::instrument::Instrument;
use guarded::{response_row, store_guarded};

use app::domain::stats::Tally;
use sea_orm::{
    ColumnTrait, DatabaseConnection, DatabaseTransaction, DbErr, EntityTrait, QueryFilter,
    QuerySelect, TransactionTrait, TryInsertResult, sea_query::OnConflict,
};
use std::borrow::Borrow;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

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
    let inserted = insert_plain(&txn, &ids, &batch, &plain).await?;
    for &i in &plain {
        if inserted.contains(&ids[i]) {
            outcome[i] = Some(Ok(Stored {
                id: ids[i],
                created: true,
            }));
        }
    }
    let stored: Vec<bool> = outcome.iter().map(|o| matches!(o, Some(Ok(_)))).collect();
    insert_answers_and_tallies(&txn, &ids, &mut batch, &stored).await?;
    txn.commit().await?;
    let first = first_of_used_tokens(db, &outcome, &batch).await?;
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

/// The `plain` responses of the batch in as few statements as fit; a used
/// token is skipped by the unique index and left out of the ids returned.
async fn insert_plain<I>(
    txn: &DatabaseTransaction,
    ids: &[Uuid],
    batch: &[(I, NewResponse)],
    plain: &[usize],
) -> Result<HashSet<Uuid>, DbErr> {
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
            .exec_with_returning_keys(txn)
            .await?
        {
            TryInsertResult::Inserted(keys) => inserted.extend(keys),
            TryInsertResult::Conflicted | TryInsertResult::Empty => {}
        }
    }
    Ok(inserted)
}

/// The answers of every response `stored` now, and the running tallies they
/// add to (one update per unit, month and kind).
async fn insert_answers_and_tallies<I: Borrow<Instrument>>(
    txn: &DatabaseTransaction,
    ids: &[Uuid],
    batch: &mut [(I, NewResponse)],
    stored: &[bool],
) -> Result<(), DbErr> {
    let mut sums: HashMap<tallies::Key, (usize, Tally)> = HashMap::new();
    let mut answer_rows = Vec::new();
    for (i, (instrument, new)) in batch.iter_mut().enumerate() {
        if !stored[i] {
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
        answer_rows.extend(
            std::mem::take(&mut new.answers)
                .into_iter()
                .map(|a| answer::Model {
                    response_id: ids[i],
                    item_key: a.key,
                    value: a.value,
                    score: a.score,
                }),
        );
    }
    answers::insert(txn, answer_rows).await?;
    for (key, (i, sum)) in &sums {
        tallies::add(txn, key, Borrow::<Instrument>::borrow(&batch[*i].0), sum).await?;
    }
    Ok(())
}

/// For each response whose token was used before, the first response's id,
/// all in one query (an import sent again is all used tokens).
async fn first_of_used_tokens<I>(
    db: &DatabaseConnection,
    outcome: &[Option<Result<Stored, StoreError>>],
    batch: &[(I, NewResponse)],
) -> Result<HashMap<String, Uuid>, DbErr> {
    let used: Vec<&str> = outcome
        .iter()
        .zip(batch)
        .filter(|(o, _)| o.is_none())
        .map(|(_, (_, new))| new.token_hash.as_str())
        .collect();
    if used.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(response::Entity::find()
        .select_only()
        .column(response::Column::TokenHash)
        .column(response::Column::Id)
        .filter(response::Column::TokenHash.is_in(used))
        .into_tuple::<(String, Uuid)>()
        .all(db)
        .await?
        .into_iter()
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
