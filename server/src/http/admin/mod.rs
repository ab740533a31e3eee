//! The admin side: agencies publish, assessors read. Every page here needs
//! a session ([`Signed`]); every state-changing request goes through
//! [`AdminPost`], which checks the session's anti-forgery token before the
//! handler runs, so no handler can forget it. What an account may see or
//! change is decided in `crate::services::access`, in one place.

pub mod agencies;
pub mod agency_form;
pub mod audit;
pub mod certificates;
pub mod comments;
pub mod consultation_answers;
pub mod consultation_record;
pub mod consultation_routes;
pub mod consultations;
pub mod counters;
pub mod embed_check;
pub mod field;
pub mod flash;
pub mod interviews;
pub mod invite;
pub mod kiosks;
pub mod opinion;
pub mod opinion_edit;
pub mod opinion_import;
pub mod origin;
mod page;
pub mod people;
pub mod plan;
pub mod poster;
pub mod posters;
pub mod preview;
pub mod proofs;
pub mod publish;
pub mod question_results;
pub mod questions;
pub mod report;
pub mod review;
pub mod session;
pub mod slips;
mod survey_choices;
pub mod survey_edit;
mod survey_form;
mod survey_methods;
pub mod survey_status;
pub mod surveys;
mod token_form;
pub mod token_revoke;
pub mod tokens;
pub mod units;
pub mod webhooks;

pub use page::{
    admin_error, admin_page, failure_page, form_page, form_page_with, page_of, page_with, shown,
};

use super::render::message;
use crate::dto::admin::FormData;
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::client::{cookie, lang};
use crate::services::access::Actor;
use app::domain::text::Lang;
use app::i18n;
use app::pages::admin::Who;
use axum::Router;
use axum::body::Body;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::{StatusCode, header, request::Parts};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use subtle::ConstantTimeEq;

/// The session cookie (path `/admin`, `HttpOnly`).
pub const SESSION_COOKIE: &str = "persepsi_session";

/// A signed-in request.
pub struct Signed {
    /// Who.
    pub actor: Actor,
    /// The session cookie's value.
    pub cookie: String,
    /// The page language.
    pub lang: Lang,
}

impl Signed {
    /// What the page frame shows.
    pub fn who(&self) -> Who {
        Who {
            email: self.actor.email.clone(),
            csrf: self.actor.csrf.clone(),
            assesses: self.actor.assesses(),
            collects_only: self.actor.role == crate::services::access::Role::Enumerator,
        }
    }
}

fn page_lang(parts: &Parts) -> Lang {
    let q = super::extract::query(parts);
    lang(q.get("lang").map(String::as_str), &parts.headers)
}

impl FromRequestParts<ServerState> for Signed {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &ServerState) -> Result<Self, Response> {
        let lang = page_lang(parts);
        let to_login = || {
            let next = parts
                .uri
                .path_and_query()
                .map(|p| p.as_str())
                .unwrap_or("/admin");
            let next = serde_urlencoded::to_string([("next", next)]).unwrap_or_default();
            Redirect::to(&format!("/admin/login?{next}")).into_response()
        };
        let Some(value) = cookie(&parts.headers, SESSION_COOKIE) else {
            return Err(to_login());
        };
        match crate::services::auth::actor(&state.db, &state.tokens, &value).await {
            // An enumerator collects interviews and sees nothing else.
            Ok(Some(actor))
                if actor.role == crate::services::access::Role::Enumerator
                    && !enumerator_may(parts.uri.path()) =>
            {
                Err(Redirect::to(interviews::HOME).into_response())
            }
            Ok(Some(actor)) => Ok(Signed {
                actor,
                cookie: value,
                lang,
            }),
            Ok(None) => Err(to_login()),
            // `Signed` also serves `http::caller` outside `/admin`, whose
            // rejection has always been this admin page; the failure layer
            // would answer there in another form.
            Err(e) => Err(admin_error(state, parts, lang, None, AppError::from(e)).await),
        }
    }
}

/// A signed-in, state-changing request whose anti-forgery token matched.
pub struct AdminPost {
    /// Who.
    pub signed: Signed,
    /// The form.
    pub form: FormData,
    /// The request head (for rendering).
    pub head: Parts,
}

impl FromRequest<ServerState> for AdminPost {
    type Rejection = Response;

    async fn from_request(req: Request<Body>, state: &ServerState) -> Result<Self, Response> {
        let (mut head, body) = req.into_parts();
        let signed = Signed::from_request_parts(&mut head, state).await?;
        let form = read_form(state, &head, body, signed.lang).await?;
        if !same(form.get("csrf"), &signed.actor.csrf) {
            return Err(csrf_refused(state, &head, signed.lang).await);
        }
        Ok(AdminPost { signed, form, head })
    }
}

/// The admin paths an enumerator may use: the interviews, signing out and
/// their own password.
fn enumerator_may(path: &str) -> bool {
    path == interviews::HOME
        || path.starts_with("/admin/interviews/")
        || path == "/admin/logout"
        || path == "/admin/password"
}

/// Reads a form body within the size limit (413 page beyond it).
pub async fn read_form(
    state: &ServerState,
    head: &Parts,
    body: Body,
    lang: Lang,
) -> Result<FormData, Response> {
    match axum::body::to_bytes(body, state.body_limit).await {
        Ok(b) => Ok(FormData::parse(&b)),
        Err(_) => Err(message(
            state,
            head,
            StatusCode::PAYLOAD_TOO_LARGE,
            lang,
            i18n::TOO_LARGE_TITLE,
            i18n::TOO_LARGE_BODY,
            None,
        )
        .await),
    }
}

/// Compares two secrets in time independent of where they differ; an
/// empty secret never matches.
pub fn same(a: &str, b: &str) -> bool {
    !a.is_empty() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// 403: the anti-forgery token was missing or wrong.
pub async fn csrf_refused(state: &ServerState, head: &Parts, lang: Lang) -> Response {
    tracing::warn!(path = %head.uri.path(), "form refused: anti-forgery token missing or wrong");
    message(
        state,
        head,
        StatusCode::FORBIDDEN,
        lang,
        i18n::CSRF_TITLE,
        i18n::CSRF_BODY,
        None,
    )
    .await
}

/// The slug field of a form: asked for only when creating (a slug is part
/// of public links and never changes).
pub fn slug_field(creating: bool, value: &str) -> Option<app::pages::admin::Field> {
    use app::pages::admin::{Field, Input};
    creating.then(|| {
        Field::new("slug", i18n::SLUG, Input::Text, value.to_string()).help(i18n::SLUG_HELP)
    })
}

/// 303 to `to`.
pub fn see(to: &str) -> Response {
    Redirect::to(to).into_response()
}

/// The site's public address for links in QR codes and snippets.
pub fn public_base(state: &ServerState, head: &Parts) -> String {
    if let Some(u) = &state.public_url {
        return u.clone();
    }
    let host = head
        .headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            h.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'))
        })
        .unwrap_or("localhost");
    let https = state.trust_proxy
        && head
            .headers
            .get("x-forwarded-proto")
            .is_some_and(|p| p.as_bytes() == b"https");
    format!("{}://{host}", if https { "https" } else { "http" })
}

/// The admin routes.
pub fn routes() -> Router<ServerState> {
    Router::new()
        .route(
            "/admin/login",
            get(session::login_form).post(session::login),
        )
        .route("/admin/logout", post(session::logout))
        .route(
            "/admin/password",
            get(session::password_form).post(session::password),
        )
        .route("/admin", get(agencies::home))
        .route(
            "/admin/agencies/new",
            get(agency_form::new_form).post(agency_form::create),
        )
        .route("/admin/a/{agency}", get(agencies::show))
        .route(
            "/admin/a/{agency}/edit",
            get(agency_form::edit_form).post(agency_form::update),
        )
        .route(
            "/admin/a/{agency}/units/new",
            get(units::new_unit_form).post(units::create_unit),
        )
        .route(
            "/admin/a/{agency}/u/{unit}/edit",
            get(units::edit_unit_form).post(units::update_unit),
        )
        .route("/admin/a/{agency}/u/{unit}/codes", post(units::codes))
        .route(
            "/admin/a/{agency}/surveys/new",
            get(survey_edit::new_form).post(survey_edit::create),
        )
        .route("/admin/s/{slug}", get(surveys::show))
        .route(
            "/admin/s/{slug}/edit",
            get(survey_edit::edit_form).post(survey_edit::update),
        )
        .route("/admin/s/{slug}/copy", get(survey_edit::copy_form))
        .route("/admin/s/{slug}/poster", get(poster::poster))
        .route(
            "/admin/s/{slug}/review",
            get(review::page).post(review::restore),
        )
        .route("/admin/tokens", get(tokens::list).post(tokens::create))
        .route(
            "/admin/tokens/{id}/revoke",
            get(token_revoke::confirm).post(tokens::revoke),
        )
        .route(
            "/admin/s/{slug}/status",
            get(survey_status::ask).post(survey_status::change),
        )
        .route(
            "/admin/s/{slug}/preview",
            get(preview::form).post(preview::sent),
        )
        .merge(questions::routes())
        .route("/admin-copy.js", get(embed_check::copy_js))
        .route("/admin/fits", get(survey_choices::fitting))
        .route("/admin-survey-form.js", get(survey_choices::form_js))
        .route("/admin/people", get(people::list))
        .route(
            "/admin/people/new",
            get(people::new_form).post(people::invite),
        )
        .route("/admin/people/{id}/disable", post(people::disable))
        .route(
            "/admin/invite/{secret}",
            get(invite::page).post(invite::accept),
        )
        .route("/admin/audit", get(audit::page))
        .route("/admin/slug.js", get(slug_js))
        .route("/admin/s/{slug}/posters", get(posters::posters))
        .route("/admin/s/{slug}/comments", get(comments::page))
        .route("/admin/a/{agency}/u/{unit}/codes/slips", post(slips::slips))
        .route("/admin/a/{agency}/u/{unit}/codes/csv", post(slips::csv))
        .route(
            "/admin/a/{agency}/certificates",
            get(certificates::page).post(certificates::issue),
        )
        .route("/admin/opinion", get(opinion::list))
        .route(
            "/admin/opinion/import",
            get(opinion_import::form).post(opinion_import::import),
        )
        .route("/admin/a/{agency}/opinion", get(opinion::show))
        .route(
            "/admin/a/{agency}/opinion/edit",
            get(opinion_edit::form).post(opinion_edit::save),
        )
        .route("/admin/s/{slug}/plan", get(plan::page))
        .route("/admin/s/{slug}/report", get(report::page))
        .route("/admin/s/{slug}/report.pdf", get(report::pdf))
        .route(
            "/admin/s/{slug}/field",
            get(field::page).post(field::save_targets),
        )
        .route(
            "/admin/s/{slug}/kiosks",
            get(kiosks::list).post(kiosks::register),
        )
        .route("/admin/s/{slug}/kiosks/{id}/revoke", post(kiosks::revoke))
        .route(
            "/admin/s/{slug}/counters",
            get(counters::list).post(counters::add),
        )
        .route(interviews::HOME, get(interviews::home))
        .route("/admin/interviews/responses", post(interviews::responses))
        .route(
            "/admin/interviews/{slug}/{unit}",
            get(interviews::form).post(interviews::post),
        )
        .route(
            "/admin/s/{slug}/publish",
            get(publish::page).post(publish::change),
        )
        .route(
            "/admin/s/{slug}/plan/new",
            get(plan::new_action).post(plan::create_action),
        )
        .route(
            "/admin/s/{slug}/plan/{id}",
            get(plan::edit_action).post(plan::update_action),
        )
        .route("/admin/proofs", get(proofs::queue))
        .route("/admin/proofs/{id}", get(proofs::show).post(proofs::decide))
        .route("/admin/proofs/{id}/image", get(proofs::image))
        .merge(consultation_routes::routes())
        .merge(webhooks::routes())
}

/// `GET /admin/slug.js`: suggests the address code from the name as it is
/// typed, until the manager edits the code.
async fn slug_js() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../../assets/slug.js"),
    )
        .into_response()
}
