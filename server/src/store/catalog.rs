//! The instrument, band-table and method definitions that ship with Persepsi, and
//! their loading into the database. Definitions are TOML files under
//! `app/definitions/`; each is validated, then stored as canonical JSON with
//! a checksum. A stored version never changes: shipping an edited
//! definition under a version the database already has is an error.

use crate::store::entities::{band_table, instrument, method};
use app::domain::bands::BandTable;
use app::domain::instrument::Instrument;
use app::domain::method::Method;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use serde::Serialize;
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// Shipped instrument definitions: (file name, text).
pub const INSTRUMENTS: &[(&str, &str)] = &[
    (
        "maladministration-perception.v1.toml",
        include_str!("../../../app/definitions/instruments/maladministration-perception.v1.toml"),
    ),
    (
        "skm.v1.toml",
        include_str!("../../../app/definitions/instruments/skm.v1.toml"),
    ),
    (
        "maladministration-perception.v2.toml",
        include_str!("../../../app/definitions/instruments/maladministration-perception.v2.toml"),
    ),
    (
        "skm.v2.toml",
        include_str!("../../../app/definitions/instruments/skm.v2.toml"),
    ),
    (
        "public-trust.v1.toml",
        include_str!("../../../app/definitions/instruments/public-trust.v1.toml"),
    ),
];

/// Shipped band tables: (file name, text).
pub const BAND_TABLES: &[(&str, &str)] = &[
    (
        "ori-2015.v1.toml",
        include_str!("../../../app/definitions/bands/ori-2015.v1.toml"),
    ),
    (
        "ori-2022.v1.toml",
        include_str!("../../../app/definitions/bands/ori-2022.v1.toml"),
    ),
    (
        "ori-2025.v1.toml",
        include_str!("../../../app/definitions/bands/ori-2025.v1.toml"),
    ),
    (
        "ori-2025.v2.toml",
        include_str!("../../../app/definitions/bands/ori-2025.v2.toml"),
    ),
    (
        "kpk-spi.v1.toml",
        include_str!("../../../app/definitions/bands/kpk-spi.v1.toml"),
    ),
    (
        "skm-2017.v1.toml",
        include_str!("../../../app/definitions/bands/skm-2017.v1.toml"),
    ),
];

/// Shipped assessment methods: (file name, text).
pub const METHODS: &[(&str, &str)] = &[
    (
        "ori-2023.v1.toml",
        include_str!("../../../app/definitions/methods/ori-2023.v1.toml"),
    ),
    (
        "ori-2025.v1.toml",
        include_str!("../../../app/definitions/methods/ori-2025.v1.toml"),
    ),
];

/// A definition that checks its own coherence.
pub trait Definition: serde::de::DeserializeOwned {
    /// Every problem, each naming the item or band.
    fn problems(&self) -> Result<(), Vec<String>>;
}

impl Definition for Instrument {
    fn problems(&self) -> Result<(), Vec<String>> {
        self.validate()
    }
}

impl Definition for BandTable {
    fn problems(&self) -> Result<(), Vec<String>> {
        self.validate()
    }
}

impl Definition for Method {
    fn problems(&self) -> Result<(), Vec<String>> {
        self.validate()
    }
}

/// Reads and validates a definition file; errors name the file.
pub fn parse<T: Definition>(file: &str, text: &str) -> Result<T, String> {
    let parsed: T =
        toml::from_str(text).map_err(|e| format!("{file}: {}", e.to_string().trim()))?;
    parsed
        .problems()
        .map_err(|p| format!("{file}: {}", p.join("; ")))?;
    Ok(parsed)
}

/// Canonical JSON and its checksum: formatting and comments of the source
/// file do not change a definition, its content does.
fn canonical<T: Serialize>(value: &T) -> (String, String) {
    let json = serde_json::to_string(value).expect("definitions serialize");
    let sum = Sha256::digest(json.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    (json, sum)
}

/// Loads every shipped definition that the database does not have yet, and
/// refuses to start when a stored version differs from the shipped one.
pub async fn sync(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    for (file, text) in INSTRUMENTS {
        let def: Instrument = parse(file, text).map_err(DbErr::Custom)?;
        store_instrument(db, file, &def).await?;
    }
    for (file, text) in BAND_TABLES {
        let def: BandTable = parse(file, text).map_err(DbErr::Custom)?;
        store_band_table(db, file, &def).await?;
    }
    for (file, text) in METHODS {
        let def: Method = parse(file, text).map_err(DbErr::Custom)?;
        check_method_refs(file, &def)?;
        store_method(db, file, &def).await?;
    }
    Ok(())
}

/// A method names a band table and instruments by key: each must ship.
fn check_method_refs(file: &str, def: &Method) -> Result<(), DbErr> {
    let ships = |list: &[(&str, &str)], name: String| list.iter().any(|(f, _)| *f == name);
    let labels = format!("{}.v{}.toml", def.labels.table, def.labels.version);
    let mut missing = Vec::new();
    if !ships(BAND_TABLES, labels.clone()) {
        missing.push(labels);
    }
    for key in std::iter::once(&def.perception_instrument).chain(&def.trust_instrument) {
        if !INSTRUMENTS
            .iter()
            .any(|(f, _)| f.starts_with(&format!("{key}.v")))
        {
            missing.push(format!("instrument {key}"));
        }
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(DbErr::Custom(format!(
            "{file}: names {}",
            missing.join(", ")
        )))
    }
}

/// Defines a function that stores a definition version unless the
/// database has it already, refuses one whose content changed, and returns
/// its id. The three tables have the same shape.
macro_rules! store_version {
    ($(#[$doc:meta])* $name:ident, $table:ident, $def:ty, $what:literal) => {
        $(#[$doc])*
        pub async fn $name(db: &impl ConnectionTrait, file: &str, def: &$def) -> Result<Uuid, DbErr> {
            let (json, sum) = canonical(def);
            let found = $table::Entity::find()
                .filter($table::Column::Key.eq(&def.key))
                .filter($table::Column::Version.eq(def.version as i32))
                .one(db)
                .await?;
            if let Some(row) = found {
                if row.checksum != sum {
                    return Err(DbErr::Custom(format!(
                        "{file}: {} {} version {} differs from the stored one; a version \
                         never changes, give the new content a new version number",
                        $what, def.key, def.version
                    )));
                }
                return Ok(row.id);
            }
            let id = Uuid::new_v4();
            $table::Entity::insert($table::ActiveModel {
                id: Set(id),
                key: Set(def.key.clone()),
                version: Set(def.version as i32),
                title: Set(def.title.id.clone()),
                definition: Set(json),
                checksum: Set(sum),
                created_at: Set(chrono::Utc::now()),
            })
            .exec_without_returning(db)
            .await?;
            Ok(id)
        }
    };
}

store_version!(
    /// Stores an instrument version unless it is already there; returns its id.
    store_instrument, instrument, Instrument, "instrument"
);
store_version!(
    /// Stores a band-table version unless it is already there; returns its id.
    store_band_table, band_table, BandTable, "band table"
);
store_version!(
    /// Stores a method version unless it is already there; returns its id.
    store_method, method, Method, "method"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_definition_is_valid() {
        for (file, text) in INSTRUMENTS {
            parse::<Instrument>(file, text).unwrap();
        }
        for (file, text) in BAND_TABLES {
            parse::<BandTable>(file, text).unwrap();
        }
        for (file, text) in METHODS {
            let m = parse::<Method>(file, text).unwrap();
            check_method_refs(file, &m).unwrap_or_else(|e| panic!("{e}"));
        }
    }

    #[test]
    fn the_instruments_have_the_items_the_domain_names() {
        let mal: Instrument = parse(INSTRUMENTS[0].0, INSTRUMENTS[0].1).unwrap();
        let forms: Vec<_> = mal.scored_items().map(|i| i.key.as_str()).collect();
        assert_eq!(
            forms,
            [
                "undue_delay",
                "no_service",
                "procedure",
                "abuse_of_authority",
                "incompetence",
                "payment_request",
                "impropriety",
                "discrimination",
                "partiality",
                "conflict_of_interest"
            ]
        );
        assert!(mal.scored_items().all(|i| i.offers_not_applicable(&mal)));
        assert_eq!(mal.item("used_service").unwrap().eligible, ["ya"]);
        let skm: Instrument = parse(INSTRUMENTS[1].0, INSTRUMENTS[1].1).unwrap();
        assert_eq!(skm.scored_items().count(), 9);
        assert!(skm.scored_items().all(|i| !i.offers_not_applicable(&skm)));
        for key in ["sex", "age_band", "education", "occupation"] {
            assert!(skm.item(key).is_some(), "SKM profile item {key}");
        }
    }

    #[test]
    fn errors_name_the_file_and_the_item() {
        let broken = INSTRUMENTS[1]
            .1
            .replace("key = \"u3_time\"", "key = \"u2_procedure\"");
        let e = parse::<Instrument>("skm.v9.toml", &broken).unwrap_err();
        assert!(e.starts_with("skm.v9.toml: "), "{e}");
        assert!(e.contains("item `u2_procedure`: key used twice"), "{e}");
        let e = parse::<Instrument>("x.toml", "key = 1").unwrap_err();
        assert!(e.starts_with("x.toml: "), "{e}");
    }
}
