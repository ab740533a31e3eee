//! The Ombudsman opinion of one agency in one year, by one assessment
//! method: the assessor's entered figures, the agency's perception and
//! public-trust surveys (those that name the method, on the method's
//! instruments, answered that year), the composite with its interval, its
//! label(s), the predicate and where the internal checks and the users
//! disagree. Pure arithmetic is in `app::domain::method`.

use crate::services::state::AppState;
use crate::store::entities::{agency, service_unit, survey};
use crate::store::opinion::{self as repo, Entered};
use crate::store::scores::score_of;
use crate::store::tallies::{self, Scope, Sums};
use app::domain::bands::{Band, BandTable};
use app::domain::instrument::Instrument;
use app::domain::method::composite::{
    Composite, Disagreement, Figure, Figures, compose, disagreements,
};
use app::domain::method::predicate::{Predicate, judge};
use app::domain::method::{Method, Part, Source};
use app::domain::period;
use app::domain::score::SurveyScore;
use app::domain::stats::{Share, prevalence};
use chrono::Datelike;
use sea_orm::{ColumnTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use uuid::Uuid;

/// The method shown unless another is asked for.
pub const DEFAULT_METHOD: &str = "ori-2025@1";

/// A method version and its stored id.
#[derive(Clone, Debug)]
pub struct ChosenMethod {
    /// Its id.
    pub id: Uuid,
    /// Its definition.
    pub method: Arc<Method>,
}

/// The method `key@version` (`None` when there is no such method).
pub async fn method(state: &AppState, reference: &str) -> Result<Option<ChosenMethod>, DbErr> {
    let Some((key, version)) = reference.split_once('@') else {
        return Ok(None);
    };
    let Ok(version) = version.parse::<i32>() else {
        return Ok(None);
    };
    match repo::method_id(&state.db, key, version).await? {
        Some(id) => Ok(Some(ChosenMethod {
            id,
            method: state.definitions.method(&state.db, id).await?,
        })),
        None => Ok(None),
    }
}

/// The year shown unless another is asked for: the latest with entered
/// figures under `method_id`, else this year (in Indonesia's western time).
pub async fn latest_year(state: &AppState, method_id: Uuid) -> Result<i32, DbErr> {
    let years = repo::years(&state.db, method_id).await?;
    Ok(years.first().copied().unwrap_or_else(|| this_year(state)))
}

/// This year, in UTC+7 as the tallies count months.
pub fn this_year(state: &AppState) -> i32 {
    (state.clock.now() + chrono::Duration::hours(7)).year()
}

/// A survey's side of the opinion: the agency's pooled score on one
/// instrument version in the year.
#[derive(Clone, Debug)]
pub struct SurveyFigure {
    /// `key@version`.
    pub instrument: String,
    /// The surveys counted: (slug, title).
    pub surveys: Vec<(String, String)>,
    /// All their respondents together.
    pub score: SurveyScore,
    /// Per scored item, the share of low answers.
    pub shares: Vec<Share>,
}

impl SurveyFigure {
    /// As the composite reads it.
    pub fn figure(&self) -> Option<Figure> {
        let e = &self.score.estimate;
        Some(Figure {
            score: e.score?,
            se: e.se,
            upper: e.ci.map(|(_, hi)| hi),
        })
    }
}

/// Everything the opinion of an agency shows.
#[derive(Clone, Debug)]
pub struct Opinion {
    /// The agency.
    pub agency: agency::Model,
    /// The method.
    pub method: ChosenMethod,
    /// The year.
    pub year: i32,
    /// What the assessor entered.
    pub entered: Entered,
    /// The users' perception survey, when it has answers that year.
    pub perception: Option<SurveyFigure>,
    /// The public-trust survey, likewise.
    pub trust: Option<SurveyFigure>,
    /// The composite.
    pub composite: Composite,
    /// The method's label table.
    pub bands: Arc<BandTable>,
    /// The labels the composite's interval touches, best first.
    pub labels: Vec<Band>,
    /// Whether the clean label ("without maladministration") is added.
    pub clean: bool,
    /// The predicate from the perception survey, when the method has one.
    pub predicate: Option<Predicate>,
    /// Where the internal checks and the users disagree.
    pub disagreements: Vec<Disagreement>,
}

/// Where a part's figure came from.
#[derive(Clone, Copy, Debug)]
pub enum PartFigure<'a> {
    /// Entered by an assessor.
    Entered(f64),
    /// A survey's score.
    Survey(&'a SurveyFigure),
}

impl Opinion {
    /// The figure of part `p`, when there is one.
    pub fn figure_of(&self, p: &Part) -> Option<PartFigure<'_>> {
        let survey = match p.source {
            Source::Entered => {
                return self
                    .entered
                    .figures
                    .get(&p.key)
                    .copied()
                    .map(PartFigure::Entered);
            }
            Source::Perception => self.perception.as_ref(),
            Source::Trust => self.trust.as_ref(),
        };
        survey
            .filter(|f| f.figure().is_some())
            .map(PartFigure::Survey)
    }

    /// Whether anything at all feeds it.
    pub fn has_data(&self) -> bool {
        !self.entered.figures.is_empty() || self.perception.is_some() || self.trust.is_some()
    }
}

/// The opinion of `agency` in `year` by `method`.
pub async fn opinion(
    state: &AppState,
    agency: agency::Model,
    method: &ChosenMethod,
    year: i32,
) -> Result<Opinion, DbErr> {
    let entered = repo::entered(&state.db, agency.id, year, method.id).await?;
    let m = &method.method;
    let surveys = method_surveys(state, Some(agency.id), method.id).await?;
    let perception =
        survey_figure(state, &surveys, agency.id, &m.perception_instrument, year).await?;
    let trust = match &m.trust_instrument {
        Some(key) => survey_figure(state, &surveys, agency.id, key, year).await?,
        None => None,
    };
    let predicate = m
        .predicate
        .as_ref()
        .zip(perception.as_ref())
        .map(|(rule, p)| judge(rule, p.score.estimate.n, &p.shares));
    let figures = Figures {
        entered: entered.figures.clone(),
        perception: perception.as_ref().and_then(SurveyFigure::figure),
        trust: trust.as_ref().and_then(SurveyFigure::figure),
        predicate: predicate.clone(),
    };
    let composite = compose(m, &figures);
    let table_id = repo::band_table_id(&state.db, &m.labels.table, m.labels.version)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("band table {}", m.labels.table)))?;
    let bands = state.definitions.band_table(&state.db, table_id).await?;
    let labels = composite.labels(&bands).into_iter().cloned().collect();
    let clean = m.clean_label.is_some() && entered.followed_up == Some(true);
    Ok(Opinion {
        agency,
        method: method.clone(),
        year,
        disagreements: disagreements(m, &figures),
        entered,
        perception,
        trust,
        composite,
        bands,
        labels,
        clean,
        predicate,
    })
}

/// The published surveys (oldest first) that feed `method_id`, of one
/// agency or of all, with their instruments.
pub async fn method_surveys(
    state: &AppState,
    agency_id: Option<Uuid>,
    method_id: Uuid,
) -> Result<Vec<(survey::Model, Arc<Instrument>)>, DbErr> {
    let mut q = survey::Entity::find()
        .filter(survey::Column::MethodId.eq(method_id))
        .filter(survey::Column::Status.ne("draft"));
    if let Some(id) = agency_id {
        q = q.filter(survey::Column::AgencyId.eq(id));
    }
    let mut out = Vec::new();
    for s in q
        .order_by_asc(survey::Column::CreatedAt)
        .all(&state.db)
        .await?
    {
        let instrument = state
            .definitions
            .instrument(&state.db, s.instrument_id)
            .await?;
        out.push((s, instrument));
    }
    Ok(out)
}

/// The pooled score of `agency_id`'s surveys on instrument `key` answered
/// in `year`: the newest instrument version with answers (scores of
/// different versions are never mixed).
async fn survey_figure(
    state: &AppState,
    surveys: &[(survey::Model, Arc<Instrument>)],
    agency_id: Uuid,
    key: &str,
    year: i32,
) -> Result<Option<SurveyFigure>, DbErr> {
    let mut by_version: BTreeMap<u32, Vec<&(survey::Model, Arc<Instrument>)>> = BTreeMap::new();
    for pair in surveys
        .iter()
        .filter(|(s, i)| s.agency_id == agency_id && i.key == key)
    {
        by_version.entry(pair.1.version).or_default().push(pair);
    }
    let scope = Scope {
        months: period::months(&year.to_string()),
        ..Scope::default()
    };
    for (_, pairs) in by_version.into_iter().rev() {
        let instrument = pairs[0].1.clone();
        let chosen: HashMap<Uuid, Arc<Instrument>> =
            pairs.iter().map(|(s, i)| (s.id, i.clone())).collect();
        let sums = tallies::sum_by_unit(&state.db, &chosen, &scope).await?;
        let mut pooled: Option<Sums> = None;
        for s in sums.values() {
            match &mut pooled {
                Some(p) => p.merge(s),
                None => pooled = Some(s.clone()),
            }
        }
        let Some(pooled) = pooled else { continue };
        let keys: Vec<&String> = sums.keys().map(|(_, unit)| unit).collect();
        let units: Vec<service_unit::Model> = service_unit::Entity::find()
            .filter(service_unit::Column::AgencyId.eq(agency_id))
            .all(&state.db)
            .await?
            .into_iter()
            .filter(|u| keys.contains(&&u.id.to_string()))
            .collect();
        let score = score_of(&instrument, &pooled, &units);
        if score.estimate.score.is_none() {
            continue;
        }
        return Ok(Some(SurveyFigure {
            instrument: format!("{}@{}", instrument.key, instrument.version),
            surveys: pairs
                .iter()
                .map(|(s, _)| (s.slug.clone(), s.title.clone()))
                .collect(),
            shares: prevalence(&pooled.tally),
            score,
        }));
    }
    Ok(None)
}
