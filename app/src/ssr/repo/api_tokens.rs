//! API tokens for machines acting for one agency: shown once, kept as a
//! keyed hash, revocable.

use crate::ssr::entities::api_token;
use crate::ssr::token::TokenKey;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use sea_orm::{ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

const PURPOSE: &str = "api-token";
/// Every API token starts so, to be recognised in logs and secret scanners.
pub const PREFIX: &str = "psp_";

/// Creates a token for `agency_id`; returns the token (shown once).
pub async fn create(
    db: &DatabaseConnection,
    key: &TokenKey,
    agency_id: Uuid,
    name: &str,
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
    })
    .exec_without_returning(db)
    .await?;
    Ok(token)
}

/// The live token presented, if any.
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
