//! `GET /admin/dashboard/{agency}` and `/admin/dashboard/{agency}/{unit}`:
//! a provider's or unit's score with what it rests on, per-question and
//! trend charts, for assessors and for the agency itself.

use super::admin::{Signed, shown};
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::scores::score_dto;
use crate::services::access::{self, Need};
use crate::services::ranking::DEFAULT_INSTRUMENT;
use crate::services::scores;
use crate::store::entities::{agency, service_unit};
use crate::store::levels::{AgencyScores, Filter};
use crate::store::tallies::Scope;
use app::domain::method::forms::method_note;
use app::domain::score::SurveyScore;
use app::domain::text::Lang;
use app::i18n;
use app::pages::admin::dashboard::{
    Card, DashboardFilters, DashboardPage, DashboardView, ItemBar, TrendPoint, carried_query,
};
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

/// Where a link to the dashboard of `agency` (and `unit`) goes, with the
/// filters in force: the questionnaire, the period, verification.
fn link(agency: &str, unit: Option<&str>, carried: &str) -> String {
    match unit {
        Some(u) => format!("/admin/dashboard/{agency}/{u}{carried}"),
        None => format!("/admin/dashboard/{agency}{carried}"),
    }
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
        view_of(&state, &signed.actor, &asked, signed.lang).await
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
        // The filter form names a unit in its query (a GET form cannot
        // change the path).
        [a] => (a.to_string(), get("unit")),
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
        period: get("period").filter(|p| !p.is_empty()),
        verified: get("verified").as_deref() == Some("true"),
    })
}

/// The page's view: the score now, its questions, its units and the last
/// quarters.
async fn view_of(
    state: &ServerState,
    actor: &crate::services::access::Actor,
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
    let choices = crate::services::choices::instruments(state, actor, lang).await?;
    // The questionnaire shown, by its version: links then carry exactly it.
    let shown_instrument = match &now {
        Some(s) => Some(format!("{}@{}", s.instrument.key, s.instrument.version)),
        None => crate::services::choices::exact(&choices, &asked.instrument).map(|c| c.0.clone()),
    };
    let mut filters: Vec<(String, String)> = Vec::new();
    if let Some(i) = &shown_instrument {
        filters.push(("instrument".into(), i.clone()));
    }
    if let Some(u) = &asked.unit {
        filters.push(("unit".into(), u.slug.clone()));
    }
    if let Some(p) = &asked.period {
        filters.push(("period".into(), p.clone()));
    }
    if asked.verified {
        filters.push(("verified".into(), "true".into()));
    }
    let carried = carried_query(&filters);
    let (card, items, units, subtitle) = match &now {
        Some(s) => {
            let mut dto = score_dto(s, asked.pick(s), lang);
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
                Some(Card {
                    score: dto.clone(),
                    note: method_note(s.method.as_deref(), &s.bands, lang),
                }),
                item_bars(s, &dto, lang),
                unit_cards(asked, s, &carried, lang),
                subtitle(
                    asked,
                    &crate::services::choices::name(&s.instrument, lang),
                    lang,
                ),
            )
        }
        None => {
            // Named in words, never by its key; an unknown one by nothing.
            let name = crate::services::choices::exact(&choices, &asked.instrument)
                .map(|c| c.1.clone())
                .unwrap_or_default();
            (None, Vec::new(), Vec::new(), subtitle(asked, &name, lang))
        }
    };
    let units_offered = crate::store::admin::units(&state.db, asked.agency.id)
        .await?
        .into_iter()
        .map(|u| (u.slug, u.name))
        .collect();
    Ok(DashboardView {
        title: asked
            .unit
            .as_ref()
            .map(|u| u.name.clone())
            .unwrap_or_else(|| asked.agency.name.clone()),
        above: asked.unit.as_ref().map(|_| {
            (
                link(&asked.agency.slug, None, &carried),
                asked.agency.name.clone(),
            )
        }),
        subtitle,
        card,
        items,
        trend,
        units,
        filters: DashboardFilters {
            action: format!("/admin/dashboard/{}", asked.agency.slug),
            filters,
            instruments: choices,
            units: units_offered,
        },
    })
}

/// One bar per question, named by its short name, with its question.
fn item_bars(s: &AgencyScores, dto: &ScoreDto, lang: Lang) -> Vec<ItemBar> {
    dto.items
        .iter()
        .map(|it| ItemBar {
            short: s
                .instrument
                .item(&it.key)
                .map(|i| i.short_name().get(lang).to_string())
                .unwrap_or_default(),
            label: s
                .instrument
                .item(&it.key)
                .map(|i| i.text.get(lang).to_string())
                .unwrap_or_default(),
            mean: it.mean,
            n: it.n,
        })
        .collect()
}

/// A card per unit, on a provider's dashboard (none on a unit's).
fn unit_cards(
    asked: &Asked,
    s: &AgencyScores,
    carried: &str,
    lang: Lang,
) -> Vec<(String, String, Card)> {
    if asked.unit.is_some() {
        return Vec::new();
    }
    s.units
        .iter()
        .map(|u| {
            (
                link(&asked.agency.slug, Some(&u.unit.slug), carried),
                u.unit.name.clone(),
                Card {
                    score: score_dto(s, &u.score, lang),
                    note: None,
                },
            )
        })
        .collect()
}

/// Questionnaire (named in words), period and verification.
fn subtitle(asked: &Asked, instrument: &str, lang: Lang) -> String {
    format!(
        "{} · {}{}",
        instrument,
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
