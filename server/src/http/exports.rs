//! Exports for assessors' tools, streamed:
//!
//! - `GET /api/v1/exports/responses.csv|ndjson|xlsx?…` with
//!   `Authorization: Bearer psp_…` (an account's token acts with the
//!   account's reach; an agency's token with that agency's);
//! - `GET /api/v1/exports/scores.csv|ndjson|xlsx?…`: the ranking (see
//!   [`super::ranking::scores_export`]);
//! - `GET /api/v1/exports/codebook.json?…`: what every column means;
//! - the same under `/admin/exports/…` for a signed-in browser, and
//!   `/admin/exports`, a page to choose the filters.
//!
//! The handlers read the request and pick the file; `services::export`
//! decides what may be read, logs the export before its first byte leaves,
//! and writes it.

use super::admin::{Signed, admin_error, admin_page};
use super::api::{error, invalid};
use super::caller::Caller;
use super::extract::filled;
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::client::lang;
use crate::services::export::{self, Download, ExportQuery, Format, PlanError};
use app::domain::answers::{FieldErrors, push_error};
use app::domain::text::Lang;
use app::i18n;
use axum::body::Body;
use axum::extract::{OriginalUri, Path, RawQuery, State};
use axum::http::{HeaderValue, StatusCode, header, request::Parts};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;

/// The filters of a query string; empty values count as absent (but see
/// [`filled`]).
fn read_query(raw: Option<&str>) -> Result<ExportQuery, String> {
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_str(raw.unwrap_or("")).map_err(|e| e.to_string())?;
    let kept: Vec<(String, String)> = pairs.into_iter().filter(|(k, v)| filled(k, v)).collect();
    let text = serde_urlencoded::to_string(&kept).map_err(|e| e.to_string())?;
    serde_urlencoded::from_str(&text).map_err(|e| e.to_string())
}

/// `GET …/exports/{file}` (in the API document as three operations, see
/// [`super::export_doc`]).
pub async fn download(
    State(state): State<ServerState>,
    Path(file): Path<String>,
    caller: Caller,
    OriginalUri(uri): OriginalUri,
    RawQuery(raw): RawQuery,
    headers: axum::http::HeaderMap,
) -> Result<Response, AppError> {
    let lang = lang(None, &headers);
    // A person downloading from the admin pages opens the file in a
    // spreadsheet; a program calling the API parses it.
    let for_people = uri.path().starts_with("/admin/");
    if let Some(ext) = file.strip_prefix("scores.") {
        return super::ranking::scores_export(
            &state,
            &caller,
            raw.as_deref(),
            ext,
            for_people,
            lang,
        )
        .await;
    }
    let query = match read_query(raw.as_deref()) {
        Ok(q) => q,
        Err(e) => {
            let mut errors = FieldErrors::new();
            let detail = i18n::UNKNOWN_FILTER.text_with(&[("detail", e.into())]);
            push_error(&mut errors, "query", detail);
            return Ok(invalid(&errors, lang));
        }
    };
    if query
        .flavour
        .as_deref()
        .is_some_and(|f| !matches!(f, "" | "excel" | "plain"))
    {
        let mut errors = FieldErrors::new();
        let detail = i18n::INVALID_PARAMETER.text_with(&[("detail", "flavour".into())]);
        push_error(&mut errors, "flavour", detail);
        return Ok(invalid(&errors, lang));
    }
    let made = if file == "codebook.json" {
        export::codebook(&state, &caller.actor, query)
            .await
            .map(|book| {
                let mut r = axum::Json(book).into_response();
                r.headers_mut()
                    .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
                r
            })
    } else {
        let (bom, excel) =
            crate::services::export::csv_flavour(query.bom, query.flavour.as_deref(), for_people);
        let format = file
            .strip_prefix("responses.")
            .and_then(|ext| Format::of(ext, bom, excel));
        let Some(format) = format else {
            return Ok(error(StatusCode::NOT_FOUND, i18n::UNKNOWN_EXPORT.get(lang)));
        };
        export::responses(&state, &caller.actor, query, format)
            .await
            .map(Download::into_response)
    };
    answer(made, lang)
}

/// A made export, or why not: a wrong filter is `422 {"errors"}`, any
/// other failure the caller's [`AppError`].
fn answer(made: Result<Response, PlanError>, lang: Lang) -> Result<Response, AppError> {
    match made {
        Ok(r) => Ok(r),
        Err(PlanError::Invalid(errors)) => Ok(invalid(&errors, lang)),
        Err(PlanError::App(e)) => Err(e),
    }
}

/// Every export file is answered the same way: an attachment that is never
/// cached or sniffed, its bytes streamed as they are written.
impl IntoResponse for Download {
    fn into_response(self) -> Response {
        let disposition = format!("attachment; filename=\"{}\"", self.name);
        let mut r = Body::from_stream(self.body).into_response();
        let h = r.headers_mut();
        h.insert(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        );
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(self.content_type),
        );
        if let Ok(v) = HeaderValue::from_str(&disposition) {
            h.insert(header::CONTENT_DISPOSITION, v);
        }
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        if let Some(rows) = self.rows {
            // The row count up front, so a page can show progress.
            h.insert("x-export-rows", HeaderValue::from(rows));
        }
        r
    }
}

/// `GET /admin/exports/download?file=…&…`: the page's form, sent on to the
/// file's own address.
pub async fn from_form(RawQuery(raw): RawQuery) -> Response {
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_str(raw.as_deref().unwrap_or("")).unwrap_or_default();
    let file = pairs
        .iter()
        .find(|(k, _)| k == "file")
        .map(|(_, v)| v.as_str())
        .filter(|f| {
            [
                "responses.csv",
                "responses.ndjson",
                "responses.xlsx",
                "codebook.json",
            ]
            .contains(f)
        })
        .unwrap_or("responses.csv")
        .to_string();
    let rest: Vec<&(String, String)> = pairs
        .iter()
        .filter(|(k, v)| k != "file" && !v.is_empty())
        .collect();
    let q = serde_urlencoded::to_string(rest).unwrap_or_default();
    Redirect::to(&format!("/admin/exports/{file}?{q}")).into_response()
}

/// `GET /admin/exports`: choose filters and a format.
pub async fn page(State(state): State<ServerState>, signed: Signed, head: Parts) -> Response {
    let lang = signed.lang;
    let agencies = match crate::services::access::agencies(&state.db, &signed.actor).await {
        Ok(a) => a,
        Err(e) => return admin_error(&state, &head, lang, Some(signed.who()), e).await,
    };
    let instruments = match crate::services::choices::instruments(&state, &signed.actor, lang).await
    {
        Ok(i) => i,
        Err(e) => return admin_error(&state, &head, lang, Some(signed.who()), e).await,
    };
    let mut regions: Vec<String> = agencies.iter().map(|a| a.region.clone()).collect();
    regions.sort();
    regions.dedup();
    let choices = Choices {
        instruments,
        agencies: agencies.into_iter().map(|a| (a.slug, a.name)).collect(),
        regions: regions.into_iter().map(|r| (r.clone(), r)).collect(),
    };
    let title = i18n::EXPORTS.get(lang).to_string();
    let who = Some(signed.who());
    admin_page(&state, &head, lang, who, title, StatusCode::OK, move || {
        export_form(lang, &choices)
    })
    .await
}

/// What the export form offers: (value, label) of each option.
#[derive(Clone)]
struct Choices {
    instruments: Vec<(String, String)>,
    agencies: Vec<(String, String)>,
    regions: Vec<(String, String)>,
}

fn export_form(lang: Lang, choices: &Choices) -> AnyView {
    let opts = |list: &[(String, String)]| {
        list.iter()
            .map(|(v, l)| view! { <option value=v.clone()>{l.clone()}</option> })
            .collect_view()
    };
    let Choices {
        instruments,
        agencies,
        regions,
    } = choices;
    view! {
        <h1>{i18n::EXPORTS.get(lang)}</h1>
        <p class="lead">{i18n::EXPORTS_INTRO.get(lang)}</p>
        <form method="get" action="/admin/exports/download" class="admin-form">
            <div class="item">
                <label for="in-instrument">{i18n::INSTRUMENT.get(lang)}</label>
                <select id="in-instrument" name="instrument">{opts(instruments)}</select>
            </div>
            <div class="item">
                <label for="in-agency">{i18n::AGENCIES.get(lang)}</label>
                <select id="in-agency" name="agency">
                    <option value="">{i18n::ALL.get(lang)}</option>
                    {opts(agencies)}
                </select>
            </div>
            <div class="item">
                <label for="in-region">{i18n::REGION.get(lang)}</label>
                <select id="in-region" name="region">
                    <option value="">{i18n::ALL.get(lang)}</option>
                    {opts(regions)}
                </select>
            </div>
            <div class="item">
                <label for="in-period">{i18n::PERIOD.get(lang)}</label>
                <p class="help" id="help-period">{i18n::PERIOD_HELP.get(lang)}</p>
                <input type="text" id="in-period" name="period" aria-describedby="help-period" />
            </div>
            <div class="item">
                <label class="option" for="in-verified">
                    <input type="checkbox" id="in-verified" name="verified" value="true" />
                    <span>{i18n::VERIFIED_ONLY.get(lang)}</span>
                </label>
                <label class="option" for="in-suspect">
                    <input type="checkbox" id="in-suspect" name="suspect" value="true" />
                    <span>{i18n::WITH_SUSPECT.get(lang)}</span>
                </label>
            </div>
            <div class="item">
                <label for="in-flavour">{i18n::CSV_FLAVOUR.get(lang)}</label>
                <select id="in-flavour" name="flavour" aria-describedby="help-flavour">
                    <option value="excel">{i18n::CSV_FOR_EXCEL.get(lang)}</option>
                    <option value="plain">{i18n::CSV_FOR_PROGRAMS.get(lang)}</option>
                </select>
                <p class="help" id="help-flavour">{i18n::CSV_FLAVOUR_HELP.get(lang)}</p>
            </div>
            <div class="item">
                <label for="in-file">{i18n::FORMAT.get(lang)}</label>
                <select id="in-file" name="file">
                    <option value="responses.csv">"CSV"</option>
                    <option value="responses.xlsx">"XLSX (Excel)"</option>
                    <option value="responses.ndjson">"NDJSON"</option>
                    <option value="codebook.json">{i18n::CODEBOOK.get(lang)}</option>
                </select>
            </div>
            <p class="help">{i18n::EXPORT_PROGRESS.get(lang)}</p>
            <button type="submit" class="button">{i18n::DOWNLOAD.get(lang)}</button>
            <p id="export-progress" role="status" aria-live="polite" hidden=true
                data-rows=i18n::EXPORT_ROWS.with(lang, &[("rows", "{rows}".into()), ("total", "{total}".into())]) data-done=i18n::EXPORT_DONE.get(lang)></p>
            <progress id="export-bar" max="100" value="0" hidden=true></progress>
        </form>
        <script src="/admin-export.js" defer></script>
    }
    .into_any()
}
