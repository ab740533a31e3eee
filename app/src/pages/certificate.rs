//! The report card and certificate (*rapor*, *sertifikat*) of an agency for
//! a year, as issued: the perception results per unit, frozen when the
//! assessor issued it, with the code anyone can check at `/v/{code}`.
//! The same page is the certificate to print and its verification.

use super::results_view::decimal;
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

/// The figures as issued.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Card {
    /// The agency's name.
    pub agency: String,
    /// The year.
    pub year: String,
    /// Per survey and unit.
    pub lines: Vec<CardLine>,
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
            let score = match (l.score, l.ci) {
                (Some(s), Some((lo, hi))) => format!(
                    "{} ({}–{})",
                    decimal(s, lang),
                    decimal(lo, lang),
                    decimal(hi, lang)
                ),
                (Some(s), None) => decimal(s, lang),
                _ => "–".into(),
            };
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
            <p>{i18n::CERT_CODE.with(lang, &[("code", view.code.clone().into())])}</p>
            <p class="help">{i18n::CERT_HOW.get(lang)}</p>
        </main>
    }
}
