//! What the admin forms send, checked field by field into messages shown
//! beside each field. A value that passes here is safe to store.

use app::domain::answers::{FieldErrors, push_error};
use app::domain::signals::DevicePolicy;

use app::domain::text::is_slug;
use app::i18n::{self, Tr};
use app::pages::admin::{AGENCY_KINDS, SECTORS};
use chrono::{DateTime, NaiveDate, Utc};

/// A posted form: its pairs in order. A repeated name (checkboxes) keeps
/// every value.
#[derive(Clone, Debug, Default)]
pub struct FormData(pub Vec<(String, String)>);

impl FormData {
    /// Parses a form-encoded body; unreadable input gives an empty form.
    pub fn parse(body: &[u8]) -> Self {
        FormData(serde_urlencoded::from_bytes(body).unwrap_or_default())
    }

    /// The first value of `name`, trimmed, or "".
    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .unwrap_or("")
    }

    /// The first value of `name` as sent, untrimmed (a password), or "".
    pub fn raw(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    /// Every value of `name`.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .collect()
    }
}

pub(crate) fn err(errors: &mut FieldErrors, field: &str, t: Tr) {
    push_error(errors, field, t.text());
}

pub(crate) fn text(form: &FormData, errors: &mut FieldErrors, name: &str, max: usize) -> String {
    let v = form.get(name);
    if v.is_empty() {
        err(errors, name, i18n::FIELD_REQUIRED);
    } else if v.chars().count() > max {
        err(errors, name, i18n::TOO_LONG);
    }
    v.to_string()
}

/// The slug given, or when left empty the one the name (or title)
/// suggests.
pub(crate) fn slug(form: &FormData, errors: &mut FieldErrors) -> String {
    let given = form.get("slug");
    let named = [form.get("name"), form.get("title")]
        .into_iter()
        .find(|n| !n.is_empty())
        .unwrap_or("");
    let derived = app::domain::text::slug_from(named);
    let v = if given.is_empty() {
        derived.as_str()
    } else {
        given
    };
    if v.is_empty() {
        err(errors, "slug", i18n::FIELD_REQUIRED);
    } else if !is_slug(v) {
        err(errors, "slug", i18n::SLUG_BAD);
    }
    v.to_string()
}

fn choice(form: &FormData, errors: &mut FieldErrors, name: &str, list: &[(&str, Tr)]) -> String {
    let v = form.get(name);
    if !list.iter().any(|(c, _)| *c == v) {
        err(errors, name, i18n::BAD_CHOICE);
    }
    v.to_string()
}

/// A provider as the form gives it.
#[derive(Clone, Debug)]
pub struct AgencyInput {
    /// Slug (only when creating).
    pub slug: String,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: String,
    /// Province.
    pub region: String,
    /// Parent agency slug, or "".
    pub parent: String,
}

impl AgencyInput {
    /// Reads and checks the form (`creating` asks for a slug); the input
    /// is returned with its problems, to show again.
    pub fn read(form: &FormData, creating: bool) -> (Self, FieldErrors) {
        let mut errors = FieldErrors::new();
        let input = AgencyInput {
            slug: if creating {
                slug(form, &mut errors)
            } else {
                String::new()
            },
            name: text(form, &mut errors, "name", 200),
            kind: choice(form, &mut errors, "kind", AGENCY_KINDS),
            region: text(form, &mut errors, "region", 100),
            parent: form.get("parent").to_string(),
        };
        (input, errors)
    }
}

/// A service unit as the form gives it.
#[derive(Clone, Debug)]
pub struct UnitInput {
    /// Slug (only when creating).
    pub slug: String,
    /// Name.
    pub name: String,
    /// Sector.
    pub sector: String,
    /// Expected users per year, as typed.
    pub expected_users: String,
}

impl UnitInput {
    /// Reads and checks the form: the input, the expected users as a
    /// number, and the problems.
    pub fn read(form: &FormData, creating: bool) -> (Self, Option<i32>, FieldErrors) {
        let mut errors = FieldErrors::new();
        let input = UnitInput {
            slug: if creating {
                slug(form, &mut errors)
            } else {
                String::new()
            },
            name: text(form, &mut errors, "name", 200),
            sector: choice(form, &mut errors, "sector", SECTORS),
            expected_users: form.get("expected_users").to_string(),
        };
        let users = match input.expected_users.replace(['.', ' '], "") {
            s if s.is_empty() => None,
            s => match s.parse::<i32>() {
                Ok(n) if (1..=50_000_000).contains(&n) => Some(n),
                _ => {
                    err(&mut errors, "expected_users", i18n::BAD_NUMBER);
                    None
                }
            },
        };
        (input, users, errors)
    }
}

/// A survey as the form gives it.
#[derive(Clone, Debug, Default)]
pub struct SurveyInput {
    /// Slug (only when creating).
    pub slug: String,
    /// Title.
    pub title: String,
    /// Instrument version id, as posted.
    pub instrument: String,
    /// Band table id, as posted.
    pub bands: String,
    /// Unit slugs chosen.
    pub units: Vec<String>,
    /// Opening date, as typed.
    pub opens: String,
    /// Closing date, as typed.
    pub closes: String,
    /// Allowed embed origins, as typed.
    pub origins: String,
    /// Device policy.
    pub device_policy: String,
    /// Assessment-method version id, as posted (empty: none).
    pub method: String,
    /// Whether the form offers a photo as proof of service.
    pub proof_photos: bool,
}

/// A checked survey form.
#[derive(Clone, Debug)]
pub struct SurveyValid {
    /// Opening time (start of the day, UTC+7).
    pub opens_at: Option<DateTime<Utc>>,
    /// Closing time (end of the day, UTC+7).
    pub closes_at: Option<DateTime<Utc>>,
    /// Normalised origins.
    pub origins: Vec<String>,
}

impl SurveyInput {
    /// Reads the form (choices are checked against the database by the
    /// caller, which knows them).
    pub fn read(form: &FormData, creating: bool) -> (Self, SurveyValid, FieldErrors) {
        let mut errors = FieldErrors::new();
        let input = SurveyInput {
            slug: if creating {
                slug(form, &mut errors)
            } else {
                String::new()
            },
            title: text(form, &mut errors, "title", 200),
            instrument: form.get("instrument").to_string(),
            bands: form.get("bands").to_string(),
            units: form.all("units").into_iter().map(str::to_string).collect(),
            opens: form.get("opens").to_string(),
            closes: form.get("closes").to_string(),
            origins: form.get("origins").to_string(),
            device_policy: form.get("device_policy").to_string(),
            method: form.get("method").to_string(),
            proof_photos: form.get("proof_photos") == "yes",
        };
        if input.units.is_empty() {
            err(&mut errors, "units", i18n::UNITS_REQUIRED);
        }
        if DevicePolicy::parse(&input.device_policy).code() != input.device_policy {
            err(&mut errors, "device_policy", i18n::BAD_CHOICE);
        }
        let mut date = |name: &str, raw: &str, end: bool| -> Option<DateTime<Utc>> {
            wib_date(raw, end).unwrap_or_else(|()| {
                err(&mut errors, name, i18n::BAD_DATE);
                None
            })
        };
        let opens_at = date("opens", &input.opens, false);
        let closes_at = date("closes", &input.closes, true);
        if let (Some(o), Some(c)) = (opens_at, closes_at)
            && c <= o
        {
            err(&mut errors, "closes", i18n::CLOSES_BEFORE);
        }
        let mut origins = Vec::new();
        for line in input.origins.split(|c: char| c.is_whitespace() || c == ',') {
            if line.is_empty() {
                continue;
            }
            match origin(line) {
                Some(o) if origins.len() < 20 => {
                    if !origins.contains(&o) {
                        origins.push(o)
                    }
                }
                _ => {
                    err(&mut errors, "origins", i18n::BAD_ORIGIN);
                    break;
                }
            }
        }
        (
            input,
            SurveyValid {
                opens_at,
                closes_at,
                origins,
            },
            errors,
        )
    }
}

/// A day written `YYYY-MM-DD` as the instant it starts in WIB (or, when
/// `end`, the instant the next day starts); `None` when empty, `Err` when
/// it is not a date.
pub(crate) fn wib_date(raw: &str, end: bool) -> Result<Option<DateTime<Utc>>, ()> {
    if raw.is_empty() {
        return Ok(None);
    }
    let wib = chrono::FixedOffset::east_opt(7 * 3600).expect("UTC+7");
    let d = NaiveDate::parse_from_str(raw, "%Y-%m-%d").map_err(|_| ())?;
    let t = if end {
        d.succ_opt().and_then(|n| n.and_hms_opt(0, 0, 0))
    } else {
        d.and_hms_opt(0, 0, 0)
    };
    Ok(t.and_then(|t| t.and_local_timezone(wib).single())
        .map(|t| t.with_timezone(&Utc)))
}

/// A web origin as a browser compares it (`https://host[:port]`, lower
/// case, no path), or `None` when `s` is not one.
pub fn origin(s: &str) -> Option<String> {
    let s = s.trim().trim_end_matches('/');
    let (scheme, rest) = s.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "https" && scheme != "http" {
        return None;
    }
    let host = rest.to_ascii_lowercase();
    let ok = !host.is_empty()
        && host.len() <= 253
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'));
    ok.then(|| format!("{scheme}://{host}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> FormData {
        FormData(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    #[test]
    fn origins_are_normalised_and_paths_refused() {
        assert_eq!(
            origin("HTTPS://Dukcapil.Klungkungkab.go.id/").as_deref(),
            Some("https://dukcapil.klungkungkab.go.id")
        );
        assert_eq!(
            origin("http://127.0.0.1:8080").as_deref(),
            Some("http://127.0.0.1:8080")
        );
        assert_eq!(origin("https://x.go.id/page"), None);
        assert_eq!(origin("javascript:alert(1)"), None);
        assert_eq!(origin("ftp://x"), None);
    }

    #[test]
    fn a_survey_form_reports_each_problem_beside_its_field() {
        let (_, _, errors) = SurveyInput::read(
            &form(&[
                ("slug", "Bad Slug"),
                ("title", ""),
                ("opens", "2026-13-01"),
                ("origins", "https://a.go.id/x"),
                ("device_policy", "allow"),
            ]),
            true,
        );
        for f in ["slug", "title", "units", "opens", "origins"] {
            assert!(errors.contains_key(f), "{f}: {errors:?}");
        }
        let (_, valid, errors) = SurveyInput::read(
            &form(&[
                ("slug", "skm-2027"),
                ("title", "SKM 2027"),
                ("units", "a"),
                ("units", "b"),
                ("opens", "2027-01-01"),
                ("closes", "2027-12-31"),
                ("origins", "https://a.go.id\nhttps://b.go.id"),
                ("device_policy", "flag"),
            ]),
            true,
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(valid.origins.len(), 2);
        assert_eq!(
            valid.opens_at.unwrap().to_rfc3339(),
            "2026-12-31T17:00:00+00:00"
        );
        assert_eq!(
            valid.closes_at.unwrap().to_rfc3339(),
            "2027-12-31T17:00:00+00:00"
        );
    }
}
