//! What the public listings read: every agency, every survey with its
//! units and instrument version. A few thousand rows at most; who may see
//! which is decided above, in Rust, for both databases alike.

use crate::store::entities::{agency, instrument, service_unit, survey, survey_unit};
use sea_orm::{DatabaseConnection, DbErr, EntityTrait, QueryOrder};
use std::collections::HashMap;
use uuid::Uuid;

/// Every agency, by name.
pub async fn agencies(db: &DatabaseConnection) -> Result<Vec<agency::Model>, DbErr> {
    agency::Entity::find()
        .order_by_asc(agency::Column::Name)
        .order_by_asc(agency::Column::Slug)
        .all(db)
        .await
}

/// One survey as the listings show it.
#[derive(Clone, Debug)]
pub struct Listed {
    /// The survey row.
    pub survey: survey::Model,
    /// Its instrument as `key@version`.
    pub instrument: String,
    /// Its units' slugs, sorted.
    pub units: Vec<String>,
}

/// Every survey, by title, with its instrument version and units.
pub async fn surveys(db: &DatabaseConnection) -> Result<Vec<Listed>, DbErr> {
    let instruments: HashMap<Uuid, String> = instrument::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|i| (i.id, format!("{}@{}", i.key, i.version)))
        .collect();
    let unit_slugs: HashMap<Uuid, String> = service_unit::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.slug))
        .collect();
    let mut units: HashMap<Uuid, Vec<String>> = HashMap::new();
    for link in survey_unit::Entity::find().all(db).await? {
        if let Some(slug) = unit_slugs.get(&link.unit_id) {
            units.entry(link.survey_id).or_default().push(slug.clone());
        }
    }
    let rows = survey::Entity::find()
        .order_by_asc(survey::Column::Title)
        .order_by_asc(survey::Column::Slug)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|s| {
            let mut u = units.remove(&s.id).unwrap_or_default();
            u.sort();
            Listed {
                instrument: instruments
                    .get(&s.instrument_id)
                    .cloned()
                    .unwrap_or_default(),
                units: u,
                survey: s,
            }
        })
        .collect())
}
