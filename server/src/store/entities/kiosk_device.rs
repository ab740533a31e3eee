//! A tablet paired to one unit of one survey, which shows that survey to
//! one respondent after another. Its key and its pairing code are kept
//! only as keyed hashes.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "kiosk_device")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub survey_id: Uuid,
    pub unit_id: Uuid,
    /// What the manager calls it ("Tablet loket 2").
    pub name: String,
    /// Whether the 1–4 answers also show a face.
    pub faces: bool,
    /// The pairing code's keyed hash, until the tablet is paired.
    #[sea_orm(unique)]
    pub pair_code_hash: Option<String>,
    pub pair_expires_at: Option<DateTimeUtc>,
    /// The device key's keyed hash, once paired.
    #[sea_orm(unique)]
    pub key_hash: Option<String>,
    pub created_by: Uuid,
    pub created_at: DateTimeUtc,
    pub paired_at: Option<DateTimeUtc>,
    pub revoked_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
