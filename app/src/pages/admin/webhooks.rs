//! An agency's webhooks: where each sends, which events, the newest
//! deliveries with how they went (each can be sent again), adding one
//! (its secret shown once) and removing one after a confirmation.

use super::fields::field_view;
use super::{Field, Input};
use crate::domain::answers::FieldErrors;
use crate::domain::text::Lang;
use crate::i18n::{self, Tr};
use leptos::prelude::*;

/// The events a webhook may want, with their labels.
pub const EVENTS: [(&str, Tr); 4] = [
    ("responses.stored", i18n::WEBHOOK_EVENT_STORED),
    ("band.changed", i18n::WEBHOOK_EVENT_BAND),
    ("period.closed", i18n::WEBHOOK_EVENT_CLOSED),
    ("proof.pending", i18n::WEBHOOK_EVENT_PROOF),
];

/// The label of an event key (the key itself when unknown).
fn event_label(key: &str, lang: Lang) -> String {
    EVENTS
        .iter()
        .find(|(k, _)| *k == key)
        .map_or_else(|| key.to_string(), |(_, t)| t.get(lang).to_string())
}

/// One delivery.
#[derive(Clone, Debug)]
pub struct DeliveryRow {
    /// Its id.
    pub id: String,
    /// When it was made (WIB).
    pub at: String,
    /// The event's key.
    pub event: String,
    /// `pending`, `delivered`, `failed`.
    pub state: String,
    /// Attempts so far.
    pub attempts: i32,
    /// The receiver's last status, or why it could not be reached.
    pub answer: String,
}

/// One webhook.
#[derive(Clone, Debug)]
pub struct WebhookRow {
    /// Its id.
    pub id: String,
    /// Where it sends.
    pub url: String,
    /// The event keys it wants.
    pub events: Vec<String>,
    /// The newest deliveries.
    pub deliveries: Vec<DeliveryRow>,
    /// The removal's error, when it was asked without its confirmation.
    pub remove_error: bool,
}

/// The page.
#[derive(Clone, Debug)]
pub struct WebhooksView {
    /// The agency's slug and name.
    pub agency: (String, String),
    /// Its webhooks.
    pub rows: Vec<WebhookRow>,
    /// The anti-forgery token.
    pub csrf: String,
    /// The form's values when shown again: URL, events one per line.
    pub values: (String, String),
    /// The form's problems.
    pub errors: FieldErrors,
    /// The new webhook's secret, shown this once.
    pub secret: Option<String>,
}

fn state_word(state: &str, lang: Lang) -> &'static str {
    match state {
        "delivered" => i18n::WEBHOOK_STATE_DELIVERED.get(lang),
        "failed" => i18n::WEBHOOK_STATE_FAILED.get(lang),
        _ => i18n::WEBHOOK_STATE_PENDING.get(lang),
    }
}

fn deliveries(base: &str, row: &WebhookRow, csrf: &str, lang: Lang) -> AnyView {
    if row.deliveries.is_empty() {
        return view! { <p>{i18n::WEBHOOK_NO_DELIVERIES.get(lang)}</p> }.into_any();
    }
    let rows = row
        .deliveries
        .iter()
        .map(|d| {
            let action = format!("{base}/{}/deliveries/{}/retry", row.id, d.id);
            view! {
                <tr>
                    <td>{d.at.clone()}</td>
                    <td>{event_label(&d.event, lang)}</td>
                    <td class=format!("delivery-{}", d.state)>{state_word(&d.state, lang)}</td>
                    <td>{d.attempts}</td>
                    <td>{d.answer.clone()}</td>
                    <td>
                        <form method="post" action=action>
                            <input type="hidden" name="csrf" value=csrf.to_string() />
                            <button type="submit" class="button secondary">{i18n::WEBHOOK_RETRY.get(lang)}</button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap" role="region" tabindex="0" aria-label=i18n::WEBHOOK_DELIVERIES.get(lang)>
            <table class="deliveries">
                <caption>{i18n::WEBHOOK_DELIVERIES.get(lang)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n::WEBHOOK_COL_TIME.get(lang)}</th>
                        <th scope="col">{i18n::WEBHOOK_COL_EVENT.get(lang)}</th>
                        <th scope="col">{i18n::WEBHOOK_COL_STATE.get(lang)}</th>
                        <th scope="col">{i18n::WEBHOOK_COL_TRIES.get(lang)}</th>
                        <th scope="col">{i18n::WEBHOOK_COL_ANSWER.get(lang)}</th>
                        <th scope="col"><span class="visually-hidden">{i18n::WEBHOOK_RETRY.get(lang)}</span></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

fn webhook(base: &str, row: &WebhookRow, csrf: &str, lang: Lang) -> AnyView {
    let events = row
        .events
        .iter()
        .map(|e| view! { <li>{event_label(e, lang)}</li> })
        .collect_view();
    let confirm_id = format!("confirm-{}", row.id);
    let error_id = format!("confirm-error-{}", row.id);
    let error = row.remove_error.then(|| {
        view! { <p class="error" id=error_id.clone()>{i18n::WEBHOOK_REMOVE_NEEDED.get(lang)}</p> }
    });
    view! {
        <section class="webhook" aria-label=row.url.clone()>
            <h2><code>{row.url.clone()}</code></h2>
            <ul>{events}</ul>
            {deliveries(base, row, csrf, lang)}
            <details open=row.remove_error>
                <summary>{i18n::WEBHOOK_REMOVE.get(lang)}</summary>
                <form method="post" action=format!("{base}/{}/remove", row.id)>
                    <input type="hidden" name="csrf" value=csrf.to_string() />
                    {error}
                    <p>
                        <input type="checkbox" name="confirm" value="yes" id=confirm_id.clone()
                            aria-describedby=row.remove_error.then(|| error_id.clone())
                            aria-invalid=row.remove_error.then_some("true") />
                        " "
                        <label for=confirm_id>{i18n::WEBHOOK_REMOVE_CONFIRM.get(lang)}</label>
                    </p>
                    <p class="actions"><button type="submit" class="button danger">{i18n::WEBHOOK_REMOVE.get(lang)}</button></p>
                </form>
            </details>
        </section>
    }
    .into_any()
}

/// The webhooks page.
pub fn webhooks_page(view: WebhooksView, lang: Lang) -> AnyView {
    let (slug, name) = view.agency.clone();
    let base = format!("/admin/a/{slug}/webhooks");
    let secret = view.secret.clone().map(|s| {
        view! {
            <div class="notice" role="status">
                <p>{i18n::WEBHOOK_SECRET_ONCE.get(lang)}</p>
                <p><code id="webhook-secret">{s}</code></p>
            </div>
        }
    });
    let rows = view
        .rows
        .iter()
        .map(|r| webhook(&base, r, &view.csrf, lang))
        .collect_view();
    let options = EVENTS
        .iter()
        .map(|(k, t)| (k.to_string(), t.get(lang).to_string()))
        .collect();
    let fields = [
        Field::new("url", i18n::WEBHOOK_URL, Input::Text, view.values.0.clone())
            .help(i18n::WEBHOOK_URL_HELP)
            .required(),
        Field::new(
            "events",
            i18n::WEBHOOK_EVENTS,
            Input::Checks(options),
            view.values.1.clone(),
        )
        .required(),
    ]
    .iter()
    .map(|f| {
        field_view(
            f,
            view.errors.get(f.name).cloned().unwrap_or_default(),
            lang,
        )
    })
    .collect_view();
    view! {
        <p class="crumbs"><a href=format!("/admin/a/{slug}")>{name}</a></p>
        <h1>{i18n::WEBHOOKS_TITLE.get(lang)}</h1>
        <p class="lead">{i18n::WEBHOOKS_LEAD.get(lang)}</p>
        {secret}
        <p class="help">{i18n::WEBHOOK_SIGNING_HELP.get(lang)}</p>
        {if view.rows.is_empty() {
            view! { <p>{i18n::WEBHOOKS_NONE.get(lang)}</p> }.into_any()
        } else {
            rows.into_any()
        }}
        <h2>{i18n::WEBHOOKS_ADD.get(lang)}</h2>
        <form method="post" action=base.clone() class="admin-form" novalidate=true>
            <input type="hidden" name="csrf" value=view.csrf.clone() />
            {fields}
            <p class="actions"><button type="submit" class="button">{i18n::WEBHOOKS_ADD.get(lang)}</button></p>
        </form>
    }
    .into_any()
}
