//! Loading a published survey with everything its pages need.

use crate::error::AppError;
use crate::store::definitions::Definitions;
use crate::store::entities::{agency, service_unit, survey, survey_unit};
use app::domain::bands::BandTable;
use app::domain::instrument::Instrument;
use app::domain::method::Method;
pub use app::domain::text::is_slug;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use std::sync::Arc;

/// A survey as citizens and the API see it.
#[derive(Clone, Debug)]
pub struct LoadedSurvey {
    /// The survey row.
    pub survey: survey::Model,
    /// Its agency.
    pub agency: agency::Model,
    /// The units it covers, by name.
    pub units: Vec<service_unit::Model>,
    /// Its pinned instrument version.
    pub instrument: Arc<Instrument>,
    /// Its pinned band table.
    pub bands: Arc<BandTable>,
    /// The assessment method it feeds, when any (not SKM).
    pub method: Option<Arc<Method>>,
    /// The agency's own questions citizens are asked now (their newest
    /// published version, as a form; its `version` is the set's), when it
    /// has any.
    pub own: Option<Arc<Instrument>>,
}

impl LoadedSurvey {
    /// Whether citizens may answer now.
    pub fn is_open(&self, now: DateTime<Utc>) -> bool {
        self.survey.status == "open"
            && self.survey.opens_at.is_none_or(|t| t <= now)
            && self.survey.closes_at.is_none_or(|t| t > now)
    }

    /// Fails with [`AppError::Closed`] unless citizens may answer now.
    pub fn ensure_open(&self, now: DateTime<Utc>) -> Result<(), AppError> {
        if self.is_open(now) {
            Ok(())
        } else {
            Err(AppError::Closed)
        }
    }

    /// The unit with this slug, if the survey covers it.
    pub fn unit(&self, slug: &str) -> Option<&service_unit::Model> {
        self.units.iter().find(|u| u.slug == slug)
    }
}

/// The survey with this public slug, read now. Drafts are not public:
/// not found.
pub async fn load(
    db: &DatabaseConnection,
    defs: &Definitions,
    slug: &str,
) -> Result<LoadedSurvey, AppError> {
    let loaded = load_any(db, defs, slug).await?;
    if loaded.survey.status == "draft" {
        return Err(AppError::NotFound);
    }
    Ok(loaded)
}

/// The survey with this slug whatever its status, drafts too: for its
/// preview, which only an account that may see the survey reaches.
pub async fn load_any(
    db: &DatabaseConnection,
    defs: &Definitions,
    slug: &str,
) -> Result<LoadedSurvey, AppError> {
    let survey = survey::Entity::find()
        .filter(survey::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let agency = agency::Entity::find_by_id(survey.agency_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::internal(format!("survey {} has no agency", survey.id)))?;
    let covered = Query::select()
        .column(survey_unit::Column::UnitId)
        .from(survey_unit::Entity)
        .and_where(survey_unit::Column::SurveyId.eq(survey.id))
        .to_owned();
    let units = service_unit::Entity::find()
        .filter(service_unit::Column::Id.in_subquery(covered))
        .order_by_asc(service_unit::Column::Name)
        .all(db)
        .await?;
    let instrument = defs.instrument(db, survey.instrument_id).await?;
    let bands = defs.band_table(db, survey.band_table_id).await?;
    let method = defs.method_of(db, survey.method_id).await?;
    let own = crate::store::questions::published(db, survey.id)
        .await?
        .filter(|set| !set.questions.is_empty())
        .map(|set| Arc::new(set.form(&instrument.scale)));
    Ok(LoadedSurvey {
        survey,
        agency,
        units,
        instrument,
        bands,
        method,
        own,
    })
}

/// The surveys citizens may answer now, by title (the home page).
pub async fn open_surveys(db: &DatabaseConnection) -> Result<Vec<survey::Model>, sea_orm::DbErr> {
    survey::Entity::find()
        .filter(survey::Column::Status.eq("open"))
        .order_by_asc(survey::Column::Title)
        .all(db)
        .await
}
