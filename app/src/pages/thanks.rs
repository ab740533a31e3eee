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
) -> impl IntoView {
    view! {
        <main class="page thanks">
            <header class="page-head">
                <p class="agency">{title}</p>
                <h1>{i18n::THANKS_TITLE.get(lang)}</h1>
            </header>
            <p class="lead">{i18n::THANKS_BODY.get(lang)}</p>
            <p>{i18n::THANKS_NEXT.get(lang)}</p>
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
