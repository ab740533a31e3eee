//! Counters (*loket*) or officers a survey's links and posters can name,
//! so answers are attributed to them.

use crate::store::entities::service_counter;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder,
};
use uuid::Uuid;

/// A survey's counters, by label.
pub async fn list(
    db: &DatabaseConnection,
    survey_id: Uuid,
) -> Result<Vec<service_counter::Model>, DbErr> {
    service_counter::Entity::find()
        .filter(service_counter::Column::SurveyId.eq(survey_id))
        .order_by_asc(service_counter::Column::Label)
        .all(db)
        .await
}

/// Adds a counter to a survey's unit under `code`.
pub async fn create(
    db: &DatabaseConnection,
    survey_id: Uuid,
    unit_id: Uuid,
    label: &str,
    code: &str,
    now: DateTime<Utc>,
) -> Result<service_counter::Model, DbErr> {
    service_counter::ActiveModel {
        id: Set(Uuid::new_v4()),
        survey_id: Set(survey_id),
        unit_id: Set(unit_id),
        label: Set(label.to_string()),
        code: Set(code.to_string()),
        created_at: Set(now),
    }
    .insert(db)
    .await
}

/// The survey's counter with this code, if any.
pub async fn by_code(
    db: &DatabaseConnection,
    survey_id: Uuid,
    code: &str,
) -> Result<Option<service_counter::Model>, DbErr> {
    service_counter::Entity::find()
        .filter(service_counter::Column::SurveyId.eq(survey_id))
        .filter(service_counter::Column::Code.eq(code))
        .one(db)
        .await
}
