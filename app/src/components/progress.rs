//! "3 of 9 required questions answered": an island of the citizen's form.
//! It counts only what must be answered (optional questions are never
//! "left to do"), and shows nothing until hydrated, so a page without
//! JavaScript never shows a counter that does not count.

use leptos::prelude::*;

/// What stands in for the running count in the progress message.
pub const COUNT_MARK: &str = "{count}";

/// Counts the questions answered in the form `#survey-form`.
#[island]
pub fn FormProgress(
    /// The message, e.g. "{count} of 9 required questions answered", formatted by
    /// the server in the page's language with [`COUNT_MARK`] for the count.
    message: String,
) -> impl IntoView {
    let (before, after) = message
        .split_once(COUNT_MARK)
        .map(|(b, a)| (b.to_string(), a.to_string()))
        .unwrap_or_else(|| (String::new(), format!(" {message}")));
    let answered = RwSignal::new(0usize);
    let hydrated = RwSignal::new(false);
    #[cfg(feature = "hydrate")]
    {
        let count = move || {
            let n = document()
                .query_selector_all("#survey-form input[type=radio][required]:checked")
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
            {before}
            <strong>{move || answered.get()}</strong>
            {after}
        </p>
    }
}
