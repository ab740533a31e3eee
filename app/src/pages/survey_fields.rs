//! The citizen's form's own fields besides the questions: the unit (fixed
//! or chosen) and the optional service code; and the agency's own
//! questions after the instrument's.

use crate::components::item::{Condition, ItemField};
use crate::domain::answers::FieldErrors;
use crate::domain::instrument::Instrument;
use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

/// The unit: a fixed hidden value when known, else a required choice.
pub(super) fn unit_field(
    units: &[(String, String)],
    unit: Option<&String>,
    errors: &FieldErrors,
    lang: Lang,
) -> AnyView {
    if units.len() == 1 {
        return view! { <input type="hidden" name="unit" value=units[0].0.clone() /> }.into_any();
    }
    if let Some(chosen) = unit.filter(|u| units.iter().any(|(s, _)| s == *u)) {
        let name = units
            .iter()
            .find(|(s, _)| s == chosen)
            .map(|(_, n)| n.clone());
        return view! {
            <input type="hidden" name="unit" value=chosen.clone() />
            <p class="unit-fixed">{i18n::UNIT_LABEL.get(lang)}": " <strong>{name}</strong></p>
        }
        .into_any();
    }
    let errors = errors.get("unit").cloned().unwrap_or_default();
    let has_error = !errors.is_empty();
    let options = units
        .iter()
        .map(|(slug, name)| view! { <option value=slug.clone()>{name.clone()}</option> })
        .collect_view();
    view! {
        <div class=if has_error { "item has-error" } else { "item" } id="q-unit">
            <label for="in-unit">{i18n::UNIT_LABEL.get(lang)}</label>
            {has_error
                .then(|| {
                    view! {
                        <p class="field-error" id="err-unit">
                            {errors.iter().map(|e| e.get(lang).to_string()).collect::<Vec<_>>().join(" ")}
                        </p>
                    }
                })}
            <select
                id="in-unit"
                name="unit"
                required=true
                aria-describedby=has_error.then_some("err-unit")
                aria-invalid=has_error.then_some("true")
            >
                <option value="">{i18n::UNIT_CHOOSE.get(lang)}</option>
                {options}
            </select>
        </div>
    }
    .into_any()
}

/// The optional service code that verifies the response.
pub(super) fn code_field(
    code: Option<String>,
    errors: &FieldErrors,
    lang: Lang,
) -> impl IntoView + use<> {
    let errors = errors.get("code").cloned().unwrap_or_default();
    let has_error = !errors.is_empty();
    let described = if has_error {
        "err-code help-code"
    } else {
        "help-code"
    };
    view! {
        <div class=if has_error { "item code has-error" } else { "item code" } id="q-code">
            <label for="in-code">
                {i18n::CODE_LABEL.get(lang)}
                " "
                <span class="optional">"("{i18n::OPTIONAL.get(lang)}")"</span>
            </label>
            <p class="help" id="help-code">{i18n::CODE_HELP.get(lang)}</p>
            {has_error
                .then(|| {
                    view! {
                        <p class="field-error" id="err-code">
                            {errors.iter().map(|e| e.get(lang).to_string()).collect::<Vec<_>>().join(" ")}
                        </p>
                    }
                })}
            <input
                id="in-code"
                type="text"
                name="code"
                value=code.unwrap_or_default()
                maxlength="32"
                autocomplete="off"
                autocapitalize="characters"
                spellcheck="false"
                aria-describedby=described
                aria-invalid=has_error.then_some("true")
            />
        </div>
    }
}

/// The agency's own questions, numbered on from the instrument's, each
/// asked only after an earlier answer saying so.
/// `first` is the number of the first; `values` and `errors` are the
/// form's.
pub(super) fn own_questions(
    own: Option<&Arc<Instrument>>,
    first: usize,
    values: &BTreeMap<String, String>,
    errors: &FieldErrors,
    lang: Lang,
) -> Option<AnyView> {
    let own = own.cloned()?;
    let conditional = own.items.iter().any(|i| i.show_if.is_some());
    let fields = own
        .items
        .iter()
        .enumerate()
        .map(|(pos, item)| {
            let condition = item.show_if.as_ref().and_then(|c| {
                let at = own.items.iter().position(|i| i.key == c.key)?;
                let answer = own.items[at].options.iter().find(|o| o.value == c.value)?;
                Some(Condition {
                    rule: format!("{}={}", c.key, c.value),
                    note: i18n::ASK_ONLY_IF.with(
                        lang,
                        &[
                            ("answer", answer.label.get(lang).to_string().into()),
                            ("number", (first + at).into()),
                        ],
                    ),
                })
            });
            view! {
                <ItemField
                    instrument=own.clone()
                    index=first + pos
                    item=item.clone()
                    value=values.get(&item.key).cloned()
                    errors=errors.get(&item.key).cloned().unwrap_or_default()
                    lang=lang
                    condition=condition
                />
            }
        })
        .collect_view();
    Some(
        view! {
            <h2 class="section">{own.title.get(lang).to_string()}</h2>
            {fields}
            {conditional.then(|| view! { <script src="/conditions.js" defer></script> })}
        }
        .into_any(),
    )
}
