//! Entering the assessor's side of the opinion: the edit form's figures
//! for one agency, and a CSV of many (`agency_slug,year,part,value` under
//! a header), checked line by line before anything changes and saved all
//! together or not at all. Every change is in the audit log.

use crate::error::AppError;
use crate::services::access::Actor;
use crate::services::auth::audit_for;
use crate::services::opinion::ChosenMethod;
use crate::services::state::AppState;
use crate::store::entities::agency;
use crate::store::opinion::{self as repo, NewFigure};
use app::domain::text::{Lang, Text};
use app::i18n;
use sea_orm::TransactionTrait;
use serde_json::json;
use std::collections::{BTreeMap, HashMap};

/// A figure as typed: 0–100, with a decimal comma or point.
pub fn value(text: &str) -> Option<f64> {
    let v: f64 = text.trim().replace(',', ".").parse().ok()?;
    (v.is_finite() && (0.0..=100.0).contains(&v)).then_some(v)
}

/// One agency's figures for a year, as the form sends them: each entered
/// part's value (`None`: left empty, removed) and the follow-up answer.
#[derive(Clone, Debug)]
pub struct Edit {
    /// The year.
    pub year: i32,
    /// Per entered part.
    pub figures: Vec<(String, Option<f64>)>,
    /// Followed up every finding (`None`: not known).
    pub followed_up: Option<bool>,
}

/// Saves `edit` for `agency` under `method`, and records it.
pub async fn save(
    state: &AppState,
    actor: &Actor,
    agency: &agency::Model,
    method: &ChosenMethod,
    edit: &Edit,
) -> Result<(), AppError> {
    let txn = state.db.begin().await?;
    let mut kept = Vec::new();
    for (part, v) in &edit.figures {
        match v {
            Some(value) => kept.push(NewFigure {
                agency_id: agency.id,
                part: part.clone(),
                value: *value,
            }),
            None => repo::remove(&txn, agency.id, edit.year, method.id, part).await?,
        }
    }
    repo::save(&txn, edit.year, method.id, &kept, Some(actor.user_id)).await?;
    repo::set_followed_up(
        &txn,
        agency.id,
        edit.year,
        edit.followed_up,
        Some(actor.user_id),
    )
    .await?;
    txn.commit().await?;
    let figures: BTreeMap<&str, Option<f64>> =
        edit.figures.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    let detail = json!({
        "agency": agency.slug,
        "year": edit.year,
        "method": method.method.reference(),
        "figures": figures,
        "followed_up": edit.followed_up,
    });
    audit_for(&state.db, actor, Some(agency.id), "opinion.edit", detail).await?;
    Ok(())
}

/// A checked CSV line.
#[derive(Clone, Debug)]
pub struct Line {
    /// The agency.
    pub agency: agency::Model,
    /// The year.
    pub year: i32,
    /// The entered part.
    pub part: String,
    /// 0–100.
    pub value: f64,
}

/// `problem` on line `n`, in both languages.
fn at(n: usize, problem: &Text) -> Text {
    let line = |lang| {
        let problem = problem.get(lang).to_string();
        i18n::OPINION_CSV_LINE.with(lang, &[("line", n.into()), ("problem", problem.into())])
    };
    Text::new(line(Lang::Id), line(Lang::En))
}

/// The lines of `text` (a header, then `agency_slug,year,part,value`), or
/// every problem by line number (1 is the header). `agencies` are those
/// the importer sees, by slug.
pub fn parse(
    text: &str,
    method: &ChosenMethod,
    agencies: &HashMap<String, agency::Model>,
) -> Result<Vec<Line>, Vec<Text>> {
    let parts: Vec<&str> = method
        .method
        .entered_parts()
        .map(|p| p.key.as_str())
        .collect();
    let mut rows = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    let mut problems = Vec::new();
    let Some((n, header)) = rows.next() else {
        return Err(vec![i18n::OPINION_CSV_EMPTY.text()]);
    };
    let cols: Vec<String> = header
        .trim_start_matches('\u{feff}')
        .split(',')
        .map(|c| c.trim().to_lowercase())
        .collect();
    if cols != ["agency_slug", "year", "part", "value"] {
        problems.push(at(n + 1, &i18n::OPINION_CSV_HEADER.text()));
    }
    let mut lines = Vec::new();
    for (n, row) in rows {
        match line(row, &parts, agencies) {
            Ok(l) => lines.push(l),
            Err(wrong) => problems.extend(wrong.iter().map(|p| at(n + 1, p))),
        }
    }
    if problems.is_empty() && lines.is_empty() {
        problems.push(i18n::OPINION_CSV_EMPTY.text());
    }
    if problems.is_empty() {
        Ok(lines)
    } else {
        Err(problems)
    }
}

/// One CSV line checked, or its problems.
fn line(
    row: &str,
    parts: &[&str],
    agencies: &HashMap<String, agency::Model>,
) -> Result<Line, Vec<Text>> {
    let cols: Vec<&str> = row.split(',').map(str::trim).collect();
    // A decimal comma splits the value in two: join it back.
    let joined;
    let [slug, year, part, v] = match cols[..] {
        [a, b, c, d] => [a, b, c, d],
        [a, b, c, whole, frac] => {
            joined = format!("{whole},{frac}");
            [a, b, c, joined.as_str()]
        }
        _ => return Err(vec![i18n::OPINION_CSV_COLUMNS.text()]),
    };
    let with = |t: i18n::Tr, value: &str| {
        t.text_with(&[
            ("value", value.to_string().into()),
            ("parts", parts.join(", ").into()),
        ])
    };
    let mut problems = Vec::new();
    let agency = agencies.get(slug);
    if agency.is_none() {
        problems.push(with(i18n::OPINION_CSV_AGENCY, slug));
    }
    let y = year
        .parse::<i32>()
        .ok()
        .filter(|y| (2000..=2100).contains(y));
    if y.is_none() {
        problems.push(with(i18n::OPINION_CSV_YEAR, year));
    }
    if !parts.contains(&part) {
        problems.push(with(i18n::OPINION_CSV_PART, part));
    }
    let figure = value(v);
    if figure.is_none() {
        problems.push(with(i18n::OPINION_CSV_VALUE, v));
    }
    match (agency, y, figure) {
        (Some(agency), Some(year), Some(value)) if problems.is_empty() => Ok(Line {
            agency: agency.clone(),
            year,
            part: part.to_string(),
            value,
        }),
        _ => Err(problems),
    }
}

/// Saves every line (all or none), and records the import per agency.
pub async fn import(
    state: &AppState,
    actor: &Actor,
    method: &ChosenMethod,
    lines: &[Line],
) -> Result<(), AppError> {
    let txn = state.db.begin().await?;
    for l in lines {
        let figure = NewFigure {
            agency_id: l.agency.id,
            part: l.part.clone(),
            value: l.value,
        };
        repo::save(&txn, l.year, method.id, &[figure], Some(actor.user_id)).await?;
    }
    txn.commit().await?;
    let mut by_agency: BTreeMap<&str, (&agency::Model, Vec<serde_json::Value>)> = BTreeMap::new();
    for l in lines {
        by_agency
            .entry(l.agency.slug.as_str())
            .or_insert_with(|| (&l.agency, Vec::new()))
            .1
            .push(json!({ "year": l.year, "part": l.part, "value": l.value }));
    }
    for (slug, (agency, figures)) in by_agency {
        let detail = json!({
            "agency": slug,
            "method": method.method.reference(),
            "figures": figures,
        });
        audit_for(&state.db, actor, Some(agency.id), "opinion.import", detail).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::catalog::{METHODS, parse as parse_file};
    use std::sync::Arc;

    fn ori_2025() -> ChosenMethod {
        let (file, text) = METHODS[1];
        ChosenMethod {
            id: uuid::Uuid::nil(),
            method: Arc::new(parse_file(file, text).unwrap()),
        }
    }

    fn klungkung() -> HashMap<String, agency::Model> {
        let a = agency::Model {
            id: uuid::Uuid::new_v4(),
            slug: "kab-klungkung".into(),
            name: "Kabupaten Klungkung".into(),
            kind: "regency".into(),
            region: "Bali".into(),
            parent_id: None,
            created_at: chrono::Utc::now(),
        };
        HashMap::from([(a.slug.clone(), a)])
    }

    #[test]
    fn figures_are_0_to_100_with_a_comma_or_a_point() {
        assert_eq!(value("81,5"), Some(81.5));
        assert_eq!(value(" 97 "), Some(97.0));
        assert_eq!(value("100.0"), Some(100.0));
        for wrong in ["", "-1", "100.01", "NaN", "inf", "sembilan"] {
            assert_eq!(value(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn every_wrong_line_is_named_and_nothing_is_kept() {
        let csv = "\u{feff}agency_slug,year,part,value\n\
                   kab-klungkung,2026,input,81,5\n\
                   kab-lain,2026,input,80\n\
                   \n\
                   kab-klungkung,1999,trust,101\n";
        let problems = parse(csv, &ori_2025(), &klungkung()).unwrap_err();
        let lines: Vec<&str> = problems.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(lines.len(), 4, "{lines:?}");
        assert!(lines[0].starts_with("Baris 3: penyelenggara «kab-lain»"));
        // Line 4 is empty and skipped; line 5 has three problems.
        assert!(lines[1..].iter().all(|l| l.starts_with("Baris 5: ")));
        assert!(lines[2].contains("input, standards, output, complaints"));
    }

    #[test]
    fn a_clean_csv_gives_its_lines() {
        let csv = "agency_slug,year,part,value\nkab-klungkung,2026,standards,97.5\n";
        let lines = parse(csv, &ori_2025(), &klungkung()).unwrap();
        assert_eq!(lines.len(), 1);
        assert_eq!((lines[0].year, lines[0].value), (2026, 97.5));
        let wrong = parse("slug,tahun,bagian,nilai\n", &ori_2025(), &klungkung()).unwrap_err();
        assert!(wrong[0].id.starts_with("Baris 1: baris judul"), "{wrong:?}");
        assert!(parse("", &ori_2025(), &klungkung()).is_err());
    }
}
