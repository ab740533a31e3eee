//! Reading the audit log: newest first, a page at a time, within a scope
//! (everything, one agency's, or a set of agencies' and one's own).

use crate::store::entities::{app_user, audit_log};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use uuid::Uuid;

/// Which entries an account may read.
#[derive(Clone, Debug)]
pub enum Scope {
    /// Every entry (an admin).
    All,
    /// Entries concerning these agencies, or made by `own` (an assessor:
    /// the agencies they see; a manager: their one agency).
    Agencies {
        /// The agencies.
        agencies: Vec<Uuid>,
        /// The reader's own account.
        own: Uuid,
    },
}

/// Entries per page.
pub const PER_PAGE: u64 = 50;

async fn condition(db: &DatabaseConnection, scope: &Scope) -> Result<Condition, DbErr> {
    Ok(match scope {
        Scope::All => Condition::all(),
        Scope::Agencies { agencies, own } => {
            // Entries written before entries named their agency are found
            // by who made them: an account of one of these agencies.
            let mut people: Vec<Uuid> = app_user::Entity::find()
                .select_only()
                .column(app_user::Column::Id)
                .filter(app_user::Column::AgencyId.is_in(agencies.clone()))
                .into_tuple()
                .all(db)
                .await?;
            people.push(*own);
            Condition::any()
                .add(audit_log::Column::AgencyId.is_in(agencies.clone()))
                .add(
                    Condition::all()
                        .add(audit_log::Column::AgencyId.is_null())
                        .add(audit_log::Column::UserId.is_in(people)),
                )
        }
    })
}

/// Page `page` (from 0) of the entries in `scope`, of `action` when given;
/// and whether more follow.
pub async fn entries(
    db: &DatabaseConnection,
    scope: &Scope,
    action: Option<&str>,
    page: u64,
) -> Result<(Vec<audit_log::Model>, bool), DbErr> {
    let mut q = audit_log::Entity::find().filter(condition(db, scope).await?);
    if let Some(a) = action {
        q = q.filter(audit_log::Column::Action.eq(a));
    }
    let mut rows = q
        .order_by_desc(audit_log::Column::At)
        .order_by_desc(audit_log::Column::Id)
        .offset(page.saturating_mul(PER_PAGE))
        .limit(PER_PAGE + 1)
        .all(db)
        .await?;
    let more = rows.len() as u64 > PER_PAGE;
    rows.truncate(PER_PAGE as usize);
    Ok((rows, more))
}

/// The actions recorded in `scope`, for the filter.
pub async fn actions(db: &DatabaseConnection, scope: &Scope) -> Result<Vec<String>, DbErr> {
    audit_log::Entity::find()
        .select_only()
        .column(audit_log::Column::Action)
        .distinct()
        .filter(condition(db, scope).await?)
        .order_by_asc(audit_log::Column::Action)
        .into_tuple()
        .all(db)
        .await
}
