//! Parts every citizen's form has: the field only bots fill, and the
//! language switch that shows the form again in the other language with
//! the answers kept.

use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;

/// The field hidden from people (`website`): only bots fill it.
pub fn honeypot(lang: Lang) -> impl IntoView {
    view! {
        <div class="hp" aria-hidden="true">
            <label for="in-website">{i18n::HONEYPOT_LABEL.get(lang)}</label>
            <input id="in-website" type="text" name="website" tabindex="-1" autocomplete="off" />
        </div>
    }
}

/// The language switch: a button after form `form`, so that Enter in a
/// text field never presses it; it posts the form with `switch_lang`.
/// Its name starts with the words it shows ("English"), then says the
/// answers stay, in the language it leads to.
pub fn language_switch(form: &'static str, lang: Lang) -> impl IntoView {
    let name = format!(
        "{}: {}",
        i18n::OTHER_LANGUAGE.get(lang),
        i18n::SWITCH_LANGUAGE_LABEL.get(lang.other())
    );
    view! {
        <p class="lang-bar">
            <button
                type="submit"
                form=form
                name="switch_lang"
                value=lang.other().code()
                formnovalidate=true
                class="lang-switch"
                lang=lang.other().code()
                aria-label=name
            >
                {i18n::OTHER_LANGUAGE.get(lang)}
            </button>
        </p>
    }
}
