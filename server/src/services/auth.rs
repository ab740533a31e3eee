//! Accounts and sessions: Argon2id password hashes (computed off the async
//! runtime), server-side sessions in the database behind an `HttpOnly`
//! cookie, and a per-session anti-forgery token for every admin form.

use crate::services::access::{Actor, Role};
use crate::services::token::TokenKey;
use crate::store::entities::{app_user, session};
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{Duration, Utc};
use rand::RngCore;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

/// How long a session lasts without signing in again.
pub const SESSION_HOURS: i64 = 12;
pub use crate::services::password_policy::MIN_PASSWORD;

const PURPOSE: &str = "session";

fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Hashes a password (Argon2id, random salt) on a blocking thread.
pub async fn hash_password(password: String) -> Result<String, DbErr> {
    tokio::task::spawn_blocking(move || {
        let mut salt = [0u8; 16];
        rand::rng().fill_bytes(&mut salt);
        let salt = SaltString::encode_b64(&salt).map_err(|e| DbErr::Custom(e.to_string()))?;
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| DbErr::Custom(e.to_string()))
    })
    .await
    .map_err(|e| DbErr::Custom(e.to_string()))?
}

/// Checks a password against a stored hash on a blocking thread.
pub async fn verify_password(password: String, stored: String) -> bool {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&stored)
            .map(|h| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &h)
                    .is_ok()
            })
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false)
}

/// A hash that costs as much to check as a real one, so that an unknown
/// e-mail address takes as long to refuse as a wrong password.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$9sTbSlTio3Biev89thdrlKKiCaYsjjYVJxGAL3swxpQ";

/// Creates an account.
pub async fn create_user(
    db: &DatabaseConnection,
    email: &str,
    password: &str,
    role: Role,
    agency_id: Option<Uuid>,
    province: Option<String>,
) -> Result<Uuid, DbErr> {
    let id = Uuid::new_v4();
    app_user::Entity::insert(app_user::ActiveModel {
        id: Set(id),
        email: Set(email.trim().to_lowercase()),
        password_hash: Set(hash_password(password.to_string()).await?),
        role: Set(role.code().to_string()),
        agency_id: Set(agency_id),
        province: Set(province),
        created_at: Set(Utc::now()),
        disabled_at: Set(None),
        failed_logins: Set(0),
    })
    .exec_without_returning(db)
    .await?;
    Ok(id)
}

/// The account with this e-mail and password, if both are right.
pub async fn check_login(
    db: &DatabaseConnection,
    email: &str,
    password: &str,
) -> Result<Option<app_user::Model>, DbErr> {
    let user = app_user::Entity::find()
        .filter(app_user::Column::Email.eq(email.trim().to_lowercase()))
        .filter(app_user::Column::DisabledAt.is_null())
        .one(db)
        .await?;
    let stored = user
        .as_ref()
        .map(|u| u.password_hash.clone())
        .unwrap_or_else(|| DUMMY_HASH.to_string());
    let ok = verify_password(password.to_string(), stored).await;
    if let (Some(u), false) = (&user, ok) {
        // Counted for the owner, who is told at their next sign-in.
        app_user::Entity::update_many()
            .col_expr(
                app_user::Column::FailedLogins,
                Expr::col(app_user::Column::FailedLogins).add(1),
            )
            .filter(app_user::Column::Id.eq(u.id))
            .exec(db)
            .await?;
    }
    Ok(user.filter(|_| ok))
}

/// Opens a session for `user` (as it was read when its password was
/// checked); returns the cookie value. The wrong passwords given since the
/// last sign-in move to the session, to be shown to its owner, and the
/// account's count goes down by as many (attempts counted meanwhile stay).
pub async fn open_session(
    db: &DatabaseConnection,
    key: &TokenKey,
    user: &app_user::Model,
) -> Result<String, DbErr> {
    use sea_orm::TransactionTrait;
    let value = random_token();
    let now = Utc::now();
    let failed = Ord::max(user.failed_logins, 0);
    let txn = db.begin().await?;
    if failed > 0 {
        app_user::Entity::update_many()
            .col_expr(
                app_user::Column::FailedLogins,
                Expr::col(app_user::Column::FailedLogins).sub(failed),
            )
            .filter(app_user::Column::Id.eq(user.id))
            .exec(&txn)
            .await?;
    }
    session::Entity::insert(session::ActiveModel {
        id_hash: Set(key.keyed_hash(PURPOSE, value.as_bytes())),
        user_id: Set(user.id),
        csrf: Set(random_token()),
        created_at: Set(now),
        expires_at: Set(now + Duration::hours(SESSION_HOURS)),
        failed_logins: Set(failed),
    })
    .exec_without_returning(&txn)
    .await?;
    txn.commit().await?;
    Ok(value)
}

/// The wrong passwords given for the account between its previous sign-in
/// and the session of `cookie` (0 without a session).
pub async fn failed_before(
    db: &DatabaseConnection,
    key: &TokenKey,
    cookie: &str,
) -> Result<i32, DbErr> {
    Ok(
        session::Entity::find_by_id(key.keyed_hash(PURPOSE, cookie.as_bytes()))
            .one(db)
            .await?
            .map_or(0, |s| s.failed_logins),
    )
}

/// The signed-in actor of a session cookie, if the session is live.
pub async fn actor(
    db: &DatabaseConnection,
    key: &TokenKey,
    cookie: &str,
) -> Result<Option<Actor>, DbErr> {
    if cookie.len() > 100 {
        return Ok(None);
    }
    let Some(s) = session::Entity::find_by_id(key.keyed_hash(PURPOSE, cookie.as_bytes()))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if s.expires_at <= Utc::now() {
        return Ok(None);
    }
    let user = app_user::Entity::find_by_id(s.user_id)
        .filter(app_user::Column::DisabledAt.is_null())
        .one(db)
        .await?;
    Ok(user.and_then(|u| Actor::of(&u, s.csrf)))
}

/// Ends the session of a cookie.
pub async fn close_session(
    db: &DatabaseConnection,
    key: &TokenKey,
    cookie: &str,
) -> Result<(), DbErr> {
    session::Entity::delete_by_id(key.keyed_hash(PURPOSE, cookie.as_bytes()))
        .exec(db)
        .await?;
    Ok(())
}

/// Changes a password, ends every other session of the account and
/// revokes its API tokens (whoever held the old password may have made
/// some), all in one transaction.
pub async fn change_password(
    db: &DatabaseConnection,
    key: &TokenKey,
    user_id: Uuid,
    new_password: &str,
    keep_cookie: &str,
) -> Result<(), DbErr> {
    use sea_orm::TransactionTrait;
    let hash = hash_password(new_password.to_string()).await?;
    let txn = db.begin().await?;
    app_user::Entity::update_many()
        .col_expr(app_user::Column::PasswordHash, Expr::value(hash))
        .filter(app_user::Column::Id.eq(user_id))
        .exec(&txn)
        .await?;
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user_id))
        .filter(session::Column::IdHash.ne(key.keyed_hash(PURPOSE, keep_cookie.as_bytes())))
        .exec(&txn)
        .await?;
    crate::store::api_tokens::revoke_all_for_user(&txn, user_id).await?;
    txn.commit().await
}

/// Deletes expired sessions.
pub async fn purge_sessions(db: &DatabaseConnection) -> Result<u64, DbErr> {
    Ok(session::Entity::delete_many()
        .filter(session::Column::ExpiresAt.lt(Utc::now()))
        .exec(db)
        .await?
        .rows_affected)
}

/// Records an action in the audit log, as concerning the actor's agency.
pub async fn audit(
    db: &DatabaseConnection,
    actor: &Actor,
    action: &str,
    detail: serde_json::Value,
) -> Result<(), DbErr> {
    audit_for(db, actor, actor.agency_id, action, detail).await
}

/// Records an action in the audit log, as concerning `agency_id` (whose
/// managers read it).
pub async fn audit_for(
    db: &DatabaseConnection,
    actor: &Actor,
    agency_id: Option<Uuid>,
    action: &str,
    detail: serde_json::Value,
) -> Result<(), DbErr> {
    use crate::store::entities::audit_log;
    audit_log::Entity::insert(audit_log::ActiveModel {
        id: Set(Uuid::new_v4()),
        at: Set(Utc::now()),
        user_id: Set(Some(actor.user_id).filter(|u| !u.is_nil())),
        actor: Set(actor.email.clone()),
        action: Set(action.to_string()),
        detail: Set(detail.to_string()),
        agency_id: Set(agency_id),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}
