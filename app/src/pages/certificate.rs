//! The report card and certificate (*rapor*, *sertifikat*) of an agency for
//! a year, as issued: the perception results per unit, frozen when the
//! assessor issued it, with the code anyone can check at `/v/{code}`.
//! The same page is the certificate to print and its verification.

use super::results_view::with_interval;
use crate::domain::text::{Lang, Text};
use crate::i18n;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One unit's result on the card.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CardLine {
    /// The survey's title.
    pub survey: String,
    /// The unit's name.
    pub unit: String,
    /// Its index.
    pub score: Option<f64>,
    /// Its 95 % interval.
    pub ci: Option<(f64, f64)>,
    /// Respondents counted.
    pub n: u64,
    /// The verdict, in both languages.
    pub verdict: Text,
}

/// ORI's opinion of the agency for the year (the 2025 method), as issued.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CardOpinion {
    /// The method (`ori-2025@1`).
    pub method: String,
    /// The composite, when every part has a figure.
    pub score: Option<f64>,
    /// Its 95 % interval.
    pub ci: Option<(f64, f64)>,
    /// The labels its interval touches, best first.
    pub labels: Vec<Text>,
    /// The label "without maladministration", when earned.
    pub clean: Option<Text>,
}

/// The figures as issued.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Card {
    /// The agency's name.
    pub agency: String,
    /// The year.
    pub year: String,
    /// Per survey and unit.
    pub lines: Vec<CardLine>,
    /// ORI's opinion that year, when anything feeds it (cards issued
    /// before the opinion existed have none).
    #[serde(default)]
    pub opinion: Option<CardOpinion>,
}

/// The opinion's lines.
fn opinion_view(o: &CardOpinion, lang: Lang) -> impl IntoView + use<> {
    let or = format!(" {} ", i18n::OPINION_OR.get(lang));
    let mut labels: Vec<String> = o.labels.iter().map(|l| l.get(lang).to_string()).collect();
    if labels.is_empty() {
        labels.push(i18n::OPINION_NOT_YET.get(lang).to_string());
    }
    let clean = o
        .clean
        .as_ref()
        .map(|c| view! { <li>{c.get(lang).to_string()}</li> });
    view! {
        <h2>{i18n::OPINION_TITLE.get(lang)}</h2>
        <ul>
            <li>{i18n::OPINION_COMPOSITE.get(lang)}": "{with_interval(o.score, o.ci, lang)}</li>
            <li>{i18n::OPINION_LABEL.get(lang)}": "{labels.join(&or)}</li>
            {clean}
            <li>{i18n::OPINION_METHOD.get(lang)}": "{o.method.clone()}</li>
        </ul>
    }
}

/// Everything the page shows.
#[derive(Clone, Debug)]
pub struct CertificateView {
    /// The card.
    pub card: Card,
    /// Its verification code.
    pub code: String,
    /// When it was issued (WIB).
    pub issued: String,
    /// The page language.
    pub lang: Lang,
}

/// The certificate, and its verification.
#[component]
pub fn CertificatePage(view: CertificateView) -> impl IntoView {
    let lang = view.lang;
    let card = view.card.clone();
    let lines = card
        .lines
        .iter()
        .map(|l| {
            let score = with_interval(l.score, l.ci, lang);
            view! {
                <tr>
                    <td>{l.survey.clone()}</td>
                    <th scope="row">{l.unit.clone()}</th>
                    <td class="num">{score}</td>
                    <td>{l.verdict.get(lang).to_string()}</td>
                    <td class="num">{l.n}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <main id="main" class="certificate">
            <p class="notice" role="status">
                {i18n::CERT_GENUINE.with(lang, &[("date", view.issued.clone().into())])}
            </p>
            <h1>{i18n::CERT_TITLE.with(lang, &[("year", card.year.clone().into())])}</h1>
            <p class="lead"><strong>{card.agency.clone()}</strong></p>
            <div class="table-wrap" role="region" tabindex="0" aria-labelledby="cert-caption">
            <table>
                <caption id="cert-caption">{i18n::CERT_CAPTION.get(lang)}</caption>
                <thead><tr>
                    <th scope="col">{i18n::CERT_SURVEY.get(lang)}</th>
                    <th scope="col">{i18n::UNIT_LABEL.get(lang)}</th>
                    <th scope="col" class="num">{i18n::PUB_INDEX.get(lang)}</th>
                    <th scope="col">{i18n::PUB_VERDICT.get(lang)}</th>
                    <th scope="col" class="num">{i18n::PUB_RESPONDENTS.get(lang)}</th>
                </tr></thead>
                <tbody>{lines}</tbody>
            </table>
            </div>
            {card.opinion.as_ref().map(|o| opinion_view(o, lang))}
            <p>{i18n::CERT_CODE.with(lang, &[("code", view.code.clone().into())])}</p>
            <p class="help">{i18n::CERT_HOW.get(lang)}</p>
        </main>
    }
}
