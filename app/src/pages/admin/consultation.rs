//! The manager's consultation pages: an agency's list, one consultation
//! with agreement per component, its comments and the agency's answers,
//! and its record (*berita acara*) for the browser's print.

use crate::domain::text::Lang;
use crate::i18n;
use crate::pages::admin::poster::PrintButton;
use crate::pages::admin::report::block_view;
use crate::pages::consultation::record::record;
use crate::pages::consultation::{ConsultationView, component_section};
use leptos::prelude::*;

/// One consultation in a list.
#[derive(Clone, Debug)]
pub struct ConsultRow {
    /// Address code.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Its dates.
    pub period: String,
    /// Open, closed, answered.
    pub state: String,
}

/// An agency's consultations.
#[derive(Clone, Debug)]
pub struct ConsultListView {
    /// The agency's slug.
    pub agency_slug: String,
    /// The agency's name.
    pub agency: String,
    /// Whether the account may create one.
    pub may_change: bool,
    /// The consultations.
    pub rows: Vec<ConsultRow>,
}

/// The list page.
pub fn list_page(v: ConsultListView, lang: Lang) -> AnyView {
    let rows = v
        .rows
        .iter()
        .map(|r| {
            view! {
                <tr>
                    <th scope="row"><a href=format!("/admin/k/{}", r.slug)>{r.title.clone()}</a></th>
                    <td>{r.period.clone()}</td>
                    <td>{r.state.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let new = v.may_change.then(|| {
        view! {
            <p><a class="button" href=format!("/admin/a/{}/consultations/new", v.agency_slug)>
                {i18n::UJI_NEW.get(lang)}
            </a></p>
        }
    });
    view! {
        <p><a href=format!("/admin/a/{}", v.agency_slug)>{v.agency.clone()}</a></p>
        <h1>{i18n::UJI_LIST.get(lang)}</h1>
        <p class="lead">{i18n::UJI_LIST_LEAD.get(lang)}</p>
        {new}
        {if v.rows.is_empty() {
            view! { <p>{i18n::UJI_NONE.get(lang)}</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap" role="region" tabindex="0" aria-label=i18n::UJI_LIST.get(lang)>
                    <table>
                        <thead><tr>
                            <th scope="col">{i18n::UJI_TITLE.get(lang)}</th>
                            <th scope="col">{i18n::UJI_DATES.get(lang)}</th>
                            <th scope="col">{i18n::UJI_STATE.get(lang)}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }}
    }
    .into_any()
}

/// One consultation, for its manager (or an assessor, who only reads).
#[derive(Clone, Debug)]
pub struct ConsultAdminView {
    /// What it holds.
    pub consultation: ConsultationView,
    /// The agency's slug.
    pub agency_slug: String,
    /// Whether the account may answer and close it.
    pub may_change: bool,
    /// Its public link.
    pub link: String,
    /// Where it stands, in words.
    pub state: String,
}

/// The consultation's page.
pub fn show_page(v: ConsultAdminView, lang: Lang) -> AnyView {
    let c = &v.consultation;
    let base = format!("/admin/k/{}", c.slug);
    let sections = c
        .components
        .iter()
        .map(|k| {
            let answer = v.may_change.then(|| {
                view! {
                    <p><a class="button secondary" href=format!("{base}/c/{}", k.key)>
                        {i18n::UJI_ANSWER_EDIT.get(lang)} ": " {k.name().get(lang)}
                    </a></p>
                }
            });
            view! { {component_section(k, lang, true)} {answer} }
        })
        .collect_view();
    let close = (v.may_change && !c.closed).then(|| {
        view! { <a class="button secondary" href=format!("{base}/close")>{i18n::UJI_CLOSE.get(lang)}</a> }
    });
    let final_edit = v.may_change.then(|| {
        view! { <p><a class="button secondary" href=format!("{base}/final")>{i18n::UJI_FINAL_EDIT.get(lang)}</a></p> }
    });
    let public = (c.closed && c.answered).then(|| {
        view! { <a href=format!("/uji/{}", c.slug)>{i18n::UJI_PUBLIC_LINK.get(lang)}</a> }
    });
    let figures = i18n::UJI_RECORD_LEAD.with(
        lang,
        &[("replies", c.replies.into()), ("aside", c.set_aside.into())],
    );
    view! {
        <p><a href=format!("/admin/a/{}/consultations", v.agency_slug)>{i18n::UJI_LIST.get(lang)}</a></p>
        <h1>{c.title.clone()}</h1>
        <dl class="facts">
            <dt>{i18n::UJI_SERVICE.get(lang)}</dt><dd>{c.service.clone()}</dd>
            <dt>{i18n::UJI_DATES.get(lang)}</dt><dd>{c.period()}</dd>
            <dt>{i18n::UJI_STATE.get(lang)}</dt><dd>{v.state.clone()}</dd>
            <dt>{i18n::UJI_LINK.get(lang)}</dt><dd><a href=v.link.clone()>{v.link.clone()}</a></dd>
        </dl>
        <p class="actions">
            <a class="button secondary" href=format!("{base}/poster")>{i18n::POSTER.get(lang)}</a>
            <a class="button secondary" href=format!("{base}/record")>{i18n::UJI_RECORD.get(lang)}</a>
            {close}
        </p>
        {public.map(|p| view! { <p>{p}</p> })}
        <p>{figures}</p>
        <section aria-labelledby="uji-final">
            <h2 id="uji-final">{i18n::UJI_FINAL.get(lang)}</h2>
            <p class="uji-text">{if c.final_text.is_empty() { i18n::UJI_NOT_ANSWERED.get(lang).to_string() } else { c.final_text.clone() }}</p>
            {final_edit}
        </section>
        <h2>{i18n::UJI_BY_COMPONENT.get(lang)}</h2>
        {sections}
    }
    .into_any()
}

/// The record (*berita acara*) for the print, with the PDF above it.
pub fn record_page(v: ConsultationView, lang: Lang, today: String) -> AnyView {
    let blocks = record(&v, lang, &today)
        .into_iter()
        .enumerate()
        .map(|(i, b)| block_view(b, i))
        .collect_view();
    view! {
        <div class="no-print report-tools">
            <p><a href=format!("/admin/k/{}", v.slug)>{i18n::BACK.get(lang)}</a></p>
            <p><a class="button" href=format!("/admin/k/{}/record.pdf?lang={}", v.slug, lang.code()) download="">
                {i18n::REPORT_PDF.get(lang)}
            </a></p>
            <PrintButton lang=lang />
        </div>
        <article class="report">{blocks}</article>
    }
    .into_any()
}
