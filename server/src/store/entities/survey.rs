//! A published questionnaire: one agency, one instrument version, one band
//! table, a public slug and a status.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "survey")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub slug: String,
    pub agency_id: Uuid,
    pub instrument_id: Uuid,
    pub band_table_id: Uuid,
    pub title: String,
    /// `draft`, `open` or `closed`.
    pub status: String,
    pub opens_at: Option<DateTimeUtc>,
    pub closes_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    /// Repeat answers from one device in a month: `allow`, `flag` or
    /// `reject`.
    pub device_policy: String,
    /// Space-separated origins allowed to show the survey in a frame.
    pub embed_origins: String,
    /// The assessment method the survey feeds (`None`: none, e.g. SKM).
    pub method_id: Option<Uuid>,
    /// Whether the form offers a photo of the receipt or document as
    /// proof of service.
    pub proof_photos: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
