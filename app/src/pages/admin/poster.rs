//! An A4 poster for the counter: the agency, the unit, a large QR code and
//! a short instruction in Bahasa Indonesia. Made for the browser's print.

use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;

/// What the poster shows.
#[derive(Clone, Debug)]
pub struct PosterView {
    /// The agency's name.
    pub agency: String,
    /// The unit's name, when the poster is for one unit.
    pub unit: Option<String>,
    /// The survey's title.
    pub title: String,
    /// The link the code holds.
    pub url: String,
    /// The code, as an SVG document.
    pub qr_svg: String,
}

/// The poster.
#[component]
pub fn PosterPage(view: PosterView, lang: Lang) -> impl IntoView {
    // The SVG comes from the QR encoder, never from user input.
    let svg = view
        .qr_svg
        .split_once("<svg")
        .map(|(_, rest)| format!("<svg{rest}"))
        .unwrap_or_default();
    view! {
        <main class="poster">
            <p class="poster-agency">{view.agency.clone()}</p>
            {view.unit.clone().map(|u| view! { <p class="poster-unit">{u}</p> })}
            <h1>{i18n::POSTER_HEADLINE.get(lang)}</h1>
            <div class="poster-qr" role="img" aria-label=format!("QR: {}", view.url) inner_html=svg></div>
            <p class="poster-instruction">{i18n::POSTER_INSTRUCTION.get(lang)}</p>
            <p class="poster-url">{i18n::POSTER_OR_OPEN.get(lang)} " " <strong>{view.url.clone()}</strong></p>
            <p class="poster-title">{view.title.clone()}</p>
            <p class="no-print"><button type="button" class="button" data-print="">{i18n::PRINT.get(lang)}</button></p>
            // A script file, not an inline handler: the page's
            // Content-Security-Policy allows no inline code.
            <script src="/print.js" defer></script>
        </main>
    }
}
