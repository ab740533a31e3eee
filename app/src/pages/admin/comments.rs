//! A survey's comments inbox: what citizens wrote in the free-text
//! questions, newest first, filtered by unit, month and whether the
//! response was flagged. Their words are shown as text, never as markup.

use super::audit::Pager;
use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;

/// One comment.
#[derive(Clone, Debug)]
pub struct CommentRow {
    /// When (WIB).
    pub when: String,
    /// The unit's name.
    pub unit: Option<String>,
    /// The question it answers.
    pub question: String,
    /// What the citizen wrote.
    pub text: String,
    /// Whether its response is left out of scores as suspect.
    pub flagged: bool,
}

/// The page.
#[derive(Clone, Debug)]
pub struct CommentsView {
    /// The survey's slug and title.
    pub survey: (String, String),
    /// The units to filter by (slug, name).
    pub units: Vec<(String, String)>,
    /// The months to filter by ("YYYY-MM"), newest first.
    pub months: Vec<String>,
    /// The filters as chosen ("" for any).
    pub unit: String,
    /// The month chosen.
    pub month: String,
    /// `flagged`, `counted` or "".
    pub flag: String,
    /// This page's comments.
    pub rows: Vec<CommentRow>,
    /// The newer page's address.
    pub newer: Option<String>,
    /// The older page's address.
    pub older: Option<String>,
}

fn select(
    id: &'static str,
    name: &'static str,
    label: &'static str,
    all: &'static str,
    options: Vec<(String, String)>,
    chosen: String,
) -> impl IntoView {
    let options = options
        .into_iter()
        .map(|(v, l)| view! { <option value=v.clone() selected=v == chosen>{l}</option> })
        .collect_view();
    view! {
        <div class="item">
            <label for=id>{label}</label>
            <select id=id name=name>
                <option value="">{all}</option>
                {options}
            </select>
        </div>
    }
}

/// The comments inbox.
#[component]
pub fn CommentsPage(view: CommentsView, lang: Lang) -> impl IntoView {
    let all = i18n::FILTER_ALL.get(lang);
    let months = view.months.iter().map(|m| (m.clone(), m.clone())).collect();
    let flags = vec![
        (
            "flagged".to_string(),
            i18n::COMMENTS_FLAGGED.get(lang).to_string(),
        ),
        (
            "counted".to_string(),
            i18n::COMMENTS_COUNTED.get(lang).to_string(),
        ),
    ];
    let rows = view
        .rows
        .iter()
        .cloned()
        .map(|c| {
            let flag = c
                .flagged
                .then(|| view! { <p class="flag">{i18n::COMMENTS_FLAGGED_ONE.get(lang)}</p> });
            view! {
                <li class="card comment">
                    <p class="meta">{c.when} {c.unit.map(|u| format!(" · {u}"))} " · " {c.question}</p>
                    <p class="comment-text">{c.text}</p>
                    {flag}
                </li>
            }
        })
        .collect_view();
    let empty = view
        .rows
        .is_empty()
        .then(|| view! { <p>{i18n::COMMENTS_NONE.get(lang)}</p> });
    let slug = view.survey.0.clone();
    view! {
        <p class="agency"><a href=format!("/admin/s/{slug}")>{view.survey.1.clone()}</a></p>
        <h1>{i18n::COMMENTS_TITLE.get(lang)}</h1>
        <p class="lead">{i18n::COMMENTS_INTRO.get(lang)}</p>
        <form method="get" action=format!("/admin/s/{slug}/comments") class="filters">
            {select("f-unit", "unit", i18n::COMMENTS_UNIT.get(lang), all, view.units.clone(), view.unit.clone())}
            {select("f-month", "month", i18n::COMMENTS_MONTH.get(lang), all, months, view.month.clone())}
            {select("f-flag", "flag", i18n::COMMENTS_FLAG.get(lang), all, flags, view.flag.clone())}
            <button type="submit" class="button secondary">{i18n::FILTER_APPLY.get(lang)}</button>
        </form>
        {empty}
        <ul class="cards comments">{rows}</ul>
        <Pager newer=view.newer.clone() older=view.older.clone() lang=lang />
    }
}
