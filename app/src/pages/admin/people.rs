//! Accounts: who may sign in, invited or disabled here; and the one-time
//! link shown after an invite.

use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;

/// Where an account stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Signs in.
    Active,
    /// Has not chosen a password yet.
    Invited,
    /// May no longer sign in.
    Disabled,
}

/// One account in the list.
#[derive(Clone, Debug)]
pub struct PersonRow {
    /// Its id (for the disable form).
    pub id: String,
    /// E-mail address.
    pub email: String,
    /// Its role, in words.
    pub role: String,
    /// Its agency's name, or an assessor's province.
    pub place: Option<String>,
    /// Where it stands.
    pub standing: Standing,
    /// Whether this account may disable it.
    pub can_disable: bool,
}

/// The accounts page.
#[derive(Clone, Debug)]
pub struct PeopleView {
    /// The accounts.
    pub rows: Vec<PersonRow>,
    /// Anti-forgery token.
    pub csrf: String,
}

fn standing_label(s: Standing, lang: Lang) -> &'static str {
    match s {
        Standing::Active => i18n::PEOPLE_ACTIVE.get(lang),
        Standing::Invited => i18n::PEOPLE_INVITED.get(lang),
        Standing::Disabled => i18n::PEOPLE_DISABLED.get(lang),
    }
}

/// The list of accounts, with a button to invite and one to disable each.
#[component]
pub fn PeoplePage(view: PeopleView, lang: Lang) -> impl IntoView {
    let rows = view
        .rows
        .into_iter()
        .map(|r| {
            let disable = (r.can_disable && r.standing != Standing::Disabled).then(|| {
                let (confirm, label_for) = (format!("confirm-{}", r.id), format!("confirm-{}", r.id));
                view! {
                    <form method="post" action=format!("/admin/people/{}/disable", r.id)>
                        <input type="hidden" name="csrf" value=view.csrf.clone() />
                        <label class="confirm" for=label_for>
                            <input type="checkbox" id=confirm name="confirm" value="yes" required=true />
                            {i18n::PEOPLE_DISABLE_CONFIRM.get(lang)}
                        </label>
                        <button type="submit" class="button secondary">{i18n::PEOPLE_DISABLE.get(lang)}</button>
                    </form>
                }
            });
            view! {
                <tr>
                    <td>{r.email}</td>
                    <td>{r.role}</td>
                    <td>{r.place.unwrap_or_default()}</td>
                    <td>{standing_label(r.standing, lang)}</td>
                    <td>{disable}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h1>{i18n::PEOPLE_TITLE.get(lang)}</h1>
        <p class="lead">{i18n::PEOPLE_INTRO.get(lang)}</p>
        <p>
            <a class="button" href="/admin/people/new">{i18n::PEOPLE_INVITE.get(lang)}</a>
            " "
            <a class="button secondary" href="/admin/audit">{i18n::AUDIT_TITLE.get(lang)}</a>
        </p>
        <div class="table-wrap" role="region" tabindex="0" aria-label=i18n::PEOPLE_TITLE.get(lang)>
            <table class="people">
                <thead>
                    <tr>
                        <th scope="col">{i18n::EMAIL.get(lang)}</th>
                        <th scope="col">{i18n::PEOPLE_ROLE.get(lang)}</th>
                        <th scope="col">{i18n::PEOPLE_PLACE.get(lang)}</th>
                        <th scope="col">{i18n::PEOPLE_STANDING.get(lang)}</th>
                        <th scope="col"><span class="visually-hidden">{i18n::PEOPLE_DISABLE.get(lang)}</span></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The link an invited person opens, shown once.
#[derive(Clone, Debug)]
pub struct InvitedView {
    /// Their e-mail address.
    pub email: String,
    /// The one-time link.
    pub link: String,
    /// Hours it works.
    pub hours: i64,
}

/// The invite's link, to pass on by hand (a chat message, a letter).
#[component]
pub fn InvitedPage(view: InvitedView, lang: Lang) -> impl IntoView {
    view! {
        <h1>{i18n::INVITED_TITLE.get(lang)}</h1>
        <p class="notice" role="status">{i18n::INVITED_BODY.with(lang, &[("email", view.email.clone().into()), ("hours", view.hours.into())])}</p>
        <div class="item">
            <label for="invite-link">{i18n::INVITED_LINK.get(lang)}</label>
            <input type="text" id="invite-link" class="wide" readonly=true value=view.link.clone() />
        </div>
        <p class="help">{i18n::INVITED_ONCE.get(lang)}</p>
        <p><a class="button secondary" href="/admin/people">{i18n::BACK.get(lang)}</a></p>
    }
}
