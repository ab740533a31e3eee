//! The HTML document around every page.

use crate::domain::text::Lang;
use crate::i18n;
use leptos::config::LeptosOptions;
use leptos::prelude::*;
use std::sync::{Arc, Mutex};

/// The page's `<meta name="description">`: the page sets it while it is
/// built, before the document's head is written (see [`describe`]). The
/// renderer provides one per response.
#[derive(Clone, Debug, Default)]
pub struct Description(Arc<Mutex<Option<String>>>);

impl Description {
    fn take(&self) -> Option<String> {
        self.0.lock().ok().and_then(|mut d| d.take())
    }
}

/// Gives the page being rendered its description (search results, link
/// previews), in the page's language. Nothing happens outside a render.
pub fn describe(text: String) {
    if let Some(d) = use_context::<Description>()
        && let Ok(mut slot) = d.0.lock()
    {
        *slot = Some(text);
    }
}

/// A whole HTML document. `interactive` pages load the browser bundle to
/// hydrate their islands; the others ship no JavaScript at all. Without
/// `chrome` (embeds, posters) there is no footer. `options.output_name`
/// names the bundle's files and `css` the style sheet's (content-hashed
/// by the server). The body is built before the head is written, so that
/// its [`describe`] call is seen.
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
    let description = use_context::<Description>().and_then(|d| d.take());
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
