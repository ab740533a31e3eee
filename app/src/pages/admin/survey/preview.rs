//! A survey's form as citizens will see it, for the accounts that manage
//! it (drafts too), under a banner that says nothing is saved. The form
//! itself is the citizen's page, unchanged.

use crate::domain::text::Lang;
use crate::i18n;
use crate::pages::survey::{SurveyPage, SurveyView};
use leptos::prelude::*;
use std::sync::Arc;

/// The preview: the banner, then the citizen's form.
#[component]
pub fn PreviewPage(view: Arc<SurveyView>, lang: Lang) -> impl IntoView {
    let back = format!("/admin/s/{}", view.slug);
    // The form's type is deep already: erased, so the page's is not.
    let form = view! { <SurveyPage view=view /> }.into_any();
    view! {
        <div class="preview-banner" id="preview-banner">
            <p>
                <strong>{i18n::PREVIEW_BANNER.get(lang)}</strong> " "
                <a href=back>{i18n::BACK.get(lang)}</a>
            </p>
        </div>
        // As wide as a phone, whatever the screen it is previewed on.
        <div class="phone-frame">{form}</div>
    }
}

/// After a preview is sent: nothing was saved, and where to go next.
#[component]
pub fn PreviewSentPage(slug: String, lang: Lang) -> impl IntoView {
    view! {
        <div class="preview-banner">
            <p><strong>{i18n::PREVIEW_BANNER.get(lang)}</strong></p>
        </div>
        <main class="page">
            <h1>{i18n::PREVIEW_SENT_TITLE.get(lang)}</h1>
            <p class="lead" id="preview-sent">{i18n::PREVIEW_SENT_BODY.get(lang)}</p>
            <p class="actions">
                <a class="button" href=format!("/admin/s/{slug}")>{i18n::BACK.get(lang)}</a>
                <a class="button secondary" href=format!("/admin/s/{slug}/preview")>{i18n::PREVIEW_LINK.get(lang)}</a>
            </p>
        </main>
    }
}
