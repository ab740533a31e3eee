//! The public pages around the form: thanks, the list of open surveys,
//! and the 404 page (the results are in `results_page.rs`).

use super::extract::query;
use super::framing::{Mode, render_shown};
use super::render::{Page, error_page, render};
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::client::lang;
use app::i18n;
use app::pages::thanks::ThanksPage;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, Request, StatusCode, header};
use axum::response::Response;
use leptos::prelude::*;

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
    let r = render_shown(
        &state,
        &parts,
        &loaded,
        if embed { Mode::Embed } else { Mode::Page },
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
    Ok(r)
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
