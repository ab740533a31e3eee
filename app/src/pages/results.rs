//! The public results of a survey: `/s/{slug}/results`.

use crate::domain::bands::BandTable;
use crate::domain::instrument::Instrument;
use crate::domain::scoring::{Score, round2};
use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;
use std::sync::Arc;

/// Everything the results page shows.
#[derive(Clone, Debug)]
pub struct ResultsView {
    /// Public slug.
    pub slug: String,
    /// Survey title.
    pub title: String,
    /// Agency name.
    pub agency: String,
    /// The instrument version.
    pub instrument: Arc<Instrument>,
    /// The band table.
    pub bands: Arc<BandTable>,
    /// The score.
    pub score: Score,
    /// Page language.
    pub lang: Lang,
}

/// Formats a number with two decimals, Indonesian style in Indonesian.
pub fn decimal(x: f64, lang: Lang) -> String {
    let s = format!("{:.2}", round2(x));
    match lang {
        Lang::Id => s.replace('.', ","),
        Lang::En => s,
    }
}

/// The results page's body.
#[component]
pub fn ResultsPage(view: Arc<ResultsView>) -> impl IntoView {
    let lang = view.lang;
    let v = view;
    let min_n = u64::from(v.bands.min_n);
    let band = v
        .score
        .score
        .filter(|_| v.score.n >= min_n)
        .and_then(|s| v.bands.classify(s).cloned());
    let band_view = match (&v.score.score, band) {
        (None, _) => view! { <p>{i18n::NO_SCORE.get(lang)}</p> }.into_any(),
        (Some(_), Some(b)) => view! {
            <p class=format!("band zone-{}", b.zone.as_str())>
                <span class="band-label">{b.label.get(lang).to_string()}</span>
                {(!b.confirmed).then(|| view! { <small>" (" {i18n::UNCONFIRMED.get(lang)} ")"</small> })}
            </p>
        }
        .into_any(),
        (Some(_), None) => view! {
            <p class="band zone-none">
                {format!("{} ({} / {})", i18n::SAMPLE_TOO_SMALL.get(lang), v.score.n, min_n)}
            </p>
        }
        .into_any(),
    };
    let rows = v
        .score
        .items
        .iter()
        .map(|m| {
            let text = v.instrument.item(&m.key).map(|i| i.text.get(lang).to_string()).unwrap_or_default();
            view! {
                <tr>
                    <td>{text}</td>
                    <td class="num">{m.mean.map(|x| decimal(x, lang)).unwrap_or_else(|| "–".into())}</td>
                    <td class="num">{m.n}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <main class="page results">
            <header class="page-head">
                <p class="agency">{v.agency.clone()}</p>
                <h1>{i18n::RESULTS_TITLE.get(lang)}": " {v.title.clone()}</h1>
            </header>
            <dl class="score-card">
                <div>
                    <dt>{i18n::SCORE.get(lang)}</dt>
                    <dd class="score" id="score">
                        {v.score.score.map(|s| decimal(s, lang)).unwrap_or_else(|| "–".into())}
                    </dd>
                </div>
                <div>
                    <dt>{i18n::RESPONSES.get(lang)}</dt>
                    <dd id="n">{v.score.n}</dd>
                </div>
                <div>
                    <dt>{i18n::BAND.get(lang)}" (" {v.bands.title.get(lang).to_string()} ")"</dt>
                    <dd>{band_view}</dd>
                </div>
            </dl>
            {v.instrument.disclaimer.as_ref().map(|d| view! { <p class="disclaimer">{d.get(lang).to_string()}</p> })}
            <table class="items">
                <caption>{i18n::PER_ITEM.get(lang)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n::QUESTION.get(lang)}</th>
                        <th scope="col" class="num">{i18n::MEAN.get(lang)}</th>
                        <th scope="col" class="num">{i18n::ANSWERED.get(lang)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <p>
                <a href=format!("/s/{}", v.slug)>{i18n::BACK_TO_FORM.get(lang)}</a>
            </p>
        </main>
    }
}
