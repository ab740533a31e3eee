//! The survey page's embed section: the code an agency pastes into its
//! website, one per unit, each in a read-only text box (selectable without
//! JavaScript, with a copy button when the app's small script runs); where
//! no site is allowed yet, how to allow one instead of a code that would
//! not work; and "check your site", which says whether a page's site is on
//! the list.

use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;

/// What "check your site" found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SiteCheck {
    /// The page's origin is on the list.
    Allowed(String),
    /// The page's origin is not on the list.
    Missing(String),
    /// What was typed is not a web address.
    Invalid,
}

/// Everything the section shows.
#[derive(Clone, Debug)]
pub struct EmbedView {
    /// The survey's slug.
    pub slug: String,
    /// The site's public address (`https://…`, no trailing slash).
    pub base: String,
    /// The units: (slug, name).
    pub units: Vec<(String, String)>,
    /// Origins allowed to embed.
    pub origins: Vec<String>,
    /// Whether the account may change the survey.
    pub can_write: bool,
    /// The address last checked, and what the check found.
    pub check: Option<(String, SiteCheck)>,
}

/// The code for the whole survey (`unit` None) or one unit: a link for a
/// page where the frame cannot show (no script, or a site not on the
/// list), then the script that puts the form in a frame.
pub fn snippet(base: &str, slug: &str, unit: Option<&str>) -> String {
    let (q, attr) = match unit {
        Some(u) => (format!("?u={u}"), format!(" data-unit=\"{u}\"")),
        None => (String::new(), String::new()),
    };
    format!(
        "<p data-persepsi-link><a href=\"{base}/s/{slug}{q}\" target=\"_blank\" rel=\"noopener\">{}</a></p>\n\
         <script src=\"{base}/embed.js\" data-survey=\"{slug}\"{attr} async></script>",
        i18n::EMBED_FALLBACK_LINK.get(Lang::Id)
    )
}

/// The embed section.
#[component]
pub fn EmbedSection(view: EmbedView, lang: Lang) -> impl IntoView {
    let s = view.slug.clone();
    let body = if view.origins.is_empty() {
        view! {
            <p class="notice" id="embed-none">{i18n::EMBED_NO_SITES.get(lang)}</p>
            {view.can_write.then(|| view! {
                <p><a class="button secondary" href=format!("/admin/s/{s}/edit#in-origins")>{i18n::SURVEY_EDIT.get(lang)}</a></p>
            })}
        }
        .into_any()
    } else {
        let mut codes = vec![code_box(
            "embed-snippet".into(),
            i18n::WHOLE_SURVEY.get(lang).to_string(),
            snippet(&view.base, &s, None),
            lang,
        )];
        codes.extend(view.units.iter().map(|(u, name)| {
            code_box(
                format!("embed-snippet-{u}"),
                name.clone(),
                snippet(&view.base, &s, Some(u)),
                lang,
            )
        }));
        view! {
            <p class="help">{i18n::EMBED_HELP.get(lang)}</p>
            <p>{i18n::EMBED_ORIGINS.get(lang)} ": " {view.origins.join(", ")}</p>
            {codes}
            <script src="/admin-copy.js" defer></script>
        }
        .into_any()
    };
    view! {
        <h2 id="embed">{i18n::EMBED.get(lang)}</h2>
        {body}
        {check_form(&s, view.check, lang)}
    }
}

/// One snippet: its label, the read-only box, and a copy button the
/// script reveals (without it, the box selects for copying by hand).
fn code_box(id: String, name: String, code: String, lang: Lang) -> impl IntoView {
    let label = i18n::EMBED_CODE_FOR.with(lang, &[("name", name.into())]);
    view! {
        <div class="snippet-box">
            <label for=id.clone()>{label}</label>
            <textarea id=id.clone() class="snippet" readonly=true rows="4" spellcheck="false" inner_html=crate::domain::text::escape_text(&code)></textarea>
            <p class="copy-row">
                <button type="button" class="button secondary copy" data-copy=id hidden=true>{i18n::EMBED_COPY.get(lang)}</button>
                <span class="copied" role="status" data-copied=i18n::EMBED_COPIED.get(lang)></span>
            </p>
        </div>
    }
}

/// "Check your site": a plain GET form back to the survey page.
fn check_form(slug: &str, check: Option<(String, SiteCheck)>, lang: Lang) -> impl IntoView + use<> {
    let typed = check.as_ref().map(|(t, _)| t.clone()).unwrap_or_default();
    let found = check.map(|(_, c)| {
        let (class, text) = match c {
            SiteCheck::Allowed(o) => (
                "notice",
                i18n::EMBED_CHECK_OK.with(lang, &[("origin", o.into())]),
            ),
            SiteCheck::Missing(o) => (
                "warning",
                i18n::EMBED_CHECK_MISSING.with(lang, &[("origin", o.into())]),
            ),
            SiteCheck::Invalid => ("warning", i18n::EMBED_CHECK_BAD.get(lang).to_string()),
        };
        view! { <p class=class id="site-check-result" role="status">{text}</p> }
    });
    view! {
        <h3 id="site-check">{i18n::EMBED_CHECK.get(lang)}</h3>
        {found}
        <form method="get" action=format!("/admin/s/{slug}#site-check") class="admin-form check-form">
            <div class="item">
                <label for="in-site">{i18n::EMBED_CHECK_LABEL.get(lang)}</label>
                <input type="text" id="in-site" name="site" value=typed inputmode="url" autocomplete="url" />
            </div>
            <button type="submit" class="button secondary">{i18n::EMBED_CHECK_BUTTON.get(lang)}</button>
        </form>
    }
}
