//! "3 of 11 questions answered": the one island of the citizen's form. It
//! shows nothing until hydrated, so a page without JavaScript never shows a
//! counter that does not count.

use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;

/// Counts the questions answered in the form `#survey-form`.
#[island]
pub fn FormProgress(
    /// Questions with options (the ones a radio button answers).
    total: usize,
    /// Page language.
    lang: Lang,
) -> impl IntoView {
    let answered = RwSignal::new(0usize);
    let hydrated = RwSignal::new(false);
    #[cfg(feature = "hydrate")]
    {
        let count = move || {
            let n = document()
                .query_selector_all("#survey-form input[type=radio]:checked")
                .map(|list| list.length() as usize)
                .unwrap_or(0);
            answered.set(n);
        };
        Effect::new(move |_| {
            count();
            hydrated.set(true);
        });
        let handle = window_event_listener(leptos::ev::change, move |_| count());
        on_cleanup(move || handle.remove());
    }
    view! {
        <p
            class="progress"
            aria-live="polite"
            hidden=move || !hydrated.get()
            data-ready=move || hydrated.get().then_some("true")
        >
            <strong>{move || answered.get()}</strong>
            " "
            {i18n::PROGRESS.get(lang)}
            " "
            {total}
            " "
            {i18n::PROGRESS_TAIL.get(lang)}
        </p>
    }
}
