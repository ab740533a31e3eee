//! Keeps the citizen's answers on the phone and sends them when it can:
//! every answer is saved in the browser's storage as it is given (so a
//! reload loses nothing), a send that fails for lack of network waits and
//! goes again with the *same* form token when the connection returns (so it
//! can never count twice), and the page says "not sent yet" or "sent". A
//! small service worker keeps the form itself, so it reloads offline too.
//!
//! Without JavaScript none of this exists and the plain form works as
//! always.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The status line's three messages, in the page's language. The server
/// formats them from the catalogue, so the browser bundle carries no
/// catalogue of its own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeeperWords {
    /// While sending.
    pub sending: String,
    /// Kept on the phone, waiting for the network.
    pub waiting: String,
    /// Stored by the server.
    pub sent: String,
}

impl KeeperWords {
    /// The messages in `lang`.
    pub fn new(lang: crate::domain::text::Lang) -> Self {
        use crate::i18n;
        KeeperWords {
            sending: i18n::SENDING.get(lang).to_string(),
            waiting: i18n::NOT_SENT_YET.get(lang).to_string(),
            sent: i18n::SENT.get(lang).to_string(),
        }
    }
}

/// Where a send stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sending {
    /// On its way.
    Now,
    /// No network: kept on the device, to go when it returns.
    Waiting,
    /// Stored by the server.
    Done,
}

/// The status line, and the keeping and sending behind it.
#[island]
pub fn SendKeeper(
    /// The survey's slug (the storage key).
    slug: String,
    /// The status messages.
    words: KeeperWords,
) -> impl IntoView {
    let state = RwSignal::new(None::<Sending>);
    #[cfg(feature = "hydrate")]
    {
        let key = format!("persepsi:{slug}");
        Effect::new(move |_| client::start(key.clone(), state));
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = slug;
    view! {
        <p
            class="send-status"
            role="status"
            aria-live="polite"
            hidden=move || state.get().is_none()
            data-state=move || match state.get() {
                Some(Sending::Now) => "sending",
                Some(Sending::Waiting) => "waiting",
                Some(Sending::Done) => "sent",
                None => "",
            }
        >
            {move || match state.get() {
                Some(Sending::Now) => words.sending.clone(),
                Some(Sending::Waiting) => words.waiting.clone(),
                Some(Sending::Done) => words.sent.clone(),
                None => String::new(),
            }}
        </p>
    }
}

#[cfg(feature = "hydrate")]
mod client {
    use super::Sending;
    use leptos::prelude::*;
    use serde::{Deserialize, Serialize};
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen_futures::{JsFuture, spawn_local};
    use web_sys::{
        Event, EventInit, FormData, HtmlFormElement, HtmlInputElement, HtmlSelectElement,
        HtmlTextAreaElement, RequestInit, Response, ServiceWorkerRegistration, Storage,
        SubmitEvent,
    };

    /// What is kept on the device.
    #[derive(Serialize, Deserialize, Default)]
    struct Kept {
        token: String,
        values: Vec<(String, String)>,
        pending: bool,
    }

    fn form() -> Option<HtmlFormElement> {
        document().get_element_by_id("survey-form")?.dyn_into().ok()
    }

    fn storage() -> Option<Storage> {
        window().local_storage().ok().flatten()
    }

    fn values(form: &HtmlFormElement) -> Vec<(String, String)> {
        let Ok(data) = FormData::new_with_form(form) else {
            return Vec::new();
        };
        let Ok(Some(iter)) = js_sys::try_iter(&data) else {
            return Vec::new();
        };
        iter.filter_map(|entry| {
            let pair: js_sys::Array = entry.ok()?.dyn_into().ok()?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
    }

    fn load(key: &str) -> Option<Kept> {
        serde_json::from_str(&storage()?.get_item(key).ok()??).ok()
    }

    fn keep(key: &str, form: &HtmlFormElement, pending: bool) {
        let values = values(form);
        let token = values
            .iter()
            .find(|(k, _)| k == "token")
            .map(|(_, v)| v.clone())
            .unwrap_or_default();
        let kept = Kept {
            token,
            values,
            pending,
        };
        if let (Some(s), Ok(text)) = (storage(), serde_json::to_string(&kept)) {
            let _ = s.set_item(key, &text);
        }
    }

    /// Puts kept answers back into the form, the first token included.
    fn restore(form: &HtmlFormElement, kept: &Kept) {
        for (name, value) in &kept.values {
            if name == "lang" {
                continue;
            }
            let selector = format!("[name=\"{}\"]", name.replace(['"', '\\'], ""));
            let Ok(list) = form.query_selector_all(&selector) else {
                continue;
            };
            for i in 0..list.length() {
                let Some(node) = list.item(i) else { continue };
                if let Some(input) = node.dyn_ref::<HtmlInputElement>() {
                    match input.type_().as_str() {
                        "radio" | "checkbox" => input.set_checked(&input.value() == value),
                        _ => input.set_value(value),
                    }
                } else if let Some(select) = node.dyn_ref::<HtmlSelectElement>() {
                    select.set_value(value);
                } else if let Some(area) = node.dyn_ref::<HtmlTextAreaElement>() {
                    area.set_value(value);
                }
            }
        }
        // Let the answered-questions counter see them.
        let init = EventInit::new();
        init.set_bubbles(true);
        if let Ok(e) = Event::new_with_event_init_dict("change", &init) {
            let _ = form.dispatch_event(&e);
        }
    }

    fn encode(pairs: &[(String, String)]) -> String {
        pairs
            .iter()
            .map(|(k, v)| {
                format!(
                    "{}={}",
                    js_sys::encode_uri_component(k),
                    js_sys::encode_uri_component(v)
                )
            })
            .collect::<Vec<_>>()
            .join("&")
    }

    /// Sends the form; without network, keeps it pending.
    async fn send(key: String, state: RwSignal<Option<Sending>>) {
        let Some(form) = form() else { return };
        state.set(Some(Sending::Now));
        let init = RequestInit::new();
        init.set_method("POST");
        init.set_body(&encode(&values(&form)).into());
        let headers = js_sys::Object::new();
        let _ = js_sys::Reflect::set(
            &headers,
            &"content-type".into(),
            &"application/x-www-form-urlencoded".into(),
        );
        init.set_headers(&headers);
        let sent = JsFuture::from(window().fetch_with_str_and_init(&form.action(), &init)).await;
        let Ok(response) = sent.and_then(|r| r.dyn_into::<Response>()) else {
            keep(&key, &form, true);
            state.set(Some(Sending::Waiting));
            return;
        };
        if !response.redirected() {
            // Answers the server would not take although the page found
            // nothing missing (a mistyped code, a stale form): show its
            // page, the same form and token posted the plain way.
            keep(&key, &form, false);
            let _ = form.submit();
            return;
        }
        if response.url().contains("/thanks") {
            if let Some(s) = storage() {
                let _ = s.remove_item(&key);
                // Remembered, so this page shown again from the browser's
                // memory (Back) asks the server, which says it was sent.
                let token = values(&form)
                    .into_iter()
                    .find(|(k, _)| k == "token")
                    .map(|(_, v)| v)
                    .unwrap_or_default();
                let _ = s.set_item(&sent_key(&key), &token);
            }
            state.set(Some(Sending::Done));
        }
        let _ = window().location().set_href(&response.url());
    }

    /// Whether the send button was pressed with the form complete. A
    /// language switch, a screening step, or a form with answers missing
    /// goes the plain way, posted once: the server's page says what to
    /// mend, so nothing is sent twice.
    fn goes_by_fetch(form: &HtmlFormElement, e: &Event) -> bool {
        let step = e
            .dyn_ref::<SubmitEvent>()
            .and_then(|s| s.submitter())
            .and_then(|b| b.get_attribute("name"))
            .is_some_and(|name| name == "switch_lang" || name == "screen");
        // A chosen photo goes with the plain post, which carries files.
        let photo = form
            .query_selector("input[type=file]")
            .ok()
            .flatten()
            .and_then(|el| el.dyn_into::<HtmlInputElement>().ok())
            .is_some_and(|input| !input.value().is_empty());
        !step && !photo && form.check_validity()
    }

    fn sent_key(key: &str) -> String {
        format!("{key}:sent")
    }

    /// Whether the form on the page is one whose answers were sent.
    fn was_sent(key: &str, form: &HtmlFormElement) -> bool {
        let sent = storage().and_then(|s| s.get_item(&sent_key(key)).ok().flatten());
        let token = values(form)
            .into_iter()
            .find(|(k, _)| k == "token")
            .map(|(_, v)| v);
        sent.is_some() && sent == token
    }

    /// Keeps the form's page and files for an offline reload.
    fn offline_copy() {
        let container = window().navigator().service_worker();
        let _ = container.register("/sw.js");
        let mut urls = vec![window().location().href().unwrap_or_default()];
        if let Ok(links) = document().query_selector_all("head link[href], head script[src]") {
            for i in 0..links.length() {
                if let Some(u) = links
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                    .and_then(|el| el.get_attribute("href").or_else(|| el.get_attribute("src")))
                {
                    urls.push(u);
                }
            }
        }
        let ready = container.ready();
        spawn_local(async move {
            let Ok(ready) = ready else { return };
            let Ok(reg) = JsFuture::from(ready).await else {
                return;
            };
            let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else {
                return;
            };
            if let Some(worker) = reg.active() {
                let list = js_sys::Array::new();
                for u in urls {
                    list.push(&u.into());
                }
                let _ = worker.post_message(&list);
            }
        });
    }

    /// Whether this page load is a reload (not a fresh visit).
    fn reloaded() -> bool {
        window()
            .performance()
            .map(|p| p.get_entries_by_type("navigation").get(0))
            .and_then(|entry| js_sys::Reflect::get(&entry, &"type".into()).ok())
            .and_then(|t| t.as_string())
            .is_some_and(|t| t == "reload")
    }

    /// Starts keeping and sending for the form on the page.
    pub fn start(key: String, state: RwSignal<Option<Sending>>) {
        let Some(form) = form() else { return };
        offline_copy();
        // Answers come back on a reload, or when they are still to be
        // sent; a fresh visit starts clean, so the next person on a shared
        // phone or kiosk never sees the last one's answers.
        let kept = load(&key).filter(|k| k.pending || reloaded());
        match &kept {
            Some(kept) => restore(&form, kept),
            None => {
                if let Some(s) = storage() {
                    let _ = s.remove_item(&key);
                }
            }
        }
        let keeper = {
            let (key, form) = (key.clone(), form.clone());
            Closure::<dyn FnMut(Event)>::new(move |_: Event| keep(&key, &form, false))
        };
        let _ = form.add_event_listener_with_callback("change", keeper.as_ref().unchecked_ref());
        let _ = form.add_event_listener_with_callback("input", keeper.as_ref().unchecked_ref());
        keeper.forget();
        let submit = {
            let (key, form) = (key.clone(), form.clone());
            Closure::<dyn FnMut(Event)>::new(move |e: Event| {
                if !goes_by_fetch(&form, &e) {
                    keep(&key, &form, false);
                    return;
                }
                e.prevent_default();
                spawn_local(send(key.clone(), state));
            })
        };
        let _ = form.add_event_listener_with_callback("submit", submit.as_ref().unchecked_ref());
        submit.forget();
        crate::components::screening::watch(&form);
        let online = {
            let key = key.clone();
            Closure::<dyn FnMut(Event)>::new(move |_: Event| {
                if load(&key).is_some_and(|k| k.pending) {
                    spawn_local(send(key.clone(), state));
                }
            })
        };
        let _ =
            window().add_event_listener_with_callback("online", online.as_ref().unchecked_ref());
        online.forget();
        // Back after thanks may show this very page from memory, answers
        // and all: ask the server again instead, which says it was sent.
        let shown = {
            let (key, form) = (key.clone(), form.clone());
            Closure::<dyn FnMut(web_sys::PageTransitionEvent)>::new(
                move |e: web_sys::PageTransitionEvent| {
                    if e.persisted() && was_sent(&key, &form) {
                        let _ = window().location().reload();
                    }
                },
            )
        };
        let _ =
            window().add_event_listener_with_callback("pageshow", shown.as_ref().unchecked_ref());
        shown.forget();
        if kept.is_some_and(|k| k.pending) {
            if window().navigator().on_line() {
                spawn_local(send(key, state));
            } else {
                state.set(Some(Sending::Waiting));
            }
        }
    }
}
