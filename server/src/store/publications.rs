//! Published periods: which closed periods of a survey its agency shows on
//! its public page.

use crate::store::entities::publication;
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

/// The published periods of these surveys, newest period first.
pub async fn of_surveys(
    db: &DatabaseConnection,
    surveys: &[Uuid],
) -> Result<Vec<publication::Model>, DbErr> {
    publication::Entity::find()
        .filter(publication::Column::SurveyId.is_in(surveys.to_vec()))
        .order_by_desc(publication::Column::Period)
        .all(db)
        .await
}

/// Publishes `period` of `survey` (again: nothing changes).
pub async fn publish(
    db: &DatabaseConnection,
    survey: Uuid,
    period: &str,
    by: Uuid,
) -> Result<(), DbErr> {
    publication::Entity::insert(publication::ActiveModel {
        id: Set(Uuid::new_v4()),
        survey_id: Set(survey),
        period: Set(period.to_string()),
        published_at: Set(chrono::Utc::now()),
        published_by: Set(by),
    })
    .on_conflict(
        OnConflict::columns([publication::Column::SurveyId, publication::Column::Period])
            .do_nothing()
            .to_owned(),
    )
    .try_insert()
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Withdraws `period` of `survey`.
pub async fn withdraw(db: &DatabaseConnection, survey: Uuid, period: &str) -> Result<(), DbErr> {
    publication::Entity::delete_many()
        .filter(publication::Column::SurveyId.eq(survey))
        .filter(publication::Column::Period.eq(period))
        .exec(db)
        .await?;
    Ok(())
}
