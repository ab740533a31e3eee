//! The public page of a finished consultation: the draft, what the public
//! said, the agency's answers and the final standard. Comments carry no
//! author.

use super::{ConsultationView, component_section};
use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;

/// The public page's body.
#[component]
pub fn ConsultPublicPage(view: ConsultationView, lang: Lang) -> impl IntoView {
    let v = view;
    crate::shell::describe(i18n::UJI_DESCRIBE.with(
        lang,
        &[
            ("title", v.title.clone().into()),
            ("agency", v.agency.clone().into()),
        ],
    ));
    let sections = v
        .components
        .iter()
        .map(|c| component_section(c, lang, true))
        .collect_view();
    let lead = i18n::UJI_PUBLIC_LEAD.with(
        lang,
        &[
            ("service", v.service.clone().into()),
            ("period", v.period().into()),
            ("replies", v.replies.into()),
        ],
    );
    view! {
        <main class="page uji-public">
            <header class="page-head">
                <p class="agency">{v.agency.clone()}</p>
                <h1>{v.title.clone()}</h1>
                <p class="lead">{lead}</p>
            </header>
            <section aria-labelledby="uji-final">
                <h2 id="uji-final">{i18n::UJI_FINAL.get(lang)}</h2>
                <p class="uji-text">{v.final_text.clone()}</p>
            </section>
            <h2>{i18n::UJI_BY_COMPONENT.get(lang)}</h2>
            {sections}
            <p class="lang-bar">
                <a href=format!("?lang={}", lang.other().code()) class="lang-switch" lang=lang.other().code()>
                    {i18n::OTHER_LANGUAGE.get(lang)}
                </a>
            </p>
        </main>
    }
}
