//! One component of a consultation's draft standard and the agency's
//! answer to what the public said about it.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consultation_component")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub consultation_id: Uuid,
    /// One of `app::domain::consultation::COMPONENTS`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub key: String,
    pub position: i32,
    pub draft: String,
    /// `accepted`, `partly` or `not`, once answered.
    pub decision: Option<String>,
    pub reason: Option<String>,
    pub final_text: Option<String>,
    pub answered_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
