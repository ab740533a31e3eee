//! Follow-up actions: a survey's plan for a period, read and written.

use crate::store::entities::followup_action as action;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder,
};
use uuid::Uuid;

/// What a manager writes for an action.
#[derive(Clone, Debug)]
pub struct Fields {
    /// The unit, or the whole survey.
    pub unit_id: Option<Uuid>,
    /// The element it answers.
    pub item_key: String,
    /// What will be done.
    pub action: String,
    /// Who does it.
    pub owner: String,
    /// By when, "YYYY-MM-DD".
    pub due_on: String,
}

/// A survey's actions for `period`, by deadline.
pub async fn plan(
    db: &DatabaseConnection,
    survey_id: Uuid,
    period: &str,
) -> Result<Vec<action::Model>, DbErr> {
    action::Entity::find()
        .filter(action::Column::SurveyId.eq(survey_id))
        .filter(action::Column::Period.eq(period))
        .order_by_asc(action::Column::DueOn)
        .order_by_asc(action::Column::CreatedAt)
        .all(db)
        .await
}

/// The action `id` of `survey_id`, if there is one (another survey's
/// action is not found).
pub async fn one(
    db: &DatabaseConnection,
    survey_id: Uuid,
    id: Uuid,
) -> Result<Option<action::Model>, DbErr> {
    action::Entity::find_by_id(id)
        .filter(action::Column::SurveyId.eq(survey_id))
        .one(db)
        .await
}

/// Adds an action, planned; returns its id.
pub async fn add(
    db: &DatabaseConnection,
    survey_id: Uuid,
    period: &str,
    f: Fields,
    by: Uuid,
) -> Result<Uuid, DbErr> {
    let id = Uuid::new_v4();
    let now = chrono::Utc::now();
    action::Entity::insert(action::ActiveModel {
        id: Set(id),
        survey_id: Set(survey_id),
        unit_id: Set(f.unit_id),
        period: Set(period.to_string()),
        item_key: Set(f.item_key),
        action: Set(f.action),
        owner: Set(f.owner),
        due_on: Set(f.due_on),
        status: Set("planned".into()),
        evidence: Set(String::new()),
        created_by: Set(by),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .exec_without_returning(db)
    .await?;
    Ok(id)
}

/// Sets an action's status and evidence notes.
pub async fn progress(
    db: &DatabaseConnection,
    found: action::Model,
    status: &str,
    evidence: &str,
) -> Result<(), DbErr> {
    let mut row: action::ActiveModel = found.into();
    row.status = Set(status.to_string());
    row.evidence = Set(evidence.to_string());
    row.updated_at = Set(chrono::Utc::now());
    row.update(db).await?;
    Ok(())
}
