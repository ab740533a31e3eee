//! One-time codes after a batch is made: the list, and from it printable
//! slips (A4, eight to a page, each with its code in large type, the short
//! address and a QR code that opens the form with the code filled in) and
//! a CSV file of the codes.

use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;

/// A fresh batch, shown once.
#[derive(Clone, Debug)]
pub struct CodesMadeView {
    /// The unit's name.
    pub unit: String,
    /// The codes as printed.
    pub codes: Vec<String>,
    /// Where the slips and the CSV are asked for (`…/codes`).
    pub base: String,
    /// The surveys covering the unit whose form the QR codes open (slug,
    /// title), open ones first.
    pub surveys: Vec<(String, String)>,
    /// The agency's page.
    pub back: String,
    /// Anti-forgery token.
    pub csrf: String,
}

/// The batch just made, with the buttons for slips and the CSV file.
#[component]
pub fn CodesMadePage(view: CodesMadeView, lang: Lang) -> impl IntoView {
    let all = view.codes.join(" ");
    let choose = (!view.surveys.is_empty()).then(|| {
        let options = view
            .surveys
            .iter()
            .map(|(s, t)| view! { <option value=s.clone()>{t.clone()}</option> })
            .collect_view();
        view! {
            <div class="item">
                <label for="slip-survey">{i18n::SLIPS_SURVEY.get(lang)}</label>
                <select id="slip-survey" name="survey">{options}</select>
            </div>
        }
    });
    view! {
        <h1>{i18n::CODES.get(lang)} " · " {view.unit.clone()}</h1>
        <p class="notice" role="status">{i18n::CODES_MADE.get(lang)}</p>
        <div class="no-print">
            <form method="post" action=format!("{}/slips", view.base) class="admin-form">
                <input type="hidden" name="csrf" value=view.csrf.clone() />
                <input type="hidden" name="codes" value=all.clone() />
                {choose}
                <button type="submit" class="button">{i18n::SLIPS_PRINT.get(lang)}</button>
            </form>
            <form method="post" action=format!("{}/csv", view.base) class="admin-form">
                <input type="hidden" name="csrf" value=view.csrf.clone() />
                <input type="hidden" name="codes" value=all />
                <button type="submit" class="button secondary">{i18n::SLIPS_CSV.get(lang)}</button>
            </form>
        </div>
        <ol class="code-list">{view.codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}</ol>
        <p class="no-print">
            <a class="button secondary" href=view.back>{i18n::BACK.get(lang)}</a>
        </p>
    }
}

/// One slip.
#[derive(Clone, Debug)]
pub struct Slip {
    /// The code as printed.
    pub code: String,
    /// The address to type (host and path, no code).
    pub short: String,
    /// The link the QR code holds (with the code).
    pub link: String,
    /// The QR code, as an SVG document from the encoder.
    pub qr_svg: String,
}

/// The slips page.
#[derive(Clone, Debug)]
pub struct SlipsView {
    /// The agency's name.
    pub agency: String,
    /// The unit's name.
    pub unit: String,
    /// The slips.
    pub slips: Vec<Slip>,
    /// When the codes stop working (WIB date), if ever.
    pub expires: Option<String>,
}

/// Slips to cut apart, for the browser's print.
#[component]
pub fn SlipsPage(view: SlipsView, lang: Lang) -> impl IntoView {
    let slips = view
        .slips
        .into_iter()
        .map(|s| {
            // The SVG comes from the QR encoder, never from user input.
            let svg = s
                .qr_svg
                .split_once("<svg")
                .map(|(_, rest)| format!("<svg{rest}"))
                .unwrap_or_default();
            let expires = view.expires.clone().map(|d| {
                view! { <p class="slip-expires">{i18n::SLIPS_EXPIRES.with(lang, &[("date", d.into())])}</p> }
            });
            view! {
                <li class="slip">
                    <p class="slip-agency">{view.agency.clone()} " · " {view.unit.clone()}</p>
                    <p class="slip-ask">{i18n::SLIPS_ASK.get(lang)}</p>
                    <div class="slip-qr" role="img" aria-label=format!("QR: {}", s.link) inner_html=svg></div>
                    <p class="slip-code-label">{i18n::CODE_LABEL.get(lang)}</p>
                    <p class="slip-code">{s.code}</p>
                    <p class="slip-url">{s.short}</p>
                    {expires}
                </li>
            }
        })
        .collect_view();
    view! {
        <main class="slips">
            <h1 class="no-print">{i18n::SLIPS_TITLE.get(lang)} " · " {view.unit.clone()}</h1>
            <p class="no-print">{i18n::SLIPS_HELP.get(lang)}</p>
            <p class="no-print"><button type="button" class="button" data-print="">{i18n::PRINT.get(lang)}</button></p>
            <ul class="slip-sheet">{slips}</ul>
            // A script file, not an inline handler: the page's
            // Content-Security-Policy allows no inline code.
            <script src="/print.js" defer></script>
        </main>
    }
}
