//! One action of a follow-up plan (*Rencana Tindak Lanjut*).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "followup_action")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub survey_id: Uuid,
    /// The unit the action is for; `None`: the whole survey.
    pub unit_id: Option<Uuid>,
    /// The period whose results it answers ("2026", "2026-Q1").
    pub period: String,
    /// The element (scored item) it answers.
    pub item_key: String,
    pub action: String,
    /// A role or a name, as the agency chooses.
    pub owner: String,
    /// The deadline, "YYYY-MM-DD".
    pub due_on: String,
    /// `planned`, `in_progress` or `done`.
    pub status: String,
    /// What was done, and where the proof is.
    pub evidence: String,
    pub created_by: Uuid,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
