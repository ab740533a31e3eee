//! The name a chart or a table gives an item: a few whole words, never a
//! question cut mid-sentence. A version that sets its items' `short` names
//! is read as it is; the earlier versions (stored, so never edited) take
//! theirs from the table here, keyed by item key. SKM's nine elements are
//! numbered as the regulation numbers them ("U1 Persyaratan"), so an
//! assessor can match a bar to PermenPANRB 14/2017.

use super::definition::Item;
use crate::domain::text::Text;

/// Short names of the items of versions that carry none, by item key:
/// (key, Indonesian, English).
const SHORT: [(&str, &str, &str); 19] = [
    ("u1_requirements", "Persyaratan", "Requirements"),
    ("u2_procedure", "Prosedur", "Procedure"),
    ("u3_time", "Waktu", "Time"),
    ("u4_cost", "Biaya", "Cost"),
    ("u5_product", "Hasil layanan", "Product"),
    ("u6_competence", "Kemampuan petugas", "Staff skill"),
    ("u7_behaviour", "Sikap petugas", "Staff manner"),
    ("u8_complaints", "Pengaduan", "Complaints"),
    ("u9_facilities", "Sarana", "Facilities"),
    ("undue_delay", "Lambat", "Delay"),
    ("no_service", "Tidak dilayani", "Not served"),
    ("procedure", "Syarat tambahan", "Extra steps"),
    ("abuse_of_authority", "Sewenang-wenang", "Beyond authority"),
    ("incompetence", "Tidak cakap", "Not able"),
    ("payment_request", "Diminta uang", "Asked for money"),
    ("impropriety", "Tidak sopan", "Rude"),
    ("discrimination", "Dibedakan", "Treated unequally"),
    ("partiality", "Pilih kasih", "Favouritism"),
    ("conflict_of_interest", "Cari untung", "Own gain"),
];

impl Item {
    /// The item's name on a chart or in a table: its own short name, else
    /// the table's, else its question; an SKM element (`u1_…` to `u9_…`)
    /// led by its number, "U1".
    pub fn short_name(&self) -> Text {
        let base = match (&self.short, SHORT.iter().find(|(k, _, _)| *k == self.key)) {
            (Some(own), _) => own.clone(),
            (None, Some((_, id, en))) => Text::new(*id, *en),
            (None, None) => self.text.clone(),
        };
        match element_number(&self.key) {
            Some(n) => Text::new(format!("U{n} {}", base.id), format!("U{n} {}", base.en)),
            None => base,
        }
    }
}

/// `3` for `u3_time`: an SKM element's number.
fn element_number(key: &str) -> Option<&str> {
    let (head, _) = key.split_once('_')?;
    let n = head.strip_prefix('u')?;
    (!n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())).then_some(n)
}

/// `text` in lines of at most `width` characters, broken between words
/// only (a word longer than a line keeps its own line whole), and at most
/// `lines` lines, the last ending in "…" when words were left over.
pub fn wrap_words(text: &str, width: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in text.split_whitespace() {
        if let Some(line) = out.last_mut()
            && line.chars().count() + 1 + w.chars().count() <= width
        {
            line.push(' ');
            line.push_str(w);
        } else if out.len() == lines {
            if let Some(last) = out.last_mut() {
                last.push('…');
            }
            return out;
        } else {
            out.push(w.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_break_between_words_only() {
        assert_eq!(
            wrap_words("Dinas Kependudukan dan Pencatatan Sipil", 20, 2),
            ["Dinas Kependudukan", "dan Pencatatan Sipil"]
        );
        assert_eq!(wrap_words("U1 Persyaratan", 20, 2), ["U1 Persyaratan"]);
        assert_eq!(
            wrap_words("satu dua tiga empat lima", 9, 2),
            ["satu dua", "tiga…"]
        );
        assert_eq!(
            wrap_words("Kependudukanpencatatan x", 5, 2),
            ["Kependudukanpencatatan", "x"]
        );
    }

    #[test]
    fn skm_elements_are_numbered() {
        assert_eq!(element_number("u3_time"), Some("3"));
        assert_eq!(element_number("undue_delay"), None);
        assert_eq!(element_number("used_service"), None);
    }
}
