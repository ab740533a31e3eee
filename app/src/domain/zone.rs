//! Indonesia's three time zones, by province: an agency tells the time of
//! its own citizens, so an export for an agency in Bali says 09:00+08:00,
//! not 08:00+07:00.
//!
//! WIB (UTC+7) covers Sumatra, Java and West and Central Kalimantan; WITA
//! (UTC+8) Bali, Nusa Tenggara, South, East and North Kalimantan and
//! Sulawesi; WIT (UTC+9) Maluku and Papua (Keputusan Presiden 41/1987). A
//! region the table does not know (a ministry's "Nasional", a typo) is
//! told in WIB, the capital's time.

/// One of Indonesia's time zones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zone {
    /// Waktu Indonesia Barat, UTC+7.
    Wib,
    /// Waktu Indonesia Tengah, UTC+8.
    Wita,
    /// Waktu Indonesia Timur, UTC+9.
    Wit,
}

impl Zone {
    /// Seconds east of UTC.
    pub fn offset_seconds(self) -> i32 {
        3600 * match self {
            Zone::Wib => 7,
            Zone::Wita => 8,
            Zone::Wit => 9,
        }
    }

    /// The name people use: `WIB`, `WITA`, `WIT`.
    pub fn abbreviation(self) -> &'static str {
        match self {
            Zone::Wib => "WIB",
            Zone::Wita => "WITA",
            Zone::Wit => "WIT",
        }
    }
}

/// Provinces outside WIB, lower case with single spaces. (Every other
/// province, and any unknown region, is WIB.)
const EAST: [(&str, Zone); 20] = [
    ("bali", Zone::Wita),
    ("nusa tenggara barat", Zone::Wita),
    ("nusa tenggara timur", Zone::Wita),
    ("kalimantan selatan", Zone::Wita),
    ("kalimantan timur", Zone::Wita),
    ("kalimantan utara", Zone::Wita),
    ("sulawesi utara", Zone::Wita),
    ("sulawesi tengah", Zone::Wita),
    ("sulawesi selatan", Zone::Wita),
    ("sulawesi tenggara", Zone::Wita),
    ("sulawesi barat", Zone::Wita),
    ("gorontalo", Zone::Wita),
    ("maluku", Zone::Wit),
    ("maluku utara", Zone::Wit),
    ("papua", Zone::Wit),
    ("papua barat", Zone::Wit),
    ("papua barat daya", Zone::Wit),
    ("papua selatan", Zone::Wit),
    ("papua tengah", Zone::Wit),
    ("papua pegunungan", Zone::Wit),
];

/// The time zone of a province, however it is spaced or capitalised; WIB
/// when the region is not a province east of it.
pub fn of_region(region: &str) -> Zone {
    let name = region
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let name = name.strip_prefix("provinsi ").unwrap_or(&name);
    EAST.iter()
        .find(|(p, _)| *p == name)
        .map(|(_, z)| *z)
        .unwrap_or(Zone::Wib)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provinces_tell_their_own_time_and_unknown_ones_jakartas() {
        assert_eq!(of_region("Bali"), Zone::Wita);
        assert_eq!(of_region("  kalimantan   TIMUR "), Zone::Wita);
        assert_eq!(of_region("Provinsi Papua Barat Daya"), Zone::Wit);
        assert_eq!(of_region("Maluku Utara"), Zone::Wit);
        assert_eq!(of_region("Jawa Timur"), Zone::Wib);
        assert_eq!(of_region("Kalimantan Barat"), Zone::Wib);
        assert_eq!(of_region("Nasional"), Zone::Wib);
        assert_eq!(of_region(""), Zone::Wib);
        assert_eq!(Zone::Wita.offset_seconds(), 8 * 3600);
        assert_eq!(Zone::Wit.abbreviation(), "WIT");
    }
}
