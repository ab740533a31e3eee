//! `GET /admin/dashboard/{agency}` and `/admin/dashboard/{agency}/{unit}`:
//! a provider's or unit's score with what it rests on, per-question and
//! trend charts, for assessors and for the agency itself.

use super::admin::{Signed, shown};
use crate::ServerState;
use crate::error::AppError;
use crate::services::access::{self, Need};
use crate::services::ranking::DEFAULT_INSTRUMENT;
use crate::store::levels::{self, Filter};
use crate::store::tallies::Scope;
use app::i18n;
use app::pages::admin::dashboard::{Card, DashboardPage, DashboardView, ItemBar, TrendPoint};
use app::views::score::ScoreDto;
use axum::extract::{Path, RawQuery, State};
use axum::http::request::Parts;
use axum::response::Response;
use leptos::prelude::*;

/// Quarters ending with the one that holds `month` ("YYYY-MM"), oldest
/// first.
fn quarters_to(month: &str, count: usize) -> Vec<String> {
    let y: i32 = month[..4].parse().unwrap_or(2026);
    let m: i32 = month[5..7].parse().unwrap_or(1);
    let mut q = (y * 4) + (m - 1) / 3;
    let mut out = Vec::new();
    for _ in 0..count {
        out.push(format!("{}-Q{}", q / 4, q % 4 + 1));
        q -= 1;
    }
    out.reverse();
    out
}

/// `GET /admin/dashboard/{agency}` and `/admin/dashboard/{agency}/{unit}`.
pub async fn dashboard(
    State(state): State<ServerState>,
    Path(path): Path<String>,
    signed: Signed,
    head: Parts,
    RawQuery(raw): RawQuery,
) -> Response {
    let lang = signed.lang;
    let pairs = super::extract::pairs_of(raw.as_deref());
    let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let result = async {
        let parts: Vec<String> = path.split('/').map(str::to_string).collect();
        let (agency_slug, unit_slug) = match parts.as_slice() {
            [a] => (a.clone(), None),
            [a, u] => (a.clone(), Some(u.clone())),
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
        let instrument = get("instrument").unwrap_or_else(|| DEFAULT_INSTRUMENT.to_string());
        let period = get("period");
        let months = period.as_deref().and_then(app::domain::period::months);
        let verified = get("verified").as_deref() == Some("true");
        let filter = |months: Option<(String, String)>| Filter {
            agency: Some(agency.slug.clone()),
            unit: unit.as_ref().map(|u| u.slug.clone()),
            instrument: Some(instrument.clone()),
            scope: Scope {
                months,
                verified_only: verified,
                ..Scope::default()
            },
            ..Filter::default()
        };
        let newest = |mut v: Vec<levels::AgencyScores>| {
            v.sort_by_key(|s| std::cmp::Reverse(s.instrument.version));
            v.into_iter().next()
        };
        let now = newest(state.agency_scores(&filter(months.clone())).await?);
        let end_month = months
            .as_ref()
            .map(|(_, to)| to.clone())
            .unwrap_or_else(|| crate::store::tallies::month_of(chrono::Utc::now()));
        let mut trend = Vec::new();
        for q in quarters_to(&end_month, 8) {
            let s = newest(
                state
                    .agency_scores(&filter(app::domain::period::months(&q)))
                    .await?,
            );
            let score = s.as_ref().map(|s| match &unit {
                Some(_) => s
                    .units
                    .first()
                    .map(|u| u.score.estimate.clone())
                    .unwrap_or_else(|| s.pooled.estimate.clone()),
                None => s.pooled.estimate.clone(),
            });
            trend.push(TrendPoint {
                period: q,
                score: score.as_ref().and_then(|e| e.score),
                ci: score.as_ref().and_then(|e| e.ci).map(|(a, b)| [a, b]),
                n: score.as_ref().map(|e| e.n).unwrap_or(0),
            });
        }
        let (card, items, units, subtitle) = match &now {
            Some(s) => {
                let score = match &unit {
                    Some(_) => s.units.first().map(|u| &u.score).unwrap_or(&s.pooled),
                    None => &s.pooled,
                };
                let dto = ScoreDto::new(score, &s.bands, lang);
                let items = dto
                    .items
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
                    .collect();
                let units = if unit.is_none() {
                    s.units
                        .iter()
                        .map(|u| {
                            (
                                format!("/admin/dashboard/{}/{}", agency.slug, u.unit.slug),
                                u.unit.name.clone(),
                                Card {
                                    score: ScoreDto::new(&u.score, &s.bands, lang),
                                },
                            )
                        })
                        .collect()
                } else {
                    Vec::new()
                };
                let subtitle = format!(
                    "{} v{} · {}{}",
                    s.instrument.title.get(lang),
                    s.instrument.version,
                    period
                        .clone()
                        .unwrap_or_else(|| i18n::ALL_PERIODS.get(lang).to_string()),
                    if verified {
                        format!(" · {}", i18n::VERIFIED_ONLY.get(lang))
                    } else {
                        String::new()
                    }
                );
                (Some(Card { score: dto }), items, units, subtitle)
            }
            None => (None, Vec::new(), Vec::new(), instrument.clone()),
        };
        Ok(DashboardView {
            title: unit
                .as_ref()
                .map(|u| u.name.clone())
                .unwrap_or_else(|| agency.name.clone()),
            above: unit.as_ref().map(|_| {
                (
                    format!("/admin/dashboard/{}", agency.slug),
                    agency.name.clone(),
                )
            }),
            subtitle,
            card,
            items,
            trend,
            units,
        })
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

#[cfg(test)]
mod tests {
    #[test]
    fn quarters_count_back_across_years() {
        assert_eq!(
            super::quarters_to("2026-02", 3),
            ["2025-Q3", "2025-Q4", "2026-Q1"]
        );
        assert_eq!(super::quarters_to("2026-12", 1), ["2026-Q4"]);
    }
}
