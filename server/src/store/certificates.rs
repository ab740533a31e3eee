//! Issued report cards: stored once, read by their code.

use crate::store::entities::certificate;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

/// Stores a card; returns its verification code.
pub async fn issue(
    db: &DatabaseConnection,
    agency_id: Uuid,
    year: &str,
    by: &str,
    body: String,
) -> Result<String, DbErr> {
    let code = crate::store::codes::random_code();
    certificate::Entity::insert(certificate::ActiveModel {
        id: Set(Uuid::new_v4()),
        code: Set(code.clone()),
        agency_id: Set(agency_id),
        year: Set(year.to_string()),
        issued_by: Set(by.to_string()),
        issued_at: Set(chrono::Utc::now()),
        body: Set(body),
    })
    .exec_without_returning(db)
    .await?;
    Ok(code)
}

/// The card with this code (written as printed, any case, dashes ignored).
pub async fn by_code(
    db: &DatabaseConnection,
    code: &str,
) -> Result<Option<certificate::Model>, DbErr> {
    let code: String = code
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if code.is_empty() || code.len() > 32 {
        return Ok(None);
    }
    certificate::Entity::find()
        .filter(certificate::Column::Code.eq(code))
        .one(db)
        .await
}

/// An agency's cards, newest first.
pub async fn of_agency(
    db: &DatabaseConnection,
    agency_id: Uuid,
) -> Result<Vec<certificate::Model>, DbErr> {
    certificate::Entity::find()
        .filter(certificate::Column::AgencyId.eq(agency_id))
        .order_by_desc(certificate::Column::IssuedAt)
        .all(db)
        .await
}
