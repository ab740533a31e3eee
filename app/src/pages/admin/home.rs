//! The first page after signing in: the providers the account may see.

use super::{AGENCY_KINDS, label_of};
use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;

/// One provider in the list.
#[derive(Clone, Debug)]
pub struct AgencyRow {
    /// Its slug.
    pub slug: String,
    /// Its name.
    pub name: String,
    /// Its kind.
    pub kind: String,
    /// Its province.
    pub region: String,
    /// How many units it has.
    pub units: u64,
    /// How many surveys it has.
    pub surveys: u64,
}

/// The list of providers, after `notice` (failed sign-ins on the account)
/// when there is one.
#[component]
pub fn HomePage(
    rows: Vec<AgencyRow>,
    can_create: bool,
    lang: Lang,
    notice: Option<String>,
) -> impl IntoView {
    let items = rows
        .into_iter()
        .map(|r| {
            view! {
                <tr>
                    <th scope="row"><a href=format!("/admin/a/{}", r.slug)>{r.name}</a></th>
                    <td>{label_of(AGENCY_KINDS, &r.kind, lang)}</td>
                    <td>{r.region}</td>
                    <td class="num">{r.units}</td>
                    <td class="num">{r.surveys}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        {notice.map(|n| view! { <p class="notice" role="status" id="failed-logins">{n}</p> })}
        <h1>{i18n::AGENCIES.get(lang)}</h1>
        {can_create.then(|| view! { <p><a class="button" href="/admin/agencies/new">{i18n::AGENCY_NEW.get(lang)}</a></p> })}
        <div class="table-wrap" role="region" tabindex="0" aria-label=i18n::AGENCIES.get(lang)>
            <table>
                <thead>
                    <tr>
                        <th scope="col">{i18n::NAME.get(lang)}</th>
                        <th scope="col">{i18n::KIND.get(lang)}</th>
                        <th scope="col">{i18n::REGION.get(lang)}</th>
                        <th scope="col" class="num">{i18n::UNITS.get(lang)}</th>
                        <th scope="col" class="num">{i18n::SURVEYS.get(lang)}</th>
                    </tr>
                </thead>
                <tbody>{items}</tbody>
            </table>
        </div>
    }
}
