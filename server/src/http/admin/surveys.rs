//! Publishing a survey: create a draft, edit it, open it to citizens,
//! close it; its QR codes, posters and embed snippet.

use super::{AdminPost, Signed, admin_error, admin_page, form_page, public_base, see, shown};
use crate::ServerState;
use crate::dto::admin::{SurveyInput, SurveyValid};
use crate::error::AppError;
use crate::services::access::{self, Need};
use crate::store::admin::{self as repo, SurveyFields, WriteError};
use crate::store::entities::{agency, service_unit, survey};
use app::domain::answers::{FieldErrors, push_error};
use app::i18n;
use app::pages::admin::poster::{PosterPage, PosterView};
use app::pages::admin::survey::{SurveyAdminPage, SurveyAdminView};
use app::pages::admin::{Field, FormView, Input};
use axum::extract::{Path, State};
use axum::http::{StatusCode, request::Parts};
use axum::response::Response;
use leptos::prelude::*;
use uuid::Uuid;

/// What the survey form offers.
struct Choices {
    instruments: Vec<(Uuid, String)>,
    bands: Vec<(Uuid, String)>,
    units: Vec<service_unit::Model>,
}

async fn choices(state: &ServerState, agency_id: Uuid) -> Result<Choices, AppError> {
    Ok(Choices {
        instruments: repo::instruments(&state.db).await?,
        bands: repo::band_tables(&state.db).await?,
        units: repo::units(&state.db, agency_id).await?,
    })
}

fn date_of(t: Option<chrono::DateTime<chrono::Utc>>, end: bool) -> String {
    t.map(|t| {
        let local = t + chrono::Duration::hours(7) - chrono::Duration::seconds(i64::from(end));
        local.format("%Y-%m-%d").to_string()
    })
    .unwrap_or_default()
}

fn survey_form(
    signed: &Signed,
    agency_slug: &str,
    existing: Option<&survey::Model>,
    input: &SurveyInput,
    c: &Choices,
    errors: FieldErrors,
) -> FormView {
    let lang = signed.lang;
    let locked = existing.is_some_and(|s| s.status != "draft");
    let label = |list: &[(Uuid, String)], id: &str| {
        list.iter()
            .find(|(i, _)| i.to_string() == id)
            .map(|(_, l)| l.clone())
            .unwrap_or_default()
    };
    let select = |list: &[(Uuid, String)]| {
        Input::Select(
            list.iter()
                .map(|(i, l)| (i.to_string(), l.clone()))
                .collect(),
        )
    };
    let mut fields: Vec<Field> = super::slug_field(existing.is_none(), &input.slug)
        .into_iter()
        .collect();
    fields.push(Field::new("title", i18n::TITLE, Input::Text, input.title.clone()).required());
    if locked {
        fields.push(
            Field::new(
                "instrument",
                i18n::INSTRUMENT,
                Input::Fixed,
                label(&c.instruments, &input.instrument),
            )
            .help(i18n::INSTRUMENT_LOCKED),
        );
        fields.push(Field::new(
            "bands",
            i18n::BAND_TABLE,
            Input::Fixed,
            label(&c.bands, &input.bands),
        ));
    } else {
        fields.push(
            Field::new(
                "instrument",
                i18n::INSTRUMENT,
                select(&c.instruments),
                input.instrument.clone(),
            )
            .required(),
        );
        fields.push(
            Field::new(
                "bands",
                i18n::BAND_TABLE,
                select(&c.bands),
                input.bands.clone(),
            )
            .required(),
        );
    }
    fields.extend([
        Field::new(
            "units",
            i18n::UNITS,
            Input::Checks(
                c.units
                    .iter()
                    .map(|u| (u.slug.clone(), u.name.clone()))
                    .collect(),
            ),
            input.units.join("\n"),
        )
        .required(),
        Field::new("opens", i18n::OPENS, Input::Date, input.opens.clone()).help(i18n::DATE_HELP),
        Field::new("closes", i18n::CLOSES, Input::Date, input.closes.clone()).help(i18n::DATE_HELP),
        Field::new(
            "origins",
            i18n::EMBED_ORIGINS,
            Input::Textarea,
            input.origins.clone(),
        )
        .help(i18n::EMBED_ORIGINS_HELP),
        Field::new(
            "device_policy",
            i18n::DEVICE_POLICY,
            Input::Select(vec![
                ("allow".into(), i18n::POLICY_ALLOW.get(lang).into()),
                ("flag".into(), i18n::POLICY_FLAG.get(lang).into()),
                ("reject".into(), i18n::POLICY_REJECT.get(lang).into()),
            ]),
            input.device_policy.clone(),
        ),
    ]);
    FormView {
        title: match existing {
            None => i18n::SURVEY_NEW.get(lang).to_string(),
            Some(_) => i18n::SURVEY_EDIT.get(lang).to_string(),
        },
        intro: None,
        action: match existing {
            None => format!("/admin/a/{agency_slug}/surveys/new"),
            Some(s) => format!("/admin/s/{}/edit", s.slug),
        },
        fields,
        submit: i18n::SAVE,
        errors,
        csrf: signed.actor.csrf.clone(),
        back: Some(match existing {
            None => format!("/admin/a/{agency_slug}"),
            Some(s) => format!("/admin/s/{}", s.slug),
        }),
        notice: None,
    }
}

/// Resolves the form's choices against what exists; problems go to
/// `errors`.
fn resolve(
    input: &SurveyInput,
    valid: SurveyValid,
    c: &Choices,
    errors: &mut FieldErrors,
) -> Option<SurveyFields> {
    let pick = |list: &[(Uuid, String)], raw: &str| {
        list.iter().map(|(i, _)| *i).find(|i| i.to_string() == raw)
    };
    let instrument = pick(&c.instruments, &input.instrument);
    if instrument.is_none() {
        push_error(errors, "instrument", i18n::BAD_CHOICE.text());
    }
    let bands = pick(&c.bands, &input.bands);
    if bands.is_none() {
        push_error(errors, "bands", i18n::BAD_CHOICE.text());
    }
    let mut unit_ids = Vec::new();
    for slug in &input.units {
        match c.units.iter().find(|u| &u.slug == slug) {
            Some(u) if !unit_ids.contains(&u.id) => unit_ids.push(u.id),
            Some(_) => {}
            None => {
                push_error(errors, "units", i18n::BAD_CHOICE.text());
                break;
            }
        }
    }
    if !errors.is_empty() {
        return None;
    }
    Some(SurveyFields {
        title: input.title.clone(),
        instrument_id: instrument?,
        band_table_id: bands?,
        unit_ids,
        opens_at: valid.opens_at,
        closes_at: valid.closes_at,
        origins: valid.origins,
        device_policy: input.device_policy.clone(),
    })
}

/// `GET /admin/a/{agency}/surveys/new`.
pub async fn new_form(
    State(state): State<ServerState>,
    Path(a): Path<String>,
    signed: Signed,
    head: Parts,
) -> Response {
    let result = async {
        let agency = access::agency(&state.db, &signed.actor, &a, Need::Write).await?;
        choices(&state, agency.id).await
    }
    .await;
    let c = match result {
        Ok(c) => c,
        Err(e) => return admin_error(&state, &head, signed.lang, Some(signed.who()), e).await,
    };
    let input = SurveyInput {
        instrument: c
            .instruments
            .first()
            .map(|(i, _)| i.to_string())
            .unwrap_or_default(),
        // The newest of ORI's tables suits the default instrument (the
        // maladministration perception survey).
        bands: c
            .bands
            .iter()
            .rfind(|(_, label)| label.contains("(ori-"))
            .or(c.bands.first())
            .map(|(i, _)| i.to_string())
            .unwrap_or_default(),
        units: c.units.iter().map(|u| u.slug.clone()).collect(),
        device_policy: "allow".into(),
        ..SurveyInput::default()
    };
    let f = survey_form(&signed, &a, None, &input, &c, FieldErrors::new());
    form_page(&state, &head, &signed, f, StatusCode::OK).await
}

/// `POST /admin/a/{agency}/surveys/new`: a draft.
pub async fn create(
    State(state): State<ServerState>,
    Path(a): Path<String>,
    post: AdminPost,
) -> Response {
    let AdminPost { signed, form, head } = post;
    let result = async {
        let agency = access::agency(&state.db, &signed.actor, &a, Need::Write).await?;
        let c = choices(&state, agency.id).await?;
        Ok::<_, AppError>((agency, c))
    }
    .await;
    let (agency, c) = match result {
        Ok(x) => x,
        Err(e) => return admin_error(&state, &head, signed.lang, Some(signed.who()), e).await,
    };
    let (input, valid, mut errors) = SurveyInput::read(&form, true);
    if let Some(fields) = resolve(&input, valid, &c, &mut errors) {
        match repo::create_survey(&state.db, agency.id, &input.slug, fields).await {
            Ok(()) => {
                tracing::info!(by = %signed.actor.user_id, survey = %input.slug, "survey created");
                return see(&format!("/admin/s/{}", input.slug));
            }
            Err(WriteError::SlugTaken) => push_error(&mut errors, "slug", i18n::SLUG_TAKEN.text()),
            Err(WriteError::Database(e)) => {
                return admin_error(&state, &head, signed.lang, Some(signed.who()), e.into()).await;
            }
        }
    }
    let f = survey_form(&signed, &a, None, &input, &c, errors);
    form_page(&state, &head, &signed, f, StatusCode::UNPROCESSABLE_ENTITY).await
}

fn input_of(s: &survey::Model, units: &[service_unit::Model], chosen: &[Uuid]) -> SurveyInput {
    SurveyInput {
        slug: s.slug.clone(),
        title: s.title.clone(),
        instrument: s.instrument_id.to_string(),
        bands: s.band_table_id.to_string(),
        units: units
            .iter()
            .filter(|u| chosen.contains(&u.id))
            .map(|u| u.slug.clone())
            .collect(),
        opens: date_of(s.opens_at, false),
        closes: date_of(s.closes_at, true),
        origins: s
            .embed_origins
            .split_whitespace()
            .collect::<Vec<_>>()
            .join("\n"),
        device_policy: s.device_policy.clone(),
    }
}

/// `GET /admin/s/{slug}/edit`.
pub async fn edit_form(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Response {
    let result = async {
        let (agency, s) = access::survey(&state.db, &signed.actor, &slug, Need::Write).await?;
        let c = choices(&state, agency.id).await?;
        let chosen = repo::survey_unit_ids(&state.db, s.id).await?;
        Ok::<_, AppError>((agency, s, c, chosen))
    }
    .await;
    let (agency, s, c, chosen) = match result {
        Ok(x) => x,
        Err(e) => return admin_error(&state, &head, signed.lang, Some(signed.who()), e).await,
    };
    let input = input_of(&s, &c.units, &chosen);
    let f = survey_form(
        &signed,
        &agency.slug,
        Some(&s),
        &input,
        &c,
        FieldErrors::new(),
    );
    form_page(&state, &head, &signed, f, StatusCode::OK).await
}

/// `POST /admin/s/{slug}/edit`. An open survey keeps its instrument and
/// band table whatever is posted.
pub async fn update(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    post: AdminPost,
) -> Response {
    let AdminPost { signed, form, head } = post;
    let result = async {
        let (agency, s) = access::survey(&state.db, &signed.actor, &slug, Need::Write).await?;
        let c = choices(&state, agency.id).await?;
        Ok::<_, AppError>((agency, s, c))
    }
    .await;
    let (agency, s, c) = match result {
        Ok(x) => x,
        Err(e) => return admin_error(&state, &head, signed.lang, Some(signed.who()), e).await,
    };
    let (mut input, valid, mut errors) = SurveyInput::read(&form, false);
    if s.status != "draft" {
        let posted = (input.instrument.clone(), input.bands.clone());
        input.instrument = s.instrument_id.to_string();
        input.bands = s.band_table_id.to_string();
        if (!posted.0.is_empty() && posted.0 != input.instrument)
            || (!posted.1.is_empty() && posted.1 != input.bands)
        {
            push_error(&mut errors, "instrument", i18n::INSTRUMENT_LOCKED.text());
        }
    }
    if let Some(fields) = resolve(&input, valid, &c, &mut errors) {
        return match repo::update_survey(&state.db, s.id, fields).await {
            Ok(()) => {
                state.surveys_changed();
                see(&format!("/admin/s/{slug}"))
            }
            Err(e) => admin_error(&state, &head, signed.lang, Some(signed.who()), e.into()).await,
        };
    }
    let f = survey_form(&signed, &agency.slug, Some(&s), &input, &c, errors);
    form_page(&state, &head, &signed, f, StatusCode::UNPROCESSABLE_ENTITY).await
}

async fn admin_view(
    state: &ServerState,
    head: &Parts,
    signed: &Signed,
    agency: agency::Model,
    s: survey::Model,
) -> Result<SurveyAdminView, AppError> {
    let units = repo::units(&state.db, agency.id).await?;
    let chosen = repo::survey_unit_ids(&state.db, s.id).await?;
    let instruments = repo::instruments(&state.db).await?;
    let bands = repo::band_tables(&state.db).await?;
    let name = |list: &[(Uuid, String)], id: Uuid| {
        list.iter()
            .find(|(i, _)| *i == id)
            .map(|(_, l)| l.clone())
            .unwrap_or_default()
    };
    Ok(SurveyAdminView {
        responses: repo::response_count(&state.db, s.id).await?,
        can_write: signed.actor.check(&agency, Need::Write).is_ok(),
        instrument: name(&instruments, s.instrument_id),
        bands: name(&bands, s.band_table_id),
        units: units
            .into_iter()
            .filter(|u| chosen.contains(&u.id))
            .map(|u| (u.slug, u.name))
            .collect(),
        base: public_base(state, head),
        origins: s
            .embed_origins
            .split_whitespace()
            .map(str::to_string)
            .collect(),
        csrf: signed.actor.csrf.clone(),
        slug: s.slug,
        title: s.title,
        agency: (agency.name, agency.slug),
        status: s.status,
    })
}

/// `GET /admin/s/{slug}`.
pub async fn show(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Response {
    let result = async {
        let (agency, s) = access::survey(&state.db, &signed.actor, &slug, Need::Read).await?;
        admin_view(&state, &head, &signed, agency, s).await
    }
    .await;
    shown(
        &state,
        &head,
        &signed,
        result,
        |v| v.title.clone(),
        |v, lang| view! { <SurveyAdminPage view=v lang=lang /> }.into_any(),
    )
    .await
}

/// `POST /admin/s/{slug}/status`: draft → open → closed.
pub async fn status(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    post: AdminPost,
) -> Response {
    let AdminPost { signed, form, head } = post;
    let lang = signed.lang;
    let s = match access::survey(&state.db, &signed.actor, &slug, Need::Write).await {
        Ok((_, s)) => s,
        Err(e) => return admin_error(&state, &head, lang, Some(signed.who()), e).await,
    };
    let from = match form.get("to") {
        "open" => "draft",
        "closed" => "open",
        _ => "",
    };
    match repo::set_status(&state.db, s.id, from, form.get("to")).await {
        Ok(true) => {
            state.surveys_changed();
            tracing::info!(by = %signed.actor.user_id, survey = %slug, to = form.get("to"), "survey status changed");
            see(&format!("/admin/s/{slug}"))
        }
        Ok(false) => {
            let back = format!("/admin/s/{slug}");
            admin_page(
                &state,
                &head,
                lang,
                Some(signed.who()),
                i18n::STATUS.get(lang).to_string(),
                StatusCode::CONFLICT,
                move || {
                    view! {
                    <h1>{i18n::STATUS.get(lang)}</h1>
                    <p class="field-error" role="alert">{i18n::STATUS_CHANGE_BAD.get(lang)}</p>
                    <p><a class="button secondary" href=back.clone()>{i18n::BACK.get(lang)}</a></p>
                }
                .into_any()
                },
            )
            .await
        }
        Err(e) => admin_error(&state, &head, lang, Some(signed.who()), e.into()).await,
    }
}

/// `GET /admin/s/{slug}/poster?u=`: an A4 poster for the counter.
pub async fn poster(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Response {
    let lang = signed.lang;
    let q = crate::http::extract::query(&head);
    let result = async {
        let (agency, s) = access::survey(&state.db, &signed.actor, &slug, Need::Read).await?;
        let unit = match q.get("u") {
            Some(u) => {
                let chosen = repo::survey_unit_ids(&state.db, s.id).await?;
                Some(
                    repo::units(&state.db, agency.id)
                        .await?
                        .into_iter()
                        .find(|x| &x.slug == u && chosen.contains(&x.id))
                        .ok_or(AppError::NotFound)?,
                )
            }
            None => None,
        };
        let url = format!(
            "{}/s/{}{}",
            public_base(&state, &head),
            s.slug,
            unit.as_ref()
                .map(|u| format!("?u={}", u.slug))
                .unwrap_or_default()
        );
        let qr_svg = crate::services::qr::svg(&url).map_err(AppError::internal)?;
        Ok::<_, AppError>(PosterView {
            agency: agency.name,
            unit: unit.map(|u| u.name),
            title: s.title,
            url,
            qr_svg,
        })
    }
    .await;
    let view = match result {
        Ok(v) => v,
        Err(e) => return admin_error(&state, &head, lang, Some(signed.who()), e).await,
    };
    let title = format!("{} · {}", i18n::POSTER.get(lang), view.title);
    super::super::render::render(
        &state,
        &head,
        super::super::render::Page {
            status: StatusCode::OK,
            lang,
            title,
            interactive: false,
            chrome: false,
            body: move || view! { <PosterPage view=view.clone() lang=lang /> }.into_any(),
        },
    )
    .await
}
