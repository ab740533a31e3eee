//! Which assessment method a survey feeds. Surveys from before methods
//! existed are given one at start-up, by the rule the methods' own years
//! imply: a maladministration-perception survey labelled with the 2025
//! opinion table feeds `ori-2025@1`, any other one `ori-2023@1`; a
//! public-trust survey feeds `ori-2025@1`; an SKM survey none. A survey
//! that already names its method keeps it.

use crate::store::entities::{band_table, instrument, method, survey};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use std::collections::HashMap;
use uuid::Uuid;

/// The method a survey on `instrument` labelled by the band table `bands`
/// (keys) fed before surveys named their method.
pub fn before_methods(instrument: &str, bands: &str) -> Option<(&'static str, i32)> {
    match instrument {
        "maladministration-perception" if bands == "ori-2025" => Some(("ori-2025", 1)),
        "maladministration-perception" => Some(("ori-2023", 1)),
        "public-trust" => Some(("ori-2025", 1)),
        _ => None,
    }
}

/// The id of method `key` version `version`, when stored.
pub async fn id_of(
    db: &impl ConnectionTrait,
    key: &str,
    version: i32,
) -> Result<Option<Uuid>, DbErr> {
    Ok(method::Entity::find()
        .filter(method::Column::Key.eq(key))
        .filter(method::Column::Version.eq(version))
        .one(db)
        .await?
        .map(|m| m.id))
}

/// Gives every survey without a method the one [`before_methods`] names.
/// Returns how many surveys were given one.
pub async fn backfill(db: &impl ConnectionTrait) -> Result<u64, DbErr> {
    let without = survey::Entity::find()
        .filter(survey::Column::MethodId.is_null())
        .all(db)
        .await?;
    if without.is_empty() {
        return Ok(0);
    }
    let instruments: HashMap<Uuid, String> = instrument::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|i| (i.id, i.key))
        .collect();
    let tables: HashMap<Uuid, String> = band_table::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|b| (b.id, b.key))
        .collect();
    let mut given = 0;
    for s in without {
        let (Some(i), Some(b)) = (
            instruments.get(&s.instrument_id),
            tables.get(&s.band_table_id),
        ) else {
            continue;
        };
        let Some((key, version)) = before_methods(i, b) else {
            continue;
        };
        let Some(id) = id_of(db, key, version).await? else {
            continue;
        };
        given += survey::Entity::update_many()
            .col_expr(survey::Column::MethodId, Expr::value(id))
            .filter(survey::Column::Id.eq(s.id))
            .filter(survey::Column::MethodId.is_null())
            .exec(db)
            .await?
            .rows_affected;
    }
    Ok(given)
}

#[cfg(test)]
mod tests {
    use super::before_methods;

    #[test]
    fn the_year_of_the_labels_chooses_the_method() {
        let m = "maladministration-perception";
        assert_eq!(before_methods(m, "ori-2025"), Some(("ori-2025", 1)));
        assert_eq!(before_methods(m, "ori-2022"), Some(("ori-2023", 1)));
        assert_eq!(
            before_methods("public-trust", "ori-2025"),
            Some(("ori-2025", 1))
        );
        assert_eq!(before_methods("skm", "skm-2017"), None);
    }
}
