//! The messages of webhooks: one constant per message of
//! `app/locales/id.ftl` and `en.ftl`.

use super::tr::Tr;

/// Webhooks
pub const WEBHOOKS_TITLE: Tr = Tr("webhooks-title");
/// Tell your agency's other systems (a complaints app, a dashboard) automatically whenever one of the events below happens. Each delivery is signed and, when it fails, tried again for a day. Deliveries never slow down the citizens answering a survey.
pub const WEBHOOKS_LEAD: Tr = Tr("webhooks-lead");
/// No webhooks yet.
pub const WEBHOOKS_NONE: Tr = Tr("webhooks-none");
/// Add a webhook
pub const WEBHOOKS_ADD: Tr = Tr("webhooks-add");
/// Receiver address (URL)
pub const WEBHOOK_URL: Tr = Tr("webhook-url");
/// An https:// address of your system that accepts POST requests carrying JSON.
pub const WEBHOOK_URL_HELP: Tr = Tr("webhook-url-help");
/// Write a full address starting with https:// (500 characters at most).
pub const WEBHOOK_URL_BAD: Tr = Tr("webhook-url-bad");
/// This address leads to an internal network or to this machine, or its name is unknown; deliveries there are not allowed.
pub const WEBHOOK_URL_PRIVATE: Tr = Tr("webhook-url-private");
/// Events to send
pub const WEBHOOK_EVENTS: Tr = Tr("webhook-events");
/// Choose at least one event.
pub const WEBHOOK_EVENTS_NEEDED: Tr = Tr("webhook-events-needed");
/// Responses stored (in batches, at most once a minute)
pub const WEBHOOK_EVENT_STORED: Tr = Tr("webhook-event-stored");
/// A unit's band changed
pub const WEBHOOK_EVENT_BAND: Tr = Tr("webhook-event-band");
/// A survey period closed
pub const WEBHOOK_EVENT_CLOSED: Tr = Tr("webhook-event-closed");
/// A proof photo awaits review
pub const WEBHOOK_EVENT_PROOF: Tr = Tr("webhook-event-proof");
/// This webhook's secret. It is shown once only: keep it in the receiving system to check each delivery's signature.
pub const WEBHOOK_SECRET_ONCE: Tr = Tr("webhook-secret-once");
/// Each delivery carries the headers X-Persepsi-Timestamp (Unix seconds) and X-Persepsi-Signature holding sha256= followed by the HMAC-SHA256, under the secret, of the timestamp, a dot and the body. Refuse a delivery whose signature does not match or whose time is more than 5 minutes ago. One delivery may arrive more than once: use X-Persepsi-Delivery to recognise it.
pub const WEBHOOK_SIGNING_HELP: Tr = Tr("webhook-signing-help");
/// Latest deliveries
pub const WEBHOOK_DELIVERIES: Tr = Tr("webhook-deliveries");
/// No deliveries yet.
pub const WEBHOOK_NO_DELIVERIES: Tr = Tr("webhook-no-deliveries");
/// Time
pub const WEBHOOK_COL_TIME: Tr = Tr("webhook-col-time");
/// Event
pub const WEBHOOK_COL_EVENT: Tr = Tr("webhook-col-event");
/// State
pub const WEBHOOK_COL_STATE: Tr = Tr("webhook-col-state");
/// Attempts
pub const WEBHOOK_COL_TRIES: Tr = Tr("webhook-col-tries");
/// Receiver's answer
pub const WEBHOOK_COL_ANSWER: Tr = Tr("webhook-col-answer");
/// Waiting, will be tried again
pub const WEBHOOK_STATE_PENDING: Tr = Tr("webhook-state-pending");
/// Delivered
pub const WEBHOOK_STATE_DELIVERED: Tr = Tr("webhook-state-delivered");
/// Failed, no more attempts
pub const WEBHOOK_STATE_FAILED: Tr = Tr("webhook-state-failed");
/// Send again
pub const WEBHOOK_RETRY: Tr = Tr("webhook-retry");
/// Remove this webhook
pub const WEBHOOK_REMOVE: Tr = Tr("webhook-remove");
/// Yes, remove this webhook and its delivery log
pub const WEBHOOK_REMOVE_CONFIRM: Tr = Tr("webhook-remove-confirm");
/// Tick this box to remove it.
pub const WEBHOOK_REMOVE_NEEDED: Tr = Tr("webhook-remove-needed");
/// Webhooks: automatic notices to other systems
pub const WEBHOOK_LINK: Tr = Tr("webhook-link");
/// This agency already has 10 webhooks, the most allowed. Remove one first.
pub const WEBHOOK_TOO_MANY: Tr = Tr("webhook-too-many");
