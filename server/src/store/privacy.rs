//! Forgetting: abuse-control keys (device hashes, and the network and
//! answer-set hashes on responses) are deleted once older than the
//! retention period.

use crate::store::entities::{device_seen, response};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

/// Deletes device hashes, and the network and answer-set hashes of
/// responses, older than `retention`; returns how many rows were changed.
pub async fn purge(db: &DatabaseConnection, retention: chrono::Duration) -> Result<u64, DbErr> {
    let cutoff = chrono::Utc::now() - retention;
    let devices = device_seen::Entity::delete_many()
        .filter(device_seen::Column::CreatedAt.lt(cutoff))
        .exec(db)
        .await?;
    let networks = response::Entity::update_many()
        .col_expr(
            response::Column::Network,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            response::Column::Pattern,
            Expr::value(Option::<String>::None),
        )
        .filter(response::Column::SubmittedAt.lt(cutoff))
        .filter(response::Column::Network.is_not_null())
        .exec(db)
        .await?;
    Ok(devices.rows_affected + networks.rows_affected)
}
