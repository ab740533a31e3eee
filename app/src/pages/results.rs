//! The public results of a survey: `/s/{slug}/results`.

use crate::domain::bands::{Band, BandTable, Verdict};
use crate::domain::instrument::Instrument;
use crate::domain::stats::{self, Estimate, round2};
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
    /// The score and its interval.
    pub estimate: Estimate,
    /// Sample the units' expected users need, when known.
    pub required: Option<u64>,
    /// Suspect responses left out.
    pub suspect: u64,
    /// How many of them each signal accounts for.
    pub suspect_why: Vec<(crate::domain::signals::Signal, u64)>,
    /// Each unit's name and score.
    pub units: Vec<(String, Estimate)>,
    /// The period shown, when narrowed to one.
    pub period: Option<String>,
    /// The previous period and its score.
    pub trend: Option<(String, Estimate)>,
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
    let e = &v.estimate;
    let band_view = band_view(&v);
    let interval = interval_text(e, lang);
    let adequacy = adequacy_text(v.required, lang);
    let trend = trend_view(&v);
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
    let rows = item_rows(&v);
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
                        {e.score.map(|s| decimal(s, lang)).unwrap_or_else(|| "–".into())}
                    </dd>
                    {interval.map(|t| view! { <dd class="ci" id="ci">{t}</dd> })}
                </div>
                <div>
                    <dt>{i18n::RESPONSES.get(lang)}</dt>
                    <dd id="n">{e.n}</dd>
                    {adequacy.map(|t| view! { <dd class="note">{t}</dd> })}
                    {suspect.map(|t| view! { <dd class="note">{t}</dd> })}
                </div>
                <div>
                    <dt>{i18n::BAND.get(lang)}" (" {v.bands.title.get(lang).to_string()} ")"</dt>
                    <dd>{band_view}</dd>
                </div>
            </dl>
            {v.period.clone().map(|p| view! { <p class="period">{i18n::PERIOD.get(lang)}": " {p}</p> })}
            {trend}
            {v.instrument.disclaimer.as_ref().map(|d| view! { <p class="disclaimer">{d.get(lang).to_string()}</p> })}
            {(v.units.len() > 1).then(|| unit_table(&v))}
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

/// A band's name, marked when its cut-off is an assumption.
fn band_label(b: &Band, lang: Lang) -> String {
    let note = (!b.confirmed).then(|| format!(" ({})", i18n::UNCONFIRMED.get(lang)));
    format!("{}{}", b.label.get(lang), note.unwrap_or_default())
}

/// What the band table says of the overall score.
fn band_view(v: &ResultsView) -> AnyView {
    let lang = v.lang;
    match v.bands.judge(&v.estimate) {
        Verdict::NoScore => view! { <p>{i18n::NO_SCORE.get(lang)}</p> }.into_any(),
        Verdict::Band(b) => view! {
            <p class=format!("band zone-{}", b.zone.as_str())>{band_label(b, lang)}</p>
        }
        .into_any(),
        Verdict::Uncertain(list) => {
            let names = list
                .iter()
                .map(|b| band_label(b, lang))
                .collect::<Vec<_>>()
                .join(i18n::OR.get(lang));
            view! {
                <p class="band zone-uncertain">{names}</p>
                <p class="note">{i18n::BAND_UNCERTAIN.get(lang)}</p>
            }
            .into_any()
        }
        Verdict::TooSmall { n, min } => view! {
            <p class="band zone-none">
                {format!("{} ({n} / {min})", i18n::SAMPLE_TOO_SMALL.get(lang))}
            </p>
        }
        .into_any(),
    }
}

/// The score's 95 % interval, when there is one.
fn interval_text(e: &Estimate, lang: Lang) -> Option<String> {
    e.ci.map(|(lo, hi)| {
        format!(
            "{} {}–{}",
            i18n::CI95.get(lang),
            decimal(lo, lang),
            decimal(hi, lang)
        )
    })
}

/// The sample the units' expected users need, when known.
fn adequacy_text(required: Option<u64>, lang: Lang) -> Option<String> {
    required.map(|req| {
        format!(
            "{} {} ({})",
            i18n::REQUIRED_SAMPLE.get(lang),
            req,
            i18n::KREJCIE_MORGAN.get(lang)
        )
    })
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

/// One row per scored item: question, mean, answered.
fn item_rows(v: &ResultsView) -> impl IntoView + use<> {
    let lang = v.lang;
    v.estimate
        .items
        .iter()
        .map(|m| {
            let text = v
                .instrument
                .item(&m.key)
                .map(|i| i.text.get(lang).to_string())
                .unwrap_or_default();
            view! {
                <tr>
                    <td>{text}</td>
                    <td class="num">{m.mean.map(|x| decimal(x, lang)).unwrap_or_else(|| "–".into())}</td>
                    <td class="num">{m.n}</td>
                </tr>
            }
        })
        .collect_view()
}

/// One row per unit: responses, score with its interval, band.
fn unit_table(v: &ResultsView) -> impl IntoView + use<> {
    let lang = v.lang;
    let rows = v
        .units
        .iter()
        .map(|(name, e)| {
            let score = e
                .score
                .map(|s| decimal(s, lang))
                .unwrap_or_else(|| "–".into());
            let ci =
                e.ci.map(|(lo, hi)| format!("{}–{}", decimal(lo, lang), decimal(hi, lang)))
                    .unwrap_or_default();
            let band = match v.bands.judge(e) {
                Verdict::Band(b) => b.label.get(lang).to_string(),
                Verdict::Uncertain(list) => list
                    .iter()
                    .map(|b| b.key.clone())
                    .collect::<Vec<_>>()
                    .join(i18n::OR.get(lang)),
                Verdict::TooSmall { n, min } => {
                    format!("{} ({n} / {min})", i18n::SAMPLE_TOO_SMALL.get(lang))
                }
                Verdict::NoScore => String::new(),
            };
            view! {
                <tr>
                    <td>{name.clone()}</td>
                    <td class="num">{e.n}</td>
                    <td class="num">{score}<br /><small>{ci}</small></td>
                    <td>{band}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="items units">
            <caption>{i18n::PER_UNIT.get(lang)}</caption>
            <thead>
                <tr>
                    <th scope="col">{i18n::UNIT.get(lang)}</th>
                    <th scope="col" class="num">"n"</th>
                    <th scope="col" class="num">{i18n::SCORE.get(lang)}</th>
                    <th scope="col">{i18n::BAND.get(lang)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
