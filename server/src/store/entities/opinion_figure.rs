//! A figure an assessor entered for an agency's opinion: one method part
//! (e.g. `standards`) in one year, 0–100.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "opinion_figure")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub agency_id: Uuid,
    pub year: i32,
    pub method_id: Uuid,
    pub part: String,
    pub value: f64,
    pub entered_by: Option<Uuid>,
    pub entered_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
