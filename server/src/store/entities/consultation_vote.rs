//! A reply's agreement with one component, and its comment.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consultation_vote")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub reply_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub key: String,
    pub consultation_id: Uuid,
    pub agree: bool,
    pub comment: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
