//! The flood signals at work (rules in `app::domain::flood`): each
//! response that comes over the network is judged against what its network
//! sent before (bursts to one unit, the same answers over and over) and
//! against how long people take with this form. The response is flagged
//! as it is stored; when it is the one that reveals a burst or a repeat,
//! the earlier responses of the same stream are flagged too, so a flood's
//! first responses do not stay counted. Nothing is deleted: an assessor
//! reviews a flagged batch and may restore it (audited).

use crate::error::AppError;
use crate::services::access::Actor;
use crate::services::state::AppState;
use crate::store::flagged::{self, Batch};
use crate::store::signals::{self, Recent};
use crate::store::surveys::LoadedSurvey;
use crate::store::tallies::month_of;
use app::domain::answers::CheckedAnswer;
use app::domain::flood::{HISTORY_DAYS, Norms};
use app::domain::instrument::ItemKind;
use app::domain::signals::{Flags, Signal};
use chrono::{DateTime, Duration, Utc};
use std::net::IpAddr;
use std::sync::Arc;
use uuid::Uuid;

/// Fill times the survey's median is taken over.
const FILL_SAMPLE: u64 = 500;

/// Hex characters kept of a keyed hash: enough to tell networks and answer
/// sets apart, too few to be a useful identifier elsewhere.
const HASH_CHARS: usize = 16;

/// The network a request came from, as stored: a keyed hash of its address
/// (IPv6: its /64) that changes every month.
pub fn network_of(state: &AppState, ip: IpAddr, at: DateTime<Utc>) -> String {
    let mut data = month_of(at).into_bytes();
    match ip {
        IpAddr::V4(v4) => data.extend_from_slice(&v4.octets()),
        IpAddr::V6(v6) => data.extend_from_slice(&v6.octets()[..8]),
    }
    let mut h = state.tokens.keyed_hash("network", &data);
    h.truncate(HASH_CHARS);
    h
}

/// An answer set, as stored: a keyed hash of the answers that are not
/// free text (comments differ while the ticks are the same).
pub fn pattern_of(state: &AppState, survey: &LoadedSurvey, answers: &[CheckedAnswer]) -> String {
    let mut data = survey.survey.id.as_bytes().to_vec();
    for a in answers {
        let kind = survey
            .instrument
            .items
            .iter()
            .find(|i| i.key == a.key)
            .map(|i| i.kind);
        if kind != Some(ItemKind::Text) {
            data.extend_from_slice(a.key.as_bytes());
            data.push(b'=');
            data.extend_from_slice(a.value.as_bytes());
            data.push(0);
        }
    }
    let mut h = state.tokens.keyed_hash("pattern", &data);
    h.truncate(HASH_CHARS);
    h
}

/// A response about to be stored, as the flood rules see it.
#[derive(Clone, Debug)]
pub struct Arrival<'a> {
    /// Its network's hash.
    pub network: &'a str,
    /// Its answer set's hash.
    pub pattern: &'a str,
    /// Its unit.
    pub unit_id: Option<Uuid>,
    /// Now.
    pub at: DateTime<Utc>,
}

/// The verdict on one arrival: its own signals, and the earlier responses
/// of its stream to flag once it is stored.
#[derive(Debug, Default)]
pub struct Verdict {
    /// Signals of the arriving response.
    pub flags: Flags,
    /// Earlier responses of the burst that lack the signal.
    pub burst_before: Vec<Uuid>,
    /// Earlier responses of the repeat that lack the signal.
    pub repeat_before: Vec<Uuid>,
}

/// Seconds under which a response to `survey` is fast, by `norms`.
pub fn fast_below(state: &AppState, survey: &LoadedSurvey, norms: &Norms) -> i64 {
    state
        .rules
        .fast_below(survey.instrument.items.len(), &norms.fill_times)
}

/// Responses of one network in a day the repeat rule reads at most.
const DAY_SAMPLE: u64 = 5_000;

/// Judges `arrival` against its network's last ten minutes (a burst to its
/// unit) and, when that is no burst, its last day (repeats). A response
/// of a burst is left out already, so the longer look is spared; and the
/// earlier responses of a stream are flagged only around the moment it
/// is revealed (later ones are flagged as they come), so a long flood
/// costs each response one short, bounded read.
pub async fn judge(
    state: &AppState,
    survey: &LoadedSurvey,
    norms: &Norms,
    arrival: &Arrival<'_>,
) -> Result<Verdict, AppError> {
    let rules = &state.rules;
    let id = survey.survey.id;
    let mut verdict = Verdict::default();

    let capacity = norms.burst_capacity;
    let window_start = arrival.at - Duration::seconds(rules.burst_window_secs);
    let in_window = signals::from_network(
        &state.db,
        id,
        arrival.network,
        Some(arrival.unit_id),
        window_start,
        2 * capacity + 1,
    )
    .await?;
    let count = in_window.len() as u64;
    if count + 1 > capacity {
        verdict.flags.mark(Signal::Burst, true);
        if count <= 2 * capacity {
            verdict.burst_before = lacking(&in_window, Signal::Burst);
        }
        return Ok(verdict);
    }

    let since = arrival.at - Duration::hours(24);
    let day =
        signals::from_network(&state.db, id, arrival.network, None, since, DAY_SAMPLE).await?;
    let same: Vec<&Recent> = day
        .iter()
        .filter(|r| r.pattern.as_deref() == Some(arrival.pattern))
        .collect();
    let count = same.len() as u64 + 1;
    if count > rules.repeat_floor {
        let history = arrival.at - Duration::days(HISTORY_DAYS);
        let others = Some(arrival.network);
        let all = signals::trusted_count(&state.db, id, None, None, others, history).await?;
        let alike =
            signals::trusted_count(&state.db, id, None, Some(arrival.pattern), others, history)
                .await?;
        let share = if all == 0 {
            0.0
        } else {
            alike as f64 / all as f64
        };
        if rules.is_repeat(count, day.len() as u64 + 1, share) {
            verdict.flags.mark(Signal::Repeat, true);
            let same: Vec<Recent> = same.into_iter().cloned().collect();
            verdict.repeat_before = lacking(&same, Signal::Repeat);
        }
    }
    Ok(verdict)
}

fn lacking(responses: &[Recent], signal: Signal) -> Vec<Uuid> {
    responses
        .iter()
        .filter(|r| !r.flags.has(signal))
        .map(|r| r.id)
        .collect()
}

/// Flags the earlier responses a stored arrival revealed.
pub async fn flag_before(
    state: &AppState,
    survey: &LoadedSurvey,
    verdict: &Verdict,
) -> Result<(), AppError> {
    let instrument = &survey.instrument;
    let burst = signals::flag(&state.db, instrument, &verdict.burst_before, Signal::Burst).await?;
    let repeat = signals::flag(
        &state.db,
        instrument,
        &verdict.repeat_before,
        Signal::Repeat,
    )
    .await?;
    if burst + repeat > 0 {
        tracing::warn!(
            survey = %survey.survey.slug,
            burst,
            repeat,
            "responses of a flood left out of the score"
        );
    }
    Ok(())
}

/// What the rules learn of `survey` and its unit, kept for a while.
pub async fn norms(
    state: &AppState,
    survey: &LoadedSurvey,
    unit_id: Option<Uuid>,
) -> Result<Norms, AppError> {
    let key = format!("{}:{}", survey.survey.id, unit_id.unwrap_or_default());
    if let Some(hit) = state.norms.get(&key) {
        return Ok(hit);
    }
    let history = state.clock.now() - Duration::days(HISTORY_DAYS);
    let id = survey.survey.id;
    let served = signals::trusted_count(&state.db, id, unit_id, None, None, history).await?;
    let norms = Norms {
        burst_capacity: state.rules.burst_capacity(served),
        fill_times: Arc::new(signals::fill_times(&state.db, id, FILL_SAMPLE).await?),
    };
    state.norms.put(key, norms.clone());
    Ok(norms)
}

/// The flagged batches of a survey, for review.
pub async fn batches(state: &AppState, survey: &LoadedSurvey) -> Result<Vec<Batch>, AppError> {
    Ok(flagged::batches(&state.db, survey.survey.id).await?)
}

/// Restores one flagged batch into the default score, in the audit log
/// under `actor`. Returns how many responses came back.
pub async fn restore_batch(
    state: &AppState,
    actor: &Actor,
    survey: &LoadedSurvey,
    network: Option<&str>,
    unit_id: Option<Uuid>,
    flags: &str,
) -> Result<usize, AppError> {
    let ids = flagged::batch_ids(&state.db, survey.survey.id, network, unit_id, flags).await?;
    let restored = signals::restore(&state.db, &survey.instrument, &ids, state.clock.now()).await?;
    crate::services::auth::audit(
        &state.db,
        actor,
        "restore-responses",
        serde_json::json!({
            "survey": survey.survey.slug,
            "unit": unit_id,
            "network": network,
            "flags": flags,
            "restored": restored,
        }),
    )
    .await?;
    state.scores_changed();
    Ok(restored)
}

/// Why the suspect responses behind an agency's (or one unit's) score on
/// `instrument` were left out, in `months`: counts per signal, by its
/// stored name. Nothing is read when none were left out.
pub async fn left_out(
    state: &AppState,
    agency_id: Uuid,
    instrument: &app::domain::instrument::Instrument,
    unit_id: Option<Uuid>,
    months: Option<(String, String)>,
    suspect: u64,
) -> Result<std::collections::BTreeMap<String, u64>, AppError> {
    if suspect == 0 {
        return Ok(Default::default());
    }
    let surveys =
        flagged::surveys_on(&state.db, agency_id, &instrument.key, instrument.version).await?;
    let span = months.and_then(|(from, to)| crate::store::scores::span_of(&from, &to));
    let by_flags = flagged::suspect_by_flags(&state.db, &surveys, unit_id, span).await?;
    Ok(app::domain::signals::count_by_signal(&by_flags)
        .into_iter()
        .map(|(signal, n)| (signal.code().to_string(), n))
        .collect())
}
