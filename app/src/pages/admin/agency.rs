//! One provider: its details, its service units (with one-time codes) and
//! its surveys.

use super::{AGENCY_KINDS, SECTORS, label_of};
use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;

/// A unit in the list.
#[derive(Clone, Debug)]
pub struct UnitRow {
    /// Slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Sector.
    pub sector: String,
    /// Expected users per year.
    pub expected_users: Option<i32>,
}

/// A survey in the list.
#[derive(Clone, Debug)]
pub struct SurveyRow {
    /// Slug.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Status.
    pub status: String,
}

/// Everything the page shows.
#[derive(Clone, Debug)]
pub struct AgencyView {
    /// Slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: String,
    /// Province.
    pub region: String,
    /// The parent's name.
    pub parent: Option<String>,
    /// Whether the account may change it.
    pub can_write: bool,
    /// Its units.
    pub units: Vec<UnitRow>,
    /// Its surveys.
    pub surveys: Vec<SurveyRow>,
    /// Anti-forgery token for the code forms.
    pub csrf: String,
}

/// A survey status in words.
pub fn status_label(status: &str, lang: Lang) -> &'static str {
    match status {
        "open" => i18n::STATUS_OPEN.get(lang),
        "closed" => i18n::STATUS_CLOSED.get(lang),
        _ => i18n::STATUS_DRAFT.get(lang),
    }
}

/// The provider's page.
#[component]
pub fn AgencyPage(view: AgencyView, lang: Lang) -> impl IntoView {
    let a = view.slug.clone();
    let can_write = view.can_write;
    let units = if view.units.is_empty() {
        view! { <p>{i18n::NO_UNITS.get(lang)}</p> }.into_any()
    } else {
        view.units
            .iter()
            .map(|u| {
                let codes = can_write.then(|| {
                    view! {
                        <details class="codes">
                            <summary>{i18n::CODES.get(lang)}</summary>
                            <p class="help">{i18n::CODES_HELP.get(lang)}</p>
                            <form method="post" action=format!("/admin/a/{a}/u/{}/codes", u.slug) class="admin-form">
                                <input type="hidden" name="csrf" value=view.csrf.clone() />
                                <div class="item">
                                    <label for=format!("count-{}", u.slug)>{i18n::CODE_COUNT.get(lang)}</label>
                                    <input type="text" inputmode="numeric" id=format!("count-{}", u.slug) name="count" value="100" />
                                </div>
                                <div class="item">
                                    <label for=format!("days-{}", u.slug)>{i18n::CODE_EXPIRY.get(lang)}</label>
                                    <input type="text" inputmode="numeric" id=format!("days-{}", u.slug) name="days" value="" />
                                </div>
                                <button type="submit" class="button secondary">{i18n::GENERATE.get(lang)}</button>
                            </form>
                        </details>
                    }
                });
                view! {
                    <li class="card">
                        <h3>{u.name.clone()}</h3>
                        <p>
                            {label_of(SECTORS, &u.sector, lang)}
                            {u.expected_users.map(|n| format!(" · {n} / {}", if lang == Lang::En { "year" } else { "tahun" }))}
                        </p>
                        {can_write.then(|| view! { <p><a href=format!("/admin/a/{a}/u/{}/edit", u.slug)>{i18n::EDIT.get(lang)}</a></p> })}
                        {codes}
                    </li>
                }
            })
            .collect_view()
            .into_any()
    };
    let surveys = if view.surveys.is_empty() {
        view! { <p>{i18n::NO_SURVEYS.get(lang)}</p> }.into_any()
    } else {
        view.surveys
            .iter()
            .map(|s| {
                view! {
                    <li>
                        <a href=format!("/admin/s/{}", s.slug)>{s.title.clone()}</a>
                        " · "
                        <span class="status">{status_label(&s.status, lang)}</span>
                    </li>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <h1>{view.name.clone()}</h1>
        <p class="lead">
            {label_of(AGENCY_KINDS, &view.kind, lang)} " · " {view.region.clone()}
            {view.parent.clone().map(|p| format!(" · {p}"))}
        </p>
        <p>
            <a href=format!("/admin/dashboard/{}", view.slug)>{i18n::DASHBOARD.get(lang)}</a>
            " · " <a href=format!("/admin/a/{}/certificates", view.slug)>{i18n::CERT_LIST.get(lang)}</a>
            " · " <a href=format!("/p/{}", view.slug)>{i18n::PUBLISH_PAGE.get(lang)}</a>
            " · "
            <a href=format!("/admin/a/{}/opinion", view.slug)>{i18n::OPINION_TITLE.get(lang)}</a>
            " · " <a href=format!("/admin/a/{}/consultations", view.slug)>{i18n::UJI_NAV.get(lang)}</a>
            {can_write.then(|| view! { " · " <a href=format!("/admin/a/{}/edit", view.slug)>{i18n::AGENCY_EDIT.get(lang)}</a> })}
            {can_write.then(|| view! { " · " <a href=format!("/admin/a/{}/webhooks", view.slug)>{i18n::WEBHOOK_LINK.get(lang)}</a> })}
        </p>
        <h2>{i18n::UNITS.get(lang)}</h2>
        <ul class="cards">{units}</ul>
        {can_write.then(|| view! { <p><a class="button secondary" href=format!("/admin/a/{}/units/new", view.slug)>{i18n::UNIT_NEW.get(lang)}</a></p> })}
        <h2>{i18n::SURVEYS.get(lang)}</h2>
        <ul>{surveys}</ul>
        {can_write.then(|| view! { <p><a class="button" href=format!("/admin/a/{}/surveys/new", view.slug)>{i18n::SURVEY_NEW.get(lang)}</a></p> })}
    }
}

/// A fresh batch of codes, shown once, printable.
#[component]
pub fn CodesPage(unit: String, codes: Vec<String>, back: String, lang: Lang) -> impl IntoView {
    view! {
        <h1>{i18n::CODES.get(lang)} " · " {unit}</h1>
        <p class="notice" role="status">{i18n::CODES_MADE.get(lang)}</p>
        <ol class="code-list">{codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}</ol>
        <p class="no-print">
            <a class="button secondary" href=back>{i18n::BACK.get(lang)}</a>
        </p>
    }
}
