//! API tokens for machines acting for one agency: shown once, kept as a
//! keyed hash, revocable, with an end date and a scope (read-only or
//! read-write) chosen when made.

use crate::secret::TokenKey;
use crate::store::entities::api_token;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use sea_orm::{ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

const PURPOSE: &str = "api-token";
/// Every API token starts so, to be recognised in logs and secret scanners.
pub const PREFIX: &str = "psp_";

/// What a token may do and until when, chosen when it is made.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Grant {
    /// After this instant it is refused; none: it never ends.
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Refused on every route that changes something.
    pub read_only: bool,
}

/// Whether a token may be used at `now`: its end date, when it has one,
/// is still ahead.
pub fn live_at(
    expires_at: Option<chrono::DateTime<chrono::Utc>>,
    now: chrono::DateTime<chrono::Utc>,
) -> bool {
    expires_at.is_none_or(|end| now < end)
}

/// Creates a read-write token for `agency_id` that never ends; returns
/// the token (shown once).
pub async fn create(
    db: &DatabaseConnection,
    key: &TokenKey,
    agency_id: Uuid,
    name: &str,
) -> Result<String, DbErr> {
    create_with(db, key, agency_id, name, Grant::default()).await
}

/// Creates a token for `agency_id` with `grant`; returns the token (shown
/// once).
pub async fn create_with(
    db: &DatabaseConnection,
    key: &TokenKey,
    agency_id: Uuid,
    name: &str,
    grant: Grant,
) -> Result<String, DbErr> {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes));
    api_token::Entity::insert(api_token::ActiveModel {
        id: Set(Uuid::new_v4()),
        name: Set(name.to_string()),
        token_hash: Set(key.keyed_hash(PURPOSE, token.as_bytes())),
        agency_id: Set(agency_id),
        created_at: Set(chrono::Utc::now()),
        revoked_at: Set(None),
        expires_at: Set(grant.expires_at),
        read_only: Set(grant.read_only),
    })
    .exec_without_returning(db)
    .await?;
    Ok(token)
}

/// The unrevoked token presented, if any (its end date is the caller's
/// to check, so that an expired token is told so).
pub async fn find(
    db: &DatabaseConnection,
    key: &TokenKey,
    presented: &str,
) -> Result<Option<api_token::Model>, DbErr> {
    if !presented.starts_with(PREFIX) || presented.len() > 100 {
        return Ok(None);
    }
    api_token::Entity::find()
        .filter(api_token::Column::TokenHash.eq(key.keyed_hash(PURPOSE, presented.as_bytes())))
        .filter(api_token::Column::RevokedAt.is_null())
        .one(db)
        .await
}

const USER_PURPOSE: &str = "user-token";

/// Creates a read-write token acting as `user_id` that never ends;
/// returns the token (shown once).
pub async fn create_for_user(
    db: &DatabaseConnection,
    key: &TokenKey,
    user_id: Uuid,
    name: &str,
) -> Result<String, DbErr> {
    create_for_user_with(db, key, user_id, name, Grant::default()).await
}

/// Creates a token acting as `user_id` with `grant`; returns the token
/// (shown once).
pub async fn create_for_user_with(
    db: &DatabaseConnection,
    key: &TokenKey,
    user_id: Uuid,
    name: &str,
    grant: Grant,
) -> Result<String, DbErr> {
    use crate::store::entities::user_token;
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes));
    user_token::Entity::insert(user_token::ActiveModel {
        id: Set(Uuid::new_v4()),
        user_id: Set(user_id),
        name: Set(name.to_string()),
        token_hash: Set(key.keyed_hash(USER_PURPOSE, token.as_bytes())),
        created_at: Set(chrono::Utc::now()),
        revoked_at: Set(None),
        expires_at: Set(grant.expires_at),
        read_only: Set(grant.read_only),
    })
    .exec_without_returning(db)
    .await?;
    Ok(token)
}

/// The unrevoked user token presented, if any (its end date is the
/// caller's to check).
pub async fn find_for_user(
    db: &DatabaseConnection,
    key: &TokenKey,
    presented: &str,
) -> Result<Option<crate::store::entities::user_token::Model>, DbErr> {
    use crate::store::entities::user_token;
    if !presented.starts_with(PREFIX) || presented.len() > 100 {
        return Ok(None);
    }
    user_token::Entity::find()
        .filter(
            user_token::Column::TokenHash.eq(key.keyed_hash(USER_PURPOSE, presented.as_bytes())),
        )
        .filter(user_token::Column::RevokedAt.is_null())
        .one(db)
        .await
}

/// A user's tokens, newest first.
pub async fn of_user(
    db: &DatabaseConnection,
    user_id: Uuid,
) -> Result<Vec<crate::store::entities::user_token::Model>, DbErr> {
    use crate::store::entities::user_token;
    use sea_orm::QueryOrder;
    user_token::Entity::find()
        .filter(user_token::Column::UserId.eq(user_id))
        .order_by_desc(user_token::Column::CreatedAt)
        .all(db)
        .await
}

/// Revokes one of a user's tokens.
pub async fn revoke_for_user(
    db: &DatabaseConnection,
    user_id: Uuid,
    id: Uuid,
) -> Result<bool, DbErr> {
    use crate::store::entities::user_token;
    use sea_orm::sea_query::Expr;
    Ok(user_token::Entity::update_many()
        .col_expr(
            user_token::Column::RevokedAt,
            Expr::value(chrono::Utc::now()),
        )
        .filter(user_token::Column::Id.eq(id))
        .filter(user_token::Column::UserId.eq(user_id))
        .filter(user_token::Column::RevokedAt.is_null())
        .exec(db)
        .await?
        .rows_affected
        == 1)
}

/// Revokes every live token of a user (their password changed); returns
/// how many.
pub async fn revoke_all_for_user(
    db: &impl sea_orm::ConnectionTrait,
    user_id: Uuid,
) -> Result<u64, DbErr> {
    use crate::store::entities::user_token;
    use sea_orm::sea_query::Expr;
    Ok(user_token::Entity::update_many()
        .col_expr(
            user_token::Column::RevokedAt,
            Expr::value(chrono::Utc::now()),
        )
        .filter(user_token::Column::UserId.eq(user_id))
        .filter(user_token::Column::RevokedAt.is_null())
        .exec(db)
        .await?
        .rows_affected)
}

/// One of a user's tokens (another user's is none).
pub async fn one_of_user(
    db: &DatabaseConnection,
    user_id: Uuid,
    id: Uuid,
) -> Result<Option<crate::store::entities::user_token::Model>, DbErr> {
    use crate::store::entities::user_token;
    user_token::Entity::find_by_id(id)
        .filter(user_token::Column::UserId.eq(user_id))
        .one(db)
        .await
}
