//! What the admin pages read and write: providers, units, surveys and their
//! status. Callers have already checked, through `services::access`, that the
//! account may do it.

use crate::store::entities::{
    agency, band_table, instrument, response, service_unit, survey, survey_unit,
};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, SqlErr, TransactionTrait,
};
use std::collections::HashMap;
use uuid::Uuid;

/// Why a write did not happen.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The slug is used already.
    #[error("the slug is taken")]
    SlugTaken,
    /// The database failed.
    #[error(transparent)]
    Database(#[from] DbErr),
}

fn taken(e: DbErr) -> WriteError {
    match e.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => WriteError::SlugTaken,
        _ => WriteError::Database(e),
    }
}

/// Units and surveys per agency.
pub async fn counts(db: &DatabaseConnection) -> Result<HashMap<Uuid, (u64, u64)>, DbErr> {
    let mut out: HashMap<Uuid, (u64, u64)> = HashMap::new();
    let units: Vec<(Uuid, i64)> = service_unit::Entity::find()
        .select_only()
        .column(service_unit::Column::AgencyId)
        .column_as(service_unit::Column::Id.count(), "n")
        .group_by(service_unit::Column::AgencyId)
        .into_tuple()
        .all(db)
        .await?;
    for (a, n) in units {
        out.entry(a).or_default().0 = n as u64;
    }
    let surveys: Vec<(Uuid, i64)> = survey::Entity::find()
        .select_only()
        .column(survey::Column::AgencyId)
        .column_as(survey::Column::Id.count(), "n")
        .group_by(survey::Column::AgencyId)
        .into_tuple()
        .all(db)
        .await?;
    for (a, n) in surveys {
        out.entry(a).or_default().1 = n as u64;
    }
    Ok(out)
}

/// A provider's fields.
pub struct AgencyFields<'a> {
    /// Name.
    pub name: &'a str,
    /// Kind.
    pub kind: &'a str,
    /// Province.
    pub region: &'a str,
    /// Parent.
    pub parent_id: Option<Uuid>,
}

/// Creates a provider.
pub async fn create_agency(
    db: &DatabaseConnection,
    slug: &str,
    f: AgencyFields<'_>,
) -> Result<Uuid, WriteError> {
    let id = Uuid::new_v4();
    agency::Entity::insert(agency::ActiveModel {
        id: Set(id),
        slug: Set(slug.to_string()),
        name: Set(f.name.to_string()),
        kind: Set(f.kind.to_string()),
        region: Set(f.region.to_string()),
        parent_id: Set(f.parent_id),
        created_at: Set(chrono::Utc::now()),
    })
    .exec_without_returning(db)
    .await
    .map_err(taken)?;
    Ok(id)
}

/// Changes a provider (not its slug).
pub async fn update_agency(
    db: &DatabaseConnection,
    id: Uuid,
    f: AgencyFields<'_>,
) -> Result<(), DbErr> {
    agency::Entity::update_many()
        .col_expr(agency::Column::Name, Expr::value(f.name))
        .col_expr(agency::Column::Kind, Expr::value(f.kind))
        .col_expr(agency::Column::Region, Expr::value(f.region))
        .col_expr(agency::Column::ParentId, Expr::value(f.parent_id))
        .filter(agency::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// The agency with this slug, whoever asks (for parents).
pub async fn agency_by_slug(
    db: &DatabaseConnection,
    slug: &str,
) -> Result<Option<agency::Model>, DbErr> {
    agency::Entity::find()
        .filter(agency::Column::Slug.eq(slug))
        .one(db)
        .await
}

/// The agency with this id, whoever asks (for parents).
pub async fn agency_by_id(
    db: &DatabaseConnection,
    id: Uuid,
) -> Result<Option<agency::Model>, DbErr> {
    agency::Entity::find_by_id(id).one(db).await
}

/// A provider's units, by name.
pub async fn units(
    db: &DatabaseConnection,
    agency_id: Uuid,
) -> Result<Vec<service_unit::Model>, DbErr> {
    service_unit::Entity::find()
        .filter(service_unit::Column::AgencyId.eq(agency_id))
        .order_by_asc(service_unit::Column::Name)
        .all(db)
        .await
}

/// Creates a unit.
pub async fn create_unit(
    db: &DatabaseConnection,
    agency_id: Uuid,
    slug: &str,
    name: &str,
    sector: &str,
    expected_users: Option<i32>,
) -> Result<(), WriteError> {
    service_unit::Entity::insert(service_unit::ActiveModel {
        id: Set(Uuid::new_v4()),
        agency_id: Set(agency_id),
        slug: Set(slug.to_string()),
        name: Set(name.to_string()),
        sector: Set(sector.to_string()),
        expected_users: Set(expected_users),
    })
    .exec_without_returning(db)
    .await
    .map_err(taken)?;
    Ok(())
}

/// Changes a unit (not its slug).
pub async fn update_unit(
    db: &DatabaseConnection,
    id: Uuid,
    name: &str,
    sector: &str,
    expected_users: Option<i32>,
) -> Result<(), DbErr> {
    service_unit::Entity::update_many()
        .col_expr(service_unit::Column::Name, Expr::value(name))
        .col_expr(service_unit::Column::Sector, Expr::value(sector))
        .col_expr(
            service_unit::Column::ExpectedUsers,
            Expr::value(expected_users),
        )
        .filter(service_unit::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// A provider's surveys, newest first.
pub async fn surveys(
    db: &DatabaseConnection,
    agency_id: Uuid,
) -> Result<Vec<survey::Model>, DbErr> {
    survey::Entity::find()
        .filter(survey::Column::AgencyId.eq(agency_id))
        .order_by_desc(survey::Column::CreatedAt)
        .all(db)
        .await
}

/// Every instrument version: (id, "title (key v)").
pub async fn instruments(db: &DatabaseConnection) -> Result<Vec<(Uuid, String)>, DbErr> {
    Ok(instrument::Entity::find()
        .order_by_asc(instrument::Column::Key)
        .order_by_desc(instrument::Column::Version)
        .all(db)
        .await?
        .into_iter()
        .map(|i| (i.id, format!("{} ({} v{})", i.title, i.key, i.version)))
        .collect())
}

/// Every band-table version: (id, "title (key v)").
pub async fn band_tables(db: &DatabaseConnection) -> Result<Vec<(Uuid, String)>, DbErr> {
    Ok(band_table::Entity::find()
        .order_by_asc(band_table::Column::Key)
        .order_by_desc(band_table::Column::Version)
        .all(db)
        .await?
        .into_iter()
        .map(|b| (b.id, format!("{} ({} v{})", b.title, b.key, b.version)))
        .collect())
}

/// A survey's fields.
pub struct SurveyFields {
    /// Title.
    pub title: String,
    /// Instrument version.
    pub instrument_id: Uuid,
    /// Band table version.
    pub band_table_id: Uuid,
    /// Units covered.
    pub unit_ids: Vec<Uuid>,
    /// Opening time.
    pub opens_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Closing time.
    pub closes_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Allowed embed origins.
    pub origins: Vec<String>,
    /// Device policy.
    pub device_policy: String,
    /// The assessment method it feeds, when any.
    pub method_id: Option<Uuid>,
    /// Whether the form offers a photo as proof of service.
    pub proof_photos: bool,
}

/// Creates a draft survey and its units in one transaction.
pub async fn create_survey(
    db: &DatabaseConnection,
    agency_id: Uuid,
    slug: &str,
    f: SurveyFields,
) -> Result<(), WriteError> {
    let txn = db.begin().await?;
    let id = Uuid::new_v4();
    survey::Entity::insert(survey::ActiveModel {
        id: Set(id),
        slug: Set(slug.to_string()),
        agency_id: Set(agency_id),
        instrument_id: Set(f.instrument_id),
        band_table_id: Set(f.band_table_id),
        title: Set(f.title),
        status: Set("draft".into()),
        opens_at: Set(f.opens_at),
        closes_at: Set(f.closes_at),
        created_at: Set(chrono::Utc::now()),
        device_policy: Set(f.device_policy),
        embed_origins: Set(f.origins.join(" ")),
        method_id: Set(f.method_id),
        proof_photos: Set(f.proof_photos),
    })
    .exec_without_returning(&txn)
    .await
    .map_err(taken)?;
    set_units(&txn, id, &f.unit_ids).await?;
    txn.commit().await?;
    Ok(())
}

/// Changes a survey. The instrument and band table change only while it is
/// a draft: the update is conditional on the status, so a survey opened
/// meanwhile keeps its instrument.
pub async fn update_survey(
    db: &DatabaseConnection,
    id: Uuid,
    f: SurveyFields,
) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    survey::Entity::update_many()
        .col_expr(survey::Column::Title, Expr::value(f.title))
        .col_expr(survey::Column::OpensAt, Expr::value(f.opens_at))
        .col_expr(survey::Column::ClosesAt, Expr::value(f.closes_at))
        .col_expr(
            survey::Column::EmbedOrigins,
            Expr::value(f.origins.join(" ")),
        )
        .col_expr(survey::Column::DevicePolicy, Expr::value(f.device_policy))
        .col_expr(survey::Column::ProofPhotos, Expr::value(f.proof_photos))
        .filter(survey::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    survey::Entity::update_many()
        .col_expr(survey::Column::InstrumentId, Expr::value(f.instrument_id))
        .col_expr(survey::Column::BandTableId, Expr::value(f.band_table_id))
        .col_expr(survey::Column::MethodId, Expr::value(f.method_id))
        .filter(survey::Column::Id.eq(id))
        .filter(survey::Column::Status.eq("draft"))
        .exec(&txn)
        .await?;
    survey_unit::Entity::delete_many()
        .filter(survey_unit::Column::SurveyId.eq(id))
        .exec(&txn)
        .await?;
    set_units(&txn, id, &f.unit_ids).await?;
    txn.commit().await
}

async fn set_units(
    txn: &sea_orm::DatabaseTransaction,
    survey_id: Uuid,
    units: &[Uuid],
) -> Result<(), DbErr> {
    if units.is_empty() {
        return Ok(());
    }
    survey_unit::Entity::insert_many(units.iter().map(|u| survey_unit::ActiveModel {
        survey_id: Set(survey_id),
        unit_id: Set(*u),
    }))
    .exec_without_returning(txn)
    .await?;
    Ok(())
}

/// The units a survey covers.
pub async fn survey_unit_ids(db: &DatabaseConnection, survey_id: Uuid) -> Result<Vec<Uuid>, DbErr> {
    survey_unit::Entity::find()
        .select_only()
        .column(survey_unit::Column::UnitId)
        .filter(survey_unit::Column::SurveyId.eq(survey_id))
        .into_tuple()
        .all(db)
        .await
}

/// Moves a survey from `from` to `to`; false when it was not in `from`.
pub async fn set_status(
    db: &DatabaseConnection,
    id: Uuid,
    from: &str,
    to: &str,
) -> Result<bool, DbErr> {
    Ok(survey::Entity::update_many()
        .col_expr(survey::Column::Status, Expr::value(to))
        .filter(survey::Column::Id.eq(id))
        .filter(survey::Column::Status.eq(from))
        .exec(db)
        .await?
        .rows_affected
        == 1)
}

/// Responses stored for a survey.
pub async fn response_count(db: &DatabaseConnection, survey_id: Uuid) -> Result<u64, DbErr> {
    let n: Option<i64> = response::Entity::find()
        .select_only()
        .column_as(response::Column::Id.count(), "n")
        .filter(response::Column::SurveyId.eq(survey_id))
        .into_tuple()
        .one(db)
        .await?;
    Ok(n.unwrap_or(0) as u64)
}
