//! Writing the demo providers, units and surveys, each once.

use super::data::DemoAgency;
use crate::store::entities::{agency, band_table, instrument, service_unit, survey, survey_unit};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter,
    sea_query::OnConflict,
};
use uuid::Uuid;

pub(super) async fn upsert_agency(db: &DatabaseConnection, a: &DemoAgency) -> Result<Uuid, DbErr> {
    if let Some(found) = agency::Entity::find()
        .filter(agency::Column::Slug.eq(a.slug))
        .one(db)
        .await?
    {
        return Ok(found.id);
    }
    let id = Uuid::new_v4();
    agency::Entity::insert(agency::ActiveModel {
        id: Set(id),
        slug: Set(a.slug.into()),
        name: Set(a.name.into()),
        kind: Set(a.kind.into()),
        region: Set(a.region.into()),
        parent_id: Set(None),
        created_at: Set(chrono::Utc::now()),
    })
    .exec_without_returning(db)
    .await?;
    Ok(id)
}

pub(super) async fn upsert_unit(
    db: &DatabaseConnection,
    agency_id: Uuid,
    slug: &str,
    name: &str,
    sector: &str,
    users: i32,
) -> Result<Uuid, DbErr> {
    if let Some(found) = unit_id(db, agency_id, slug).await? {
        return Ok(found);
    }
    let id = Uuid::new_v4();
    service_unit::Entity::insert(service_unit::ActiveModel {
        id: Set(id),
        agency_id: Set(agency_id),
        slug: Set(slug.into()),
        name: Set(name.into()),
        sector: Set(sector.into()),
        expected_users: Set(Some(users)),
    })
    .exec_without_returning(db)
    .await?;
    Ok(id)
}

async fn unit_id(
    db: &DatabaseConnection,
    agency_id: Uuid,
    slug: &str,
) -> Result<Option<Uuid>, DbErr> {
    Ok(service_unit::Entity::find()
        .filter(service_unit::Column::AgencyId.eq(agency_id))
        .filter(service_unit::Column::Slug.eq(slug))
        .one(db)
        .await?
        .map(|u| u.id))
}

/// Creates the survey when missing; returns its id, unit ids and instrument id.
pub(super) async fn upsert_survey(
    db: &DatabaseConnection,
    slug: &str,
    agency_slug: &str,
    unit_slugs: &[&str],
    instrument_key: (&str, i32),
    bands_key: (&str, i32),
    title: &str,
) -> Result<(Uuid, Vec<Uuid>, Uuid), DbErr> {
    let not_found = |what: &str| DbErr::RecordNotFound(format!("demo {what}"));
    let agency = agency::Entity::find()
        .filter(agency::Column::Slug.eq(agency_slug))
        .one(db)
        .await?
        .ok_or_else(|| not_found("agency"))?;
    let instrument = instrument::Entity::find()
        .filter(instrument::Column::Key.eq(instrument_key.0))
        .filter(instrument::Column::Version.eq(instrument_key.1))
        .one(db)
        .await?
        .ok_or_else(|| not_found("instrument"))?;
    let bands = band_table::Entity::find()
        .filter(band_table::Column::Key.eq(bands_key.0))
        .filter(band_table::Column::Version.eq(bands_key.1))
        .one(db)
        .await?
        .ok_or_else(|| not_found("band table"))?;
    let mut units = Vec::new();
    for u in unit_slugs {
        units.push(
            unit_id(db, agency.id, u)
                .await?
                .ok_or_else(|| not_found("unit"))?,
        );
    }
    // The method a new survey on this instrument and band table feeds.
    let method_id = match crate::store::methods::before_methods(instrument_key.0, bands_key.0) {
        Some((key, version)) => crate::store::methods::id_of(db, key, version).await?,
        None => None,
    };
    let existing = survey::Entity::find()
        .filter(survey::Column::Slug.eq(slug))
        .one(db)
        .await?;
    let id = match existing {
        Some(s) => s.id,
        None => {
            let id = Uuid::new_v4();
            survey::Entity::insert(survey::ActiveModel {
                id: Set(id),
                slug: Set(slug.into()),
                agency_id: Set(agency.id),
                instrument_id: Set(instrument.id),
                band_table_id: Set(bands.id),
                title: Set(title.into()),
                status: Set("open".into()),
                opens_at: Set(None),
                closes_at: Set(None),
                created_at: Set(chrono::Utc::now()),
                device_policy: Set("allow".into()),
                embed_origins: Set(String::new()),
                method_id: Set(method_id),
                // The 2025 survey asks those served for proof.
                proof_photos: Set(instrument_key.0 == "maladministration-perception"),
            })
            .exec_without_returning(db)
            .await?;
            id
        }
    };
    survey_unit::Entity::insert_many(units.iter().map(|u| survey_unit::ActiveModel {
        survey_id: Set(id),
        unit_id: Set(*u),
    }))
    .on_conflict(
        OnConflict::columns([survey_unit::Column::SurveyId, survey_unit::Column::UnitId])
            .do_nothing()
            .to_owned(),
    )
    .try_insert()
    .exec_without_returning(db)
    .await?;
    Ok((id, units, instrument.id))
}
