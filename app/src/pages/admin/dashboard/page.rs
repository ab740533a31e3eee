//! The dashboard of a provider or a unit: its score card, charts and, for
//! a provider, its units.

use super::card::{Card, ScoreCard};
use super::charts::{ItemBar, ItemChart, TrendChart, TrendPoint};
use super::filters::{DashboardFilters, dashboard_form};
use crate::domain::text::Lang;
use crate::i18n;
use crate::pages::results_forms::{note_lines, prevalence_section};
use crate::pages::results_view::decimal;
use crate::views::score::ScoreDto;
use leptos::prelude::*;

/// A dashboard: provider or unit.
#[derive(Clone, Debug)]
pub struct DashboardView {
    /// Heading.
    pub title: String,
    /// Line above the heading (the provider, for a unit).
    pub above: Option<(String, String)>,
    /// Instrument and period in words.
    pub subtitle: String,
    /// The score.
    pub card: Option<Card>,
    /// Per question.
    pub items: Vec<ItemBar>,
    /// Per period.
    pub trend: Vec<TrendPoint>,
    /// The provider's units: (link, name, card).
    pub units: Vec<(String, String, Card)>,
    /// The filter form: questionnaire, unit, period, verification.
    pub filters: DashboardFilters,
}

/// The dashboard page.
#[component]
pub fn DashboardPage(view: DashboardView, lang: Lang) -> impl IntoView {
    let has_predicate = view
        .units
        .iter()
        .any(|(_, _, c)| c.score.predicate.is_some());
    let units = (!view.units.is_empty()).then(|| {
        let rows = view
            .units
            .iter()
            .map(|(href, name, c)| {
                let s = &c.score;
                view! {
                    <tr>
                        <th scope="row"><a href=href.clone()>{name.clone()}</a></th>
                        <td class="num">{s.score.map(|x| decimal(x, lang)).unwrap_or_else(|| "—".into())}</td>
                        <td>{s.band.as_ref().map(|b| b.label.clone()).or(s.band_note.clone()).unwrap_or_default()}</td>
                        <td class="num">{s.n}</td>
                        {has_predicate.then(|| view! {
                            <td>{s.predicate.as_ref().map(|p| p.text.clone()).unwrap_or_default()}</td>
                        })}
                    </tr>
                }
            })
            .collect_view();
        view! {
            <h2 id="per-unit">{i18n::PER_UNIT.get(lang)}</h2>
            <div class="table-wrap" role="region" tabindex="0" aria-labelledby="per-unit">
                <table>
                    <thead><tr>
                        <th scope="col">{i18n::UNIT.get(lang)}</th>
                        <th scope="col" class="num">{i18n::SCORE.get(lang)}</th>
                        <th scope="col">{i18n::BAND.get(lang)}</th>
                        <th scope="col" class="num">"n"</th>
                        {has_predicate.then(|| view! { <th scope="col">{i18n::PREDICATE.get(lang)}</th> })}
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    view! {
        {view.above.clone().map(|(href, name)| view! { <p class="agency"><a href=href>{name}</a></p> })}
        <h1>{view.title.clone()}</h1>
        <p class="lead">{view.subtitle.clone()}</p>
        {dashboard_form(&view.filters, lang)}
        {match view.card.clone() {
            Some(card) => view! { <ScoreCard card=card lang=lang /> }.into_any(),
            None => view! { <p>{i18n::NO_SCORE.get(lang)}</p> }.into_any(),
        }}
        {view.card.as_ref().and_then(|c| c.note.clone()).map(|lines| note_lines(lines, lang))}
        {view.card.as_ref().and_then(|c| forms_of(&c.score, view.above.is_none(), lang))}
        {(!view.items.is_empty()).then(|| view! { <ItemChart items=view.items.clone() lang=lang /> })}
        {(!view.trend.is_empty()).then(|| view! { <TrendChart points=view.trend.clone() lang=lang /> })}
        {units}
    }
}

/// The forms' shares of a score, when its method reads them; `pooled`: an
/// agency's (its units pooled).
fn forms_of(s: &ScoreDto, pooled: bool, lang: Lang) -> Option<impl IntoView + use<>> {
    if s.prevalence.is_empty() {
        return None;
    }
    let rows = s
        .prevalence
        .iter()
        .map(|p| {
            let share = crate::domain::stats::Share {
                met: p.met,
                n: p.n,
                percent: p.percent,
                ci: p.ci.map(|[lo, hi]| (lo, hi)),
            };
            (p.key.clone(), p.name.clone(), share)
        })
        .collect();
    Some(prevalence_section(rows, pooled, lang))
}
