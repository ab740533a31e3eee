//! The HTML document around every page.

use crate::domain::text::Lang;
use crate::i18n;
use leptos::config::LeptosOptions;
use leptos::prelude::*;

/// A whole HTML document. `interactive` pages load the browser bundle to
/// hydrate their islands; the others ship no JavaScript at all. Without
/// `chrome` (embeds, posters) there is no footer. `options.output_name`
/// names the bundle's files and `css` the style sheet's (content-hashed
/// by the server).
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
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <title>{title}</title>
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
                            </footer>
                        }
                    })}
            </body>
        </html>
    }
}
