//! One-time service codes: generated in batches for a unit, kept only as
//! keyed hashes, consumed by the response that carries them.

use crate::secret::TokenKey;
use crate::store::entities::{agency, service_unit, verification_code};
use app::domain::signals::code;
use chrono::{DateTime, Utc};
use rand::Rng;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, TransactionTrait,
};
use uuid::Uuid;

/// Most codes in one batch.
pub const MAX_BATCH: usize = 10_000;

/// Longest a batch of codes may last, in days: a year, leap day included.
/// A code is handed out with a service and used soon after; a bound also
/// keeps the expiry a date the database and `chrono` can hold.
pub const MAX_DAYS: u32 = 366;

/// When codes made now to last `days` days stop being accepted; `None`
/// when `days` is outside 1..=[`MAX_DAYS`].
pub fn expiry(days: u32) -> Option<DateTime<Utc>> {
    (1..=MAX_DAYS)
        .contains(&days)
        .then(|| Utc::now() + chrono::Duration::days(i64::from(days)))
}

pub(crate) const PURPOSE: &str = "service-code";

/// A generated batch: the codes are shown now and never again.
#[derive(Clone, Debug)]
pub struct Batch {
    /// The batch, for finding its codes later.
    pub id: Uuid,
    /// The codes as printed (`XXXXX-XXXXX`).
    pub codes: Vec<String>,
    /// When they stop being accepted, if ever.
    pub expires_at: Option<DateTime<Utc>>,
}

/// A code that may still be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Usable {
    /// The code's row.
    pub id: Uuid,
    /// The unit whose service it proves.
    pub unit_id: Uuid,
}

/// A fresh random code of the unambiguous alphabet (also used for
/// certificates).
pub(crate) fn random_code() -> String {
    let mut rng = rand::rng();
    (0..code::LEN)
        .map(|_| code::ALPHABET[rng.random_range(0..code::ALPHABET.len())] as char)
        .collect()
}

/// Generates `count` (1..=[`MAX_BATCH`]) codes for `unit_id`, stored in one
/// transaction.
pub async fn generate(
    db: &DatabaseConnection,
    key: &TokenKey,
    unit_id: Uuid,
    count: usize,
    expires_at: Option<DateTime<Utc>>,
) -> Result<Batch, DbErr> {
    if count == 0 || count > MAX_BATCH {
        return Err(DbErr::Custom(format!(
            "a batch holds 1 to {MAX_BATCH} codes, not {count}"
        )));
    }
    let batch = Uuid::new_v4();
    let now = Utc::now();
    // 50 random bits per code: a repeat within the table is so unlikely
    // that the unique index failing the batch (to be retried) is enough.
    let codes: Vec<String> = (0..count).map(|_| random_code()).collect();
    let txn = db.begin().await?;
    for chunk in codes.chunks(500) {
        verification_code::Entity::insert_many(chunk.iter().map(|c| {
            verification_code::ActiveModel {
                id: Set(Uuid::new_v4()),
                unit_id: Set(unit_id),
                batch_id: Set(batch),
                code_hash: Set(key.keyed_hash(PURPOSE, c.as_bytes())),
                created_at: Set(now),
                expires_at: Set(expires_at),
                used_at: Set(None),
                response_id: Set(None),
            }
        }))
        .exec_without_returning(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(Batch {
        id: batch,
        codes: codes.iter().map(|c| code::display(c)).collect(),
        expires_at,
    })
}

/// The unused, unexpired code `canonical` (see [`code::normalize`]).
pub async fn usable(
    db: &DatabaseConnection,
    key: &TokenKey,
    canonical: &str,
    now: DateTime<Utc>,
) -> Result<Option<Usable>, DbErr> {
    let row = verification_code::Entity::find()
        .filter(
            verification_code::Column::CodeHash.eq(key.keyed_hash(PURPOSE, canonical.as_bytes())),
        )
        .filter(verification_code::Column::UsedAt.is_null())
        .one(db)
        .await?;
    Ok(row
        .filter(|r| r.expires_at.is_none_or(|t| t > now))
        .map(|r| Usable {
            id: r.id,
            unit_id: r.unit_id,
        }))
}

/// Marks the code used by `response_id`, inside the response's own
/// transaction. False when someone else used it first.
pub async fn consume<C: ConnectionTrait>(
    txn: &C,
    code_id: Uuid,
    response_id: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let done = verification_code::Entity::update_many()
        .col_expr(verification_code::Column::UsedAt, Expr::value(now))
        .col_expr(
            verification_code::Column::ResponseId,
            Expr::value(response_id),
        )
        .filter(verification_code::Column::Id.eq(code_id))
        .filter(verification_code::Column::UsedAt.is_null())
        .exec(txn)
        .await?;
    Ok(done.rows_affected == 1)
}

/// The unit `unit_slug` of the agency `agency_slug`.
pub async fn find_unit(
    db: &DatabaseConnection,
    agency_slug: &str,
    unit_slug: &str,
) -> Result<Option<(agency::Model, service_unit::Model)>, DbErr> {
    let Some(agency) = agency::Entity::find()
        .filter(agency::Column::Slug.eq(agency_slug))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let unit = service_unit::Entity::find()
        .filter(service_unit::Column::AgencyId.eq(agency.id))
        .filter(service_unit::Column::Slug.eq(unit_slug))
        .one(db)
        .await?;
    Ok(unit.map(|u| (agency, u)))
}
