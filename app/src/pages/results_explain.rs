//! The results page's plain words: each figure's meaning in one sentence
//! with more on demand (`<details>`, which opens without JavaScript), and
//! the period the figures cover with when they were last updated.

use super::results_view::ResultsView;
use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;

/// A figure's sentence (`id` names it for links and tests) and its
/// explanation, opened on demand.
pub fn explained(id: &'static str, sentence: String, details: String, lang: Lang) -> impl IntoView {
    view! {
        <dd class="plain" id=id>
            <p>{sentence}</p>
            <details>
                <summary>{i18n::EXPLAIN_MORE.get(lang)}</summary>
                <p>{details}</p>
            </details>
        </dd>
    }
}

/// The period shown (the one asked for, or the first to the newest
/// response) and when the figures were last updated.
pub fn period_lines(v: &ResultsView) -> impl IntoView + use<> {
    let lang = v.lang;
    let period = match (&v.period, &v.span) {
        (Some(p), _) => i18n::PERIOD_ONE.with(lang, &[("period", p.clone().into())]),
        (None, Some((from, to))) => i18n::PERIOD_ALL.with(
            lang,
            &[("from", from.clone().into()), ("to", to.clone().into())],
        ),
        (None, None) => i18n::NOTHING_YET.get(lang).to_string(),
    };
    let updated = v
        .updated
        .clone()
        .map(|at| i18n::UPDATED.with(lang, &[("at", at.into())]));
    view! {
        <p class="period" id="period">{period}</p>
        {updated.map(|u| view! { <p class="updated" id="updated">{u}</p> })}
    }
}
