//! After a response is stored: thanks, and what happens next.

use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;

/// The thanks page's body.
#[component]
pub fn ThanksPage(
    slug: String,
    title: String,
    lang: Lang,
    /// In an agency's page: the results open in a new tab.
    #[prop(optional)]
    embed: bool,
    /// The national complaint channel, offered when the answers told of
    /// maladministration.
    #[prop(default = None)]
    complaint: Option<String>,
) -> impl IntoView {
    let complaint = complaint.map(|url| {
        view! {
            <section class="complaint" aria-labelledby="complaint-title">
                <h2 id="complaint-title">{i18n::COMPLAINT_TITLE.get(lang)}</h2>
                <p>{i18n::COMPLAINT_BODY.get(lang)}</p>
                <p>
                    <a class="button secondary" href=url target="_blank" rel="noopener">
                        {i18n::COMPLAINT_LINK.get(lang)}
                    </a>
                </p>
            </section>
        }
    });
    view! {
        <main class="page thanks">
            <header class="page-head">
                <p class="agency">{title}</p>
                <h1>{i18n::THANKS_TITLE.get(lang)}</h1>
            </header>
            <p class="lead">{i18n::THANKS_BODY.get(lang)}</p>
            <p>{i18n::THANKS_NEXT.get(lang)}</p>
            {complaint}
            <p>
                <a
                    class="button secondary"
                    href=format!("/s/{slug}/results")
                    target=embed.then_some("_blank")
                    rel=embed.then_some("noopener")
                >
                    {i18n::SEE_RESULTS.get(lang)}
                </a>
            </p>
        </main>
    }
}

/// Coming back to a form whose answers this device sent (the Back button
/// after thanks): says so, instead of a form that would count twice, and
/// offers a new response where one is right (a phone a family shares).
#[component]
pub fn AlreadySentPage(
    title: String,
    lang: Lang,
    /// The form's address for a new response.
    new_response: String,
    /// The results page.
    results: String,
) -> impl IntoView {
    view! {
        <main class="page thanks">
            <header class="page-head">
                <p class="agency">{title}</p>
                <h1>{i18n::ALREADY_SENT_TITLE.get(lang)}</h1>
            </header>
            <p class="lead">{i18n::ALREADY_SENT_BODY.get(lang)}</p>
            <p>
                <a class="button secondary" href=results>
                    {i18n::SEE_RESULTS.get(lang)}
                </a>
            </p>
            <p>{i18n::ALREADY_SENT_NEW_HINT.get(lang)}</p>
            <p>
                <a class="button secondary" href=new_response>
                    {i18n::START_NEW_RESPONSE.get(lang)}
                </a>
            </p>
        </main>
    }
}

/// The polite end of the form for someone its screening question leaves
/// out: thanks, why, and that nothing was kept.
#[component]
pub fn ScreenedPage(
    title: String,
    lang: Lang,
    /// Why the survey is not for them, from the instrument.
    message: String,
    /// The results page.
    results: String,
) -> impl IntoView {
    view! {
        <main class="page thanks">
            <header class="page-head">
                <p class="agency">{title}</p>
                <h1>{i18n::SCREENED_TITLE.get(lang)}</h1>
            </header>
            <p class="lead">{message}</p>
            <p>{i18n::SCREENED_NOTE.get(lang)}</p>
            <p>
                <a class="button secondary" href=results>
                    {i18n::SEE_RESULTS.get(lang)}
                </a>
            </p>
        </main>
    }
}
