//! `GET /admin/dashboard/{agency}` and `/admin/dashboard/{agency}/{unit}`:
//! a provider's or unit's score with what it rests on, per-question and
//! trend charts, for assessors and for the agency itself.

use super::admin::{Signed, shown};
use crate::error::AppError;
use crate::http::ServerState;
use crate::services::access::{self, Need};
use crate::services::ranking::DEFAULT_INSTRUMENT;
use crate::services::scores;
use crate::store::entities::{agency, service_unit};
use crate::store::levels::{AgencyScores, Filter};
use crate::store::tallies::Scope;
use app::domain::score::SurveyScore;
use app::domain::text::Lang;
use app::i18n;
use app::pages::admin::dashboard::{Card, DashboardPage, DashboardView, ItemBar, TrendPoint};
use app::views::score::ScoreDto;
use axum::extract::{Path, RawQuery, State};
use axum::http::request::Parts;
use axum::response::Response;
use leptos::prelude::*;

/// Quarters the trend chart shows.
const TREND_QUARTERS: usize = 8;

/// What the dashboard was asked for, once checked against the account's
/// reach.
struct Asked {
    agency: agency::Model,
    unit: Option<service_unit::Model>,
    instrument: String,
    period: Option<String>,
    verified: bool,
}

impl Asked {
    /// The scores filter for this agency or unit, in `months`.
    fn filter(&self, months: Option<(String, String)>) -> Filter {
        Filter {
            agency: Some(self.agency.slug.clone()),
            unit: self.unit.as_ref().map(|u| u.slug.clone()),
            instrument: Some(self.instrument.clone()),
            scope: Scope {
                months,
                verified_only: self.verified,
                ..Scope::default()
            },
            ..Filter::default()
        }
    }

    /// The score shown: the unit's, or the provider's pooled score.
    fn pick<'a>(&self, s: &'a AgencyScores) -> &'a SurveyScore {
        match &self.unit {
            Some(_) => s.units.first().map(|u| &u.score).unwrap_or(&s.pooled),
            None => &s.pooled,
        }
    }
}

/// `GET /admin/dashboard/{agency}` and `/admin/dashboard/{agency}/{unit}`.
pub async fn dashboard(
    State(state): State<ServerState>,
    Path(path): Path<String>,
    signed: Signed,
    head: Parts,
    RawQuery(raw): RawQuery,
) -> Response {
    let result = async {
        let asked = asked(&state, &signed, &path, raw.as_deref()).await?;
        view_of(&state, &asked, signed.lang).await
    }
    .await;
    shown(
        &state,
        &head,
        &signed,
        result,
        |v| v.title.clone(),
        |v, lang| view! { <DashboardPage view=v lang=lang /> }.into_any(),
    )
    .await
}

/// Reads the path and the filters; what lies outside the account's reach is
/// not found.
async fn asked(
    state: &ServerState,
    signed: &Signed,
    path: &str,
    raw: Option<&str>,
) -> Result<Asked, AppError> {
    let pairs = super::extract::pairs_of(raw);
    let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let (agency_slug, unit_slug) = match path.split('/').collect::<Vec<_>>().as_slice() {
        [a] => (a.to_string(), None),
        [a, u] => (a.to_string(), Some(u.to_string())),
        _ => return Err(AppError::NotFound),
    };
    let agency = access::agency(&state.db, &signed.actor, &agency_slug, Need::Read).await?;
    let unit = match &unit_slug {
        Some(u) => Some(
            access::unit(&state.db, &signed.actor, &agency_slug, u, Need::Read)
                .await?
                .1,
        ),
        None => None,
    };
    Ok(Asked {
        agency,
        unit,
        instrument: get("instrument").unwrap_or_else(|| DEFAULT_INSTRUMENT.to_string()),
        period: get("period"),
        verified: get("verified").as_deref() == Some("true"),
    })
}

/// The page's view: the score now, its questions, its units and the last
/// quarters.
async fn view_of(
    state: &ServerState,
    asked: &Asked,
    lang: Lang,
) -> Result<DashboardView, AppError> {
    let months = asked
        .period
        .as_deref()
        .and_then(app::domain::period::months);
    let now = scores::newest(state, &asked.filter(months.clone())).await?;
    let end_month = months
        .clone()
        .map(|(_, to)| to)
        .unwrap_or_else(|| crate::store::tallies::month_of(chrono::Utc::now()));
    let trend = scores::by_quarter(state, &asked.filter(None), &end_month, TREND_QUARTERS)
        .await?
        .into_iter()
        .map(|(period, s)| {
            let e = s.as_ref().map(|s| &asked.pick(s).estimate);
            TrendPoint {
                period,
                score: e.and_then(|e| e.score),
                ci: e.and_then(|e| e.ci).map(|(a, b)| [a, b]),
                n: e.map(|e| e.n).unwrap_or(0),
            }
        })
        .collect();
    let (card, items, units, subtitle) = match &now {
        Some(s) => {
            let mut dto = ScoreDto::new(asked.pick(s), &s.bands, lang);
            dto.suspect_reasons = crate::services::integrity::left_out(
                state,
                asked.agency.id,
                &s.instrument,
                asked.unit.as_ref().map(|u| u.id),
                months.clone(),
                dto.suspect_excluded,
            )
            .await?;
            (
                Some(Card { score: dto.clone() }),
                item_bars(s, &dto, lang),
                unit_cards(asked, s, lang),
                subtitle(asked, s, lang),
            )
        }
        None => (None, Vec::new(), Vec::new(), asked.instrument.clone()),
    };
    Ok(DashboardView {
        title: asked
            .unit
            .as_ref()
            .map(|u| u.name.clone())
            .unwrap_or_else(|| asked.agency.name.clone()),
        above: asked.unit.as_ref().map(|_| {
            (
                format!("/admin/dashboard/{}", asked.agency.slug),
                asked.agency.name.clone(),
            )
        }),
        subtitle,
        card,
        items,
        trend,
        units,
    })
}

/// One bar per question, labelled with its text.
fn item_bars(s: &AgencyScores, dto: &ScoreDto, lang: Lang) -> Vec<ItemBar> {
    dto.items
        .iter()
        .map(|it| ItemBar {
            label: s
                .instrument
                .item(&it.key)
                .map(|i| i.text.get(lang).to_string())
                .unwrap_or_else(|| it.key.clone()),
            mean: it.mean,
            n: it.n,
        })
        .collect()
}

/// A card per unit, on a provider's dashboard (none on a unit's).
fn unit_cards(asked: &Asked, s: &AgencyScores, lang: Lang) -> Vec<(String, String, Card)> {
    if asked.unit.is_some() {
        return Vec::new();
    }
    s.units
        .iter()
        .map(|u| {
            (
                format!("/admin/dashboard/{}/{}", asked.agency.slug, u.unit.slug),
                u.unit.name.clone(),
                Card {
                    score: ScoreDto::new(&u.score, &s.bands, lang),
                },
            )
        })
        .collect()
}

/// Instrument, period and verification, in words.
fn subtitle(asked: &Asked, s: &AgencyScores, lang: Lang) -> String {
    format!(
        "{} v{} · {}{}",
        s.instrument.title.get(lang),
        s.instrument.version,
        asked
            .period
            .clone()
            .unwrap_or_else(|| i18n::ALL_PERIODS.get(lang).to_string()),
        if asked.verified {
            format!(" · {}", i18n::VERIFIED_ONLY.get(lang))
        } else {
            String::new()
        }
    )
}
