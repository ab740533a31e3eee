//! A bearer token presented to the API: whose it is, whether it is still
//! valid, and what it may do. Expired and read-only tokens are told apart
//! from unknown ones so that their holder reads why they were refused.

use crate::secret::TokenKey;
use crate::services::access::{Actor, Role};
use crate::store::api_tokens::{self, live_at};
use crate::store::entities::{api_token, app_user};
use chrono::Utc;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

/// What a presented token turned out to be.
#[derive(Debug)]
pub enum Presented<T> {
    /// Valid now: its holder, and whether it may only read.
    Valid { who: T, read_only: bool },
    /// Known, but past its end date.
    Expired,
    /// Unknown, revoked, or its account disabled.
    Unknown,
}

/// The actor behind an API token: a user's token acts as the user; an
/// agency's token acts as a manager of that agency.
pub async fn actor_of_token(
    db: &DatabaseConnection,
    key: &TokenKey,
    presented: &str,
) -> Result<Presented<Actor>, DbErr> {
    let now = Utc::now();
    if let Some(t) = api_tokens::find_for_user(db, key, presented).await? {
        if !live_at(t.expires_at, now) {
            return Ok(Presented::Expired);
        }
        let user = app_user::Entity::find_by_id(t.user_id)
            .filter(app_user::Column::DisabledAt.is_null())
            .one(db)
            .await?;
        let actor = user
            .and_then(|u| Actor::of(&u, String::new()))
            .map(|mut a| {
                a.email = format!("{} (token {})", a.email, t.name);
                a
            });
        return Ok(match actor {
            Some(who) => Presented::Valid {
                who,
                read_only: t.read_only,
            },
            None => Presented::Unknown,
        });
    }
    Ok(match agency_token(db, key, presented).await? {
        Presented::Valid { who, read_only } => Presented::Valid {
            who: Actor {
                user_id: Uuid::nil(),
                email: format!("token {}", who.name),
                role: Role::Manager,
                agency_id: Some(who.agency_id),
                province: None,
                csrf: String::new(),
            },
            read_only,
        },
        Presented::Expired => Presented::Expired,
        Presented::Unknown => Presented::Unknown,
    })
}

/// An agency's token (made with `persepsi api-token`), checked for its end
/// date.
pub async fn agency_token(
    db: &DatabaseConnection,
    key: &TokenKey,
    presented: &str,
) -> Result<Presented<api_token::Model>, DbErr> {
    Ok(match api_tokens::find(db, key, presented).await? {
        Some(t) if !live_at(t.expires_at, Utc::now()) => Presented::Expired,
        Some(t) => Presented::Valid {
            read_only: t.read_only,
            who: t,
        },
        None => Presented::Unknown,
    })
}
