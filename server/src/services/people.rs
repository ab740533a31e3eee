//! Who may invite and disable whom: an admin any account; a manager only
//! managers of their own agency (never an admin or an assessor, never
//! another agency's). An account outside one's reach is "not found". Every
//! invite and disabling is in the audit log, as concerning the account's
//! agency.

use crate::error::AppError;
use crate::secret::TokenKey;
use crate::services::access::{self, Actor, Role};
use crate::services::auth;
use crate::store::audit::Scope;
use crate::store::entities::app_user;
use crate::store::people::{self, NewAccount};
use chrono::{Duration, Utc};
use sea_orm::DatabaseConnection;
use uuid::Uuid;

/// How long an invite link works.
pub const INVITE_HOURS: i64 = 72;

/// Whether the account may see the accounts page at all.
pub fn may_manage(actor: &Actor) -> bool {
    matches!(actor.role, Role::Admin | Role::Manager)
}

/// The agency whose accounts the actor manages (`None`: every account);
/// an assessor manages none.
pub fn reach(actor: &Actor) -> Result<Option<Uuid>, AppError> {
    match actor.role {
        Role::Admin => Ok(None),
        Role::Manager => Ok(Some(actor.agency_id.ok_or(AppError::Forbidden)?)),
        Role::Assessor | Role::Enumerator => Err(AppError::Forbidden),
    }
}

/// The accounts the actor manages.
pub async fn accounts(
    db: &DatabaseConnection,
    actor: &Actor,
) -> Result<Vec<app_user::Model>, AppError> {
    Ok(people::accounts(db, reach(actor)?).await?)
}

/// Whether the actor may create an account of `role` in `agency_id`: a
/// manager only a manager of their own agency.
pub fn may_invite(actor: &Actor, role: Role, agency_id: Option<Uuid>) -> Result<(), AppError> {
    match reach(actor)? {
        None => Ok(()),
        Some(own) if role == Role::Manager && agency_id == Some(own) => Ok(()),
        Some(_) => Err(AppError::Forbidden),
    }
}

/// Creates the account and its one-time link's secret (valid for
/// [`INVITE_HOURS`]), once [`may_invite`] allowed it.
pub async fn invite(
    db: &DatabaseConnection,
    key: &TokenKey,
    actor: &Actor,
    new: NewAccount<'_>,
    role: Role,
) -> Result<(Uuid, String), AppError> {
    may_invite(actor, role, new.agency_id)?;
    let (email, agency) = (new.email.trim().to_lowercase(), new.agency_id);
    let expires = Utc::now() + Duration::hours(INVITE_HOURS);
    let (id, secret) = people::invite(db, key, new, actor.user_id, expires).await?;
    let detail = serde_json::json!({ "email": email, "role": role.code() });
    auth::audit_for(db, actor, agency, "account.invite", detail).await?;
    Ok((id, secret))
}

/// The account `id`, if the actor manages it.
pub async fn target(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
) -> Result<app_user::Model, AppError> {
    let reach = reach(actor)?;
    let user = people::account(db, id).await?.ok_or(AppError::NotFound)?;
    match reach {
        None => Ok(user),
        Some(own) if user.agency_id == Some(own) && user.role == Role::Manager.code() => Ok(user),
        Some(_) => Err(AppError::NotFound),
    }
}

/// Disables the account `id` (not one's own: that would lock the last
/// admin out), signing it out everywhere and revoking its API tokens.
pub async fn disable(db: &DatabaseConnection, actor: &Actor, id: Uuid) -> Result<(), AppError> {
    let user = target(db, actor, id).await?;
    if user.id == actor.user_id {
        return Err(AppError::Forbidden);
    }
    people::disable(db, user.id).await?;
    let detail = serde_json::json!({ "email": user.email, "role": user.role });
    auth::audit_for(db, actor, user.agency_id, "account.disable", detail).await?;
    Ok(())
}

/// The audit-log entries the actor may read: an admin all, a manager their
/// agency's, an assessor those of the agencies they see and their own.
pub async fn audit_scope(db: &DatabaseConnection, actor: &Actor) -> Result<Scope, AppError> {
    Ok(match actor.role {
        Role::Admin => Scope::All,
        Role::Manager => Scope::Agencies {
            agencies: actor.agency_id.into_iter().collect(),
            own: actor.user_id,
        },
        Role::Assessor | Role::Enumerator => Scope::Agencies {
            agencies: access::agencies(db, actor)
                .await?
                .into_iter()
                .map(|a| a.id)
                .collect(),
            own: actor.user_id,
        },
    })
}
