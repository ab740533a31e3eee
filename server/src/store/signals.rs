//! What the flood signals read and change: a network's recent responses,
//! a unit's pace, a survey's usual answers and fill times; flagged batches
//! for review; and moving responses out of the default score (a flag) or
//! back into it (an assessor's restore), their tallies with them, in one
//! transaction.

use crate::store::entities::{answer, response};
use crate::store::tallies::{self, Key, month_of};
use app::domain::answers::CheckedAnswer;
use app::domain::instrument::Instrument;
use app::domain::signals::{Flags, Signal};
use app::domain::stats::Tally;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, TransactionTrait,
};
use std::collections::HashMap;
use uuid::Uuid;

/// One recent response of a network.
#[derive(Clone, Debug)]
pub struct Recent {
    /// The response.
    pub id: Uuid,
    /// Its unit.
    pub unit_id: Option<Uuid>,
    /// When it came.
    pub submitted_at: DateTime<Utc>,
    /// Its answer set's hash.
    pub pattern: Option<String>,
    /// Its signals.
    pub flags: Flags,
}

/// A [`Recent`] as read: id, unit, time, pattern, flags.
type RecentRow = (Uuid, Option<Uuid>, DateTime<Utc>, Option<String>, String);

/// The newest responses (at most `limit`) to `survey_id` from `network`
/// since `since` and not restored, newest first; with `unit`, only those
/// to that unit. Bounded, so a long flood costs each new response a short
/// read, not the whole flood.
pub async fn from_network(
    db: &DatabaseConnection,
    survey_id: Uuid,
    network: &str,
    unit: Option<Option<Uuid>>,
    since: DateTime<Utc>,
    limit: u64,
) -> Result<Vec<Recent>, DbErr> {
    let mut q = response::Entity::find()
        .select_only()
        .columns([
            response::Column::Id,
            response::Column::UnitId,
            response::Column::SubmittedAt,
            response::Column::Pattern,
            response::Column::Flags,
        ])
        .filter(response::Column::SurveyId.eq(survey_id))
        .filter(response::Column::Network.eq(network))
        .filter(response::Column::SubmittedAt.gte(since))
        .filter(response::Column::RestoredAt.is_null());
    q = match unit {
        Some(Some(u)) => q.filter(response::Column::UnitId.eq(u)),
        Some(None) => q.filter(response::Column::UnitId.is_null()),
        None => q,
    };
    let rows: Vec<RecentRow> = q
        .order_by_desc(response::Column::SubmittedAt)
        .limit(limit)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, unit_id, submitted_at, pattern, flags)| Recent {
            id,
            unit_id,
            submitted_at,
            pattern,
            flags: Flags::parse(&flags),
        })
        .collect())
}

/// Responses of `survey_id` (and `unit_id`, when given) counted in the
/// default score since `since`; with `pattern`, only those of that answer
/// set; with `besides`, not those of that network (a stream is not judged
/// by its own responses).
pub async fn trusted_count(
    db: &DatabaseConnection,
    survey_id: Uuid,
    unit_id: Option<Uuid>,
    pattern: Option<&str>,
    besides: Option<&str>,
    since: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let mut q = response::Entity::find()
        .filter(response::Column::SurveyId.eq(survey_id))
        .filter(response::Column::Suspect.eq(false))
        .filter(response::Column::SubmittedAt.gte(since));
    if let Some(n) = besides {
        q = q.filter(
            sea_orm::Condition::any()
                .add(response::Column::Network.ne(n))
                .add(response::Column::Network.is_null()),
        );
    }
    if let Some(unit) = unit_id {
        q = q.filter(response::Column::UnitId.eq(unit));
    }
    if let Some(p) = pattern {
        q = q.filter(response::Column::Pattern.eq(p));
    }
    q.count(db).await
}

/// The fill times (seconds) of the newest `limit` responses of `survey_id`
/// counted in the default score.
pub async fn fill_times(
    db: &DatabaseConnection,
    survey_id: Uuid,
    limit: u64,
) -> Result<Vec<i64>, DbErr> {
    let rows: Vec<Option<i32>> = response::Entity::find()
        .select_only()
        .column(response::Column::FillSecs)
        .filter(response::Column::SurveyId.eq(survey_id))
        .filter(response::Column::Suspect.eq(false))
        .filter(response::Column::FillSecs.is_not_null())
        .order_by_desc(response::Column::SubmittedAt)
        .limit(limit)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().flatten().map(i64::from).collect())
}

/// Adds `signal` to the responses `ids` that lack it; those that were in
/// the default score (not suspect, not restored) leave it. Returns how
/// many left it.
pub async fn flag(
    db: &DatabaseConnection,
    instrument: &Instrument,
    ids: &[Uuid],
    signal: Signal,
) -> Result<usize, DbErr> {
    if ids.is_empty() {
        return Ok(0);
    }
    let txn = db.begin().await?;
    let rows = locked(&txn, ids).await?;
    let mut leaving = Vec::new();
    for row in rows {
        let mut flags = Flags::parse(&row.flags);
        if flags.has(signal) {
            continue;
        }
        flags.mark(signal, true);
        let suspect = row.restored_at.is_none();
        response::Entity::update_many()
            .col_expr(response::Column::Flags, Expr::value(flags.to_string()))
            .col_expr(response::Column::Suspect, Expr::value(suspect))
            .filter(response::Column::Id.eq(row.id))
            .exec(&txn)
            .await?;
        if suspect && !row.suspect {
            leaving.push(row);
        }
    }
    let moved = leaving.len();
    move_tallies(&txn, instrument, &leaving, true).await?;
    txn.commit().await?;
    Ok(moved)
}

/// Restores the flagged responses `ids` into the default score, keeping
/// their flags for the record. Returns how many came back.
pub async fn restore(
    db: &DatabaseConnection,
    instrument: &Instrument,
    ids: &[Uuid],
    at: DateTime<Utc>,
) -> Result<usize, DbErr> {
    if ids.is_empty() {
        return Ok(0);
    }
    let txn = db.begin().await?;
    let returning: Vec<response::Model> = locked(&txn, ids)
        .await?
        .into_iter()
        .filter(|r| r.suspect && r.restored_at.is_none())
        .collect();
    let returning_ids: Vec<Uuid> = returning.iter().map(|r| r.id).collect();
    for chunk in returning_ids.chunks(500) {
        response::Entity::update_many()
            .col_expr(response::Column::Suspect, Expr::value(false))
            .col_expr(response::Column::RestoredAt, Expr::value(at))
            .filter(response::Column::Id.is_in(chunk.to_vec()))
            .exec(&txn)
            .await?;
    }
    move_tallies(&txn, instrument, &returning, false).await?;
    txn.commit().await?;
    Ok(returning.len())
}

async fn locked(txn: &impl ConnectionTrait, ids: &[Uuid]) -> Result<Vec<response::Model>, DbErr> {
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        out.extend(
            response::Entity::find()
                .filter(response::Column::Id.is_in(chunk.to_vec()))
                .order_by_asc(response::Column::Id)
                .lock_exclusive()
                .all(txn)
                .await?,
        );
    }
    Ok(out)
}

/// Moves the answers of `rows` from the tallies they are counted in to the
/// suspect ones (`to_suspect`) or back.
async fn move_tallies(
    txn: &impl ConnectionTrait,
    instrument: &Instrument,
    rows: &[response::Model],
    to_suspect: bool,
) -> Result<(), DbErr> {
    shift_tallies(
        txn,
        instrument,
        rows,
        |row| Key {
            survey_id: row.survey_id,
            unit_id: row.unit_id,
            month: month_of(row.submitted_at),
            verified: row.verified,
            suspect: !to_suspect,
        },
        |from| Key {
            suspect: to_suspect,
            ..from.clone()
        },
    )
    .await
}

/// Moves the answers of `rows` from the tally `from` says each is counted
/// in to the one `to` makes of it (to suspect and back, to verified), in
/// the caller's transaction.
pub async fn shift_tallies(
    txn: &impl ConnectionTrait,
    instrument: &Instrument,
    rows: &[response::Model],
    from: impl Fn(&response::Model) -> Key,
    to: impl Fn(&Key) -> Key,
) -> Result<(), DbErr> {
    if rows.is_empty() {
        return Ok(());
    }
    let mut answers: HashMap<Uuid, Vec<CheckedAnswer>> = HashMap::new();
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    for chunk in ids.chunks(500) {
        for a in answer::Entity::find()
            .filter(answer::Column::ResponseId.is_in(chunk.to_vec()))
            .all(txn)
            .await?
        {
            answers
                .entry(a.response_id)
                .or_default()
                .push(CheckedAnswer {
                    key: a.item_key,
                    value: a.value,
                    score: a.score,
                });
        }
    }
    let k = instrument.scored_items().count();
    let weights = tallies::weights(instrument);
    let mut sums: HashMap<Key, Tally> = HashMap::new();
    for row in rows {
        let key = from(row);
        let given = answers.remove(&row.id).unwrap_or_default();
        sums.entry(key).or_insert_with(|| Tally::new(k)).add(
            &tallies::scored_row(instrument, &given),
            &weights,
            instrument.conversion,
        );
    }
    for (was, sum) in sums {
        tallies::take(txn, &was, instrument, &sum).await?;
        tallies::add(txn, &to(&was), instrument, &sum).await?;
    }
    Ok(())
}
