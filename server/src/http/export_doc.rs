//! The exports as the API document shows them. One route serves every
//! export file ([`super::exports::download`]), but the responses, the
//! scores and the codebook take different filters, so the document
//! describes them as three operations; these functions only carry their
//! descriptions and are never routed.

#![allow(dead_code)]

use crate::services::export::ExportQuery;
use crate::services::ranking::RankQuery;

/// `GET /api/v1/exports/responses.{format}`.
#[utoipa::path(
    get,
    path = "/api/v1/exports/responses.{format}",
    tag = "assessors",
    summary = "Stream the responses: one row per response, one column per item",
    params(
        ("format" = String, Path, description = "csv, ndjson or xlsx", pattern = "^(csv|ndjson|xlsx)$"),
        ExportQuery,
    ),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The file, streamed; every export is written to the audit log"),
        (status = 401, description = "No valid API token"),
        (status = 404, description = "An unknown format, or an agency or survey outside the token's reach"),
        (status = 422, description = "A filter is wrong"),
        (status = 503, description = "The database is unavailable; see Retry-After"),
    )
)]
fn responses() {}

/// `GET /api/v1/exports/scores.{format}`.
#[utoipa::path(
    get,
    path = "/api/v1/exports/scores.{format}",
    tag = "assessors",
    summary = "Stream the ranking: every provider or unit with its score (the filters of /api/v1/ranking)",
    params(
        ("format" = String, Path, description = "csv, ndjson or xlsx", pattern = "^(csv|ndjson|xlsx)$"),
        ("bom" = Option<bool>, Query, description = "CSV only: start with a byte-order mark, for Excel (the default of the admin pages' downloads; the API leaves it out unless true)"),
        ("flavour" = Option<String>, Query, description = "CSV only: `plain` (the API's default: RFC 4180, `,` between cells, decimal point) or `excel` (the admin pages' default: `;` between cells and a decimal comma, as Excel in the Indonesian locale reads them); empty or left out: the default", pattern = "^(excel|plain)?$"),
        RankQuery,
    ),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The file, streamed; every export is written to the audit log"),
        (status = 401, description = "No valid API token"),
        (status = 404, description = "An unknown format"),
        (status = 422, description = "A filter is wrong"),
        (status = 503, description = "The database is unavailable; see Retry-After"),
    )
)]
fn scores() {}

/// `GET /api/v1/exports/codebook.json`.
#[utoipa::path(
    get,
    path = "/api/v1/exports/codebook.json",
    tag = "assessors",
    summary = "What every column of the responses export means, for the filters given",
    params(ExportQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The codebook"),
        (status = 401, description = "No valid API token"),
        (status = 404, description = "An agency or survey outside the token's reach"),
        (status = 422, description = "A filter is wrong"),
        (status = 503, description = "The database is unavailable; see Retry-After"),
    )
)]
fn codebook() {}
