//! Creating a survey (a draft) and editing one: the form pages and the
//! posts that save it or show it again with its problems (422).

use super::survey_form::{choices, input_of, keep_definition, new_input, resolve, survey_form};
use super::{AdminPost, Signed, form_page_with};

use crate::dto::admin::SurveyInput;
use crate::error::AppError;
use crate::http::ServerState;
use crate::services::access::{self, Need};
use crate::store::admin::{self as repo, WriteError};
use app::domain::answers::{FieldErrors, push_error};
use app::i18n;
use app::pages::admin::FormView;
use axum::extract::{Path, State};
use axum::http::{StatusCode, request::Parts};
use axum::response::Response;

/// The survey form's page: the shared form, and the script that keeps its
/// band-table list fitting the questionnaire (the server checks it too).
async fn survey_page(
    state: &ServerState,
    head: &Parts,
    signed: &Signed,
    form: FormView,
    status: StatusCode,
) -> Response {
    let script = Some("/admin-survey-form.js");
    form_page_with(state, head, signed, form, status, script).await
}

/// `GET /admin/a/{agency}/surveys/new`.
pub async fn new_form(
    State(state): State<ServerState>,
    Path(a): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let agency = access::agency(&state.db, &signed.actor, &a, Need::Write).await?;
    let c = choices(&state, agency.id, signed.lang).await?;
    let f = survey_form(&signed, &a, None, &new_input(&c), &c, FieldErrors::new());
    Ok(survey_page(&state, &head, &signed, f, StatusCode::OK).await)
}

/// `POST /admin/a/{agency}/surveys/new`: a draft.
pub async fn create(
    State(state): State<ServerState>,
    Path(a): Path<String>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let AdminPost { signed, form, head } = post;
    let agency = access::agency(&state.db, &signed.actor, &a, Need::Write).await?;
    let c = choices(&state, agency.id, signed.lang).await?;
    let (input, valid, mut errors) = SurveyInput::read(&form, true);
    // A copy (`?from=`) carries the own questions of a survey of the same
    // agency.
    let from = match crate::http::extract::query(&head).get("from") {
        Some(slug) => repo_survey_of(&state, agency.id, slug).await?,
        None => None,
    };
    if let Some(fields) = resolve(&input, valid, &c, &mut errors) {
        match repo::create_survey(&state.db, agency.id, &input.slug, fields).await {
            Ok(()) => {
                tracing::info!(by = %signed.actor.user_id, survey = %input.slug, "survey created");
                if let (Some(from), Some(to)) =
                    (from, repo_survey_of(&state, agency.id, &input.slug).await?)
                {
                    crate::store::questions::copy(&state.db, from, to, state.clock.now()).await?;
                }
                return Ok(super::flash::saved(
                    &state,
                    &format!("/admin/s/{}", input.slug),
                ));
            }
            Err(WriteError::SlugTaken) => push_error(&mut errors, "slug", i18n::SLUG_TAKEN.text()),
            Err(WriteError::Database(e)) => return Err(e.into()),
        }
    }
    let mut f = survey_form(&signed, &a, None, &input, &c, errors);
    if let Some(slug) = crate::http::extract::query(&head)
        .get("from")
        .filter(|s| crate::store::surveys::is_slug(s))
    {
        f.action = format!("{}?from={slug}", f.action);
    }
    Ok(survey_page(&state, &head, &signed, f, StatusCode::UNPROCESSABLE_ENTITY).await)
}

/// The id of the agency's survey with this slug.
async fn repo_survey_of(
    state: &ServerState,
    agency_id: uuid::Uuid,
    slug: &str,
) -> Result<Option<uuid::Uuid>, AppError> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let s = crate::store::entities::survey::Entity::find()
        .filter(crate::store::entities::survey::Column::Slug.eq(slug))
        .filter(crate::store::entities::survey::Column::AgencyId.eq(agency_id))
        .one(&state.db)
        .await?;
    Ok(s.map(|s| s.id))
}

/// `GET /admin/s/{slug}/edit`.
pub async fn edit_form(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let (agency, s) = access::survey(&state.db, &signed.actor, &slug, Need::Write).await?;
    let mut c = choices(&state, agency.id, signed.lang).await?;
    c.kept_bands = Some(s.band_table_id);
    let chosen = repo::survey_unit_ids(&state.db, s.id).await?;
    let input = input_of(&s, &c.units, &chosen);
    let f = survey_form(
        &signed,
        &agency.slug,
        Some(&s),
        &input,
        &c,
        FieldErrors::new(),
    );
    Ok(survey_page(&state, &head, &signed, f, StatusCode::OK).await)
}

/// `GET /admin/s/{slug}/copy`: a new survey for another period, the form
/// filled in from this one (title, questionnaire, band table, method,
/// units, websites, repeat rule, photo), with a new address code and
/// dates to choose; it posts as "Buat survei" does and starts as a draft.
pub async fn copy_form(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let (agency, s) = access::survey(&state.db, &signed.actor, &slug, Need::Write).await?;
    let c = choices(&state, agency.id, signed.lang).await?;
    let chosen = repo::survey_unit_ids(&state.db, s.id).await?;
    let input = SurveyInput {
        slug: String::new(),
        opens: String::new(),
        closes: String::new(),
        ..input_of(&s, &c.units, &chosen)
    };
    let mut f = survey_form(&signed, &agency.slug, None, &input, &c, FieldErrors::new());
    f.title = i18n::SURVEY_COPY_TITLE.with(signed.lang, &[("title", s.title.clone().into())]);
    f.intro = Some(i18n::SURVEY_COPY_INTRO.get(signed.lang).to_string());
    f.back = Some(format!("/admin/s/{slug}"));
    f.action = format!("{}?from={slug}", f.action);
    Ok(survey_page(&state, &head, &signed, f, StatusCode::OK).await)
}

/// `POST /admin/s/{slug}/edit`. An open survey keeps its instrument and
/// band table whatever is posted.
pub async fn update(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let AdminPost { signed, form, head } = post;
    let (agency, s) = access::survey(&state.db, &signed.actor, &slug, Need::Write).await?;
    let mut c = choices(&state, agency.id, signed.lang).await?;
    c.kept_bands = Some(s.band_table_id);
    let (mut input, valid, mut errors) = SurveyInput::read(&form, false);
    keep_definition(&s, &mut input, &mut errors);
    if let Some(fields) = resolve(&input, valid, &c, &mut errors) {
        repo::update_survey(&state.db, s.id, fields).await?;
        state.surveys_changed();
        return Ok(super::flash::saved(&state, &format!("/admin/s/{slug}")));
    }
    let f = survey_form(&signed, &agency.slug, Some(&s), &input, &c, errors);
    Ok(survey_page(&state, &head, &signed, f, StatusCode::UNPROCESSABLE_ENTITY).await)
}
