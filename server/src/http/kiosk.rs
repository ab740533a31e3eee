//! The kiosk tablet: `/kiosk` pairs it (a code typed or from the QR link)
//! and then shows its unit's survey full screen, one respondent after
//! another; `/kiosk/responses` takes what it kept, each answer set once.
//! The tablet's key lives in its own cookie (path `/kiosk`, `HttpOnly`,
//! `SameSite=Strict`); a revoked tablet is sent back to pairing.

use super::ServerState;
use super::client::{Client, cookie, lang, lang_cookie};
use super::extract::query;
use super::field_send::{answer, read_batch, refusal};
use super::form_page::survey_view;
use super::render::{Page, limited_page, message, render};
use crate::dto::submission::FormSubmission;
use crate::error::AppError;
use crate::services::field::{self, Collector, FieldItem};
use crate::services::kiosk::{self, THANKS_SECS};
use crate::store::entities::{kiosk_device, survey};
use crate::store::surveys::LoadedSurvey;
use app::domain::text::Lang;
use app::i18n;
use app::pages::field::{KioskPage, KioskView, PairPage, PairView};
use app::pages::survey::{FieldForm, FieldKind, SurveyView};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header, request::Parts};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use sea_orm::EntityTrait;
use serde::Deserialize;
use std::sync::Arc;

/// The tablet's key.
pub const KIOSK_COOKIE: &str = "persepsi_kiosk";

fn key_cookie(state: &ServerState, key: &str) -> HeaderValue {
    let mut v =
        format!("{KIOSK_COOKIE}={key}; Path=/kiosk; Max-Age=31536000; HttpOnly; SameSite=Strict");
    if state.secure_cookies {
        v.push_str("; Secure");
    }
    HeaderValue::from_str(&v).expect("keys are URL-safe base64")
}

/// The paired tablet a request comes from.
async fn device_of(
    state: &ServerState,
    parts: &Parts,
) -> Result<Option<kiosk_device::Model>, AppError> {
    match cookie(&parts.headers, KIOSK_COOKIE) {
        Some(key) => Ok(kiosk::device(state, &key).await?),
        None => Ok(None),
    }
}

async fn pair_page(
    state: &ServerState,
    parts: &Parts,
    view: PairView,
    status: StatusCode,
) -> Response {
    let lang = view.lang;
    render(
        state,
        parts,
        Page {
            status,
            lang,
            title: i18n::PAIR_TITLE.get(lang).to_string(),
            interactive: false,
            chrome: false,
            body: move || view! { <PairPage view=view.clone() /> }.into_any(),
        },
    )
    .await
}

/// `GET /kiosk`: the unit's survey on a paired tablet, else the pairing
/// form.
pub async fn page(
    State(state): State<ServerState>,
    req: Request<Body>,
) -> Result<Response, AppError> {
    let (parts, _) = req.into_parts();
    let q = query(&parts);
    let lang = lang(q.get("lang").map(String::as_str), &parts.headers);
    let Some(device) = device_of(&state, &parts).await? else {
        let view = PairView {
            lang,
            code: String::new(),
            error: None,
        };
        return Ok(pair_page(&state, &parts, view, StatusCode::OK).await);
    };
    let filled = Filled {
        thanked: q.contains_key("sent"),
        ..Filled::default()
    };
    let mut r = kiosk_page(&state, &parts, &device, lang, filled).await?;
    if q.contains_key("lang") {
        r.headers_mut()
            .append(header::SET_COOKIE, lang_cookie(lang, state.secure_cookies));
    }
    Ok(r)
}

/// What a kiosk's form shows besides the survey.
#[derive(Default)]
struct Filled {
    values: std::collections::BTreeMap<String, String>,
    errors: app::domain::answers::FieldErrors,
    thanked: bool,
}

/// The unit's survey on the tablet `device`.
async fn kiosk_page(
    state: &ServerState,
    parts: &Parts,
    device: &kiosk_device::Model,
    lang: Lang,
    filled: Filled,
) -> Result<Response, AppError> {
    let loaded = survey_of(state, device).await?;
    loaded.ensure_open(state.clock.now())?;
    let unit = loaded
        .units
        .iter()
        .find(|u| u.id == device.unit_id)
        .ok_or(AppError::NotFound)?
        .clone();
    let field = FieldForm {
        kind: FieldKind::Kiosk,
        faces: device.faces,
        post: "/kiosk/responses".into(),
        csrf: None,
    };
    let status = if filled.errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let survey = Arc::new(SurveyView {
        values: filled.values,
        errors: filled.errors,
        ..survey_view(
            &loaded,
            "/kiosk".into(),
            lang,
            Some(unit.slug.clone()),
            Some(field),
        )
    });
    let view = KioskView {
        survey,
        unit: unit.name.clone(),
        idle_secs: state.rules.kiosk_idle_secs,
        thanks_secs: THANKS_SECS,
        thanked: filled.thanked,
    };
    let title = format!("{} · {}", loaded.survey.title, unit.name);
    Ok(render(
        state,
        parts,
        Page {
            status,
            lang,
            title,
            interactive: false,
            chrome: false,
            body: move || view! { <KioskPage view=view.clone() /> }.into_any(),
        },
    )
    .await)
}

/// `POST /kiosk`: one respondent's answers from a tablet without the
/// script, stored once under the form's id; the fresh form again, or the
/// same with what to mend.
pub async fn post(
    State(state): State<ServerState>,
    req: Request<Body>,
) -> Result<Response, AppError> {
    let (parts, body) = req.into_parts();
    let Some(device) = device_of(&state, &parts).await? else {
        return Ok(Redirect::to("/kiosk").into_response());
    };
    let Ok(bytes) = axum::body::to_bytes(body, state.body_limit).await else {
        let lang = lang(None, &parts.headers);
        return Ok(message(
            &state,
            &parts,
            StatusCode::PAYLOAD_TOO_LARGE,
            lang,
            i18n::TOO_LARGE_TITLE,
            i18n::TOO_LARGE_BODY,
            None,
        )
        .await);
    };
    let sub = FormSubmission::from_pairs(serde_urlencoded::from_bytes(&bytes).unwrap_or_default());
    let lang = lang(sub.lang.as_deref(), &parts.headers);
    if let Err(limited) = state.limits.check_kiosk(device.id.as_u128()).await {
        return Ok(limited_page(&state, &parts, lang, limited).await);
    }
    let loaded = survey_of(&state, &device).await?;
    let item = FieldItem::posted(&sub, None);
    match field::take_one(&state, &loaded, Collector::Kiosk(&device), &item).await? {
        Ok(_) => Ok(Redirect::to("/kiosk?sent=1").into_response()),
        Err(errors) => {
            let filled = Filled {
                values: sub.answers,
                errors,
                thanked: false,
            };
            kiosk_page(&state, &parts, &device, lang, filled).await
        }
    }
}

/// The survey a tablet shows.
async fn survey_of(
    state: &ServerState,
    device: &kiosk_device::Model,
) -> Result<LoadedSurvey, AppError> {
    let s = survey::Entity::find_by_id(device.survey_id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    state.survey(&s.slug).await
}

/// `GET /kiosk/pair?code=`: the pairing form, the code filled in from the
/// QR link (pairing itself is a press of the button, never a visit).
pub async fn pair_form(State(state): State<ServerState>, req: Request<Body>) -> Response {
    let (parts, _) = req.into_parts();
    let q = query(&parts);
    let view = PairView {
        lang: lang(q.get("lang").map(String::as_str), &parts.headers),
        code: q
            .get("code")
            .map(|c| c.chars().take(12).collect())
            .unwrap_or_default(),
        error: None,
    };
    pair_page(&state, &parts, view, StatusCode::OK).await
}

#[derive(Deserialize)]
struct PairForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    lang: Option<String>,
}

/// `POST /kiosk/pair`: spends the code, gives the tablet its key.
pub async fn pair(
    State(state): State<ServerState>,
    client: Client,
    req: Request<Body>,
) -> Result<Response, AppError> {
    let (parts, body) = req.into_parts();
    let bytes = axum::body::to_bytes(body, 4096).await.unwrap_or_default();
    let form: PairForm = serde_urlencoded::from_bytes(&bytes).unwrap_or(PairForm {
        code: String::new(),
        lang: None,
    });
    let lang = lang(form.lang.as_deref(), &parts.headers);
    // Guessing codes costs the address its budget.
    if let Err(limited) = state.limits.check_pair(client.0).await {
        return Ok(limited_page(&state, &parts, lang, limited).await);
    }
    match kiosk::pair(&state, &form.code).await? {
        Some((device, key)) => {
            tracing::info!(device = %device.id, "kiosk paired");
            let mut r = Redirect::to("/kiosk").into_response();
            r.headers_mut()
                .append(header::SET_COOKIE, key_cookie(&state, &key));
            Ok(r)
        }
        None => {
            let view = PairView {
                lang,
                code: form.code.chars().take(12).collect(),
                error: Some(i18n::PAIR_BAD.get(lang).to_string()),
            };
            Ok(pair_page(&state, &parts, view, StatusCode::UNPROCESSABLE_ENTITY).await)
        }
    }
}

/// `POST /kiosk/responses`: what the tablet kept, each stored once.
pub async fn responses(State(state): State<ServerState>, req: Request<Body>) -> Response {
    let (parts, body) = req.into_parts();
    let lang = lang(None, &parts.headers);
    let device = match device_of(&state, &parts).await {
        Ok(Some(d)) => d,
        Ok(None) => {
            return refusal(
                StatusCode::UNAUTHORIZED,
                i18n::PAIR_BAD.get(lang).to_string(),
            );
        }
        Err(e) => return e.into_response(),
    };
    let batch = match read_batch(&state, body).await {
        Ok(b) => b,
        Err(r) => return r,
    };
    let lang = Lang::from_code(batch.lang.as_deref().unwrap_or("")).unwrap_or(lang);
    // A tablet is one device, not one flooding address: its own budget.
    if let Err(limited) = state.limits.check_kiosk(device.id.as_u128()).await {
        let mut r = refusal(
            StatusCode::TOO_MANY_REQUESTS,
            i18n::TOO_MANY_TITLE.get(lang).to_string(),
        );
        if let Ok(v) = HeaderValue::from_str(&limited.retry_secs().to_string()) {
            r.headers_mut().insert(header::RETRY_AFTER, v);
        }
        return r;
    }
    let loaded = survey_of(&state, &device).await;
    let outcome = match loaded {
        Ok(loaded) => {
            field::take(
                &state,
                &loaded,
                Collector::Kiosk(&device),
                &batch.items,
                lang,
            )
            .await
        }
        Err(e) => Err(e),
    };
    answer(outcome, &batch.items, lang)
}

/// `GET /field.js`: keeps and sends kiosk and interview answers.
pub async fn field_js() -> Response {
    super::embed::script(include_str!("../../assets/field.js"))
}
