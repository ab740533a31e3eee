//! Flagged responses as people review them: batches (one network, one
//! unit, the same signals) for an assessor, the ids of one batch to
//! restore, and counts per set of signals beside a score.

use crate::store::entities::response;
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QuerySelect};
use uuid::Uuid;

/// Flagged responses of one network to one unit with the same signals: what
/// an assessor reviews and may restore at once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Batch {
    /// The network's hash (None: the response came with no network, e.g.
    /// an import).
    pub network: Option<String>,
    /// The unit.
    pub unit_id: Option<Uuid>,
    /// The signals, as stored.
    pub flags: String,
    /// Responses in it.
    pub count: u64,
    /// The first and last of them.
    pub first: DateTime<Utc>,
    /// The last.
    pub last: DateTime<Utc>,
    /// Whether they were restored (and are counted).
    pub restored: bool,
}

/// The flagged batches of `survey_id`, largest first.
pub async fn batches(db: &DatabaseConnection, survey_id: Uuid) -> Result<Vec<Batch>, DbErr> {
    type Row = (
        Option<String>,
        Option<Uuid>,
        String,
        bool,
        i64,
        DateTime<Utc>,
        DateTime<Utc>,
    );
    let rows: Vec<Row> = response::Entity::find()
        .select_only()
        .column(response::Column::Network)
        .column(response::Column::UnitId)
        .column(response::Column::Flags)
        .column_as(response::Column::RestoredAt.is_not_null(), "restored")
        .column_as(response::Column::Id.count(), "count")
        .column_as(response::Column::SubmittedAt.min(), "first")
        .column_as(response::Column::SubmittedAt.max(), "last")
        .filter(response::Column::SurveyId.eq(survey_id))
        .filter(response::Column::Flags.ne(""))
        .group_by(response::Column::Network)
        .group_by(response::Column::UnitId)
        .group_by(response::Column::Flags)
        .group_by(response::Column::RestoredAt.is_not_null())
        .into_tuple()
        .all(db)
        .await?;
    let mut out: Vec<Batch> = rows
        .into_iter()
        .map(
            |(network, unit_id, flags, restored, count, first, last)| Batch {
                network,
                unit_id,
                flags,
                count: count.max(0) as u64,
                first,
                last,
                restored,
            },
        )
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then(b.last.cmp(&a.last)));
    Ok(out)
}

/// The ids of the responses of one batch still left out of the score.
pub async fn batch_ids(
    db: &DatabaseConnection,
    survey_id: Uuid,
    network: Option<&str>,
    unit_id: Option<Uuid>,
    flags: &str,
) -> Result<Vec<Uuid>, DbErr> {
    let mut q = response::Entity::find()
        .select_only()
        .column(response::Column::Id)
        .filter(response::Column::SurveyId.eq(survey_id))
        .filter(response::Column::Flags.eq(flags))
        .filter(response::Column::Suspect.eq(true))
        .filter(response::Column::RestoredAt.is_null());
    q = match network {
        Some(n) => q.filter(response::Column::Network.eq(n)),
        None => q.filter(response::Column::Network.is_null()),
    };
    q = match unit_id {
        Some(u) => q.filter(response::Column::UnitId.eq(u)),
        None => q.filter(response::Column::UnitId.is_null()),
    };
    q.into_tuple().all(db).await
}

/// How many responses left out of the score each set of signals (as
/// stored) accounts for, for the surveys `survey_ids` in `[from, to)` and,
/// when given, one unit.
pub async fn suspect_by_flags(
    db: &DatabaseConnection,
    survey_ids: &[Uuid],
    unit_id: Option<Uuid>,
    span: Option<(DateTime<Utc>, DateTime<Utc>)>,
) -> Result<Vec<(String, u64)>, DbErr> {
    let mut q = response::Entity::find()
        .select_only()
        .column(response::Column::Flags)
        .column_as(response::Column::Id.count(), "count")
        .filter(response::Column::SurveyId.is_in(survey_ids.to_vec()))
        .filter(response::Column::Suspect.eq(true))
        .group_by(response::Column::Flags);
    if let Some(unit) = unit_id {
        q = q.filter(response::Column::UnitId.eq(unit));
    }
    if let Some((from, to)) = span {
        q = q
            .filter(response::Column::SubmittedAt.gte(from))
            .filter(response::Column::SubmittedAt.lt(to));
    }
    let rows: Vec<(String, i64)> = q.into_tuple().all(db).await?;
    Ok(rows
        .into_iter()
        .map(|(f, n)| (f, n.max(0) as u64))
        .collect())
}

/// The surveys of `agency_id` on version `version` of instrument `key`.
pub async fn surveys_on(
    db: &DatabaseConnection,
    agency_id: Uuid,
    key: &str,
    version: u32,
) -> Result<Vec<Uuid>, DbErr> {
    use crate::store::entities::{instrument, survey};
    let versions: Vec<Uuid> = instrument::Entity::find()
        .select_only()
        .column(instrument::Column::Id)
        .filter(instrument::Column::Key.eq(key))
        .filter(instrument::Column::Version.eq(version as i32))
        .into_tuple()
        .all(db)
        .await?;
    survey::Entity::find()
        .select_only()
        .column(survey::Column::Id)
        .filter(survey::Column::AgencyId.eq(agency_id))
        .filter(survey::Column::InstrumentId.is_in(versions))
        .into_tuple()
        .all(db)
        .await
}
