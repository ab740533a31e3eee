//! The HTML document around every page.

use crate::domain::text::Lang;
use crate::i18n;
use leptos::config::LeptosOptions;
use leptos::prelude::*;
use std::sync::{Arc, Mutex};

/// What the page puts in the document's head: it sets them while it is
/// built, before the head is written (see [`describe`], [`installable`]).
/// The renderer provides one per response.
#[derive(Clone, Debug, Default)]
pub struct Head(Arc<Mutex<HeadParts>>);

/// The head's parts a page may set.
#[derive(Clone, Debug, Default)]
struct HeadParts {
    /// `<meta name="description">`.
    description: Option<String>,
    /// `<link rel="manifest">`: the page can be installed as an app.
    manifest: Option<String>,
}

impl Head {
    fn take(&self) -> HeadParts {
        self.0
            .lock()
            .map(|mut p| std::mem::take(&mut *p))
            .unwrap_or_default()
    }

    fn set(f: impl FnOnce(&mut HeadParts)) {
        if let Some(h) = use_context::<Head>()
            && let Ok(mut parts) = h.0.lock()
        {
            f(&mut parts);
        }
    }
}

/// Gives the page being rendered its description (search results, link
/// previews), in the page's language. Nothing happens outside a render.
pub fn describe(text: String) {
    Head::set(|p| p.description = Some(text));
}

/// Makes the page being rendered installable as an app, by the web app
/// manifest at `manifest`.
pub fn installable(manifest: &str) {
    Head::set(|p| p.manifest = Some(manifest.to_string()));
}

/// A whole HTML document. `interactive` pages load the browser bundle to
/// hydrate their islands; the others ship no JavaScript at all. Without
/// `chrome` (embeds, posters) there is no footer. `options.output_name`
/// names the bundle's files and `css` the style sheet's (content-hashed
/// by the server). The body is built before the head is written, so that
/// its [`describe`] and [`installable`] calls are seen.
pub fn document(
    options: LeptosOptions,
    css: String,
    lang: Lang,
    title: String,
    interactive: bool,
    chrome: bool,
    body: AnyView,
) -> impl IntoView {
    let css = format!("/{}/{css}", options.site_pkg_dir);
    let head = use_context::<Head>().map(|h| h.take()).unwrap_or_default();
    let description = head.description;
    let manifest = head.manifest;
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <title>{title}</title>
                {description.map(|d| view! { <meta name="description" content=d /> })}
                <link rel="icon" href="/favicon.ico" sizes="32x32" />
                {manifest.map(|m| view! {
                    <link rel="manifest" href=m />
                    <meta name="theme-color" content="#0b5cad" />
                    <link rel="apple-touch-icon" href="/icon-192.png" />
                })}
                <link rel="stylesheet" href=css />
                {interactive
                    .then(|| {
                        view! {
                            <AutoReload options=options.clone() />
                            <HydrationScripts options=options.clone() islands=true />
                        }
                    })}
            </head>
            <body class=if chrome { "" } else { "bare" }>
                {body}
                {chrome
                    .then(|| {
                        view! {
                            <footer class="site-footer">
                                <p>{i18n::FOOTER.get(lang)}</p>
                                <p><a href="/api/docs">{i18n::API_DOCS_READ.get(lang)}</a></p>
                            </footer>
                        }
                    })}
            </body>
        </html>
    }
}
