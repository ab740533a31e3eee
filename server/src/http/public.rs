//! The public pages around the form: thanks, results, the list of open
//! surveys, and the 404 page.

use super::extract::query;
use super::framing::{Mode, frame_policy};
use super::render::{Page, error_page, render};
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::client::lang;
use crate::services::scores;
use crate::store::levels;
use crate::store::tallies::Scope;
use app::i18n;
use app::pages::results::{ResultsPage, ResultsView};
use app::pages::thanks::ThanksPage;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, Request, StatusCode, header};
use axum::response::Response;
use leptos::prelude::*;
use std::sync::Arc;

/// `GET /s/{slug}/thanks`.
pub async fn thanks(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    req: Request<Body>,
) -> Result<Response, AppError> {
    thanks_in(state, slug, req, Mode::Page).await
}

/// The thanks page, on its own or framed (no footer; framed only by the
/// survey's allowed origins). The complaint channel is offered when the
/// answers told of maladministration (`?lapor`).
pub async fn thanks_in(
    state: ServerState,
    slug: String,
    req: Request<Body>,
    mode: Mode,
) -> Result<Response, AppError> {
    let (parts, _) = req.into_parts();
    let lang = lang(None, &parts.headers);
    let loaded = state.survey(&slug).await?;
    let title = loaded.survey.title.clone();
    let slug = loaded.survey.slug.clone();
    let complaint = query(&parts)
        .contains_key("lapor")
        .then(|| state.complaint_url.clone());
    let embed = mode == Mode::Embed;
    let mut r = render(
        &state,
        &parts,
        Page {
            status: StatusCode::OK,
            lang,
            title: format!("{} · {}", i18n::THANKS_TITLE.get(lang), i18n::PRODUCT),
            interactive: false,
            chrome: !embed,
            body: move || {
                view! {
                    <ThanksPage
                        slug=slug.clone()
                        title=title.clone()
                        lang=lang
                        embed=embed
                        complaint=complaint.clone()
                    />
                    {embed.then(|| view! { <script src="/embed-frame.js" defer></script> })}
                }
                .into_any()
            },
        },
    )
    .await;
    if embed {
        r.headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, frame_policy(&loaded));
    }
    Ok(r)
}

/// `GET /s/{slug}/results`: the public score.
pub async fn results(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    req: Request<Body>,
) -> Result<Response, AppError> {
    let (parts, _) = req.into_parts();
    let q = query(&parts);
    let lang = lang(q.get("lang").map(String::as_str), &parts.headers);
    let loaded = state.survey(&slug).await?;
    // `?period=2026-Q3` narrows to a period and compares it with the one
    // before; `?u=` to one unit. Values that mean nothing are ignored.
    let period = q
        .get("period")
        .filter(|p| app::domain::period::months(p).is_some())
        .cloned();
    let scope = Scope {
        months: period.as_deref().and_then(app::domain::period::months),
        unit_id: q.get("u").and_then(|u| loaded.unit(u)).map(|u| u.id),
        verified_only: false,
    };
    let scored = scores::with_previous(&state.db, &loaded, &scope, period.as_deref()).await?;
    let score = scored.now;
    let trend = scored.previous.map(|(before, p)| (before, p.estimate));
    let filter = levels::Filter {
        survey: Some(loaded.survey.slug.clone()),
        scope: Scope {
            unit_id: None,
            ..scope.clone()
        },
        ..Default::default()
    };
    let units = state
        .agency_scores(&filter)
        .await?
        .into_iter()
        .flat_map(|a| a.units)
        .map(|u| (u.unit.name, u.score.estimate))
        .collect();
    let view = Arc::new(ResultsView {
        units,
        period,
        trend,
        slug: loaded.survey.slug.clone(),
        title: loaded.survey.title.clone(),
        agency: loaded.agency.name.clone(),
        instrument: loaded.instrument.clone(),
        bands: loaded.bands.clone(),
        estimate: score.estimate,
        required: score.required,
        suspect: score.suspect,
        suspect_why: score.suspect_why.clone(),
        lang,
    });
    Ok(render(
        &state,
        &parts,
        Page {
            status: StatusCode::OK,
            lang,
            title: format!(
                "{} · {}",
                i18n::RESULTS_TITLE.get(lang),
                loaded.survey.title
            ),
            interactive: false,
            chrome: true,
            body: move || {
                app::shell::describe(describe(i18n::DESCRIBE_RESULTS, &view));
                view! { <ResultsPage view=view.clone() /> }.into_any()
            },
        },
    )
    .await)
}

fn describe(tr: i18n::Tr, v: &ResultsView) -> String {
    tr.with(
        v.lang,
        &[
            ("survey", v.title.clone().into()),
            ("agency", v.agency.clone().into()),
        ],
    )
}

/// `GET /`: the open surveys.
pub async fn home(
    State(state): State<ServerState>,
    req: Request<Body>,
) -> Result<Response, AppError> {
    let (parts, _) = req.into_parts();
    let lang = lang(
        query(&parts).get("lang").map(String::as_str),
        &parts.headers,
    );
    let open = crate::store::surveys::open_surveys(&state.db).await?;
    let list: Vec<(String, String)> = open.into_iter().map(|s| (s.slug, s.title)).collect();
    let heading = app::i18n::OPEN_SURVEYS.get(lang);
    Ok(render(
        &state,
        &parts,
        Page {
            status: StatusCode::OK,
            lang,
            title: i18n::PRODUCT.to_string(),
            interactive: false,
            chrome: true,
            body: move || {
                app::shell::describe(i18n::DESCRIBE_HOME.get(lang).to_string());
                let items = list
                    .iter()
                    .map(|(slug, title)| {
                        view! {
                            <li>
                                <a href=format!("/s/{slug}")>{title.clone()}</a>
                                " · "
                                <a href=format!("/s/{slug}/results")>{i18n::RESULTS_TITLE.get(lang)}</a>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <main class="page home">
                        <h1>{i18n::PRODUCT}</h1>
                        <h2>{heading}</h2>
                        <ul class="survey-list">{items}</ul>
                    </main>
                }
                .into_any()
            },
        },
    )
    .await)
}

/// Any other path: a 404 page.
pub async fn not_found(State(state): State<ServerState>, req: Request<Body>) -> Response {
    let (parts, _) = req.into_parts();
    let lang = lang(None, &parts.headers);
    let mut r = error_page(&state, &parts, lang, AppError::NotFound).await;
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

/// `GET /favicon.ico`: the product's mark (browsers ask for it on every
/// page; a 404 there is an error in each page's console).
pub async fn favicon() -> Response {
    let mut r = Response::new(Body::from(FAVICON));
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("image/vnd.microsoft.icon"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=86400"),
    );
    r
}

const FAVICON: &[u8] = include_bytes!("../../../public/favicon.ico");
