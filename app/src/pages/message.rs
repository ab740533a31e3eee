//! A page that only says something: not found, closed, too many requests,
//! busy.

use crate::domain::text::Lang;
use crate::i18n::Tr;
use leptos::prelude::*;

/// A message page's body; `detail` adds a line (e.g. when to retry).
#[component]
pub fn MessagePage(title: Tr, body: Tr, lang: Lang, detail: Option<String>) -> impl IntoView {
    view! {
        <main class="page message">
            <h1>{title.get(lang)}</h1>
            <p class="lead">{body.get(lang)}</p>
            {detail.map(|d| view! { <p>{d}</p> })}
        </main>
    }
}
