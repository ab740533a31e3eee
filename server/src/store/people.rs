//! Accounts made in the admin pages: listed, invited (the account and a
//! one-time link to choose a password, kept only as a keyed hash) and
//! disabled (signed out everywhere, API tokens revoked).

use crate::secret::TokenKey;
use crate::store::entities::{app_user, invite, session};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    TransactionTrait,
};
use uuid::Uuid;

const PURPOSE: &str = "invite";

/// What an invited account holds until its owner chooses a password: not
/// a hash any password can match.
pub const NO_PASSWORD: &str = "!invited";

/// A new account, before it exists.
pub struct NewAccount<'a> {
    /// E-mail address (stored lower-case).
    pub email: &'a str,
    /// `admin`, `manager` or `assessor`.
    pub role: &'a str,
    /// A manager's agency.
    pub agency_id: Option<Uuid>,
    /// An assessor's province, when limited to one.
    pub province: Option<String>,
}

/// The keyed hash under which an invite link's secret is kept.
fn hash_of(key: &TokenKey, secret: &str) -> String {
    key.keyed_hash(PURPOSE, secret.as_bytes())
}

/// Every account, or those of one agency, by e-mail.
pub async fn accounts(
    db: &DatabaseConnection,
    agency_id: Option<Uuid>,
) -> Result<Vec<app_user::Model>, DbErr> {
    let mut q = app_user::Entity::find().order_by_asc(app_user::Column::Email);
    if let Some(a) = agency_id {
        q = q.filter(app_user::Column::AgencyId.eq(a));
    }
    q.all(db).await
}

/// One account.
pub async fn account(db: &DatabaseConnection, id: Uuid) -> Result<Option<app_user::Model>, DbErr> {
    app_user::Entity::find_by_id(id).one(db).await
}

/// Whether an account with this e-mail address exists.
pub async fn email_taken(db: &DatabaseConnection, email: &str) -> Result<bool, DbErr> {
    Ok(app_user::Entity::find()
        .filter(app_user::Column::Email.eq(email.trim().to_lowercase()))
        .one(db)
        .await?
        .is_some())
}

/// Creates the account (without a usable password) and its invite link,
/// valid until `expires_at`; returns the account and the link's secret,
/// which is shown once and never stored.
pub async fn invite(
    db: &DatabaseConnection,
    key: &TokenKey,
    new: NewAccount<'_>,
    by: Uuid,
    expires_at: DateTime<Utc>,
) -> Result<(Uuid, String), DbErr> {
    let id = Uuid::new_v4();
    let secret = TokenKey::generate_secret();
    let now = Utc::now();
    let txn = db.begin().await?;
    app_user::Entity::insert(app_user::ActiveModel {
        id: Set(id),
        email: Set(new.email.trim().to_lowercase()),
        password_hash: Set(NO_PASSWORD.to_string()),
        role: Set(new.role.to_string()),
        agency_id: Set(new.agency_id),
        province: Set(new.province),
        created_at: Set(now),
        disabled_at: Set(None),
        failed_logins: Set(0),
    })
    .exec_without_returning(&txn)
    .await?;
    invite::Entity::insert(invite::ActiveModel {
        id: Set(Uuid::new_v4()),
        user_id: Set(id),
        token_hash: Set(hash_of(key, &secret)),
        created_by: Set(Some(by).filter(|b| !b.is_nil())),
        created_at: Set(now),
        expires_at: Set(expires_at),
        used_at: Set(None),
    })
    .exec_without_returning(&txn)
    .await?;
    txn.commit().await?;
    Ok((id, secret))
}

/// The unused, unexpired invite of `secret` and its account, when the
/// account is not disabled.
pub async fn open_invite(
    db: &DatabaseConnection,
    key: &TokenKey,
    secret: &str,
    now: DateTime<Utc>,
) -> Result<Option<(invite::Model, app_user::Model)>, DbErr> {
    if secret.is_empty() || secret.len() > 100 {
        return Ok(None);
    }
    let Some(inv) = invite::Entity::find()
        .filter(invite::Column::TokenHash.eq(hash_of(key, secret)))
        .filter(invite::Column::UsedAt.is_null())
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if inv.expires_at <= now {
        return Ok(None);
    }
    let user = app_user::Entity::find_by_id(inv.user_id)
        .filter(app_user::Column::DisabledAt.is_null())
        .one(db)
        .await?;
    Ok(user.map(|u| (inv, u)))
}

/// Uses the invite `invite_id` to set its account's password hash; false
/// when it was used meanwhile (a second tab, a replayed form).
pub async fn accept(
    db: &DatabaseConnection,
    invite_id: Uuid,
    user_id: Uuid,
    password_hash: String,
) -> Result<bool, DbErr> {
    let txn = db.begin().await?;
    let used = invite::Entity::update_many()
        .col_expr(invite::Column::UsedAt, Expr::value(Utc::now()))
        .filter(invite::Column::Id.eq(invite_id))
        .filter(invite::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    if used.rows_affected != 1 {
        return Ok(false);
    }
    app_user::Entity::update_many()
        .col_expr(app_user::Column::PasswordHash, Expr::value(password_hash))
        .filter(app_user::Column::Id.eq(user_id))
        .filter(app_user::Column::DisabledAt.is_null())
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(true)
}

/// Whether the account still waits for its owner to choose a password.
pub fn is_invited(user: &app_user::Model) -> bool {
    user.password_hash == NO_PASSWORD
}

/// Disables the account: its sessions end, its API tokens and unused
/// invite links stop working, all in one transaction.
pub async fn disable(db: &DatabaseConnection, user_id: Uuid) -> Result<(), DbErr> {
    let now = Utc::now();
    let txn = db.begin().await?;
    app_user::Entity::update_many()
        .col_expr(app_user::Column::DisabledAt, Expr::value(now))
        .filter(app_user::Column::Id.eq(user_id))
        .filter(app_user::Column::DisabledAt.is_null())
        .exec(&txn)
        .await?;
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user_id))
        .exec(&txn)
        .await?;
    crate::store::api_tokens::revoke_all_for_user(&txn, user_id).await?;
    invite::Entity::update_many()
        .col_expr(invite::Column::UsedAt, Expr::value(now))
        .filter(invite::Column::UserId.eq(user_id))
        .filter(invite::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    txn.commit().await
}
