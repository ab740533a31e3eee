//! The public results of a survey: `/s/{slug}/results`, for anyone who
//! reads them, a journalist on a phone first. The page leads with one
//! verdict, says each figure's meaning in one plain sentence (more on
//! demand), gives the period and when it was last updated, the trend by
//! quarter, a link per unit and the figures as open data.

use super::results_explain::{explained, period_lines};
use super::results_forms::{forms_table, note_block, predicate_item};
use super::results_tables::{item_table, quarter_table, unit_table};
use super::results_verdict::verdict;
pub use super::results_view::{ResultsView, UnitLine, decimal};
use crate::domain::stats::{self, Estimate};
use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;
use std::sync::Arc;

/// The results page's body.
#[component]
pub fn ResultsPage(view: Arc<ResultsView>) -> impl IntoView {
    let lang = view.lang;
    let v = view;
    let e = &v.estimate;
    let said = verdict(&v.bands, e, v.required);
    let suspect = (v.suspect > 0).then(|| {
        i18n::LEFT_OUT_WHY.with(
            lang,
            &[
                ("count", v.suspect.into()),
                (
                    "why",
                    crate::domain::signals::why_left_out(&v.suspect_why, lang).into(),
                ),
            ],
        )
    });
    let csv = {
        let mut q: Vec<String> = v.period.iter().map(|p| format!("period={p}")).collect();
        if lang == Lang::En {
            q.push("lang=en".into());
        }
        let q = if q.is_empty() {
            String::new()
        } else {
            format!("?{}", q.join("&"))
        };
        format!("/s/{}/results.csv{q}", v.slug)
    };
    view! {
        <main class="page results">
            <header class="page-head">
                <p class="agency">{v.agency.clone()}</p>
                <h1>{i18n::RESULTS_TITLE.get(lang)}": " {v.title.clone()}</h1>
                {v.unit.clone().map(|(_, name)| view! {
                    <p class="unit-shown" id="unit-shown">
                        {i18n::UNIT_SHOWN.with(lang, &[("unit", name.into())])} " · "
                        <a href=v.link(None, v.period.as_deref())>{i18n::RESULTS_ALL_UNITS.get(lang)}</a>
                    </p>
                })}
                {period_lines(&v)}
            </header>
            <dl class="score-card">
                <div>
                    <dt>{i18n::VERDICT.get(lang)}" (" {v.bands.title.get(lang).to_string()} ")"</dt>
                    <dd id="verdict"><p class=said.class()>{said.text(lang)}</p></dd>
                </div>
                <div>
                    <dt>{i18n::SCORE.get(lang)}</dt>
                    <dd class="score" id="score">
                        {e.score.map(|s| decimal(s, lang)).unwrap_or_else(|| "–".into())}
                    </dd>
                    {e.ci.map(|(lo, hi)| explained(
                        "ci",
                        i18n::CI_SENTENCE.with(lang, &[("lo", decimal(lo, lang).into()), ("hi", decimal(hi, lang).into())]),
                        i18n::CI_DETAILS.get(lang).to_string(),
                        lang,
                    ))}
                </div>
                <div>
                    <dt>{i18n::RESPONSES.get(lang)}</dt>
                    <dd id="n">{e.n}</dd>
                    {explained(
                        "n-means",
                        i18n::N_SENTENCE.with(lang, &[("n", e.n.into())]),
                        i18n::N_DETAILS.get(lang).to_string(),
                        lang,
                    )}
                    {v.required.map(|need| explained(
                        "required",
                        i18n::REQUIRED_SENTENCE.with(lang, &[("need", need.into())]),
                        i18n::REQUIRED_DETAILS.with(lang, &[("population", v.population.unwrap_or(0).into())]),
                        lang,
                    ))}
                    {suspect.map(|t| view! { <dd class="note">{t}</dd> })}
                </div>
                {predicate_item(&v)}
            </dl>
            {note_block(&v)}
            {trend_view(&v)}
            {quarter_table(&v)}
            {v.instrument.disclaimer.as_ref().map(|d| view! { <p class="disclaimer">{d.get(lang).to_string()}</p> })}
            {(v.units.len() > 1).then(|| unit_table(&v))}
            {forms_table(&v)}
            {item_table(&v)}
            <section class="open-data" aria-labelledby="open-data">
                <h2 id="open-data">{i18n::OPEN_DATA.get(lang)}</h2>
                <p>{i18n::OPEN_DATA_NOTE.get(lang)}</p>
                <p>
                    <a id="csv" href=csv download="">{i18n::OPEN_DATA_CSV.get(lang)}</a>
                </p>
                <p><a href="/api/docs">{i18n::API_DOCS_READ.get(lang)}</a></p>
            </section>
            <p>
                <a href=format!("/s/{}", v.slug)>{i18n::BACK_TO_FORM.get(lang)}</a>
            </p>
        </main>
    }
}

/// The change from the previous period, when there is one.
fn trend_view(v: &ResultsView) -> Option<impl IntoView + use<>> {
    let lang = v.lang;
    v.trend.as_ref().map(|(previous, before)| {
        let text = trend_text(previous, before, &v.estimate, lang);
        view! { <p class="trend" id="trend">{text}</p> }
    })
}

/// "Change from {previous}: …", with whether it is more than noise.
fn trend_text(previous: &str, before: &Estimate, e: &Estimate, lang: Lang) -> String {
    match stats::change(before, e) {
        Some(c) => format!(
            "{} {previous}: {}{} ({} {}–{}). {}",
            i18n::CHANGE_FROM.get(lang),
            if c.delta >= 0.0 { "+" } else { "" },
            decimal(c.delta, lang),
            i18n::CI95.get(lang),
            decimal(c.ci.0, lang),
            decimal(c.ci.1, lang),
            if c.significant {
                i18n::CHANGE_REAL.get(lang)
            } else {
                i18n::CHANGE_NOISE.get(lang)
            },
        ),
        None => format!(
            "{} {previous}: {}",
            i18n::CHANGE_FROM.get(lang),
            i18n::NO_COMPARISON.get(lang)
        ),
    }
}
