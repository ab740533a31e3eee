//! Running sums for scores (see `app::domain::stats::Tally`), per survey,
//! unit, month (UTC+7), response status and shard.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "tally")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub survey_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub unit_key: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub month: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub verified: bool,
    #[sea_orm(primary_key, auto_increment = false)]
    pub suspect: bool,
    #[sea_orm(primary_key, auto_increment = false)]
    pub shard: i16,
    pub data: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
