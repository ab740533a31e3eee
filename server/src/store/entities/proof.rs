//! A photo that proves a service was received: kept apart from the
//! answers, its bytes in the object store under `object_key`. `status` is
//! `pending` (waiting for its answers while `response_id` is empty, then for
//! review), `accepted` or `rejected`.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "proof")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub survey_id: Uuid,
    pub unit_id: Option<Uuid>,
    #[sea_orm(unique)]
    pub response_id: Option<Uuid>,
    pub object_key: String,
    pub bytes: i64,
    pub width: i32,
    pub height: i32,
    pub status: String,
    /// Why it was rejected.
    pub reason: String,
    pub reviewed_by: Option<Uuid>,
    pub reviewed_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
