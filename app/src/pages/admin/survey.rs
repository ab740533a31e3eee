//! One survey as its agency runs it: status and publishing, the link, QR
//! codes and posters per unit, the embed snippet, and how many answered.

pub mod embed;
pub mod preview;
pub mod status;

use super::agency::status_label;
use crate::domain::text::Lang;
use crate::i18n;
use embed::{EmbedSection, EmbedView, SiteCheck};
use leptos::prelude::*;

/// Everything the page shows.
#[derive(Clone, Debug)]
pub struct SurveyAdminView {
    /// Slug.
    pub slug: String,
    /// Title.
    pub title: String,
    /// The agency's name and slug.
    pub agency: (String, String),
    /// Status.
    pub status: String,
    /// Instrument, as "title (version)".
    pub instrument: String,
    /// Band table, as "title (version)".
    pub bands: String,
    /// The units: (slug, name).
    pub units: Vec<(String, String)>,
    /// Responses stored.
    pub responses: u64,
    /// The site's public address (`https://…`, no trailing slash).
    pub base: String,
    /// Origins allowed to embed.
    pub origins: Vec<String>,
    /// Whether the account may change it.
    pub can_write: bool,
    /// Anti-forgery token.
    pub csrf: String,
    /// The address "check your site" was asked about, and what it found.
    pub check: Option<(String, SiteCheck)>,
}

/// The survey's page.
#[component]
pub fn SurveyAdminPage(view: SurveyAdminView, lang: Lang) -> impl IntoView {
    let s = view.slug.clone();
    let link = format!("{}/s/{s}", view.base);
    let status_action = status_form(&view, lang);
    let draft = view.status == "draft";
    let draft_note =
        draft.then(|| view! { <p class="note">{i18n::QR_AFTER_PUBLISH.get(lang)}</p> });
    let mut rows = vec![qr_card(&s, &link, draft, None, lang)];
    rows.extend(
        view.units
            .iter()
            .cloned()
            .map(|u| qr_card(&s, &link, draft, Some(u), lang)),
    );
    let embed = EmbedView {
        slug: s.clone(),
        base: view.base.clone(),
        units: view.units.clone(),
        origins: view.origins.clone(),
        can_write: view.can_write,
        check: view.check.clone(),
    };
    let danger = danger_form(&view, lang);
    // A draft's address answers "not found" until it opens: shown, not
    // linked (its preview is linked below).
    let public_link = if draft {
        link.clone().into_any()
    } else {
        view! { <a href=link.clone()>{link.clone()}</a> }.into_any()
    };
    view! {
        <p class="agency"><a href=format!("/admin/a/{}", view.agency.1)>{view.agency.0.clone()}</a></p>
        <h1>{view.title.clone()}</h1>
        <dl class="facts">
            <dt>{i18n::STATUS.get(lang)}</dt>
            <dd class="status">{status_label(&view.status, lang)}</dd>
            <dt>{i18n::RESPONSES_SO_FAR.get(lang)}</dt>
            <dd id="responses">{view.responses}</dd>
            <dt>{i18n::INSTRUMENT.get(lang)}</dt>
            <dd>{view.instrument.clone()}</dd>
            <dt>{i18n::BAND_TABLE.get(lang)}</dt>
            <dd>{view.bands.clone()}</dd>
            <dt>{i18n::PUBLIC_LINK.get(lang)}</dt>
            <dd>{public_link}</dd>
        </dl>
        <p><a href=format!("/admin/s/{s}/preview")>{i18n::PREVIEW_LINK.get(lang)}</a></p>
        <p><a href=format!("/admin/s/{s}/questions")>{i18n::OWN_TITLE.get(lang)}</a></p>
        <p><a href=format!("/admin/s/{s}/review")>{i18n::REVIEW_LINK.get(lang)}</a></p>
        <p><a href=format!("/admin/s/{s}/comments")>{i18n::COMMENTS_LINK.get(lang)}</a></p>
        <p><a href=format!("/admin/s/{s}/plan")>{i18n::PLAN_LINK.get(lang)}</a></p>
        <p><a href=format!("/admin/s/{s}/report")>{i18n::REPORT_LINK.get(lang)}</a></p>
        <p><a href=format!("/admin/s/{s}/publish")>{i18n::PUBLISH_LINK.get(lang)}</a></p>
        <p><a href=format!("/admin/s/{s}/posters")>{i18n::POSTERS_ALL.get(lang)}</a></p>
        <p><a href=format!("/admin/s/{s}/field")>{i18n::FIELD_TITLE.get(lang)}</a></p>
        <p><a href=format!("/admin/s/{s}/kiosks")>{i18n::KIOSKS_LINK.get(lang)}</a></p>
        <p><a href=format!("/admin/s/{s}/counters")>{i18n::COUNTERS_TITLE.get(lang)}</a></p>
        {view.can_write.then(|| view! { <p><a href=format!("/admin/s/{s}/copy")>{i18n::SURVEY_COPY_LINK.get(lang)}</a></p> })}
        <p class="actions">
            {status_action}
            {view.can_write.then(|| view! { <a class="button secondary" href=format!("/admin/s/{s}/edit")>{i18n::SURVEY_EDIT.get(lang)}</a> })}
            <a class="button secondary" href=format!("/s/{s}/results")>{i18n::RESULTS_LINK.get(lang)}</a>
            {danger}
        </p>
        <h2>{i18n::QR_CODES.get(lang)}</h2>
        {draft_note}
        <ul class="cards">{rows}</ul>
        <EmbedSection view=embed lang=lang />
    }
}

/// The button that moves the survey on (publish a draft, reopen a closed
/// survey), for accounts that may change it. It leads to a page that asks
/// first: opening fixes the questionnaire.
fn status_form(view: &SurveyAdminView, lang: Lang) -> Option<impl IntoView + use<>> {
    let s = &view.slug;
    let label = match (view.can_write, view.status.as_str()) {
        (true, "draft") => i18n::PUBLISH,
        (true, "closed") => i18n::REOPEN_SURVEY,
        _ => return None,
    };
    Some(view! {
        <a class="button" href=format!("/admin/s/{s}/status?to=open")>{label.get(lang)}</a>
    })
}

/// Closing, styled as the danger it is and placed last: it stops every
/// link and printed poster (until reopened). It asks first.
fn danger_form(view: &SurveyAdminView, lang: Lang) -> Option<impl IntoView + use<>> {
    (view.can_write && view.status == "open").then(|| {
        view! {
            <a class="button danger" href=format!("/admin/s/{}/status?to=closed", view.slug)>{i18n::CLOSE_SURVEY.get(lang)}</a>
        }
    })
}

/// The link, QR code and poster of the whole survey (`unit` None) or of
/// one unit: (slug, name).
fn qr_card(
    s: &str,
    link: &str,
    draft: bool,
    unit: Option<(String, String)>,
    lang: Lang,
) -> impl IntoView + use<> {
    let q = unit
        .as_ref()
        .map(|(u, _)| format!("?u={u}"))
        .unwrap_or_default();
    let name = unit
        .map(|(_, n)| n)
        .unwrap_or_else(|| i18n::WHOLE_SURVEY.get(lang).to_string());
    // A draft is not public yet: its link and QR code answer "not
    // found" until it is published, so only the poster is offered.
    let codes = (!draft).then(|| {
        view! {
            " · "
            <a href=format!("/s/{s}/qr.svg{q}") download=format!("qr-{s}.svg")>"SVG"</a>
            " · "
            <a href=format!("/s/{s}/qr.png{q}") download=format!("qr-{s}.png")>"PNG"</a>
        }
    });
    let image = (!draft).then(|| {
        view! {
            <img src=format!("/s/{s}/qr.svg{q}") alt=format!("QR: {link}{q}") width="120" height="120" loading="lazy" />
        }
    });
    view! {
        <li class="card qr">
            {image}
            <div>
                <h3>{name}</h3>
                <p><a href=format!("{link}{q}")>{format!("{link}{q}")}</a></p>
                <p>
                    <a href=format!("/admin/s/{s}/poster{q}")>{i18n::POSTER.get(lang)}</a>
                    {codes}
                </p>
            </div>
        </li>
    }
}
