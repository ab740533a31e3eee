//! Instrument, band-table and method versions as the admin forms offer them: id,
//! key, version and title in both languages (read from the stored
//! definition, whose row keeps only the Indonesian title).

use crate::store::entities::{band_table, instrument, method};
use app::domain::text::Text;
use sea_orm::{DatabaseConnection, DbErr, EntityTrait, QueryOrder};
use uuid::Uuid;

/// One stored version of an instrument or a band table.
#[derive(Clone, Debug)]
pub struct Version {
    /// Its id.
    pub id: Uuid,
    /// Its key, e.g. `skm` or `ori-2025`.
    pub key: String,
    /// Its version number.
    pub version: i32,
    /// Its title in both languages.
    pub title: Text,
}

/// The title inside a stored definition; the rest is not needed here.
#[derive(serde::Deserialize)]
struct Titled {
    title: Text,
}

/// The definition's title, or the row's (Indonesian) one.
fn title_of(definition: &str, fallback: &str) -> Text {
    serde_json::from_str::<Titled>(definition)
        .map(|t| t.title)
        .unwrap_or_else(|_| Text::new(fallback, fallback))
}

/// Every instrument version: by key, newest version first.
pub async fn instruments(db: &DatabaseConnection) -> Result<Vec<Version>, DbErr> {
    Ok(instrument::Entity::find()
        .order_by_asc(instrument::Column::Key)
        .order_by_desc(instrument::Column::Version)
        .all(db)
        .await?
        .into_iter()
        .map(|i| Version {
            title: title_of(&i.definition, &i.title),
            id: i.id,
            key: i.key,
            version: i.version,
        })
        .collect())
}

/// Every band-table version: by key, newest version first.
pub async fn band_tables(db: &DatabaseConnection) -> Result<Vec<Version>, DbErr> {
    Ok(band_table::Entity::find()
        .order_by_asc(band_table::Column::Key)
        .order_by_desc(band_table::Column::Version)
        .all(db)
        .await?
        .into_iter()
        .map(|b| Version {
            title: title_of(&b.definition, &b.title),
            id: b.id,
            key: b.key,
            version: b.version,
        })
        .collect())
}

/// Every assessment-method version (by key, newest version first), each
/// with the instrument keys it reads (its perception and trust surveys).
pub async fn methods(db: &DatabaseConnection) -> Result<Vec<(Version, Vec<String>)>, DbErr> {
    Ok(method::Entity::find()
        .order_by_asc(method::Column::Key)
        .order_by_desc(method::Column::Version)
        .all(db)
        .await?
        .into_iter()
        .map(|m| {
            let reads = serde_json::from_str::<app::domain::method::Method>(&m.definition)
                .map(|d| {
                    std::iter::once(d.perception_instrument)
                        .chain(d.trust_instrument)
                        .collect()
                })
                .unwrap_or_default();
            let v = Version {
                title: title_of(&m.definition, &m.title),
                id: m.id,
                key: m.key,
                version: m.version,
            };
            (v, reads)
        })
        .collect())
}
