//! How responses are judged and how long abuse-control keys are kept.

use clap::Args;

/// Form tokens, fill time and retention.
#[derive(Clone, Debug, Args)]
pub struct ResponsesConfig {
    /// A kiosk tablet's response given within this many seconds of its
    /// previous one is stored but flagged (no queue of people keeps that
    /// pace); 0 turns the signal off.
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_KIOSK_PACE_SECONDS",
        default_value_t = 20
    )]
    pub kiosk_pace_secs: i64,

    /// Seconds a kiosk's form may sit untouched (a respondent who walked
    /// away) before it starts over, keeping nothing.
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_KIOSK_IDLE_SECONDS",
        default_value_t = 90
    )]
    pub kiosk_idle_secs: u32,

    /// How long a form stays valid after it is shown, in seconds.
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_TOKEN_TTL",
        default_value_t = 86_400
    )]
    pub token_ttl: i64,

    /// Responses sent sooner than this many seconds after their form was
    /// shown are stored but flagged suspect (left out of scores).
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_MIN_FILL_SECONDS",
        default_value_t = 4
    )]
    pub min_fill_secs: i64,

    /// Seconds a person needs at least to read and answer one question: a
    /// form of many questions sent sooner than this many seconds per
    /// question is flagged too.
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_FILL_SECONDS_PER_QUESTION",
        default_value_t = 1.0
    )]
    pub fill_secs_per_item: f64,

    /// Responses from one network to one unit within ten minutes that are
    /// never a burst, however quiet the unit usually is (a busy unit's own
    /// pace raises it).
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_BURST_FLOOR",
        default_value_t = 15
    )]
    pub burst_floor: u64,

    /// Identical answer sets from one network in a day that are never a
    /// repeat, however rare the answers (more than chance beyond it is).
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_REPEAT_FLOOR",
        default_value_t = 3
    )]
    pub repeat_floor: u64,

    /// Days after which abuse-control keys (hashed device ids) are deleted.
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_ABUSE_RETENTION_DAYS",
        default_value_t = 40
    )]
    pub abuse_retention_days: i64,

    /// Days the citizens' free text (comments, suggestions, receipt
    /// numbers, the agency's own text questions) is kept after its survey
    /// closes (after the response came, for a survey without a closing
    /// date); then it is deleted, the answers that count are kept.
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_COMMENT_RETENTION_DAYS",
        default_value_t = 730,
        value_parser = clap::value_parser!(i64).range(1..=36_500)
    )]
    pub comment_retention_days: i64,
}

impl ResponsesConfig {
    /// The rules that judge a stream of responses.
    pub fn rules(&self) -> app::domain::flood::Rules {
        app::domain::flood::Rules {
            min_fill_secs: self.min_fill_secs,
            fill_secs_per_item: self.fill_secs_per_item,
            burst_floor: self.burst_floor,
            repeat_floor: self.repeat_floor,
            kiosk_pace_secs: self.kiosk_pace_secs,
            kiosk_idle_secs: self.kiosk_idle_secs,
            ..Default::default()
        }
    }
}
