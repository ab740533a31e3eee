//! A survey's counters (*loket*) or officers: each has its own link and QR
//! code, so a manager sees which counter needs attention. Figures are
//! shown only from ten responses up, never to citizens.

use super::field::ModeScore;
use super::fields::field_view;
use super::{Field, Input, unit_choice};
use crate::domain::answers::FieldErrors;
use crate::domain::text::Lang;
use crate::i18n;
use crate::pages::results_view::with_interval;
use leptos::prelude::*;

/// Responses a counter needs before any figure of it is shown.
pub const MIN_SHOWN: u64 = 10;

/// One counter.
#[derive(Clone, Debug)]
pub struct CounterRow {
    /// Its label.
    pub label: String,
    /// Its unit's name.
    pub unit: String,
    /// Its form link.
    pub link: String,
    /// Its QR code (SVG markup).
    pub qr: String,
    /// Counted responses, score and interval: only from [`MIN_SHOWN`] up.
    pub figures: Option<ModeScore>,
}

/// The page.
#[derive(Clone, Debug)]
pub struct CountersView {
    /// The survey's slug and title.
    pub survey: (String, String),
    /// Units (slug, name).
    pub units: Vec<(String, String)>,
    /// The counters.
    pub rows: Vec<CounterRow>,
    /// Whether the reader may add counters.
    pub may_change: bool,
    /// The anti-forgery token.
    pub csrf: String,
    /// The form's values (label, unit) when shown again.
    pub values: (String, String),
    /// Its problems.
    pub errors: FieldErrors,
}

/// The counters page.
#[component]
pub fn CountersPage(view: CountersView, lang: Lang) -> impl IntoView {
    let (slug, title) = view.survey.clone();
    let rows = view
        .rows
        .iter()
        .map(|r| {
            let figures = match &r.figures {
                Some(f) => format!("{} (n = {})", with_interval(f.score, f.ci, lang), f.n),
                None => i18n::COUNTERS_TOO_FEW.with(lang, &[("min", MIN_SHOWN.into())]),
            };
            view! {
                <tr>
                    <th scope="row">{r.label.clone()}</th>
                    <td>{r.unit.clone()}</td>
                    <td>{figures}</td>
                    <td>
                        <details>
                            <summary>{i18n::COUNTERS_LINK.get(lang)}</summary>
                            <p><code>{r.link.clone()}</code></p>
                            <div class="poster-qr counter-qr" role="img" aria-label=format!("QR: {}", r.link) inner_html=r.qr.clone()></div>
                        </details>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let fields = [
        Field::new(
            "label",
            i18n::COUNTERS_LABEL,
            Input::Text,
            view.values.0.clone(),
        )
        .help(i18n::COUNTERS_LABEL_HELP)
        .required(),
        unit_choice(&view.units, &view.values.1, lang),
    ];
    let form = view.may_change.then(|| {
        let fields = fields
            .iter()
            .map(|f| field_view(f, view.errors.get(f.name).cloned().unwrap_or_default(), lang))
            .collect_view();
        view! {
            <h2>{i18n::COUNTERS_ADD.get(lang)}</h2>
            <form method="post" action=format!("/admin/s/{slug}/counters") class="admin-form" novalidate=true>
                <input type="hidden" name="csrf" value=view.csrf.clone() />
                {fields}
                <p class="actions"><button type="submit" class="button">{i18n::COUNTERS_ADD.get(lang)}</button></p>
            </form>
        }
    });
    view! {
        <p class="crumbs"><a href=format!("/admin/s/{slug}")>{title.clone()}</a></p>
        <h1>{i18n::COUNTERS_TITLE.get(lang)}</h1>
        <p class="lead">{i18n::COUNTERS_INTRO.with(lang, &[("min", MIN_SHOWN.into())])}</p>
        {if view.rows.is_empty() {
            view! { <p>{i18n::COUNTERS_NONE.get(lang)}</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap" role="region" tabindex="0" aria-label=i18n::COUNTERS_TITLE.get(lang)>
                    <table id="counters">
                        <thead>
                            <tr>
                                <th scope="col">{i18n::COUNTERS_LABEL.get(lang)}</th>
                                <th scope="col">{i18n::UNIT_LABEL.get(lang)}</th>
                                <th scope="col">{i18n::COUNTERS_SCORE.get(lang)}</th>
                                <th scope="col">{i18n::COUNTERS_LINK.get(lang)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }}
        {form}
    }
}
