//! Ranking providers or their units on one instrument version, within the
//! caller's reach, filtered, sorted and paged. Scores come from the running
//! tallies (a few rows per unit and month, whatever the number of
//! responses); the computed scores of a filter are kept for a short while,
//! so paging and re-sorting cost nothing.

use crate::services::access::Actor;
use crate::services::filters::{PlanError, invalid};
use crate::services::state::AppState;
use crate::store::levels::{AgencyScores, Filter};
use crate::store::tallies::Scope;
use app::domain::bands::{BandTable, Verdict};
use app::domain::instrument::Instrument;
use app::domain::period;
use app::domain::score::SurveyScore;
use app::domain::stats::rank_ranges;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::collections::HashSet;
use std::sync::Arc;

/// The instrument ranked when none is named.
pub const DEFAULT_INSTRUMENT: &str = "maladministration-perception";
/// Rows per page unless asked otherwise (at most 200).
pub const PER_PAGE: usize = 50;

/// Filters, sorting and paging. An empty value, as a form sends it, is no
/// value at all.
#[derive(Clone, Debug, Default, Deserialize, Serialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct RankQuery {
    /// One province.
    pub region: Option<String>,
    /// One kind of provider.
    pub kind: Option<String>,
    /// One sector (units only).
    pub sector: Option<String>,
    /// `2026`, `2026-Q3` or `2026-11`.
    pub period: Option<String>,
    /// `key` or `key@version`.
    pub instrument: Option<String>,
    /// Verified responses only.
    #[serde(default)]
    pub verified: bool,
    /// `agency` (default) or `unit`.
    #[param(pattern = "^(agency|unit)?$")]
    pub level: Option<String>,
    /// `score` (highest first, default), `-score`, `n` or `name`.
    #[param(pattern = "^(score|-score|n|name)?$")]
    pub sort: Option<String>,
    /// 1-based (0 is read as 1).
    pub page: Option<usize>,
    /// Rows per page (1 to 200; more is read as 200).
    pub per_page: Option<usize>,
}

/// One ranked provider or unit.
#[derive(Clone, Debug)]
pub struct RankRow {
    /// Place by score, whatever the order asked for: 1 is the highest
    /// score. Rows that can be ranked come before those that cannot.
    pub rank: usize,
    /// Whether the sample is large enough for the band table to judge it
    /// (and so to rank it among the others).
    pub rankable: bool,
    /// The places its 95 % interval allows among the rankable rows (equal
    /// when the place is firm); `(rank, rank)` for a row not rankable.
    pub places: (usize, usize),
    /// The provider.
    pub agency: crate::store::entities::agency::Model,
    /// The unit (unit level).
    pub unit: Option<crate::store::entities::service_unit::Model>,
    /// Its score.
    pub score: SurveyScore,
    /// The band table that judges it.
    pub bands: Arc<BandTable>,
    /// The instrument version of its surveys.
    pub instrument: Arc<Instrument>,
    /// The assessment method its surveys feed, when any.
    pub method: Option<Arc<app::domain::method::Method>>,
}

impl RankRow {
    /// Its score as the API gives it, with its method's figures (the
    /// maladministration forms' shares and the predicate).
    pub fn dto(&self, lang: app::domain::text::Lang) -> app::views::score::ScoreDto {
        app::views::score::ScoreDto::new(&self.score, &self.instrument, &self.bands, lang)
            .with_method(&self.score, self.method.as_deref(), &self.instrument, lang)
    }
}

/// A page of the ranking.
#[derive(Clone, Debug)]
pub struct Ranking {
    /// This page's rows.
    pub rows: Vec<RankRow>,
    /// Rows in all pages.
    pub total: usize,
    /// This page (1-based).
    pub page: usize,
    /// Rows per page.
    pub per_page: usize,
    /// The instrument version ranked, when any score was found.
    pub instrument: Option<Arc<Instrument>>,
    /// Units (true) or agencies.
    pub units: bool,
}

/// Scores of every provider for a filter, from the short-lived cache or
/// computed now.
async fn all_scores(state: &AppState, filter: Filter) -> Result<Arc<Vec<AgencyScores>>, PlanError> {
    let key = format!(
        "{:?}|{:?}|{}",
        filter.instrument, filter.scope.months, filter.scope.verified_only
    );
    if let Some(hit) = state.score_cache.get(&key) {
        return Ok(hit);
    }
    let computed = Arc::new(state.agency_scores(&filter).await?);
    state.score_cache.put(key, computed.clone());
    Ok(computed)
}

/// The ranking `q` asks for, within `actor`'s reach.
pub async fn ranking(state: &AppState, actor: &Actor, q: &RankQuery) -> Result<Ranking, PlanError> {
    let per_page = q.per_page.unwrap_or(PER_PAGE).clamp(1, 200);
    rank(state, actor, q, per_page, q.page.unwrap_or(1).max(1)).await
}

/// Every row of the ranking `q` asks for, in one page (exports).
pub async fn everything(
    state: &AppState,
    actor: &Actor,
    q: &RankQuery,
) -> Result<Ranking, PlanError> {
    rank(state, actor, q, usize::MAX, 1).await
}

async fn rank(
    state: &AppState,
    actor: &Actor,
    q: &RankQuery,
    per_page: usize,
    page: usize,
) -> Result<Ranking, PlanError> {
    let (units, filter) = checked(q)?;
    let reach = async {
        crate::services::access::agencies(&state.db, actor)
            .await
            .map_err(PlanError::App)
    };
    let (scores, reach) = futures_util::try_join!(all_scores(state, filter), reach)?;
    let reach: HashSet<uuid::Uuid> = reach.into_iter().map(|a| a.id).collect();
    // Without a version: the newest version that has scores.
    let newest = scores.iter().map(|s| s.instrument.version).max();
    let exact = q.instrument.as_deref().is_some_and(|i| i.contains('@'));
    let mut rows: Vec<RankRow> = scores
        .iter()
        .filter(|s| reach.contains(&s.agency.id) && (exact || Some(s.instrument.version) == newest))
        .flat_map(|s| rows_of(s, q, units))
        .collect();
    // Places by score first, then the order asked for: the rankable rows
    // always ahead of those whose sample is too small.
    sort(&mut rows, "score")?;
    place(&mut rows);
    sort(&mut rows, q.sort.as_deref().unwrap_or("score"))?;
    rows.sort_by_key(|r| !r.rankable);
    let total = rows.len();
    let instrument = scores
        .iter()
        .find(|s| Some(s.instrument.version) == newest)
        .map(|s| s.instrument.clone());
    let rows = rows
        .into_iter()
        .skip((page - 1) * per_page)
        .take(per_page)
        .collect();
    Ok(Ranking {
        rows,
        total,
        page,
        per_page,
        instrument,
        units,
    })
}

/// Whether units are ranked (rather than providers), and the scores filter
/// the query asks for; a wrong level or period is refused.
fn checked(q: &RankQuery) -> Result<(bool, Filter), PlanError> {
    let units = match q.level.as_deref() {
        None | Some("agency") => false,
        Some("unit") => true,
        Some(_) => return Err(invalid("level", app::i18n::LEVEL_INVALID)),
    };
    // An empty period, as a form sends it, is every period.
    let months = match q.period.as_deref().filter(|p| !p.is_empty()) {
        None => None,
        Some(p) => Some(
            period::months(p).ok_or_else(|| invalid("period", app::i18n::WRITE_PERIOD_AS_2026))?,
        ),
    };
    let filter = Filter {
        instrument: Some(
            q.instrument
                .clone()
                .unwrap_or_else(|| DEFAULT_INSTRUMENT.to_string()),
        ),
        scope: Scope {
            months,
            verified_only: q.verified,
            ..Scope::default()
        },
        ..Filter::default()
    };
    Ok((units, filter))
}

/// The rows one provider's scores give: the provider, or its units, that
/// the region, kind and sector filters keep.
fn rows_of(s: &AgencyScores, q: &RankQuery, units: bool) -> Vec<RankRow> {
    let a = &s.agency;
    if q.region
        .as_ref()
        .is_some_and(|r| !a.region.eq_ignore_ascii_case(r))
        || q.kind.as_ref().is_some_and(|k| &a.kind != k)
    {
        return Vec::new();
    }
    let row = |unit, score: &SurveyScore| RankRow {
        rank: 0,
        rankable: matches!(
            s.bands.judge(&score.estimate),
            Verdict::Band(_) | Verdict::Uncertain(_)
        ),
        places: (0, 0),
        agency: a.clone(),
        unit,
        score: score.clone(),
        bands: s.bands.clone(),
        instrument: s.instrument.clone(),
        method: s.method.clone(),
    };
    if units {
        s.units
            .iter()
            .filter(|u| q.sector.as_ref().is_none_or(|sec| &u.unit.sector == sec))
            .map(|u| row(Some(u.unit.clone()), &u.score))
            .collect()
    } else if q.sector.is_none() {
        vec![row(None, &s.pooled)]
    } else {
        Vec::new()
    }
}

/// Gives rows sorted by score (best first) their places: rankable rows
/// first, numbered from 1, with the range of places their intervals allow;
/// then the rest, numbered on.
fn place(rows: &mut [RankRow]) {
    rows.sort_by_key(|r| !r.rankable);
    let intervals: Vec<(f64, f64)> = rows
        .iter()
        .take_while(|r| r.rankable)
        .map(|r| {
            let e = &r.score.estimate;
            let s = e.score.unwrap_or(0.0);
            e.ci.unwrap_or((s, s))
        })
        .collect();
    let ranges = rank_ranges(&intervals);
    for (i, r) in rows.iter_mut().enumerate() {
        r.rank = i + 1;
        r.places = ranges.get(i).copied().unwrap_or((i + 1, i + 1));
    }
}

/// Sorts by `how`: `score` (best first), `-score` (worst first; no score
/// last either way), `n` (most responses first) or `name`; ties by name.
fn sort(rows: &mut [RankRow], how: &str) -> Result<(), PlanError> {
    // Borrowed: thousands of rows are compared many times each.
    fn name(r: &RankRow) -> (&str, Option<&str>) {
        (&r.agency.name, r.unit.as_ref().map(|u| u.name.as_str()))
    }
    let by_score = |a: &RankRow, b: &RankRow| match (a.score.estimate.score, b.score.estimate.score)
    {
        (Some(x), Some(y)) => y.partial_cmp(&x).unwrap_or(Ordering::Equal),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    match how {
        "score" => rows.sort_by(|a, b| by_score(a, b).then_with(|| name(a).cmp(&name(b)))),
        "-score" => rows.sort_by(|a, b| {
            match (a.score.estimate.score, b.score.estimate.score) {
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                _ => by_score(b, a),
            }
            .then_with(|| name(a).cmp(&name(b)))
        }),
        "n" => rows.sort_by(|a, b| {
            b.score
                .estimate
                .n
                .cmp(&a.score.estimate.n)
                .then_with(|| name(a).cmp(&name(b)))
        }),
        "name" => rows.sort_by(|a, b| name(a).cmp(&name(b))),
        _ => return Err(invalid("sort", app::i18n::SORT_INVALID)),
    }
    Ok(())
}
