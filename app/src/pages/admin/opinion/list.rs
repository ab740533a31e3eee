//! Every agency the account sees, with its opinion for a year: composite,
//! interval and label, or what is still missing.

use super::{Choice, choice_form, labels_text, with_interval};
use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;

/// One agency's line.
#[derive(Clone, Debug)]
pub struct OpinionRow {
    /// Slug and name.
    pub agency: (String, String),
    /// The composite and its interval, when complete.
    pub composite: Option<(f64, Option<(f64, f64)>)>,
    /// Its labels: (name, cut-off confirmed).
    pub labels: Vec<(String, bool)>,
    /// The clean label, when added.
    pub clean_label: Option<String>,
    /// Parts still missing; `None` when nothing feeds it at all.
    pub missing: Option<Vec<String>>,
}

/// The list page.
#[derive(Clone, Debug)]
pub struct OpinionListView {
    /// The year and method chosen.
    pub choice: Choice,
    /// The agencies.
    pub rows: Vec<OpinionRow>,
    /// Whether the account may enter figures (import link).
    pub can_edit: bool,
}

/// The list of opinions.
#[component]
pub fn OpinionListPage(view: OpinionListView, lang: Lang) -> impl IntoView {
    let query = format!("?year={}&method={}", view.choice.year, view.choice.method);
    let rows = view
        .rows
        .iter()
        .cloned()
        .map(|r| {
            let composite = r
                .composite
                .map(|(s, ci)| with_interval(s, ci, lang))
                .unwrap_or_else(|| "—".into());
            let mut label = labels_text(&r.labels, lang);
            if let Some(c) = &r.clean_label {
                label.push_str(&format!(" · {c}"));
            }
            let missing = match &r.missing {
                None => i18n::OPINION_NO_DATA.get(lang).to_string(),
                Some(m) if m.is_empty() => "—".into(),
                Some(m) => m.join(", "),
            };
            view! {
                <tr>
                    <th scope="row"><a href=format!("/admin/a/{}/opinion{query}", r.agency.0)>{r.agency.1}</a></th>
                    <td class="num">{composite}</td>
                    <td>{label}</td>
                    <td>{missing}</td>
                </tr>
            }
        })
        .collect_view();
    let caption = i18n::OPINION_LIST_CAPTION.with(lang, &[("year", view.choice.year.into())]);
    view! {
        <h1>{i18n::OPINION_TITLE.get(lang)}</h1>
        {choice_form(&view.choice, lang)}
        {view.can_edit.then(|| view! {
            <p><a class="button secondary" href=format!("/admin/opinion/import{query}")>{i18n::OPINION_IMPORT.get(lang)}</a></p>
        })}
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby="opinions-caption">
            <table class="opinions">
                <caption id="opinions-caption">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n::OPINION_AGENCY.get(lang)}</th>
                        <th scope="col" class="num">{i18n::OPINION_COMPOSITE.get(lang)}</th>
                        <th scope="col">{i18n::OPINION_LABEL.get(lang)}</th>
                        <th scope="col">{i18n::OPINION_STILL_MISSING.get(lang)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
