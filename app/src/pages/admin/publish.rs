//! Choosing what the agency's public page shows: a survey's finished
//! periods, each published or not, changed one at a time after a
//! confirmation.

use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;

/// Everything the page shows.
#[derive(Clone, Debug)]
pub struct PublishView {
    /// The survey's slug and title.
    pub survey: (String, String),
    /// The agency's slug (for its public page).
    pub agency: String,
    /// Finished periods, newest first, and whether each is published.
    pub periods: Vec<(String, bool)>,
    /// Whether this account may change it.
    pub can_write: bool,
    /// Anti-forgery token.
    pub csrf: String,
}

/// The page.
#[component]
pub fn PublishPage(view: PublishView, lang: Lang) -> impl IntoView {
    let slug = view.survey.0.clone();
    let rows = view
        .periods
        .iter()
        .map(|(p, published)| {
            let (state, verb, action) = if *published {
                (i18n::PUBLISH_PUBLISHED, i18n::PUBLISH_WITHDRAW, "withdraw")
            } else {
                (i18n::PUBLISH_NOT, i18n::PUBLISH_DO, "publish")
            };
            let form = view.can_write.then(|| {
                view! {
                    <form method="post" action=format!("/admin/s/{slug}/publish")>
                        <input type="hidden" name="csrf" value=view.csrf.clone() />
                        <input type="hidden" name="period" value=p.clone() />
                        <input type="hidden" name="action" value=action />
                        <label class="confirm">
                            <input type="checkbox" name="confirm" value="yes" required=true />
                            {i18n::PUBLISH_CONFIRM.get(lang)}
                        </label>
                        <button type="submit" class="button secondary">{verb.get(lang)}<span class="visually-hidden">" "{p.clone()}</span></button>
                    </form>
                }
            });
            view! {
                <tr>
                    <th scope="row">{p.clone()}</th>
                    <td>{state.get(lang)}</td>
                    <td>{form}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="agency"><a href=format!("/admin/s/{slug}")>{view.survey.1.clone()}</a></p>
        <h1>{i18n::PUBLISH_TITLE.get(lang)}</h1>
        <p class="lead">{i18n::PUBLISH_INTRO.get(lang)}</p>
        <p><a href=format!("/p/{}", view.agency)>{i18n::PUBLISH_PAGE.get(lang)}</a></p>
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby="publish-caption">
        <table>
            <caption id="publish-caption">{i18n::PUBLISH_CAPTION.get(lang)}</caption>
            <thead><tr>
                <th scope="col">{i18n::PUBLISH_PERIOD.get(lang)}</th>
                <th scope="col">{i18n::PUBLISH_STATE.get(lang)}</th>
                <th scope="col"><span class="visually-hidden">{i18n::PUBLISH_DO.get(lang)}</span></th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
        </div>
    }
}
