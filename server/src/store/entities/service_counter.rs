//! A counter (*loket*) of one unit whose poster carries its own code, so
//! that a manager sees which counter needs attention.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "service_counter")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub survey_id: Uuid,
    pub unit_id: Uuid,
    /// "Loket 2", "Petugas A".
    pub label: String,
    /// The code in its link (`/s/{slug}?u=…&k=…`).
    #[sea_orm(unique)]
    pub code: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
