//! Kiosk tablets: registered with a one-time pairing code, paired once,
//! found by their key, revoked for good.

use crate::store::entities::{kiosk_device, response};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect,
};
use std::collections::HashMap;
use uuid::Uuid;

/// A tablet to register.
pub struct NewKiosk<'a> {
    /// The survey it shows.
    pub survey_id: Uuid,
    /// The unit its answers are for.
    pub unit_id: Uuid,
    /// Its name.
    pub name: &'a str,
    /// Whether the answers show faces.
    pub faces: bool,
    /// The pairing code's keyed hash.
    pub code_hash: String,
    /// Until when the code pairs.
    pub expires_at: DateTime<Utc>,
    /// Who registered it.
    pub by: Uuid,
}

/// Registers a tablet, waiting for its pairing.
pub async fn register(
    db: &DatabaseConnection,
    new: NewKiosk<'_>,
    now: DateTime<Utc>,
) -> Result<kiosk_device::Model, DbErr> {
    kiosk_device::ActiveModel {
        id: Set(Uuid::new_v4()),
        survey_id: Set(new.survey_id),
        unit_id: Set(new.unit_id),
        name: Set(new.name.to_string()),
        faces: Set(new.faces),
        pair_code_hash: Set(Some(new.code_hash)),
        pair_expires_at: Set(Some(new.expires_at)),
        key_hash: Set(None),
        created_by: Set(new.by),
        created_at: Set(now),
        paired_at: Set(None),
        revoked_at: Set(None),
    }
    .insert(db)
    .await
}

/// Pairs the tablet waiting for the code `code_hash` with the key
/// `key_hash`: once, before the code expires, unless revoked. The code is
/// spent by the same statement, so two tablets racing for it get one pair.
pub async fn pair(
    db: &DatabaseConnection,
    code_hash: &str,
    key_hash: &str,
    now: DateTime<Utc>,
) -> Result<Option<kiosk_device::Model>, DbErr> {
    let done = kiosk_device::Entity::update_many()
        .col_expr(kiosk_device::Column::KeyHash, Expr::value(key_hash))
        .col_expr(
            kiosk_device::Column::PairCodeHash,
            Expr::value(Option::<String>::None),
        )
        .col_expr(kiosk_device::Column::PairedAt, Expr::value(now))
        .filter(kiosk_device::Column::PairCodeHash.eq(code_hash))
        .filter(kiosk_device::Column::PairExpiresAt.gt(now))
        .filter(kiosk_device::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    if done.rows_affected == 0 {
        return Ok(None);
    }
    by_key(db, key_hash).await
}

/// The paired, unrevoked tablet with this key.
pub async fn by_key(
    db: &DatabaseConnection,
    key_hash: &str,
) -> Result<Option<kiosk_device::Model>, DbErr> {
    kiosk_device::Entity::find()
        .filter(kiosk_device::Column::KeyHash.eq(key_hash))
        .filter(kiosk_device::Column::RevokedAt.is_null())
        .one(db)
        .await
}

/// A survey's tablets, newest first, with their responses and the last
/// one's time.
pub async fn list(
    db: &DatabaseConnection,
    survey_id: Uuid,
) -> Result<Vec<(kiosk_device::Model, u64, Option<DateTime<Utc>>)>, DbErr> {
    let devices = kiosk_device::Entity::find()
        .filter(kiosk_device::Column::SurveyId.eq(survey_id))
        .order_by_desc(kiosk_device::Column::CreatedAt)
        .all(db)
        .await?;
    let counts: Vec<(Option<Uuid>, i64, Option<DateTime<Utc>>)> = response::Entity::find()
        .select_only()
        .column(response::Column::DeviceId)
        .column_as(response::Column::Id.count(), "n")
        .column_as(response::Column::SubmittedAt.max(), "last")
        .filter(response::Column::SurveyId.eq(survey_id))
        .filter(response::Column::Channel.eq("kiosk"))
        .group_by(response::Column::DeviceId)
        .into_tuple()
        .all(db)
        .await?;
    let by_device: HashMap<Uuid, (u64, Option<DateTime<Utc>>)> = counts
        .into_iter()
        .filter_map(|(d, n, last)| Some((d?, (u64::try_from(n).unwrap_or(0), last))))
        .collect();
    Ok(devices
        .into_iter()
        .map(|d| {
            let (n, last) = by_device.get(&d.id).copied().unwrap_or((0, None));
            (d, n, last)
        })
        .collect())
}

/// Revokes a survey's tablet: its key opens nothing from now on. False
/// when it is not the survey's or was revoked already.
pub async fn revoke(
    db: &DatabaseConnection,
    survey_id: Uuid,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let done = kiosk_device::Entity::update_many()
        .col_expr(kiosk_device::Column::RevokedAt, Expr::value(now))
        .col_expr(
            kiosk_device::Column::PairCodeHash,
            Expr::value(Option::<String>::None),
        )
        .filter(kiosk_device::Column::Id.eq(id))
        .filter(kiosk_device::Column::SurveyId.eq(survey_id))
        .filter(kiosk_device::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(done.rows_affected > 0)
}

/// How many of the tablet's stored responses were given within `window`
/// of `at` (checked before the new one is stored).
pub async fn near(
    db: &DatabaseConnection,
    device_id: Uuid,
    at: DateTime<Utc>,
    window: chrono::Duration,
) -> Result<u64, DbErr> {
    use sea_orm::PaginatorTrait;
    response::Entity::find()
        .filter(response::Column::DeviceId.eq(device_id))
        .filter(response::Column::SubmittedAt.gt(at - window))
        .filter(response::Column::SubmittedAt.lt(at + window))
        .count(db)
        .await
}
