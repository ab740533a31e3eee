//! One citizen's reply to a consultation, stored once per form token. No
//! name, address or device is kept: only a keyed hash of the network (for
//! abuse control) and the signals it tripped.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consultation_reply")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub consultation_id: Uuid,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub network: Option<String>,
    /// The signals it tripped (`honeypot,fast`); empty when none.
    pub flags: String,
    pub submitted_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
