//! The manager's side of a consultation: creating it with the draft of
//! each component, answering each component, the final text, closing it.
//! Every change is written to the audit log.

use crate::dto::admin::{FormData, err, slug, text, wib_date};
use crate::error::AppError;
use crate::services::access::Actor;
use crate::services::auth::audit_for;
use crate::services::state::AppState;
use crate::store::consultations::{self, Answer, NewConsultation};
use crate::store::entities::{agency, consultation};
use app::domain::answers::FieldErrors;
use app::domain::consultation::{COMPONENTS, Decision, TEXT_MAX};
use app::i18n;
use serde_json::json;

/// A form's outcome: done, or what to fix per field.
pub type Checked<T> = Result<Result<T, FieldErrors>, AppError>;

/// The longest title or service name.
const NAME_MAX: usize = 200;

/// A required date field, as an instant in WIB.
fn day(
    form: &FormData,
    errors: &mut FieldErrors,
    name: &str,
    end: bool,
) -> Option<chrono::DateTime<chrono::Utc>> {
    match wib_date(form.get(name), end) {
        Ok(Some(t)) => Some(t),
        Ok(None) => {
            err(errors, name, i18n::FIELD_REQUIRED);
            None
        }
        Err(()) => {
            err(errors, name, i18n::BAD_DATE);
            None
        }
    }
}

/// Creates a consultation of agency `a` from the manager's form.
pub async fn create(
    state: &AppState,
    actor: &Actor,
    a: &agency::Model,
    form: &FormData,
) -> Checked<consultation::Model> {
    let mut errors = FieldErrors::new();
    let title = text(form, &mut errors, "title", NAME_MAX);
    let code = slug(form, &mut errors);
    let service = text(form, &mut errors, "service", NAME_MAX);
    let opens = day(form, &mut errors, "opens", false);
    let closes = day(form, &mut errors, "closes", true);
    if let (Some(o), Some(c)) = (opens, closes)
        && c <= o
    {
        err(&mut errors, "closes", i18n::CLOSES_BEFORE);
    }
    let mut drafts = Vec::new();
    for c in COMPONENTS {
        let draft = form.get(c.field);
        if draft.chars().count() > TEXT_MAX {
            err(&mut errors, c.field, i18n::TOO_LONG);
        } else if !draft.is_empty() {
            drafts.push((c.key.to_string(), draft.to_string()));
        }
    }
    if drafts.is_empty() {
        err(&mut errors, COMPONENTS[0].field, i18n::UJI_DRAFTS_NONE);
    }
    if !errors.contains_key("slug") && consultations::by_slug(&state.db, &code).await?.is_some() {
        err(&mut errors, "slug", i18n::SLUG_TAKEN);
    }
    let (Some(opens_at), Some(closes_at), true) = (opens, closes, errors.is_empty()) else {
        return Ok(Err(errors));
    };
    let made = consultations::create(
        &state.db,
        NewConsultation {
            agency_id: a.id,
            slug: code,
            title,
            service,
            opens_at,
            closes_at,
            drafts,
            created_by: actor.user_id,
            now: state.clock.now(),
        },
    )
    .await?;
    let detail = json!({ "consultation": made.slug });
    audit_for(&state.db, actor, Some(a.id), "consultation-create", detail).await?;
    Ok(Ok(made))
}

/// The agency's answer to component `key` of `c`.
pub async fn answer(
    state: &AppState,
    actor: &Actor,
    c: &consultation::Model,
    key: &str,
    form: &FormData,
) -> Checked<()> {
    let mut errors = FieldErrors::new();
    let decision = Decision::parse(form.get("decision"));
    if decision.is_none() {
        err(&mut errors, "decision", i18n::BAD_CHOICE);
    }
    let reason = text(form, &mut errors, "reason", TEXT_MAX);
    let final_text = form.get("final_text");
    if final_text.chars().count() > TEXT_MAX {
        err(&mut errors, "final_text", i18n::TOO_LONG);
    }
    let Some(decision) = decision.filter(|_| errors.is_empty()) else {
        return Ok(Err(errors));
    };
    let answer = Answer {
        decision: decision.code().to_string(),
        reason,
        final_text: final_text.to_string(),
    };
    consultations::answer(&state.db, c.id, key, answer, state.clock.now()).await?;
    let detail = json!({ "consultation": c.slug, "component": key, "decision": decision.code() });
    audit_for(
        &state.db,
        actor,
        Some(c.agency_id),
        "consultation-answer",
        detail,
    )
    .await?;
    Ok(Ok(()))
}

/// The final standard's text of `c`.
pub async fn set_final(
    state: &AppState,
    actor: &Actor,
    c: &consultation::Model,
    form: &FormData,
) -> Checked<()> {
    let mut errors = FieldErrors::new();
    let final_text = text(form, &mut errors, "final_text", TEXT_MAX * 14);
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    consultations::set_final(&state.db, c.id, &final_text).await?;
    let detail = json!({ "consultation": c.slug });
    audit_for(
        &state.db,
        actor,
        Some(c.agency_id),
        "consultation-final",
        detail,
    )
    .await?;
    Ok(Ok(()))
}

/// Closes `c` now: no more replies. Closing a closed one changes nothing.
pub async fn close(
    state: &AppState,
    actor: &Actor,
    c: &consultation::Model,
) -> Result<(), AppError> {
    if c.closed_at.is_some() {
        return Ok(());
    }
    consultations::close(&state.db, c.id, state.clock.now()).await?;
    let detail = json!({ "consultation": c.slug });
    audit_for(
        &state.db,
        actor,
        Some(c.agency_id),
        "consultation-close",
        detail,
    )
    .await?;
    Ok(())
}
