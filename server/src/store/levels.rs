//! Scores above the survey: every unit, and every agency, for one
//! instrument version at a time (scores of different instruments are never
//! mixed). An agency's score is given two ways: *pooled* (all its
//! respondents together, what the agency's own survey would report) and the
//! *mean of unit scores* (each unit counts once, however many answered).

use crate::store::definitions::Definitions;
use crate::store::entities::{agency, service_unit, survey};
use crate::store::scores::score_of;
use crate::store::tallies::{self, Scope, Sums};
use app::domain::bands::BandTable;
use app::domain::instrument::Instrument;
use app::domain::method::Method;
use app::domain::score::SurveyScore;
use app::domain::stats::{self, Estimate};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use uuid::Uuid;

/// Which scores to compute.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Only this agency (slug).
    pub agency: Option<String>,
    /// Only this survey (slug).
    pub survey: Option<String>,
    /// Only this unit (slug, within the agencies selected).
    pub unit: Option<String>,
    /// Only this instrument: `key` or `key@version`.
    pub instrument: Option<String>,
    /// Months and verification.
    pub scope: Scope,
}

/// One unit's score.
#[derive(Clone, Debug)]
pub struct UnitScore {
    /// The unit.
    pub unit: service_unit::Model,
    /// Its score.
    pub score: SurveyScore,
}

/// One agency's scores on one instrument version.
#[derive(Clone, Debug)]
pub struct AgencyScores {
    /// The agency.
    pub agency: agency::Model,
    /// The instrument version.
    pub instrument: Arc<Instrument>,
    /// The band table of its surveys (the first survey's when they differ).
    pub bands: Arc<BandTable>,
    /// The assessment method of its surveys (the first survey's when they
    /// differ), when they feed one.
    pub method: Option<Arc<Method>>,
    /// All respondents together.
    pub pooled: SurveyScore,
    /// The unweighted mean of the unit scores, with an interval from the
    /// units' standard errors.
    pub mean_of_units: Estimate,
    /// Every unit with responses.
    pub units: Vec<UnitScore>,
}

fn wanted(instrument: &Instrument, filter: &Option<String>) -> bool {
    match filter
        .as_deref()
        .map(|f| f.split_once('@').unwrap_or((f, "")))
    {
        None => true,
        Some((key, "")) => instrument.key == key,
        Some((key, version)) => instrument.key == key && instrument.version.to_string() == version,
    }
}

/// Summed tallies per unit (id as text).
type ByUnit = BTreeMap<String, Sums>;

/// One agency and instrument version: the agency, the band table of its
/// first survey, and its units' tallies.
struct Group {
    agency_id: Uuid,
    band_table_id: Uuid,
    method_id: Option<Uuid>,
    by_unit: ByUnit,
}

/// The agencies a filter keeps, by id.
type Agencies = HashMap<Uuid, agency::Model>;

/// Scores per agency and unit for everything `filter` selects.
pub async fn agency_scores(
    db: &DatabaseConnection,
    defs: &Definitions,
    filter: &Filter,
) -> Result<Vec<AgencyScores>, DbErr> {
    let (agencies, chosen, survey_rows) = selected(db, defs, filter).await?;
    // The units are read while the tallies stream in.
    let units = service_unit::Entity::find()
        .filter(service_unit::Column::AgencyId.is_in(agencies.keys().copied()))
        .all(db);
    let (sums, units) =
        futures_util::try_join!(tallies::sum_by_unit(db, &chosen, &filter.scope), units)?;
    let units: HashMap<String, service_unit::Model> =
        units.into_iter().map(|u| (u.id.to_string(), u)).collect();
    let groups = grouped(&survey_rows, &agencies, &sums, &units, filter);
    let mut out = Vec::new();
    for ((_, instrument_id), group) in groups {
        if group.by_unit.is_empty() {
            continue;
        }
        let instrument = defs.instrument(db, instrument_id).await?;
        let bands = defs.band_table(db, group.band_table_id).await?;
        let method = defs.method_of(db, group.method_id).await?;
        let agency = agencies[&group.agency_id].clone();
        let mut scores = scores_of(agency, instrument, bands, &group.by_unit, &units);
        scores.method = method;
        out.push(scores);
    }
    Ok(out)
}

/// The agencies, the published surveys (oldest first) and their
/// instruments that `filter` selects.
async fn selected(
    db: &DatabaseConnection,
    defs: &Definitions,
    filter: &Filter,
) -> Result<(Agencies, HashMap<Uuid, Arc<Instrument>>, Vec<survey::Model>), DbErr> {
    let mut q = survey::Entity::find().filter(survey::Column::Status.ne("draft"));
    if let Some(slug) = &filter.survey {
        q = q.filter(survey::Column::Slug.eq(slug.as_str()));
    }
    let mut aq = agency::Entity::find();
    if let Some(slug) = &filter.agency {
        aq = aq.filter(agency::Column::Slug.eq(slug.as_str()));
    }
    let agencies: Agencies = aq.all(db).await?.into_iter().map(|a| (a.id, a)).collect();
    let mut chosen: HashMap<Uuid, Arc<Instrument>> = HashMap::new();
    let mut survey_rows = Vec::new();
    for s in q.order_by_asc(survey::Column::CreatedAt).all(db).await? {
        if !agencies.contains_key(&s.agency_id) {
            continue;
        }
        let instrument = defs.instrument(db, s.instrument_id).await?;
        if wanted(&instrument, &filter.instrument) {
            chosen.insert(s.id, instrument);
            survey_rows.push(s);
        }
    }
    Ok((agencies, chosen, survey_rows))
}

/// The units' sums, grouped by (agency, instrument version). Surveys come
/// oldest first, so a group keeps its first survey's bands.
fn grouped(
    survey_rows: &[survey::Model],
    agencies: &Agencies,
    sums: &HashMap<(Uuid, String), Sums>,
    units: &HashMap<String, service_unit::Model>,
    filter: &Filter,
) -> BTreeMap<(String, Uuid), Group> {
    let mut groups: BTreeMap<(String, Uuid), Group> = BTreeMap::new();
    let mut group_of: HashMap<Uuid, (String, Uuid)> = HashMap::new();
    for s in survey_rows {
        let key = (agencies[&s.agency_id].slug.clone(), s.instrument_id);
        groups.entry(key.clone()).or_insert_with(|| Group {
            agency_id: s.agency_id,
            band_table_id: s.band_table_id,
            method_id: s.method_id,
            by_unit: ByUnit::new(),
        });
        group_of.insert(s.id, key);
    }
    for ((survey_id, unit_key), unit_sums) in sums {
        if let Some(wanted_unit) = &filter.unit
            && units.get(unit_key).is_none_or(|u| &u.slug != wanted_unit)
        {
            continue;
        }
        let group = groups
            .get_mut(&group_of[survey_id])
            .expect("every survey has a group");
        match group.by_unit.get_mut(unit_key) {
            Some(slot) => slot.merge(unit_sums),
            None => {
                group.by_unit.insert(unit_key.clone(), unit_sums.clone());
            }
        }
    }
    groups
}

/// One agency's scores on one instrument version: pooled, the mean of its
/// units, and each unit's.
fn scores_of(
    agency: agency::Model,
    instrument: Arc<Instrument>,
    bands: Arc<BandTable>,
    by_unit: &ByUnit,
    units: &HashMap<String, service_unit::Model>,
) -> AgencyScores {
    let mut pooled: Option<Sums> = None;
    let mut unit_scores = Vec::new();
    for (unit_key, unit_sums) in by_unit {
        match &mut pooled {
            Some(p) => p.merge(unit_sums),
            None => pooled = Some(unit_sums.clone()),
        }
        if let Some(unit) = units.get(unit_key) {
            unit_scores.push(UnitScore {
                unit: unit.clone(),
                score: score_of(&instrument, unit_sums, [unit]),
            });
        }
    }
    let pooled = pooled.expect("a group with units has sums");
    unit_scores.sort_by(|a, b| a.unit.name.cmp(&b.unit.name));
    let counted: Vec<&service_unit::Model> = unit_scores.iter().map(|u| &u.unit).collect();
    let mean_of_units = stats::mean_of(
        &instrument,
        &unit_scores
            .iter()
            .map(|u| u.score.estimate.clone())
            .collect::<Vec<_>>(),
    );
    AgencyScores {
        agency,
        pooled: score_of(&instrument, &pooled, counted),
        instrument,
        bands,
        method: None,
        mean_of_units,
        units: unit_scores,
    }
}
