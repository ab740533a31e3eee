//! One citizen's response. `token_hash` is unique: one response per signed
//! form token.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "response")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub survey_id: Uuid,
    pub unit_id: Option<Uuid>,
    #[sea_orm(unique)]
    pub token_hash: String,
    /// `form`, `api`, `import`, `kiosk`, `interview` or `demo`.
    pub channel: String,
    pub verified: bool,
    pub suspect: bool,
    /// Why it is suspect: comma-separated signals, empty when none.
    pub flags: String,
    /// The answers as one JSON object (item key → value), for exports.
    pub answers: String,
    pub submitted_at: DateTimeUtc,
    /// The network it came from, as a keyed hash that changes every month
    /// (never the address).
    pub network: Option<String>,
    /// Its answer set, as a keyed hash (repeats are found by it).
    pub pattern: Option<String>,
    /// Seconds between showing the form and receiving it.
    pub fill_secs: Option<i32>,
    /// When an assessor restored it after review: it counts again,
    /// whatever its flags.
    pub restored_at: Option<DateTimeUtc>,
    /// The kiosk tablet it was given on (channel `kiosk`).
    pub device_id: Option<Uuid>,
    /// The account that asked the questions (channel `interview`); shown
    /// only within an assessor's reach, never to the rated agency.
    pub interviewer_id: Option<Uuid>,
    /// The counter (*loket*) whose code the form came from.
    pub counter_id: Option<Uuid>,
    /// The version of the survey's own questions it was given under.
    pub questions_version: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
