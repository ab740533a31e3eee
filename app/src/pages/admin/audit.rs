//! The audit log: who did what and when, newest first, filtered by action,
//! a page at a time.

use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;

/// One entry.
#[derive(Clone, Debug)]
pub struct AuditRow {
    /// When (WIB).
    pub at: String,
    /// Who.
    pub actor: String,
    /// What.
    pub action: String,
    /// Its details, as recorded.
    pub detail: String,
}

/// The page.
#[derive(Clone, Debug)]
pub struct AuditView {
    /// The entries of this page.
    pub rows: Vec<AuditRow>,
    /// Every action recorded, for the filter.
    pub actions: Vec<String>,
    /// The action filtered on ("" for all).
    pub action: String,
    /// The newer page's address.
    pub newer: Option<String>,
    /// The older page's address.
    pub older: Option<String>,
}

/// The audit-log page.
#[component]
pub fn AuditPage(view: AuditView, lang: Lang) -> impl IntoView {
    let options = view
        .actions
        .iter()
        .map(|a| view! { <option value=a.clone() selected=*a == view.action>{a.clone()}</option> })
        .collect_view();
    let rows = view
        .rows
        .iter()
        .cloned()
        .map(|r| {
            view! {
                <tr>
                    <td>{r.at}</td>
                    <td>{r.actor}</td>
                    <td><code>{r.action}</code></td>
                    <td class="detail">{r.detail}</td>
                </tr>
            }
        })
        .collect_view();
    let empty = view
        .rows
        .is_empty()
        .then(|| view! { <p>{i18n::AUDIT_NONE.get(lang)}</p> });
    view! {
        <h1>{i18n::AUDIT_TITLE.get(lang)}</h1>
        <p class="lead">{i18n::AUDIT_INTRO.get(lang)}</p>
        <form method="get" action="/admin/audit" class="filters">
            <div class="item">
                <label for="f-action">{i18n::AUDIT_ACTION.get(lang)}</label>
                <select id="f-action" name="action">
                    <option value="">{i18n::FILTER_ALL.get(lang)}</option>
                    {options}
                </select>
            </div>
            <button type="submit" class="button secondary">{i18n::FILTER_APPLY.get(lang)}</button>
        </form>
        {empty}
        <div class="table-wrap" role="region" tabindex="0" aria-label=i18n::AUDIT_TITLE.get(lang)>
            <table class="audit">
                <thead>
                    <tr>
                        <th scope="col">{i18n::AUDIT_WHEN.get(lang)}</th>
                        <th scope="col">{i18n::AUDIT_WHO.get(lang)}</th>
                        <th scope="col">{i18n::AUDIT_ACTION.get(lang)}</th>
                        <th scope="col">{i18n::AUDIT_DETAIL.get(lang)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <Pager newer=view.newer.clone() older=view.older.clone() lang=lang />
    }
}

/// Links to the newer and older pages of a list, when there are any.
#[component]
pub fn Pager(newer: Option<String>, older: Option<String>, lang: Lang) -> impl IntoView {
    (newer.is_some() || older.is_some()).then(|| {
        view! {
            <nav class="pager" aria-label=i18n::PAGER.get(lang)>
                {newer.map(|h| view! { <a href=h rel="prev">{i18n::PAGER_NEWER.get(lang)}</a> })}
                " "
                {older.map(|h| view! { <a href=h rel="next">{i18n::PAGER_OLDER.get(lang)}</a> })}
            </nav>
        }
    })
}
