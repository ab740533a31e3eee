//! The demo regency's Ombudsman opinion: its surveys name the 2025
//! method, and an assessor's figures for this year complete the composite.
//! The service standards are near-perfect on paper, so that the page shows
//! where the internal checks and the users disagree.

use crate::store::entities::survey;
use crate::store::opinion::{self as repo, NewFigure};
use chrono::Datelike;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, sea_query::Expr};
use uuid::Uuid;

/// The assessor's figures for the demo regency.
const FIGURES: &[(&str, f64)] = &[
    ("input", 82.0),
    ("standards", 98.0),
    ("output", 76.0),
    ("complaints", 74.0),
];

/// The demo's year: this year in UTC+7.
pub fn demo_year() -> i32 {
    (chrono::Utc::now() + chrono::Duration::hours(7)).year()
}

/// Names the method on `surveys` that name none yet, and enters the demo
/// regency's figures for this year unless some are there already.
pub(super) async fn load(
    db: &DatabaseConnection,
    agency_id: Uuid,
    surveys: &[Uuid],
) -> Result<(), DbErr> {
    let method_id = repo::method_id(db, "ori-2025", 1)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("demo method".into()))?;
    survey::Entity::update_many()
        .col_expr(survey::Column::MethodId, Expr::value(method_id))
        .filter(survey::Column::Id.is_in(surveys.iter().copied()))
        .filter(survey::Column::MethodId.is_null())
        .exec(db)
        .await?;
    let year = demo_year();
    if !repo::entered(db, agency_id, year, method_id)
        .await?
        .figures
        .is_empty()
    {
        return Ok(());
    }
    let figures: Vec<NewFigure> = FIGURES
        .iter()
        .map(|(part, value)| NewFigure {
            agency_id,
            part: part.to_string(),
            value: *value,
        })
        .collect();
    repo::save(db, year, method_id, &figures, None).await?;
    repo::set_followed_up(db, agency_id, year, Some(true), None).await?;
    Ok(())
}
