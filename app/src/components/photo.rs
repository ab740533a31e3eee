//! The form's optional photo of the receipt or document, as proof of
//! service: a plain file input that opens the phone's camera, saying who
//! sees the picture; after a send that needs mending, the picture already
//! received rides in a hidden field and the page says so.

use crate::domain::answers::FieldErrors;
use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;

/// The form field's name.
pub const PHOTO_FIELD: &str = "proof_photo";

/// The photo field of a survey that asks for one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PhotoField {
    /// The id of the picture received with an earlier send of this form.
    pub held: Option<String>,
}

/// The field, its help, its message and the held picture's id.
pub fn photo_field(field: &PhotoField, errors: &FieldErrors, lang: Lang) -> impl IntoView + use<> {
    let errors = errors.get(PHOTO_FIELD).cloned().unwrap_or_default();
    let has_error = !errors.is_empty();
    let held = field.held.clone();
    let mut described = vec!["help-photo"];
    if held.is_some() {
        described.push("kept-photo");
    }
    if has_error {
        described.insert(0, "err-photo");
    }
    view! {
        <div class=if has_error { "item photo has-error" } else { "item photo" } id="q-photo">
            <label for="in-proof-photo">{i18n::PHOTO_LABEL.get(lang)}</label>
            <p class="help" id="help-photo">{i18n::PHOTO_HELP.get(lang)}</p>
            {has_error
                .then(|| {
                    view! {
                        <p class="field-error" id="err-photo">
                            {errors.iter().map(|e| e.get(lang).to_string()).collect::<Vec<_>>().join(" ")}
                        </p>
                    }
                })}
            {held
                .map(|id| {
                    view! {
                        <input type="hidden" name="proof_held" value=id />
                        <p class="photo-kept" id="kept-photo">{i18n::PHOTO_KEPT.get(lang)}</p>
                    }
                })}
            <input
                id="in-proof-photo"
                type="file"
                name=PHOTO_FIELD
                accept="image/*"
                capture="environment"
                aria-describedby=described.join(" ")
                aria-invalid=has_error.then_some("true")
            />
        </div>
        <script src="/proof-photo.js" defer></script>
    }
}
