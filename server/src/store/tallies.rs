//! Keeping the running sums behind scores (`domain::stats::Tally`). A
//! response is added to its tally in the transaction that stores it, so a
//! score never counts an answer that was not committed, nor misses one.

use crate::store::entities::tally;
use app::domain::answers::CheckedAnswer;
use app::domain::instrument::Instrument;
use app::domain::stats::Tally;
use chrono::{DateTime, Utc};
use futures_util::TryStreamExt;
use rand::Rng;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QuerySelect, sea_query::OnConflict,
};
use std::collections::HashMap;
use uuid::Uuid;

/// Rows each key is spread over, so concurrent submitters rarely wait.
pub const SHARDS: i16 = 4;

/// Months are counted in Western Indonesian Time (UTC+7).
pub fn month_of(t: DateTime<Utc>) -> String {
    (t + chrono::Duration::hours(7)).format("%Y-%m").to_string()
}

/// What a tally row is kept for.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Key {
    /// The survey.
    pub survey_id: Uuid,
    /// The unit, if any.
    pub unit_id: Option<Uuid>,
    /// "YYYY-MM".
    pub month: String,
    /// Response carried a service-verified code.
    pub verified: bool,
    /// Response was flagged by the abuse signals.
    pub suspect: bool,
}

/// The primary key of a tally row.
const KEY_COLUMNS: [tally::Column; 6] = [
    tally::Column::SurveyId,
    tally::Column::UnitKey,
    tally::Column::Month,
    tally::Column::Verified,
    tally::Column::Suspect,
    tally::Column::Shard,
];

/// The row of `key` and `shard` holding `t`.
fn row(key: &Key, shard: i16, t: &Tally) -> tally::ActiveModel {
    tally::ActiveModel {
        survey_id: Set(key.survey_id),
        unit_key: Set(unit_key(key.unit_id)),
        month: Set(key.month.clone()),
        verified: Set(key.verified),
        suspect: Set(key.suspect),
        shard: Set(shard),
        data: Set(t.encode()),
    }
}

fn unit_key(unit: Option<Uuid>) -> String {
    unit.map(|u| u.to_string()).unwrap_or_default()
}

/// A respondent's scored answer to each scored item (None: skipped or not
/// applicable), in instrument order.
pub fn scored_row(instrument: &Instrument, answers: &[CheckedAnswer]) -> Vec<Option<i16>> {
    instrument
        .scored_items()
        .map(|item| {
            answers
                .iter()
                .find(|a| a.key == item.key)
                .and_then(|a| a.score)
        })
        .collect()
}

pub(crate) fn weights(instrument: &Instrument) -> Vec<f64> {
    instrument.scored_items().map(|i| i.weight).collect()
}

pub(crate) fn parse(instrument: &Instrument, data: &str) -> Result<Tally, DbErr> {
    // The compact form; rows written before it are JSON.
    let t = match Tally::decode(data) {
        Some(t) => t,
        None => serde_json::from_str(data).map_err(|e| DbErr::Custom(format!("tally: {e}")))?,
    };
    if t.items.len() != instrument.scored_items().count() {
        return Err(DbErr::Custom("tally does not fit its instrument".into()));
    }
    Ok(t)
}

/// Adds `sum` (one respondent or several) to the tally of `key`. Call
/// inside the transaction that stores the responses.
pub async fn add(
    txn: &impl ConnectionTrait,
    key: &Key,
    instrument: &Instrument,
    sum: &Tally,
) -> Result<(), DbErr> {
    let shard = rand::rng().random_range(0..SHARDS);
    let k = instrument.scored_items().count();
    tally::Entity::insert(row(key, shard, &Tally::new(k)))
        .on_conflict(OnConflict::columns(KEY_COLUMNS).do_nothing().to_owned())
        .try_insert()
        .exec_without_returning(txn)
        .await?;
    let current = tally::Entity::find_by_id((
        key.survey_id,
        unit_key(key.unit_id),
        key.month.clone(),
        key.verified,
        key.suspect,
        shard,
    ))
    .lock_exclusive()
    .one(txn)
    .await?
    .ok_or_else(|| DbErr::RecordNotFound("tally row".into()))?;
    let mut t = parse(instrument, &current.data)?;
    t.merge(sum);
    tally::Entity::update(row(key, shard, &t)).exec(txn).await?;
    Ok(())
}

/// Takes `sum` (responses added before) out of the tally of `key`: its
/// shards are read, merged, reduced and written back as one. Call inside
/// the transaction that moves the responses.
pub async fn take(
    txn: &impl ConnectionTrait,
    key: &Key,
    instrument: &Instrument,
    sum: &Tally,
) -> Result<(), DbErr> {
    let k = instrument.scored_items().count();
    let rows = tally::Entity::find()
        .filter(tally::Column::SurveyId.eq(key.survey_id))
        .filter(tally::Column::UnitKey.eq(unit_key(key.unit_id)))
        .filter(tally::Column::Month.eq(key.month.clone()))
        .filter(tally::Column::Verified.eq(key.verified))
        .filter(tally::Column::Suspect.eq(key.suspect))
        .lock_exclusive()
        .all(txn)
        .await?;
    let mut merged = Tally::new(k);
    for row in &rows {
        merged.merge(&parse(instrument, &row.data)?);
    }
    merged.remove(sum);
    put(txn, key, 0, &merged).await?;
    for row in rows.iter().filter(|r| r.shard != 0) {
        put(txn, key, row.shard, &Tally::new(k)).await?;
    }
    Ok(())
}

/// Which responses a score covers.
#[derive(Clone, Debug, Default)]
pub struct Scope {
    /// Only this unit.
    pub unit_id: Option<Uuid>,
    /// Months from–to, inclusive ("YYYY-MM").
    pub months: Option<(String, String)>,
    /// Only service-verified responses.
    pub verified_only: bool,
}

impl Scope {
    /// Narrows a query of tally rows to this scope.
    fn apply(&self, mut q: sea_orm::Select<tally::Entity>) -> sea_orm::Select<tally::Entity> {
        if let Some(unit) = self.unit_id {
            q = q.filter(tally::Column::UnitKey.eq(unit.to_string()));
        }
        if let Some((from, to)) = &self.months {
            q = q
                .filter(tally::Column::Month.gte(from.as_str()))
                .filter(tally::Column::Month.lte(to.as_str()));
        }
        if self.verified_only {
            q = q.filter(tally::Column::Verified.eq(true));
        }
        q
    }
}

/// Summed tallies: the accepted (not suspect) responses, how many suspect
/// ones were left out, and how many of the accepted were verified.
#[derive(Clone, Debug)]
pub struct Sums {
    /// Accepted responses.
    pub tally: Tally,
    /// Suspect responses left out.
    pub suspect: u64,
    /// Accepted responses that carried a service code.
    pub verified: u64,
}

impl Sums {
    fn new(instrument: &Instrument) -> Self {
        Sums {
            tally: Tally::new(instrument.scored_items().count()),
            suspect: 0,
            verified: 0,
        }
    }

    fn add(&mut self, verified: bool, suspect: bool, t: &Tally) {
        if suspect {
            self.suspect += t.n;
        } else {
            self.tally.merge(t);
            if verified {
                self.verified += t.n;
            }
        }
    }

    /// Adds other sums.
    pub fn merge(&mut self, other: &Sums) {
        self.tally.merge(&other.tally);
        self.suspect += other.suspect;
        self.verified += other.verified;
    }
}

/// A survey's tally rows for one unit, their months, shards and statuses
/// joined by the database: a ranking reads one row per unit instead of one
/// per unit, month, status and shard. Grouping by the head of the primary
/// key lets the database read the rows in its order, without sorting.
#[derive(Debug, sea_orm::FromQueryResult)]
struct Joined {
    survey_id: Uuid,
    unit_key: String,
    /// The rows' compact tallies, each after the letter of its status
    /// ([`ACCEPTED`], [`VERIFIED`], [`SUSPECT`]), separated by `|` (never
    /// part of a compact tally, nor of JSON numbers).
    data: String,
}

/// The status letters of [`Joined`]'s tallies.
const ACCEPTED: char = 'a';
const VERIFIED: char = 'v';
const SUSPECT: char = 's';

/// The rows `q` selects, joined per survey and unit, each handed to `each`
/// as it arrives: the database reads the next while this one is decoded.
async fn joined(
    db: &DatabaseConnection,
    q: sea_orm::Select<tally::Entity>,
    mut each: impl FnMut(Joined) -> Result<(), DbErr>,
) -> Result<(), DbErr> {
    let piece = format!(
        "CASE WHEN suspect THEN '{SUSPECT}' WHEN verified THEN '{VERIFIED}' ELSE '{ACCEPTED}' END || data"
    );
    let join = match db.get_database_backend() {
        sea_orm::DbBackend::Postgres => format!("string_agg({piece}, '|')"),
        _ => format!("group_concat({piece}, '|')"),
    };
    let mut rows = q
        .select_only()
        .columns([tally::Column::SurveyId, tally::Column::UnitKey])
        .column_as(sea_orm::sea_query::Expr::cust(join), "data")
        .group_by(tally::Column::SurveyId)
        .group_by(tally::Column::UnitKey)
        .into_model::<Joined>()
        .stream(db)
        .await?;
    while let Some(row) = rows.try_next().await? {
        each(row)?;
    }
    Ok(())
}

impl Joined {
    /// Adds its tallies to `sums`.
    fn add_to(&self, instrument: &Instrument, sums: &mut Sums) -> Result<(), DbErr> {
        for piece in self.data.split('|') {
            let mut chars = piece.chars();
            let status = chars.next();
            let t = parse(instrument, chars.as_str())?;
            match status {
                Some(SUSPECT) => sums.add(false, true, &t),
                Some(VERIFIED) => sums.add(true, false, &t),
                Some(ACCEPTED) => sums.add(false, false, &t),
                _ => return Err(DbErr::Custom("tally without its status".into())),
            }
        }
        Ok(())
    }
}

/// The summed tallies of a survey in `scope`.
pub async fn sum(
    db: &DatabaseConnection,
    survey_id: Uuid,
    instrument: &Instrument,
    scope: &Scope,
) -> Result<Sums, DbErr> {
    let q = scope.apply(tally::Entity::find().filter(tally::Column::SurveyId.eq(survey_id)));
    let mut total = Sums::new(instrument);
    joined(db, q, |row| row.add_to(instrument, &mut total)).await?;
    Ok(total)
}

/// Summed tallies of many surveys at once, per (survey, unit id as text),
/// in one query per thousand surveys.
pub async fn sum_by_unit(
    db: &DatabaseConnection,
    surveys: &HashMap<Uuid, std::sync::Arc<Instrument>>,
    scope: &Scope,
) -> Result<HashMap<(Uuid, String), Sums>, DbErr> {
    let mut out: HashMap<(Uuid, String), Sums> = HashMap::new();
    let ids: Vec<Uuid> = surveys.keys().copied().collect();
    let every_unit = Scope {
        unit_id: None,
        ..scope.clone()
    };
    // Bounded IN lists: SQLite allows 32,766 parameters, PostgreSQL 65,535.
    for chunk in ids.chunks(1000) {
        let q = every_unit.apply(
            tally::Entity::find().filter(tally::Column::SurveyId.is_in(chunk.iter().copied())),
        );
        joined(db, q, |row| {
            let instrument = &surveys[&row.survey_id];
            let sums = out
                .entry((row.survey_id, row.unit_key.clone()))
                .or_insert_with(|| Sums::new(instrument));
            row.add_to(instrument, sums)
        })
        .await?;
    }
    Ok(out)
}

/// Stores a tally row as it is (bulk loads and benchmarks); replaces any
/// row with the same key.
pub async fn put(db: &impl ConnectionTrait, key: &Key, shard: i16, t: &Tally) -> Result<(), DbErr> {
    tally::Entity::insert(row(key, shard, t))
        .on_conflict(
            OnConflict::columns(KEY_COLUMNS)
                .update_column(tally::Column::Data)
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}
