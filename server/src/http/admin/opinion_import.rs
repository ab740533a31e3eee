//! `GET`/`POST /admin/opinion/import`: the assessor's figures of many
//! agencies at once, as CSV (`agency_slug,year,part,value` under that
//! header). Every line is checked first; one wrong line and nothing
//! changes, and the page names every wrong line. Assessors and admins only.

use super::opinion::may_enter;
use super::{AdminPost, Signed, form_page};
use crate::error::AppError;
use crate::http::ServerState;
use crate::services::access;
use crate::services::opinion::{self as service, ChosenMethod};
use crate::services::opinion_entry;
use app::domain::answers::{FieldErrors, push_error};
use app::i18n;
use app::pages::admin::{Field, FormView, Input};
use axum::extract::{RawQuery, State};
use axum::http::{StatusCode, request::Parts};
use axum::response::Response;
use std::collections::HashMap;

async fn import_form(
    state: &ServerState,
    signed: &Signed,
    method: &str,
    csv: &str,
    errors: FieldErrors,
) -> Result<FormView, AppError> {
    let lang = signed.lang;
    let mut methods = Vec::new();
    for (reference, id) in crate::store::opinion::methods(&state.db).await? {
        let m = state.definitions.method(&state.db, id).await?;
        methods.push((reference, m.title.get(lang).to_string()));
    }
    Ok(FormView {
        title: i18n::OPINION_IMPORT.get(lang).to_string(),
        intro: None,
        action: "/admin/opinion/import".into(),
        fields: vec![
            Field::new(
                "method",
                i18n::OPINION_METHOD,
                Input::Select(methods),
                method.to_string(),
            )
            .required(),
            Field::new("csv", i18n::OPINION_CSV, Input::Textarea, csv.to_string())
                .help(i18n::OPINION_CSV_HELP)
                .required(),
        ],
        submit: i18n::OPINION_IMPORT,
        errors,
        csrf: signed.actor.csrf.clone(),
        back: Some("/admin/opinion".into()),
        notice: None,
    })
}

/// `GET /admin/opinion/import?method=`.
pub async fn form(
    State(state): State<ServerState>,
    signed: Signed,
    head: Parts,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    if !may_enter(&signed.actor) {
        return Err(AppError::NotFound);
    }
    let (method, _) = super::opinion::asked(&state, raw.as_deref()).await?;
    let reference = method.method.reference();
    let form = import_form(&state, &signed, &reference, "", FieldErrors::new()).await?;
    Ok(form_page(&state, &head, &signed, form, StatusCode::OK).await)
}

/// `POST /admin/opinion/import`.
pub async fn import(
    State(state): State<ServerState>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let AdminPost { signed, form, head } = post;
    if !may_enter(&signed.actor) {
        return Err(AppError::NotFound);
    }
    let (reference, csv) = (form.get("method"), form.get("csv"));
    let mut errors = FieldErrors::new();
    let method: Option<ChosenMethod> = service::method(&state, reference).await?;
    let Some(method) = method else {
        push_error(&mut errors, "method", i18n::BAD_CHOICE.text());
        let f = import_form(&state, &signed, reference, csv, errors).await?;
        return Ok(form_page(&state, &head, &signed, f, StatusCode::UNPROCESSABLE_ENTITY).await);
    };
    let agencies: HashMap<String, _> = access::agencies(&state.db, &signed.actor)
        .await?
        .into_iter()
        .map(|a| (a.slug.clone(), a))
        .collect();
    match opinion_entry::parse(csv, &method, &agencies) {
        Ok(lines) => {
            opinion_entry::import(&state, &signed.actor, &method, &lines).await?;
            let year = lines.first().map(|l| l.year).unwrap_or_default();
            let to = format!("/admin/opinion?year={year}&method={reference}");
            Ok(super::flash::saved(&state, &to))
        }
        Err(problems) => {
            for p in problems {
                push_error(&mut errors, "csv", p);
            }
            let f = import_form(&state, &signed, reference, csv, errors).await?;
            Ok(form_page(&state, &head, &signed, f, StatusCode::UNPROCESSABLE_ENTITY).await)
        }
    }
}
