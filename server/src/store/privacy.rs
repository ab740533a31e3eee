//! Forgetting: abuse-control keys (device hashes) are deleted once older
//! than the retention period.

use crate::store::entities::device_seen;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

/// Deletes device hashes older than `retention`; returns how many.
pub async fn purge(db: &DatabaseConnection, retention: chrono::Duration) -> Result<u64, DbErr> {
    let cutoff = chrono::Utc::now() - retention;
    let done = device_seen::Entity::delete_many()
        .filter(device_seen::Column::CreatedAt.lt(cutoff))
        .exec(db)
        .await?;
    Ok(done.rows_affected)
}
