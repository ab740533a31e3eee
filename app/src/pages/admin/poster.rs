//! An A4 poster for the counter: the agency's name large (there is no logo
//! upload yet), the unit, a large QR code, a short address to type, and
//! three steps with what the citizen should know (anonymous, about two
//! minutes). Made for the browser's print; one page prints every unit's
//! poster, one per sheet.

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
    /// The address to type: host and path, no scheme or query.
    pub short: String,
    /// The code, as an SVG document.
    pub qr_svg: String,
}

/// What a poster asks of the citizen: its headline, three steps and its
/// word on anonymity.
#[derive(Clone, Copy, Debug)]
pub struct PosterWords {
    /// The headline.
    pub headline: i18n::Tr,
    /// The three steps.
    pub steps: [i18n::Tr; 3],
    /// The word on anonymity.
    pub anon: i18n::Tr,
}

/// A survey's poster's words.
pub const SURVEY_POSTER: PosterWords = PosterWords {
    headline: i18n::POSTER_HEADLINE,
    steps: [i18n::POSTER_STEP1, i18n::POSTER_STEP2, i18n::POSTER_STEP3],
    anon: i18n::POSTER_ANON,
};

/// One poster, one A4 sheet; its headline is the page's heading when it is
/// the only poster (`alone`).
#[component]
pub fn PosterSheet(
    view: PosterView,
    lang: Lang,
    alone: bool,
    #[prop(default = SURVEY_POSTER)] words: PosterWords,
) -> impl IntoView {
    // The SVG comes from the QR encoder, never from user input.
    let svg = view
        .qr_svg
        .split_once("<svg")
        .map(|(_, rest)| format!("<svg{rest}"))
        .unwrap_or_default();
    view! {
        <section class="poster-sheet">
            <p class="poster-agency">{view.agency.clone()}</p>
            {view.unit.clone().map(|u| view! { <p class="poster-unit">{u}</p> })}
            {if alone {
                view! { <h1>{words.headline.get(lang)}</h1> }.into_any()
            } else {
                view! { <h2 class="poster-headline">{words.headline.get(lang)}</h2> }.into_any()
            }}
            <div class="poster-qr" role="img" aria-label=format!("QR: {}", view.url) inner_html=svg></div>
            <p class="poster-url">{i18n::POSTER_OR_OPEN.get(lang)} <br /> <strong>{view.short.clone()}</strong></p>
            <ol class="poster-steps">
                <li>{words.steps[0].get(lang)}</li>
                <li>{words.steps[1].get(lang)}</li>
                <li>{words.steps[2].get(lang)}</li>
            </ol>
            <p class="poster-anon">{words.anon.get(lang)}</p>
            <p class="poster-title">{view.title.clone()}</p>
        </section>
    }
}

/// The print button and its script (a file: the page's
/// Content-Security-Policy allows no inline code).
#[component]
pub(crate) fn PrintButton(lang: Lang) -> impl IntoView {
    view! {
        <p class="no-print"><button type="button" class="button" data-print="">{i18n::PRINT.get(lang)}</button></p>
        <script src="/print.js" defer></script>
    }
}

/// The poster page.
#[component]
pub fn PosterPage(
    view: PosterView,
    lang: Lang,
    #[prop(default = SURVEY_POSTER)] words: PosterWords,
) -> impl IntoView {
    view! {
        <main class="poster">
            <PosterSheet view=view lang=lang alone=true words=words />
            <PrintButton lang=lang />
        </main>
    }
}

/// Every unit's poster, one per sheet.
#[component]
pub fn PostersPage(posters: Vec<PosterView>, lang: Lang) -> impl IntoView {
    let sheets = posters
        .into_iter()
        .map(|p| view! { <PosterSheet view=p lang=lang alone=false /> })
        .collect_view();
    view! {
        <main class="poster posters">
            <h1 class="no-print">{i18n::POSTERS_ALL.get(lang)}</h1>
            <p class="no-print">{i18n::POSTERS_HELP.get(lang)}</p>
            <PrintButton lang=lang />
            {sheets}
        </main>
    }
}
