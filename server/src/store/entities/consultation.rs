//! A public consultation (*uji publik*) of an agency's draft service
//! standard: open between two dates, closed early by its manager or by
//! its closing date, and finished with the final standard's text.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consultation")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub agency_id: Uuid,
    /// Its public address code (`/k/{slug}`).
    #[sea_orm(unique)]
    pub slug: String,
    pub title: String,
    /// The service product whose standard is consulted on.
    pub service: String,
    pub opens_at: DateTimeUtc,
    pub closes_at: DateTimeUtc,
    /// When its manager closed it (before its closing date).
    pub closed_at: Option<DateTimeUtc>,
    /// The final standard's text, as the agency set it.
    pub final_text: Option<String>,
    pub created_by: Uuid,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
