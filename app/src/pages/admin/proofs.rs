//! Photos citizens sent as proof of service, for an assessor: the queue of
//! those waiting, and one photo with its decision (accept, or reject with a
//! reason), each confirmed. Never shown to the rated agency.

use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;

/// One waiting photo, as listed.
#[derive(Clone, Debug)]
pub struct ProofRow {
    /// Its id.
    pub id: String,
    /// The survey's title.
    pub survey: String,
    /// The unit's name, when known.
    pub unit: String,
    /// When it came, as people read it.
    pub sent: String,
}

/// The queue.
#[derive(Clone, Debug)]
pub struct ProofsView {
    /// The page's title.
    pub title: String,
    /// Waiting photos, oldest first.
    pub rows: Vec<ProofRow>,
}

/// The queue page.
#[component]
pub fn ProofsPage(view: ProofsView, lang: Lang) -> impl IntoView {
    let rows = view
        .rows
        .iter()
        .cloned()
        .map(|r| {
            view! {
                <tr>
                    <td>{r.survey}</td>
                    <td>{r.unit}</td>
                    <td>{r.sent}</td>
                    <td><a href=format!("/admin/proofs/{}", r.id)>{i18n::PROOF_OPEN.get(lang)}</a></td>
                </tr>
            }
        })
        .collect_view();
    let table = (!view.rows.is_empty()).then(|| {
        view! {
            <div class="table-wrap" role="region" tabindex="0" aria-label=i18n::PROOFS_TITLE.get(lang)>
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{i18n::PROOF_SURVEY.get(lang)}</th>
                            <th scope="col">{i18n::PROOF_UNIT.get(lang)}</th>
                            <th scope="col">{i18n::PROOF_DATE.get(lang)}</th>
                            <th scope="col"><span class="visually-hidden">{i18n::PROOF_OPEN.get(lang)}</span></th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    let none = view
        .rows
        .is_empty()
        .then(|| view! { <p>{i18n::PROOFS_NONE.get(lang)}</p> });
    view! {
        <h1>{i18n::PROOFS_TITLE.get(lang)}</h1>
        <p class="lead">{i18n::PROOFS_INTRO.get(lang)}</p>
        <p>{i18n::PROOFS_VERIFIED_NOTE.get(lang)}</p>
        {table}
        {none}
    }
}

/// One photo and its decision.
#[derive(Clone, Debug)]
pub struct ProofView {
    /// The photo as listed.
    pub row: ProofRow,
    /// Its size in pixels.
    pub size: (i32, i32),
    /// Anti-forgery token.
    pub csrf: String,
    /// What to mend in the posted decision.
    pub error: Option<String>,
    /// The reason as typed.
    pub reason: String,
}

/// The photo's page.
#[component]
pub fn ProofPage(view: ProofView, lang: Lang) -> impl IntoView {
    let action = format!("/admin/proofs/{}", view.row.id);
    let confirm = |id: &'static str| {
        view! {
            <label class="confirm" for=id>
                <input type="checkbox" id=id name="confirm" value="yes" required=true />
                {i18n::PROOF_CONFIRM.get(lang)}
            </label>
        }
    };
    let error = view.error.clone().map(|e| {
        view! {
            <div class="error-summary" role="alert" id="error-summary" tabindex="-1" autofocus=true>
                <p>{e}</p>
            </div>
        }
    });
    view! {
        <p class="agency"><a href="/admin/proofs">{i18n::PROOFS_TITLE.get(lang)}</a></p>
        <h1>{view.row.survey.clone()}</h1>
        {error}
        <dl class="proof-facts">
            <dt>{i18n::PROOF_UNIT.get(lang)}</dt>
            <dd>{view.row.unit.clone()}</dd>
            <dt>{i18n::PROOF_DATE.get(lang)}</dt>
            <dd>{view.row.sent.clone()}</dd>
        </dl>
        <p class="proof-image">
            <img
                src=format!("/admin/proofs/{}/image", view.row.id)
                alt=i18n::PROOF_IMAGE_ALT.get(lang)
                width=view.size.0.to_string()
                height=view.size.1.to_string()
            />
        </p>
        <form method="post" action=action.clone() class="proof-decision">
            <input type="hidden" name="csrf" value=view.csrf.clone() />
            <input type="hidden" name="decision" value="accept" />
            {confirm("confirm-accept")}
            <button type="submit" class="button">{i18n::PROOF_ACCEPT.get(lang)}</button>
        </form>
        <form method="post" action=action class="proof-decision">
            <input type="hidden" name="csrf" value=view.csrf.clone() />
            <input type="hidden" name="decision" value="reject" />
            <label for="in-reason">{i18n::PROOF_REASON.get(lang)}</label>
            <textarea id="in-reason" name="reason" required=true maxlength="500">{view.reason.clone()}</textarea>
            {confirm("confirm-reject")}
            <button type="submit" class="button secondary">{i18n::PROOF_REJECT.get(lang)}</button>
        </form>
    }
}
