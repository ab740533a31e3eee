//! An agency's webhook receiver.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webhook")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub agency_id: Uuid,
    /// Where deliveries are posted.
    pub url: String,
    /// The key each delivery is signed with (HMAC-SHA256); shown once.
    pub secret: String,
    /// The events it wants, comma-separated.
    pub events: String,
    /// Responses stored and periods closed up to this time have been
    /// announced.
    pub seen_until: DateTimeUtc,
    /// The band last announced per survey and unit (JSON).
    pub bands: String,
    pub created_by: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
