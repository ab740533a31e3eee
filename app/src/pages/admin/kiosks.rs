//! A survey's kiosk tablets: register one for a unit (its pairing code and
//! QR shown once), see which are paired and how many answers each gave,
//! revoke one (asked first: it cannot be undone).

use super::fields::field_view;
use super::{Field, Input, unit_choice};
use crate::domain::answers::FieldErrors;
use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;

/// Where a tablet stands.
#[derive(Clone, Debug)]
pub enum KioskState {
    /// Registered; its code pairs until then (WIB).
    Waiting(String),
    /// Paired then (WIB).
    Paired(String),
    /// Revoked then (WIB).
    Revoked(String),
}

/// One tablet.
#[derive(Clone, Debug)]
pub struct KioskRow {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its unit's name.
    pub unit: String,
    /// Where it stands.
    pub state: KioskState,
    /// Responses given on it.
    pub responses: u64,
    /// The newest (WIB), if any.
    pub last: Option<String>,
}

/// A tablet just registered: its code, shown this once.
#[derive(Clone, Debug)]
pub struct FreshKiosk {
    /// Its name.
    pub name: String,
    /// The code, as shown ("1234 5678").
    pub code: String,
    /// The pairing address the QR code holds.
    pub link: String,
    /// The QR code (SVG markup).
    pub qr: String,
    /// Until when (WIB).
    pub until: String,
}

/// The page.
#[derive(Clone, Debug)]
pub struct KiosksView {
    /// The survey's slug and title.
    pub survey: (String, String),
    /// Units to register for (slug, name).
    pub units: Vec<(String, String)>,
    /// The tablets.
    pub rows: Vec<KioskRow>,
    /// The anti-forgery token.
    pub csrf: String,
    /// Whether the reader may register and revoke.
    pub may_change: bool,
    /// The tablet just registered.
    pub fresh: Option<FreshKiosk>,
    /// The form's values (name, unit) when shown again.
    pub values: (String, String),
    /// Its problems.
    pub errors: FieldErrors,
}

fn state_text(s: &KioskState, lang: Lang) -> String {
    match s {
        KioskState::Waiting(t) => i18n::KIOSK_WAITING.with(lang, &[("until", t.clone().into())]),
        KioskState::Paired(t) => i18n::KIOSK_PAIRED.with(lang, &[("at", t.clone().into())]),
        KioskState::Revoked(t) => i18n::KIOSK_REVOKED.with(lang, &[("at", t.clone().into())]),
    }
}

/// The kiosks page.
#[component]
pub fn KiosksPage(view: KiosksView, lang: Lang) -> impl IntoView {
    let (slug, title) = view.survey.clone();
    let action = format!("/admin/s/{slug}/kiosks");
    let fresh = view.fresh.clone().map(|f| {
        view! {
            <section class="kiosk-fresh" aria-labelledby="fresh-title" role="region">
                <h2 id="fresh-title">{i18n::KIOSK_FRESH.with(lang, &[("name", f.name.clone().into())])}</h2>
                <p>{i18n::KIOSK_FRESH_HOW.get(lang)}</p>
                <p class="pair-code" id="pair-code">{f.code.clone()}</p>
                <div class="poster-qr" role="img" aria-label=format!("QR: {}", f.link) inner_html=f.qr.clone()></div>
                <p><code>{f.link.clone()}</code></p>
                <p class="help">{i18n::KIOSK_FRESH_UNTIL.with(lang, &[("until", f.until.clone().into())])}</p>
            </section>
        }
    });
    let rows = view
        .rows
        .iter()
        .map(|r| {
            let revoke = (view.may_change && !matches!(r.state, KioskState::Revoked(_))).then(|| {
                view! {
                    <details class="confirm">
                        <summary>{i18n::KIOSK_REVOKE.get(lang)}</summary>
                        <p>{i18n::KIOSK_REVOKE_WARNING.with(lang, &[("name", r.name.clone().into())])}</p>
                        <form method="post" action=format!("/admin/s/{slug}/kiosks/{}/revoke", r.id)>
                            <input type="hidden" name="csrf" value=view.csrf.clone() />
                            <button type="submit" class="button warning">{i18n::KIOSK_REVOKE_YES.get(lang)}</button>
                        </form>
                    </details>
                }
            });
            view! {
                <tr>
                    <th scope="row">{r.name.clone()}</th>
                    <td>{r.unit.clone()}</td>
                    <td>{state_text(&r.state, lang)}</td>
                    <td class="num">{r.responses.to_string()}</td>
                    <td>{r.last.clone().unwrap_or_else(|| "–".into())}</td>
                    <td>{revoke}</td>
                </tr>
            }
        })
        .collect_view();
    let fields = [
        Field::new("name", i18n::KIOSK_NAME, Input::Text, view.values.0.clone()).required(),
        unit_choice(&view.units, &view.values.1, lang),
        Field::new(
            "faces",
            i18n::KIOSK_FACES,
            Input::Checks(vec![("1".into(), i18n::KIOSK_FACES.get(lang).to_string())]),
            "",
        ),
    ];
    let form = view.may_change.then(|| {
        let fields = fields
            .iter()
            .map(|f| field_view(f, view.errors.get(f.name).cloned().unwrap_or_default(), lang))
            .collect_view();
        view! {
            <h2>{i18n::KIOSK_REGISTER.get(lang)}</h2>
            <p class="help">{i18n::KIOSK_REGISTER_HELP.get(lang)}</p>
            <form method="post" action=action.clone() class="admin-form" novalidate=true>
                <input type="hidden" name="csrf" value=view.csrf.clone() />
                {fields}
                <p class="actions"><button type="submit" class="button">{i18n::KIOSK_REGISTER.get(lang)}</button></p>
            </form>
        }
    });
    view! {
        <p class="crumbs"><a href=format!("/admin/s/{slug}")>{title.clone()}</a></p>
        <h1>{i18n::KIOSKS_TITLE.get(lang)}</h1>
        <p class="lead">{i18n::KIOSKS_INTRO.get(lang)}</p>
        {fresh}
        {if view.rows.is_empty() {
            view! { <p>{i18n::KIOSKS_NONE.get(lang)}</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap" role="region" tabindex="0" aria-label=i18n::KIOSKS_TITLE.get(lang)>
                    <table id="kiosks">
                        <thead>
                            <tr>
                                <th scope="col">{i18n::KIOSK_NAME.get(lang)}</th>
                                <th scope="col">{i18n::UNIT_LABEL.get(lang)}</th>
                                <th scope="col">{i18n::KIOSK_STATE.get(lang)}</th>
                                <th scope="col" class="num">{i18n::KIOSK_RESPONSES.get(lang)}</th>
                                <th scope="col">{i18n::FIELD_LAST.get(lang)}</th>
                                <th scope="col"><span class="visually-hidden">{i18n::KIOSK_REVOKE.get(lang)}</span></th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }}
        {form}
        <p><a href=format!("/admin/s/{slug}/field")>{i18n::FIELD_TITLE.get(lang)}</a></p>
    }
}
