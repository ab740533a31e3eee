//! Instrument, band-table and method versions, parsed once from the database and
//! kept for good (a version never changes).

use crate::store::entities::{band_table, instrument, method};
use app::domain::bands::BandTable;
use app::domain::instrument::Instrument;
use app::domain::method::Method;
use sea_orm::{DatabaseConnection, DbErr, EntityTrait};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use uuid::Uuid;

/// The parsed definitions read so far.
#[derive(Default)]
pub struct Definitions {
    instruments: RwLock<HashMap<Uuid, Arc<Instrument>>>,
    band_tables: RwLock<HashMap<Uuid, Arc<BandTable>>>,
    methods: RwLock<HashMap<Uuid, Arc<Method>>>,
}

impl Definitions {
    /// The instrument version with this id.
    pub async fn instrument(
        &self,
        db: &DatabaseConnection,
        id: Uuid,
    ) -> Result<Arc<Instrument>, DbErr> {
        cached(&self.instruments, id, "instrument", async {
            Ok(instrument::Entity::find_by_id(id)
                .one(db)
                .await?
                .map(|r| r.definition))
        })
        .await
    }

    /// The band-table version with this id.
    pub async fn band_table(
        &self,
        db: &DatabaseConnection,
        id: Uuid,
    ) -> Result<Arc<BandTable>, DbErr> {
        cached(&self.band_tables, id, "band table", async {
            Ok(band_table::Entity::find_by_id(id)
                .one(db)
                .await?
                .map(|r| r.definition))
        })
        .await
    }
}

impl Definitions {
    /// The assessment-method version with this id.
    pub async fn method(&self, db: &DatabaseConnection, id: Uuid) -> Result<Arc<Method>, DbErr> {
        cached(&self.methods, id, "method", async {
            Ok(method::Entity::find_by_id(id)
                .one(db)
                .await?
                .map(|r| r.definition))
        })
        .await
    }

    /// The method with this id, when there is one.
    pub async fn method_of(
        &self,
        db: &DatabaseConnection,
        id: Option<Uuid>,
    ) -> Result<Option<Arc<Method>>, DbErr> {
        match id {
            Some(id) => Ok(Some(self.method(db, id).await?)),
            None => Ok(None),
        }
    }
}

/// A parsed definition from `cache`, or else from the JSON `load` reads.
async fn cached<T: serde::de::DeserializeOwned>(
    cache: &RwLock<HashMap<Uuid, Arc<T>>>,
    id: Uuid,
    what: &str,
    load: impl Future<Output = Result<Option<String>, DbErr>>,
) -> Result<Arc<T>, DbErr> {
    if let Some(found) = cache.read().expect("lock").get(&id) {
        return Ok(found.clone());
    }
    let json = load
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("{what} {id}")))?;
    let parsed: Arc<T> = Arc::new(
        serde_json::from_str(&json).map_err(|e| DbErr::Custom(format!("{what} {id}: {e}")))?,
    );
    cache.write().expect("lock").insert(id, parsed.clone());
    Ok(parsed)
}
