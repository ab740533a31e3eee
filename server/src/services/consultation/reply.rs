//! A citizen's reply to a consultation, under the surveys' rules: a signed
//! one-time token (a resubmission yields the first reply, never a second),
//! the hidden field and a form sent faster than anyone reads flag the
//! reply, as does one of a burst from one network; a flagged reply is kept
//! but set aside from the figures. No address is stored, only a keyed
//! hash of the network.

use crate::error::AppError;
use crate::services::integrity::network_of;
use crate::services::state::AppState;
use crate::services::token::TokenError;
use crate::store::consultations::{self, NewReply};
use crate::store::entities::{consultation, consultation_component};
use app::domain::answers::{FieldErrors, push_error};
use app::domain::consultation::{COMMENT_MAX, comment_field, vote_field};
use app::domain::signals::{Flags, Signal};
use app::i18n;
use std::collections::BTreeMap;
use std::net::IpAddr;
use uuid::Uuid;

/// Why a reply was not stored.
#[derive(Debug)]
pub enum Rejected {
    /// The token is forged, too old, or another form's.
    Token(TokenError),
    /// What to fix, per field.
    Invalid(FieldErrors),
    /// Closed, or the database failed.
    App(AppError),
}

impl From<sea_orm::DbErr> for Rejected {
    fn from(e: sea_orm::DbErr) -> Self {
        Rejected::App(e.into())
    }
}

/// One reply as posted.
pub struct Reply<'a> {
    /// The signed form token.
    pub token: &'a str,
    /// Whether the field hidden from people was filled.
    pub honeypot: bool,
    /// Where it came from, when over the network.
    pub network: Option<IpAddr>,
    /// Field name → value.
    pub values: &'a BTreeMap<String, String>,
}

/// A vote: component key, agrees, comment.
pub type Vote = (String, bool, Option<String>);

/// The votes of `values` on the components asked, or what to fix: every
/// component needs "agree" or "disagree"; a comment is optional and short.
pub fn read_votes(
    parts: &[consultation_component::Model],
    values: &BTreeMap<String, String>,
) -> Result<Vec<Vote>, FieldErrors> {
    let mut errors = FieldErrors::new();
    let mut votes = Vec::with_capacity(parts.len());
    for p in parts {
        let (vote, comment) = (vote_field(&p.key), comment_field(&p.key));
        let agree = match values.get(&vote).map(String::as_str) {
            Some("agree") => Some(true),
            Some("disagree") => Some(false),
            _ => {
                push_error(&mut errors, &vote, i18n::UJI_VOTE_REQUIRED.text());
                None
            }
        };
        let text = values
            .get(&comment)
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty());
        if text
            .as_ref()
            .is_some_and(|t| t.chars().count() > COMMENT_MAX)
        {
            push_error(
                &mut errors,
                &comment,
                i18n::UJI_COMMENT_TOO_LONG.text_with(&[("max", COMMENT_MAX.into())]),
            );
        }
        if let Some(agree) = agree {
            votes.push((p.key.clone(), agree, text));
        }
    }
    if errors.is_empty() {
        Ok(votes)
    } else {
        Err(errors)
    }
}

/// Checks and stores a reply; returns its id (the first reply's when the
/// token was used before).
pub async fn accept(
    state: &AppState,
    c: &consultation::Model,
    parts: &[consultation_component::Model],
    reply: Reply<'_>,
) -> Result<Uuid, Rejected> {
    let now = state.clock.now();
    if !super::is_open(c, now) {
        return Err(Rejected::App(AppError::Closed));
    }
    let token = state
        .tokens
        .verify(reply.token, now.timestamp(), state.token_ttl)
        .map_err(Rejected::Token)?;
    if token.survey != c.id {
        return Err(Rejected::Token(TokenError::Invalid));
    }
    let votes = match read_votes(parts, reply.values) {
        Ok(v) => v,
        // Sent again with a field emptied after it was stored: the first.
        Err(errors) => {
            return match consultations::reply_by_token(&state.db, &token.hash).await? {
                Some(first) => Ok(first),
                None => Err(Rejected::Invalid(errors)),
            };
        }
    };
    let network = reply.network.map(|ip| network_of(state, ip, now));
    let mut flags = Flags::none();
    flags.mark(Signal::Honeypot, reply.honeypot);
    flags.mark(
        Signal::Fast,
        now.timestamp() - token.issued_at < state.rules.min_fill_secs,
    );
    if let Some(n) = &network {
        let since = now - chrono::Duration::seconds(state.rules.burst_window_secs);
        let recent = consultations::from_network_since(&state.db, c.id, n, since).await?;
        flags.mark(Signal::Burst, recent >= state.rules.burst_floor);
    }
    let (id, _) = consultations::store_reply(
        &state.db,
        NewReply {
            consultation_id: c.id,
            token_hash: token.hash,
            network,
            flags: flags.to_string(),
            submitted_at: now,
            votes,
        },
    )
    .await?;
    Ok(id)
}
