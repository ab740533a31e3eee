//! Pairing a kiosk tablet: the manager registers it and gets a one-time
//! code (eight digits, for 30 minutes); typed or scanned on the tablet it
//! becomes the tablet's own key, kept in a cookie there and only as a
//! keyed hash here. Revoking the tablet makes its key open nothing.

use crate::services::state::AppState;
use crate::store::entities::kiosk_device;
use crate::store::kiosks::{self, NewKiosk};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use sea_orm::DbErr;
use uuid::Uuid;

/// How long a pairing code pairs.
pub const PAIR_MINUTES: i64 = 30;

/// Seconds the thanks stay before the next respondent's screen.
pub const THANKS_SECS: u32 = 6;

fn code_hash(state: &AppState, code: &str) -> String {
    state.tokens.keyed_hash("kiosk-pair", code.as_bytes())
}

fn key_hash(state: &AppState, key: &str) -> String {
    state.tokens.keyed_hash("kiosk-key", key.as_bytes())
}

/// A code as typed ("1234 5678", "1234-5678"): its eight digits.
pub fn normalize(typed: &str) -> Option<String> {
    let digits: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    (digits.len() == 8 && digits.bytes().all(|b| b.is_ascii_digit())).then_some(digits)
}

/// A code as shown: "1234 5678".
pub fn shown(code: &str) -> String {
    format!("{} {}", &code[..4], &code[4..])
}

/// Registers a tablet for a unit; the pairing code, to show once.
pub async fn register(
    state: &AppState,
    survey_id: Uuid,
    unit_id: Uuid,
    name: &str,
    faces: bool,
    by: Uuid,
) -> Result<(kiosk_device::Model, String), DbErr> {
    let now = state.clock.now();
    let code = format!("{:08}", rand::rng().next_u32() % 100_000_000);
    let device = kiosks::register(
        &state.db,
        NewKiosk {
            survey_id,
            unit_id,
            name,
            faces,
            code_hash: code_hash(state, &code),
            expires_at: now + chrono::Duration::minutes(PAIR_MINUTES),
            by,
        },
        now,
    )
    .await?;
    Ok((device, code))
}

/// Pairs the tablet waiting for `typed`: its new key (for its cookie), or
/// None for a wrong, spent, expired or revoked code.
pub async fn pair(
    state: &AppState,
    typed: &str,
) -> Result<Option<(kiosk_device::Model, String)>, DbErr> {
    let Some(code) = normalize(typed) else {
        return Ok(None);
    };
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let key = URL_SAFE_NO_PAD.encode(bytes);
    let paired = kiosks::pair(
        &state.db,
        &code_hash(state, &code),
        &key_hash(state, &key),
        state.clock.now(),
    )
    .await?;
    Ok(paired.map(|d| (d, key)))
}

/// The paired, unrevoked tablet whose key this is.
pub async fn device(state: &AppState, key: &str) -> Result<Option<kiosk_device::Model>, DbErr> {
    if key.is_empty() || key.len() > 100 {
        return Ok(None);
    }
    kiosks::by_key(&state.db, &key_hash(state, key)).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_as_typed_and_nonsense_is_refused() {
        assert_eq!(normalize("1234 5678").as_deref(), Some("12345678"));
        assert_eq!(normalize(" 1234-5678 ").as_deref(), Some("12345678"));
        for bad in ["", "1234567", "123456789", "1234 567a", "１２３４５６７８"] {
            assert_eq!(normalize(bad), None, "{bad}");
        }
        assert_eq!(shown("00012345"), "0001 2345");
    }
}
