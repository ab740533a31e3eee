//! Flagged responses of one survey, in batches (one network, one unit, the
//! same signals): what an assessor reviews, and restores when the batch is
//! real citizens (a class filling in forms together, a counter's tablet).

use crate::domain::signals::{Flags, why_left_out};
use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;

/// One batch as shown.
#[derive(Clone, Debug)]
pub struct BatchRow {
    /// The network's hash (a pseudonym), when known.
    pub network: Option<String>,
    /// The unit's slug and name, when known.
    pub unit: Option<(String, String)>,
    /// The signals, as stored.
    pub flags: String,
    /// Responses in it.
    pub count: u64,
    /// First and last, as people read them.
    pub span: String,
    /// Whether it was restored.
    pub restored: bool,
}

/// Everything the page shows.
#[derive(Clone, Debug)]
pub struct ReviewView {
    /// The survey's slug and title.
    pub survey: (String, String),
    /// The batches, largest first.
    pub batches: Vec<BatchRow>,
    /// Whether this account may restore (assessors and admins).
    pub can_restore: bool,
    /// Responses just restored, to confirm.
    pub done: Option<u64>,
    /// Anti-forgery token.
    pub csrf: String,
}

/// The review page.
#[component]
pub fn ReviewPage(view: ReviewView, lang: Lang) -> impl IntoView {
    let slug = view.survey.0.clone();
    let done = view.done.map(|n| {
        view! {
            <p class="notice" role="status">
                {i18n::REVIEW_DONE.with(lang, &[("count", n.into())])}
            </p>
        }
    });
    let rows: Vec<_> = view
        .batches
        .iter()
        .cloned()
        .map(|b| batch_row(b, slug.clone(), view.can_restore, view.csrf.clone(), lang))
        .collect();
    let table = (!rows.is_empty()).then(|| {
        view! {
            <div class="table-wrap" role="region" tabindex="0" aria-label=i18n::REVIEW_TITLE.get(lang)>
            <table class="review">
                <thead>
                    <tr>
                        <th scope="col">{i18n::REVIEW_NETWORK.get(lang)}</th>
                        <th scope="col">{i18n::UNIT_LABEL.get(lang)}</th>
                        <th scope="col">{i18n::REVIEW_SIGNALS.get(lang)}</th>
                        <th scope="col">{i18n::REVIEW_WHEN.get(lang)}</th>
                        <th scope="col" class="num">{i18n::REVIEW_COUNT.get(lang)}</th>
                        <th scope="col"><span class="visually-hidden">{i18n::REVIEW_RESTORE.get(lang)}</span></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
        }
    });
    let none = view
        .batches
        .is_empty()
        .then(|| view! { <p>{i18n::REVIEW_NONE.get(lang)}</p> });
    view! {
        <p class="agency"><a href=format!("/admin/s/{slug}")>{view.survey.1.clone()}</a></p>
        <h1>{i18n::REVIEW_TITLE.get(lang)}</h1>
        {done}
        <p class="lead">{i18n::REVIEW_INTRO.get(lang)}</p>
        {table}
        {none}
    }
}

fn batch_row(
    b: BatchRow,
    slug: String,
    can_restore: bool,
    csrf: String,
    lang: Lang,
) -> impl IntoView {
    let signals: Vec<_> = Flags::parse(&b.flags)
        .iter()
        .map(|s| (s, b.count))
        .collect();
    let action = if b.restored {
        view! { <span>{i18n::REVIEW_RESTORED.get(lang)}</span> }.into_any()
    } else if can_restore {
        let confirm = i18n::REVIEW_CONFIRM.with(lang, &[("count", b.count.into())]);
        view! {
            <form method="post" action=format!("/admin/s/{slug}/review")>
                <input type="hidden" name="csrf" value=csrf />
                <input type="hidden" name="network" value=b.network.clone().unwrap_or_default() />
                <input type="hidden" name="unit" value=b.unit.clone().map(|u| u.0).unwrap_or_default() />
                <input type="hidden" name="flags" value=b.flags.clone() />
                <label class="confirm">
                    <input type="checkbox" name="confirm" value="yes" required=true />
                    {confirm}
                </label>
                <button type="submit" class="button secondary">{i18n::REVIEW_RESTORE.get(lang)}</button>
            </form>
        }
        .into_any()
    } else {
        ().into_any()
    };
    view! {
        <tr>
            <td><code>{b.network.unwrap_or_else(|| i18n::REVIEW_NO_NETWORK.get(lang).to_string())}</code></td>
            <td>{b.unit.map(|u| u.1).unwrap_or_default()}</td>
            <td>{why_left_out(&signals, lang)}</td>
            <td>{b.span}</td>
            <td class="num">{b.count}</td>
            <td>{action}</td>
        </tr>
    }
}
