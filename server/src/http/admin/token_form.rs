//! The form that makes an account's API token: its name, how long it
//! lasts (30, 90 or 365 days, or until a date) and what it may do (read
//! only, or read and change), then the account's password. Read-only for
//! 90 days is chosen unless the account picks otherwise: a token that
//! leaks should do as little as possible for as short as possible.

use crate::dto::admin::FormData;
use crate::store::api_tokens::Grant;
use app::domain::text::Lang;
use app::i18n;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use leptos::prelude::*;

/// The longest a token may last, in days (five years).
const MAX_DAYS: i64 = 5 * 366;

/// What the account chose, kept to fill the form again after a mistake.
#[derive(Clone, Debug)]
pub struct Choice {
    /// The token's name.
    pub name: String,
    /// `30`, `90`, `365` or `date`.
    pub expires: String,
    /// The end date typed when `expires` is `date` (YYYY-MM-DD).
    pub until: String,
    /// `read` or `write`.
    pub scope: String,
}

impl Default for Choice {
    fn default() -> Self {
        Choice {
            name: String::new(),
            expires: "90".into(),
            until: String::new(),
            scope: "read".into(),
        }
    }
}

/// What was wrong with a choice.
#[derive(Clone, Copy, Debug, Default)]
pub struct Problems {
    /// The password was wrong.
    pub password: bool,
    /// The end date is missing, not a date, past, or too far.
    pub until: bool,
}

impl Choice {
    /// The choice posted.
    pub fn read(form: &FormData) -> Choice {
        let pick = |v: &str, allowed: &[&str], default: &str| {
            if allowed.contains(&v) { v } else { default }.to_string()
        };
        let until: String = form.get("until").chars().take(10).collect();
        // A date typed is the end meant, whichever button is on.
        let expires = if until.is_empty() {
            pick(form.get("expires"), &["30", "90", "365", "date"], "90")
        } else {
            "date".into()
        };
        Choice {
            name: form.get("name").chars().take(100).collect(),
            expires,
            until,
            scope: pick(form.get("scope"), &["read", "write"], "read"),
        }
    }

    /// The grant chosen, as of `now`; none when the end date is wrong. A
    /// date ends the token at the end of that day in Western Indonesia
    /// (UTC+7), the day its maker means.
    pub fn grant(&self, now: DateTime<Utc>) -> Option<Grant> {
        let expires_at = match self.expires.as_str() {
            "date" => {
                let day = NaiveDate::parse_from_str(&self.until, "%Y-%m-%d").ok()?;
                let end = day.succ_opt()?.and_hms_opt(0, 0, 0)?.and_utc() - Duration::hours(7);
                (end > now && end <= now + Duration::days(MAX_DAYS)).then_some(end)?
            }
            days => now + Duration::days(days.parse().ok()?),
        };
        Some(Grant {
            expires_at: Some(expires_at),
            read_only: self.scope != "write",
        })
    }
}

/// One radio button of a group.
fn radio(
    name: &'static str,
    value: &'static str,
    chosen: &str,
    label: String,
) -> impl IntoView + use<> {
    let id = format!("in-{name}-{value}");
    let checked = chosen == value;
    let for_id = id.clone();
    view! {
        <label class="option" for=for_id>
            <input type="radio" id=id name=name value=value checked=checked />
            <span>{label}</span>
        </label>
    }
}

/// The form, filled with `choice`, with each problem beside its field.
pub fn create_form(csrf: String, choice: Choice, problems: Problems, lang: Lang) -> impl IntoView {
    let wrong = problems.password;
    let bad_date = problems.until;
    let e = choice.expires.clone();
    let s = choice.scope.clone();
    view! {
        <form method="post" action="/admin/tokens" class="admin-form">
            <input type="hidden" name="csrf" value=csrf />
            <div class="item">
                <label for="in-name">{i18n::TOKEN_NAME.get(lang)}</label>
                <input type="text" id="in-name" name="name" maxlength="100" value=choice.name.clone() />
            </div>
            <fieldset class="item">
                <legend>{i18n::TOKEN_SCOPE.get(lang)}</legend>
                {radio("scope", "read", &s, i18n::TOKEN_SCOPE_READ.get(lang).to_string())}
                {radio("scope", "write", &s, i18n::TOKEN_SCOPE_WRITE.get(lang).to_string())}
            </fieldset>
            <fieldset class="item" class:invalid=bad_date
                aria-describedby=bad_date.then_some("err-until")>
                <legend>{i18n::TOKEN_EXPIRES.get(lang)}</legend>
                {radio("expires", "30", &e, i18n::TOKEN_DAYS.with(lang, &[("days", 30.into())]))}
                {radio("expires", "90", &e, i18n::TOKEN_DAYS.with(lang, &[("days", 90.into())]))}
                {radio("expires", "365", &e, i18n::TOKEN_DAYS.with(lang, &[("days", 365.into())]))}
                {radio("expires", "date", &e, i18n::TOKEN_UNTIL_DATE.get(lang).to_string())}
                {bad_date.then(|| view! {
                    <p class="field-error" id="err-until">{i18n::TOKEN_UNTIL_WRONG.get(lang)}</p>
                })}
                <label for="in-until">{i18n::TOKEN_UNTIL.get(lang)}</label>
                <input type="date" id="in-until" name="until" value=choice.until.clone()
                    aria-invalid=bad_date.then_some("true") />
            </fieldset>
            <div class="item" class:invalid=wrong>
                <label for="in-password">{i18n::TOKEN_PASSWORD.get(lang)}</label>
                {wrong.then(|| view! {
                    <p class="field-error" id="err-password">{i18n::TOKEN_PASSWORD_WRONG.get(lang)}</p>
                })}
                <input type="password" id="in-password" name="password" required=true
                    autocomplete="current-password"
                    aria-describedby=wrong.then_some("err-password")
                    aria-invalid=wrong.then_some("true") />
            </div>
            <button type="submit" class="button">{i18n::TOKEN_CREATE.get(lang)}</button>
        </form>
    }
}

/// How a token's scope and end read in the list: "read only · until
/// 2027-03-01", "expired", "no end date".
pub fn terms(read_only: bool, expires_at: Option<DateTime<Utc>>, lang: Lang) -> String {
    let scope = if read_only {
        i18n::TOKEN_SCOPE_READ_SHORT.get(lang)
    } else {
        i18n::TOKEN_SCOPE_WRITE_SHORT.get(lang)
    };
    let end = match expires_at {
        None => i18n::TOKEN_NO_END.get(lang).to_string(),
        Some(t) if t <= Utc::now() => i18n::TOKEN_ENDED.get(lang).to_string(),
        Some(t) => i18n::TOKEN_ENDS.with(
            lang,
            &[(
                "date",
                (t + Duration::hours(7) - Duration::seconds(1))
                    .format("%Y-%m-%d")
                    .to_string()
                    .into(),
            )],
        ),
    };
    format!("{scope} · {end}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(expires: &str, until: &str, scope: &str) -> Choice {
        Choice {
            name: "x".into(),
            expires: expires.into(),
            until: until.into(),
            scope: scope.into(),
        }
    }

    #[test]
    fn a_date_ends_the_token_at_the_end_of_that_day_in_jakarta() {
        let now = "2026-12-02T00:00:00Z".parse().unwrap();
        let g = choice("date", "2027-01-31", "write").grant(now).unwrap();
        let end: DateTime<Utc> = "2027-01-31T17:00:00Z".parse().unwrap();
        assert_eq!(g.expires_at, Some(end));
        assert!(!g.read_only);
    }

    #[test]
    fn past_missing_or_far_dates_are_refused() {
        let now = "2026-12-02T00:00:00Z".parse().unwrap();
        assert!(choice("date", "2026-11-30", "read").grant(now).is_none());
        assert!(choice("date", "", "read").grant(now).is_none());
        assert!(choice("date", "2040-01-01", "read").grant(now).is_none());
        let g = choice("30", "", "read").grant(now).unwrap();
        assert_eq!(g.expires_at, Some(now + Duration::days(30)));
        assert!(g.read_only);
    }
}
