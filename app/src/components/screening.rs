//! The screening question's ending, live: when the answer picked leaves
//! the respondent out ("No" to "have you used this service?"), the rest of
//! the form steps aside and a polite ending with a "Finish" button takes
//! its place; another answer brings the form back. Without JavaScript the
//! question's own "Continue" button does the same through the server.

#[cfg(feature = "hydrate")]
pub use client::watch;

#[cfg(feature = "hydrate")]
mod client {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    use web_sys::{Element, Event, HtmlFormElement, HtmlInputElement};

    /// The class the form takes while a screening answer ends it.
    const SCREENED: &str = "screened";

    fn each(form: &HtmlFormElement, selector: &str, mut f: impl FnMut(Element)) {
        if let Ok(list) = form.query_selector_all(selector) {
            for i in 0..list.length() {
                if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    f(el);
                }
            }
        }
    }

    /// Whether any screening question holds an answer that ends the form.
    fn screened_out(form: &HtmlFormElement) -> bool {
        let mut out = false;
        each(form, "fieldset[data-eligible]", |set| {
            let eligible = set.get_attribute("data-eligible").unwrap_or_default();
            let Ok(Some(checked)) = set.query_selector("input[type=radio]:checked") else {
                return;
            };
            if let Ok(input) = checked.dyn_into::<HtmlInputElement>() {
                out |= !eligible.split(' ').any(|v| v == input.value());
            }
        });
        out
    }

    /// Shows the ending or the form, as the screening answer says.
    pub fn apply(form: &HtmlFormElement) {
        let out = screened_out(form);
        let _ = if out {
            form.class_list().add_1(SCREENED)
        } else {
            form.class_list().remove_1(SCREENED)
        };
        each(form, ".screen-end", |el| {
            let _ = if out {
                el.remove_attribute("hidden")
            } else {
                el.set_attribute("hidden", "")
            };
        });
    }

    /// Hides the "Continue" step (the ending now comes by itself) and
    /// follows the screening answers from now on.
    pub fn watch(form: &HtmlFormElement) {
        each(form, ".screen-next", |el| {
            let _ = el.set_attribute("hidden", "");
        });
        apply(form);
        let on_change = {
            let form = form.clone();
            Closure::<dyn FnMut(Event)>::new(move |_: Event| apply(&form))
        };
        let _ = form.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        on_change.forget();
    }
}
