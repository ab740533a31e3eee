//! A report card and certificate issued to an agency for a year.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "certificate")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The verification code printed on it.
    #[sea_orm(unique)]
    pub code: String,
    pub agency_id: Uuid,
    pub year: String,
    /// The issuing assessor's e-mail address.
    pub issued_by: String,
    pub issued_at: DateTimeUtc,
    /// The figures as issued (JSON of `app::pages::certificate::Card`).
    pub body: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
