//! The results page's method parts: which assessment method the survey
//! follows and what of it is unconfirmed (a note block, in plain words),
//! the predicate of potential maladministration beside the score, and the
//! share of users who met each form of maladministration (a table with
//! its caption and headers, each share with its 95 % interval).

use super::results_view::{ResultsView, decimal};
use crate::domain::method::forms::{Forms, method_note};
use crate::domain::stats::Share;
use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;

/// The method note: the method's title and version, and which figures are
/// estimates; nothing when there is no method and no unconfirmed cut-off.
pub fn note_block(v: &ResultsView) -> Option<impl IntoView + use<>> {
    let lines = method_note(v.method.as_deref(), &v.bands, v.lang)?;
    Some(note_lines(lines, v.lang))
}

/// The method note's block, from its lines.
pub fn note_lines(lines: Vec<String>, lang: Lang) -> impl IntoView + use<> {
    let lines = lines
        .into_iter()
        .map(|l| view! { <p>{l}</p> })
        .collect_view();
    view! {
        <aside class="method-note" id="method-note" aria-labelledby="method-note-title">
            <h2 id="method-note-title">{i18n::METHOD_NOTE_TITLE.get(lang)}</h2>
            {lines}
        </aside>
    }
}

/// The predicate beside the score, when the method has one.
pub fn predicate_item(v: &ResultsView) -> Option<impl IntoView + use<>> {
    let lang = v.lang;
    let text = v.forms.as_ref()?.predicate_text(lang)?;
    Some(view! {
        <div>
            <dt>{i18n::PREDICATE.get(lang)}</dt>
            <dd id="predicate"><p>{text}</p></dd>
        </div>
    })
}

/// A share and its interval as a reader sees them: "10,00 %" and
/// "3,46–25,62 %".
pub fn share_cells(s: &Share, lang: Lang) -> (String, String) {
    let pct = s
        .percent
        .map(|p| format!("{} %", decimal(p, lang)))
        .unwrap_or_else(|| "–".into());
    let ci =
        s.ci.map(|(lo, hi)| format!("{}–{} %", decimal(lo, lang), decimal(hi, lang)))
            .unwrap_or_else(|| "–".into());
    (pct, ci)
}

/// The forms' table of the results page.
pub fn forms_table(v: &ResultsView) -> Option<impl IntoView + use<>> {
    let lang = v.lang;
    let f: &Forms = v.forms.as_ref()?;
    let rows = f
        .shares
        .iter()
        .map(|(key, name, s)| (key.clone(), name.get(lang).to_string(), *s))
        .collect();
    Some(prevalence_section(rows, v.unit.is_none(), lang))
}

/// One row per form (key, name, share): its name, the share who met it,
/// the interval, and met of answered; `pooled` adds that an agency's
/// figures pool its units.
pub fn prevalence_section(
    forms: Vec<(String, String, Share)>,
    pooled: bool,
    lang: Lang,
) -> impl IntoView + use<> {
    let rows = forms
        .into_iter()
        .map(|(key, name, s)| {
            let (pct, ci) = share_cells(&s, lang);
            view! {
                <tr data-form=key>
                    <th scope="row">{name}</th>
                    <td class="num">{pct}</td>
                    <td class="num">{ci}</td>
                    <td class="num">{format!("{} / {}", s.met, s.n)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="prevalence" aria-labelledby="prevalence-title">
            <h2 id="prevalence-title">{i18n::PREVALENCE_TITLE.get(lang)}</h2>
            <p>{i18n::PREVALENCE_INTRO.get(lang)}</p>
            <div class="table-wrap" role="region" tabindex="0" aria-labelledby="prevalence-title">
                <table class="items forms" id="prevalence">
                    <caption>{i18n::PREVALENCE_TITLE.get(lang)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{i18n::PREVALENCE_FORM.get(lang)}</th>
                            <th scope="col" class="num">{i18n::PREVALENCE_SHARE.get(lang)}</th>
                            <th scope="col" class="num">{i18n::PREVALENCE_RANGE.get(lang)}</th>
                            <th scope="col" class="num">{i18n::PREVALENCE_MET.get(lang)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {pooled.then(|| view! { <p class="note">{i18n::PREVALENCE_POOLED.get(lang)}</p> })}
        </section>
    }
}
