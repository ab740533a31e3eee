//! Whole numbers in JSON bodies as JSON Schema's `integer` reads them:
//! `812` and `812.0` are the same number, so both are taken; `812.5`, a
//! negative number or one too large for the field is refused.

use serde::de::Error;
use serde::{Deserialize, Deserializer};

/// A whole number.
pub fn whole<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: TryFrom<u64>,
{
    let n = serde_json::Number::deserialize(d)?;
    of(&n).ok_or_else(|| D::Error::custom(format!("expected a whole number, found {n}")))
}

/// A whole number, or null or nothing.
pub fn whole_or_none<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: TryFrom<u64>,
{
    match Option::<serde_json::Number>::deserialize(d)? {
        None => Ok(None),
        Some(n) => of(&n)
            .map(Some)
            .ok_or_else(|| D::Error::custom(format!("expected a whole number, found {n}"))),
    }
}

fn of<T: TryFrom<u64>>(n: &serde_json::Number) -> Option<T> {
    let v = n.as_u64().or_else(|| {
        n.as_f64()
            .filter(|f| f.fract() == 0.0 && *f >= 0.0 && *f < u64::MAX as f64)
            .map(|f| f as u64)
    })?;
    T::try_from(v).ok()
}

#[cfg(test)]
mod tests {
    #[derive(serde::Deserialize)]
    struct Count {
        #[serde(deserialize_with = "super::whole")]
        count: u32,
        #[serde(default, deserialize_with = "super::whole_or_none")]
        days: Option<u32>,
    }

    fn read(json: &str) -> Option<(u32, Option<u32>)> {
        serde_json::from_str::<Count>(json)
            .ok()
            .map(|c| (c.count, c.days))
    }

    #[test]
    fn whole_numbers_are_taken_however_written() {
        assert_eq!(read(r#"{"count": 812}"#), Some((812, None)));
        assert_eq!(
            read(r#"{"count": 812.0, "days": 3.0}"#),
            Some((812, Some(3)))
        );
        assert_eq!(read(r#"{"count": 8, "days": null}"#), Some((8, None)));
        assert_eq!(read(r#"{"count": 812.5}"#), None);
        assert_eq!(read(r#"{"count": -1}"#), None);
        assert_eq!(read(r#"{"count": 5000000000}"#), None);
        assert_eq!(read(r#"{"count": "8"}"#), None);
    }
}
