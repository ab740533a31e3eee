//! Reporting periods: a year (`2026`), a quarter (`2026-Q3`) or a month
//! (`2026-11`), as inclusive ranges of months.

/// A period filter as the API reads it, as a regular expression for its
/// document: what [`months`] accepts (a year from 2000 to 2100, alone or
/// with a quarter or a month), or nothing at all (every period).
pub const FILTER_PATTERN: &str = "^((20[0-9]{2}|2100)(-([Qq][1-4]|0[1-9]|1[0-2]))?)?$";

/// The first and last month ("YYYY-MM") of a period, or None when the text
/// is not a period.
pub fn months(period: &str) -> Option<(String, String)> {
    let p = period.trim();
    let year = |s: &str| s.parse::<u16>().ok().filter(|y| (2000..=2100).contains(y));
    match p.len() {
        4 => {
            let y = year(p)?;
            Some((format!("{y}-01"), format!("{y}-12")))
        }
        7 if p.as_bytes()[4] == b'-' && p.as_bytes()[5].eq_ignore_ascii_case(&b'q') => {
            let y = year(&p[..4])?;
            let q: u8 = p[6..].parse().ok().filter(|q| (1..=4).contains(q))?;
            let first = (q - 1) * 3 + 1;
            Some((format!("{y}-{first:02}"), format!("{y}-{:02}", first + 2)))
        }
        7 if p.as_bytes()[4] == b'-' => {
            let y = year(&p[..4])?;
            let m: u8 = p[5..].parse().ok().filter(|m| (1..=12).contains(m))?;
            let month = format!("{y}-{m:02}");
            Some((month.clone(), month))
        }
        _ => None,
    }
}

/// The period before this one, written the same way.
pub fn previous(period: &str) -> Option<String> {
    months(period)?;
    let p = period.trim();
    let y: u16 = p[..4].parse().ok()?;
    Some(match p.len() {
        4 => format!("{}", y - 1),
        _ if p.as_bytes()[5].eq_ignore_ascii_case(&b'q') => match p[6..].parse::<u8>().ok()? {
            1 => format!("{}-Q4", y - 1),
            q => format!("{y}-Q{}", q - 1),
        },
        _ => match p[5..].parse::<u8>().ok()? {
            1 => format!("{}-12", y - 1),
            m => format!("{y}-{:02}", m - 1),
        },
    })
}

/// The `count` quarters ending with the one that holds `month`
/// ("YYYY-MM"), oldest first.
pub fn quarters_ending(month: &str, count: usize) -> Vec<String> {
    let y: i32 = month.get(..4).and_then(|y| y.parse().ok()).unwrap_or(2026);
    let m: i32 = month.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(1);
    let last = (y * 4) + (m - 1) / 3;
    (0..count as i32)
        .rev()
        .map(|back| {
            let q = last - back;
            format!("{}-Q{}", q / 4, q % 4 + 1)
        })
        .collect()
}

/// The periods that have ended by `month` ("YYYY-MM"): the whole years and
/// quarters of the last `years` years, newest first, each year before its
/// quarters. A period still running is not among them.
pub fn closed(month: &str, years: u16) -> Vec<String> {
    let Some((now, _)) = months(month) else {
        return Vec::new();
    };
    let y: u16 = now[..4].parse().unwrap_or(2026);
    let mut out = Vec::new();
    for year in (y.saturating_sub(years)..=y).rev() {
        let whole = year.to_string();
        if months(&whole).is_some_and(|(_, last)| last < now) {
            out.push(whole);
        }
        for q in (1..=4).rev() {
            let p = format!("{year}-Q{q}");
            if months(&p).is_some_and(|(_, last)| last < now) {
                out.push(p);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_count_back_across_years() {
        assert_eq!(
            quarters_ending("2026-02", 3),
            ["2025-Q3", "2025-Q4", "2026-Q1"]
        );
        assert_eq!(quarters_ending("2026-12", 1), ["2026-Q4"]);
        assert_eq!(quarters_ending("2026-12", 0), Vec::<String>::new());
    }

    #[test]
    fn the_period_before() {
        assert_eq!(previous("2026").as_deref(), Some("2025"));
        assert_eq!(previous("2026-Q1").as_deref(), Some("2025-Q4"));
        assert_eq!(previous("2026-Q3").as_deref(), Some("2026-Q2"));
        assert_eq!(previous("2026-01").as_deref(), Some("2025-12"));
        assert_eq!(previous("nonsense"), None);
    }

    #[test]
    fn years_quarters_and_months() {
        let r = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        assert_eq!(months("2026"), r("2026-01", "2026-12"));
        assert_eq!(months("2026-Q3"), r("2026-07", "2026-09"));
        assert_eq!(months("2026-q1"), r("2026-01", "2026-03"));
        assert_eq!(months("2026-11"), r("2026-11", "2026-11"));
        for bad in [
            "", "26", "2026-13", "2026-Q5", "2026-00", "abcd", "1800", "2026-1",
        ] {
            assert_eq!(months(bad), None, "{bad}");
        }
    }

    #[test]
    fn only_ended_periods_are_closed() {
        let c = closed("2026-12", 1);
        assert_eq!(
            c,
            [
                "2026-Q3", "2026-Q2", "2026-Q1", "2025", "2025-Q4", "2025-Q3", "2025-Q2", "2025-Q1"
            ]
        );
        // In January nothing of the new year has ended yet.
        assert!(closed("2027-01", 0).is_empty());
        assert_eq!(closed("2027-01", 1)[0], "2026");
        assert!(closed("nonsense", 2).is_empty());
    }
}
