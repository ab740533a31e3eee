//! Signals that a response may not come from an honest respondent, and the
//! per-survey policy for repeat answers from one device. A signal never
//! throws a response away: it is stored, flagged *suspect*, left out of
//! scores by default and shown to assessors, so a hurried human loses
//! nothing.

use crate::domain::text::Text;
use std::collections::BTreeSet;
use std::fmt;

/// One reason to suspect a response.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Signal {
    /// The field hidden from people was filled in.
    Honeypot,
    /// Sent sooner after the form was shown than a person can read it.
    Fast,
    /// The form token was issued for another survey.
    OtherSurvey,
    /// The device had answered this survey already this month.
    RepeatDevice,
    /// One of far more responses from one network to one unit than a
    /// counter serves in that time.
    Burst,
    /// One of many identical answer sets from one network, more than the
    /// survey's own answers make likely.
    Repeat,
    /// Given on a kiosk tablet sooner after its previous response than one
    /// person can walk up and answer.
    Pace,
}

impl Signal {
    /// Every signal.
    pub const ALL: [Signal; 7] = [
        Signal::Honeypot,
        Signal::Fast,
        Signal::OtherSurvey,
        Signal::RepeatDevice,
        Signal::Burst,
        Signal::Repeat,
        Signal::Pace,
    ];

    /// The stored name.
    pub fn code(self) -> &'static str {
        match self {
            Signal::Honeypot => "honeypot",
            Signal::Fast => "fast",
            Signal::OtherSurvey => "other-survey",
            Signal::RepeatDevice => "repeat-device",
            Signal::Burst => "burst",
            Signal::Repeat => "repeat",
            Signal::Pace => "kiosk-pace",
        }
    }

    /// What it means, for assessors.
    pub fn describe(self) -> Text {
        match self {
            Signal::Honeypot => crate::i18n::SIGNAL_HONEYPOT.text(),
            Signal::Fast => crate::i18n::SIGNAL_FAST.text(),
            Signal::OtherSurvey => crate::i18n::SIGNAL_OTHER_SURVEY.text(),
            Signal::RepeatDevice => crate::i18n::SIGNAL_REPEAT_DEVICE.text(),
            Signal::Burst => crate::i18n::SIGNAL_BURST.text(),
            Signal::Repeat => crate::i18n::SIGNAL_REPEAT.text(),
            Signal::Pace => crate::i18n::SIGNAL_PACE.text(),
        }
    }
}

impl Signal {
    /// A short name, for counts beside a score.
    pub fn short(self) -> crate::i18n::Tr {
        use crate::i18n;
        match self {
            Signal::Honeypot => i18n::SIGNAL_SHORT_HONEYPOT,
            Signal::Fast => i18n::SIGNAL_SHORT_FAST,
            Signal::OtherSurvey => i18n::SIGNAL_SHORT_OTHER_SURVEY,
            Signal::RepeatDevice => i18n::SIGNAL_SHORT_REPEAT_DEVICE,
            Signal::Burst => i18n::SIGNAL_SHORT_BURST,
            Signal::Repeat => i18n::SIGNAL_SHORT_REPEAT,
            Signal::Pace => i18n::SIGNAL_SHORT_PACE,
        }
    }

    /// The signal of a stored name.
    pub fn from_code(code: &str) -> Option<Signal> {
        Signal::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// Why responses were left out, as people read it: `burst 140, fast 2`
/// (a response with two signals counts under both).
pub fn why_left_out(counts: &[(Signal, u64)], lang: crate::domain::text::Lang) -> String {
    counts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| format!("{} {n}", s.short().get(lang)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Counts per signal from counts per stored set of signals.
pub fn count_by_signal(by_flags: &[(String, u64)]) -> Vec<(Signal, u64)> {
    Signal::ALL
        .into_iter()
        .map(|signal| {
            let n = by_flags
                .iter()
                .filter(|(flags, _)| Flags::parse(flags).has(signal))
                .map(|(_, n)| n)
                .sum();
            (signal, n)
        })
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// The signals a response tripped; stored as `honeypot,fast`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Flags(BTreeSet<Signal>);

impl Flags {
    /// No signal.
    pub fn none() -> Self {
        Flags::default()
    }

    /// Adds `signal` when `tripped`.
    pub fn mark(&mut self, signal: Signal, tripped: bool) {
        if tripped {
            self.0.insert(signal);
        }
    }

    /// Whether any signal tripped: the response is suspect.
    pub fn suspect(&self) -> bool {
        !self.0.is_empty()
    }

    /// Whether `signal` tripped.
    pub fn has(&self, signal: Signal) -> bool {
        self.0.contains(&signal)
    }

    /// The signals, in a fixed order.
    pub fn iter(&self) -> impl Iterator<Item = Signal> + '_ {
        self.0.iter().copied()
    }

    /// Reads the stored form; unknown names are ignored.
    pub fn parse(stored: &str) -> Self {
        Flags(
            stored
                .split(',')
                .filter_map(|s| Signal::from_code(s.trim()))
                .collect(),
        )
    }
}

impl fmt::Display for Flags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let codes: Vec<&str> = self.0.iter().map(|s| s.code()).collect();
        f.write_str(&codes.join(","))
    }
}

/// What a survey does with a second answer from one device in a month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DevicePolicy {
    /// Accept it as any other (kiosks, shared phones).
    #[default]
    Allow,
    /// Accept it, flagged suspect.
    Flag,
    /// Refuse it with a friendly page.
    Reject,
}

impl DevicePolicy {
    /// From the stored name; anything unknown allows.
    pub fn parse(s: &str) -> Self {
        match s {
            "flag" => DevicePolicy::Flag,
            "reject" => DevicePolicy::Reject,
            _ => DevicePolicy::Allow,
        }
    }

    /// The stored name.
    pub fn code(self) -> &'static str {
        match self {
            DevicePolicy::Allow => "allow",
            DevicePolicy::Flag => "flag",
            DevicePolicy::Reject => "reject",
        }
    }
}

/// One-time service codes as printed: ten characters of Crockford's
/// base 32 (no I, L, O or U), shown as `XXXXX-XXXXX`.
pub mod code {
    /// The characters a code is made of.
    pub const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    /// Characters in a code, without the dash.
    pub const LEN: usize = 10;

    /// The canonical form of what a person typed: upper case, spaces and
    /// dashes dropped, the look-alikes O → 0 and I, L → 1 mended. `None`
    /// when it cannot be a code.
    pub fn normalize(typed: &str) -> Option<String> {
        let out: String = typed
            .chars()
            .filter(|c| !matches!(c, '-' | ' ' | '\u{a0}'))
            .map(|c| match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            })
            .collect();
        (out.len() == LEN && out.bytes().all(|b| ALPHABET.contains(&b))).then_some(out)
    }

    /// A canonical code as printed, with its dash.
    pub fn display(canonical: &str) -> String {
        let (a, b) = canonical.split_at(canonical.len() / 2);
        format!("{a}-{b}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_round_trip_through_their_stored_form() {
        let mut f = Flags::none();
        assert!(!f.suspect());
        assert_eq!(f.to_string(), "");
        f.mark(Signal::Fast, true);
        f.mark(Signal::Honeypot, true);
        f.mark(Signal::OtherSurvey, false);
        assert!(f.suspect());
        assert_eq!(f.to_string(), "honeypot,fast");
        assert_eq!(Flags::parse(&f.to_string()), f);
        assert_eq!(Flags::parse(""), Flags::none());
    }

    #[test]
    fn left_out_responses_are_counted_per_signal() {
        let by_flags = [("burst,repeat".to_string(), 140), ("fast".to_string(), 2)];
        let counts = count_by_signal(&by_flags);
        assert_eq!(
            counts,
            [
                (Signal::Fast, 2),
                (Signal::Burst, 140),
                (Signal::Repeat, 140)
            ]
        );
        let text = why_left_out(&counts, crate::domain::text::Lang::En);
        assert!(text.contains("140") && text.contains(", "), "{text}");
    }

    #[test]
    fn typed_codes_are_forgiven_their_look_alikes() {
        assert_eq!(
            code::normalize("k7qm3-xpdo1").as_deref(),
            Some("K7QM3XPD01")
        );
        assert_eq!(
            code::normalize(" K7QM3 XPDIL ").as_deref(),
            Some("K7QM3XPD11")
        );
        assert_eq!(code::normalize("K7QM3-XPD0"), None, "too short");
        assert_eq!(code::normalize("K7QM3-XPDU1"), None, "U is not used");
        assert_eq!(code::normalize("K7QM3-XPDÉ1"), None);
        assert_eq!(code::display("K7QM3XPD01"), "K7QM3-XPD01");
    }

    #[test]
    fn unknown_policies_allow() {
        for p in [
            DevicePolicy::Allow,
            DevicePolicy::Flag,
            DevicePolicy::Reject,
        ] {
            assert_eq!(DevicePolicy::parse(p.code()), p);
        }
        assert_eq!(DevicePolicy::parse("?"), DevicePolicy::Allow);
    }
}
