//! Exports for assessors' tools, streamed:
//!
//! - `GET /api/v1/exports/responses.csv|ndjson|xlsx?…` with
//!   `Authorization: Bearer psp_…` (an account's token acts with the
//!   account's reach; an agency's token with that agency's);
//! - `GET /api/v1/exports/codebook.json?…`: what every column means;
//! - the same under `/admin/exports/…` for a signed-in browser, and
//!   `/admin/exports`, a page to choose the filters.
//!
//! Every export is written to the audit log (who, what, when) before the
//! first byte leaves.

use super::admin::{Signed, admin_error, admin_page};
use super::api::{error, invalid};
use super::caller::Caller;
use crate::ServerState;
use crate::error::AppError;
use crate::http::client::lang;
use crate::services::export::{self, Cell, ExportQuery, Plan, PlanError};
use app::domain::text::Lang;
use app::i18n;
use axum::body::{Body, Bytes};
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderValue, StatusCode, header, request::Parts};
use axum::response::{IntoResponse, Redirect, Response};
use futures_util::StreamExt;
use leptos::prelude::*;

/// The filters of a query string; empty values count as absent.
fn read_query(raw: Option<&str>) -> Result<ExportQuery, String> {
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_str(raw.unwrap_or("")).map_err(|e| e.to_string())?;
    let kept: Vec<(String, String)> = pairs.into_iter().filter(|(_, v)| !v.is_empty()).collect();
    let text = serde_urlencoded::to_string(&kept).map_err(|e| e.to_string())?;
    serde_urlencoded::from_str(&text).map_err(|e| e.to_string())
}

/// `GET …/exports/{file}`.
#[utoipa::path(
    get,
    path = "/api/v1/exports/{file}",
    tag = "assessors",
    summary = "Stream an export: responses.csv|ndjson|xlsx, scores.csv|ndjson|xlsx or codebook.json",
    params(
        ("file" = String, Path, description = "responses.csv, responses.ndjson, responses.xlsx, scores.csv, scores.ndjson, scores.xlsx or codebook.json"),
        ExportQuery,
    ),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The file, streamed; every export is written to the audit log"),
        (status = 401, description = "No valid API token"),
        (status = 404, description = "An agency or survey outside the token's reach"),
        (status = 422, description = "A filter is wrong"),
    )
)]
pub async fn download(
    State(state): State<ServerState>,
    Path(file): Path<String>,
    caller: Caller,
    RawQuery(raw): RawQuery,
    headers: axum::http::HeaderMap,
) -> Response {
    let lang = lang(None, &headers);
    if let Some(ext) = file
        .strip_prefix("scores.")
        .filter(|e| ["csv", "ndjson", "xlsx"].contains(e))
    {
        return super::ranking::scores_export(&state, &caller, raw.as_deref(), ext, lang).await;
    }
    let query = match read_query(raw.as_deref()) {
        Ok(q) => q,
        Err(e) => {
            let mut errors = app::domain::answers::FieldErrors::new();
            app::domain::answers::push_error(
                &mut errors,
                "query",
                app::i18n::UNKNOWN_FILTER.text_with(&[("detail", e.to_string().into())]),
            );
            return invalid(&errors, lang);
        }
    };
    let kind = match file.as_str() {
        "responses.csv" => Kind::Csv,
        "responses.ndjson" => Kind::Ndjson,
        "responses.xlsx" => Kind::Xlsx,
        "codebook.json" => Kind::Codebook,
        _ => {
            return error(StatusCode::NOT_FOUND, app::i18n::UNKNOWN_EXPORT.get(lang));
        }
    };
    let bom = query.bom;
    let plan = match export::plan(&state, &caller.actor, query).await {
        Ok(p) => p,
        Err(PlanError::Invalid(errors)) => return invalid(&errors, lang),
        Err(PlanError::App(e)) => return super::api::app_error(e, lang),
    };
    let detail = serde_json::json!({ "file": file, "filters": plan.query });
    if let Err(e) = crate::services::auth::audit(&state.db, &caller.actor, "export", detail).await {
        return super::api::app_error(e.into(), lang);
    }
    tracing::info!(actor = %caller.actor.email, file = %file, "export");
    match kind {
        Kind::Codebook => {
            let mut r = axum::Json(export::codebook(&plan)).into_response();
            r.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            r
        }
        kind => {
            // The row count up front, so a page can show progress.
            let rows = match export::count(&state, &plan).await {
                Ok(n) => n,
                Err(e) => return super::api::app_error(e.into(), lang),
            };
            let mut r = match kind {
                Kind::Xlsx => xlsx(state, plan).await,
                text => streamed(state, plan, text == Kind::Csv, bom),
            };
            r.headers_mut()
                .insert("x-export-rows", HeaderValue::from(rows));
            r
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Csv,
    Ndjson,
    Xlsx,
    Codebook,
}

fn attachment(content_type: &'static str, name: &str) -> [(header::HeaderName, HeaderValue); 4] {
    [
        (
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ),
        (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
        (
            header::CONTENT_DISPOSITION,
            HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")).expect("ASCII"),
        ),
        (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
    ]
}

fn file_name(plan: &Plan, ext: &str) -> String {
    let stamp = chrono::Utc::now().format("%Y%m%d-%H%M");
    format!(
        "persepsi-{}-v{}-{stamp}.{ext}",
        plan.instrument.key, plan.instrument.version
    )
}

/// CSV or NDJSON, a page at a time through a small channel: memory stays
/// that of one page however many rows there are.
fn streamed(state: ServerState, plan: Plan, csv: bool, bom: bool) -> Response {
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Bytes, std::io::Error>>(2);
    let header_row = export::header(&plan);
    let name = file_name(&plan, if csv { "csv" } else { "ndjson" });
    // Reading the next page overlaps with writing this one.
    let pages = pages(state, plan.clone());
    tokio::spawn(async move {
        let mut pages = pages;
        let mut buf = String::new();
        if csv {
            if bom {
                buf.push('\u{feff}');
            }
            let cells: Vec<Cell> = header_row.iter().map(|h| Cell::Text(h.into())).collect();
            export::csv_record(&mut buf, &cells);
        }
        while let Some(page) = pages.recv().await {
            let rows = match page {
                Ok(r) => r,
                Err(e) => {
                    tracing::error!(error = %e, "export stopped: database error");
                    let _ = tx.send(Err(std::io::Error::other(e))).await;
                    return;
                }
            };
            buf.reserve(rows.len() * 320);
            for r in &rows {
                let cells = export::row(&plan, r);
                if csv {
                    export::csv_record(&mut buf, &cells);
                } else {
                    export::ndjson_line(&mut buf, &header_row, &cells);
                }
            }
            if tx
                .send(Ok(Bytes::from(std::mem::take(&mut buf))))
                .await
                .is_err()
            {
                return; // The client went away.
            }
        }
        if !buf.is_empty() {
            let _ = tx.send(Ok(Bytes::from(buf))).await;
        }
    });
    // Fused: a compressing layer may poll again after the end.
    let body = Body::from_stream(
        futures_util::stream::unfold(rx, |mut rx| async move {
            rx.recv().await.map(|chunk| (chunk, rx))
        })
        .fuse(),
    );
    let content_type = if csv {
        "text/csv; charset=utf-8"
    } else {
        "application/x-ndjson"
    };
    (attachment(content_type, &name), body).into_response()
}

/// The pages of an export, read ahead by one on their own task.
fn pages(
    state: ServerState,
    plan: Plan,
) -> tokio::sync::mpsc::Receiver<Result<Vec<export::ExportRow>, String>> {
    let (tx, rx) = tokio::sync::mpsc::channel(1);
    tokio::spawn(async move {
        let mut after = None;
        loop {
            match export::page(&state, &plan, after).await {
                Ok(rows) => {
                    let full = rows.len() as u64 == export::PAGE;
                    after = rows.last().map(|l| (l.submitted_at, l.id));
                    if tx.send(Ok(rows)).await.is_err() || !full {
                        return;
                    }
                }
                Err(e) => {
                    let _ = tx.send(Err(e.to_string())).await;
                    return;
                }
            }
        }
    });
    rx
}

/// XLSX in the writer's constant-memory mode (rows go to a temporary file
/// as they are written), then the finished file is streamed.
async fn xlsx(state: ServerState, plan: Plan) -> Response {
    let name = file_name(&plan, "xlsx");
    let handle = tokio::runtime::Handle::current();
    let made = tokio::task::spawn_blocking(move || -> Result<tempfile::NamedTempFile, String> {
        use rust_xlsxwriter::Workbook;
        let mut book = Workbook::new();
        let header_row = export::header(&plan);
        {
            let sheet = book
                .add_worksheet_with_constant_memory()
                .map_err(|e| e.to_string())?;
            sheet.set_name("responses").map_err(|e| e.to_string())?;
            for (c, h) in header_row.iter().enumerate() {
                sheet
                    .write_string(0, c as u16, h)
                    .map_err(|e| e.to_string())?;
            }
            let mut row_no: u32 = 1;
            let mut after = None;
            loop {
                let rows = handle
                    .block_on(export::page(&state, &plan, after))
                    .map_err(|e| e.to_string())?;
                for r in &rows {
                    for (c, cell) in export::row(&plan, r).iter().enumerate() {
                        let col = c as u16;
                        let written = match cell {
                            Cell::Empty => continue,
                            Cell::Int(n) => sheet.write_number(row_no, col, *n as f64).map(|_| ()),
                            Cell::Bool(b) => sheet.write_boolean(row_no, col, *b).map(|_| ()),
                            Cell::Text(t) => sheet
                                .write_string(row_no, col, export::neutralise(t))
                                .map(|_| ()),
                        };
                        written.map_err(|e| e.to_string())?;
                    }
                    row_no += 1;
                }
                match rows.last() {
                    Some(last) if rows.len() as u64 == export::PAGE => {
                        after = Some((last.submitted_at, last.id))
                    }
                    _ => break,
                }
            }
        }
        // The codebook beside the data.
        let book_json = export::codebook(&plan);
        let sheet = book
            .add_worksheet_with_constant_memory()
            .map_err(|e| e.to_string())?;
        sheet.set_name("codebook").map_err(|e| e.to_string())?;
        for (c, h) in ["column", "kind", "text_id", "text_en"].iter().enumerate() {
            sheet
                .write_string(0, c as u16, *h)
                .map_err(|e| e.to_string())?;
        }
        let mut r = 1;
        if let Some(cols) = book_json["columns"].as_object() {
            for (k, v) in cols {
                sheet.write_string(r, 0, k).map_err(|e| e.to_string())?;
                sheet
                    .write_string(r, 3, v.as_str().unwrap_or(""))
                    .map_err(|e| e.to_string())?;
                r += 1;
            }
        }
        for q in book_json["questions"].as_array().into_iter().flatten() {
            for (c, key) in ["column", "kind", "text_id", "text_en"].iter().enumerate() {
                let v = q[key].as_str().unwrap_or("");
                sheet
                    .write_string(r, c as u16, export::neutralise(v))
                    .map_err(|e| e.to_string())?;
            }
            r += 1;
        }
        let file = tempfile::NamedTempFile::new().map_err(|e| e.to_string())?;
        book.save(file.path()).map_err(|e| e.to_string())?;
        Ok(file)
    })
    .await;
    let file = match made {
        Ok(Ok(f)) => f,
        Ok(Err(e)) => {
            tracing::error!(error = %e, "XLSX export failed");
            return super::api::app_error(AppError::internal(e), Lang::Id);
        }
        Err(e) => return super::api::app_error(AppError::internal(e), Lang::Id),
    };
    let reader = match tokio::fs::File::open(file.path()).await {
        Ok(f) => f,
        Err(e) => return super::api::app_error(AppError::internal(e), Lang::Id),
    };
    // The temporary file is removed once the last chunk is sent.
    let body = Body::from_stream(
        futures_util::stream::unfold((reader, Some(file)), |(mut reader, file)| async move {
            use tokio::io::AsyncReadExt;
            let mut buf = vec![0u8; 64 * 1024];
            match reader.read(&mut buf).await {
                Ok(0) => {
                    drop(file);
                    None
                }
                Ok(n) => {
                    buf.truncate(n);
                    Some((Ok::<_, std::io::Error>(Bytes::from(buf)), (reader, file)))
                }
                Err(e) => Some((Err(e), (reader, None))),
            }
        })
        .fuse(),
    );
    (
        attachment(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            &name,
        ),
        body,
    )
        .into_response()
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
    let instruments = match crate::store::admin::instruments(&state.db).await {
        Ok(i) => i,
        Err(e) => return admin_error(&state, &head, lang, Some(signed.who()), e.into()).await,
    };
    let instrument_keys: Vec<String> = {
        let mut keys: Vec<String> = instruments
            .iter()
            .filter_map(|(_, l)| {
                l.rsplit_once('(')
                    .map(|(_, k)| k.trim_end_matches(')').replace(" v", "@"))
            })
            .collect();
        keys.dedup();
        keys
    };
    let mut regions: Vec<String> = agencies.iter().map(|a| a.region.clone()).collect();
    regions.sort();
    regions.dedup();
    let agencies: Vec<(String, String)> = agencies.into_iter().map(|a| (a.slug, a.name)).collect();
    admin_page(&state, &head, lang, Some(signed.who()), i18n::EXPORTS.get(lang).to_string(), StatusCode::OK, move || {
        let opts = |list: &[(String, String)]| {
            list.iter()
                .map(|(v, l)| view! { <option value=v.clone()>{l.clone()}</option> })
                .collect_view()
        };
        let agencies = agencies.clone();
        let regions: Vec<(String, String)> = regions.iter().map(|r| (r.clone(), r.clone())).collect();
        let instruments: Vec<(String, String)> = instrument_keys.iter().map(|k| (k.clone(), k.clone())).collect();
        view! {
            <h1>{i18n::EXPORTS.get(lang)}</h1>
            <p class="lead">{i18n::EXPORTS_INTRO.get(lang)}</p>
            <form method="get" action="/admin/exports/download" class="admin-form">
                <div class="item">
                    <label for="in-instrument">{i18n::INSTRUMENT.get(lang)}</label>
                    <select id="in-instrument" name="instrument">{opts(&instruments)}</select>
                </div>
                <div class="item">
                    <label for="in-agency">{i18n::AGENCIES.get(lang)}</label>
                    <select id="in-agency" name="agency">
                        <option value="">{i18n::ALL.get(lang)}</option>
                        {opts(&agencies)}
                    </select>
                </div>
                <div class="item">
                    <label for="in-region">{i18n::REGION.get(lang)}</label>
                    <select id="in-region" name="region">
                        <option value="">{i18n::ALL.get(lang)}</option>
                        {opts(&regions)}
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
                    <label class="option" for="in-bom">
                        <input type="checkbox" id="in-bom" name="bom" value="true" />
                        <span>{i18n::EXCEL_BOM.get(lang)}</span>
                    </label>
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
    })
    .await
}
