//! `GET /api/openapi.json`: the OpenAPI 3 document of the JSON API,
//! generated from the handlers' annotations and the DTO types, so it
//! cannot drift from the code.

use axum::Json;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

/// The document.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Persepsi API",
        description = "Public-service perception surveys: questions and responses for queue systems and kiosks, scores with their uncertainty, rankings and exports for assessors. Messages follow Accept-Language (Indonesian by default). Tokens: `persepsi api-token` (an agency's) or /admin/tokens (an account's); each has an end date (an expired one is refused with 401) and may be read-only (refused with 403 wherever data changes). Documentation for people: /api/docs.",
        license(name = "AGPL-3.0-or-later")
    ),
    paths(
        super::api::definition,
        super::api::submit,
        super::scores::survey,
        super::scores::levels,
        super::ranking::api,
        super::export_doc::responses,
        super::export_doc::scores,
        super::export_doc::codebook,
        super::codes::generate,
        super::import::import,
        super::health::healthz,
        super::health::readyz,
        super::listing::agencies,
        super::listing::units,
        super::listing::surveys,
        super::open_data::csv,
        super::opinion_api::opinion,
    ),
    components(schemas(
        crate::dto::survey::SurveyDto,
        crate::dto::survey::ItemDto,
        crate::dto::survey::OptionDto,
        crate::dto::survey::UnitDto,
        crate::dto::submission::ApiSubmission,
        crate::dto::submission::ImportRequest,
        crate::dto::submission::ImportedResponse,
        app::views::score::ScoreDto,
        app::views::score::ItemScoreDto,
        app::views::score::BandDto,
        app::views::score::TrendDto,
        app::views::score_forms::PrevalenceDto,
        app::views::score_forms::PredicateDto,
        crate::dto::levels::LevelScoresDto,
        crate::dto::levels::AgencyScoresDto,
        crate::dto::levels::UnitScoreDto,
        crate::dto::levels::MeanOfUnitsDto,
        super::codes::CodeRequest,
        crate::dto::listing::AgencyItem,
        crate::dto::listing::AgencyList,
        crate::dto::listing::UnitItem,
        crate::dto::listing::UnitList,
        crate::dto::listing::SurveyItem,
        crate::dto::listing::SurveyList,
        crate::dto::listing::StatusFilter,
        crate::dto::opinion::OpinionDto,
        crate::dto::opinion::OpinionComponentDto,
        crate::dto::opinion::OpinionPartDto,
        crate::dto::opinion::OpinionLabelDto,
        crate::dto::opinion::DisagreementDto,
    )),
    modifiers(&Bearer, &Periods),
    tags(
        (name = "citizens", description = "Answering a survey"),
        (name = "scores", description = "Public scores"),
        (name = "assessors", description = "Rankings and exports (token)"),
        (name = "agencies", description = "Service codes (agency token)"),
        (name = "operations", description = "Health"),
        (name = "listings", description = "Agencies, units and surveys: what is published, for anyone; with a token, also drafts within its reach"),
    )
)]
pub struct ApiDoc;

struct Bearer;

impl Modify for Bearer {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        if let Some(components) = openapi.components.as_mut() {
            components.add_security_scheme(
                "bearer",
                SecurityScheme::Http(
                    HttpBuilder::new()
                        .scheme(HttpAuthScheme::Bearer)
                        .bearer_format("psp_…")
                        .build(),
                ),
            );
        }
    }
}

/// Every `period` parameter is written the one way the server reads it.
struct Periods;

impl Modify for Periods {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{RefOr, Schema};
        let operations = openapi
            .paths
            .paths
            .values_mut()
            .flat_map(|item| [&mut item.get, &mut item.post])
            .flatten();
        for op in operations {
            let params = op.parameters.iter_mut().flatten();
            for p in params.filter(|p| p.name == "period") {
                if let Some(RefOr::T(Schema::Object(o))) = p.schema.as_mut() {
                    o.pattern = Some(app::domain::period::FILTER_PATTERN.to_string());
                }
            }
        }
    }
}

/// The handler.
pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
