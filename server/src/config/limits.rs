//! The rate of each limited action, as COUNT/SECONDS.

use clap::Args;
use std::str::FromStr;

/// One rate per limited action (see `http::rate_limit`).
#[derive(Clone, Debug, Args)]
pub struct LimitsConfig {
    /// Submissions of one form token from one network address
    /// (COUNT/SECONDS): stops a client replaying one form.
    #[arg(
        long = "limit-submit-client",
        global = true,
        env = "PERSEPSI_LIMIT_SUBMIT_CLIENT",
        default_value = "5/60"
    )]
    pub submit_client: Rate,

    /// Submissions from one device (its cookie), whatever the form
    /// (COUNT/SECONDS): a kiosk tablet needs room, a script does not.
    #[arg(
        long = "limit-submit-device",
        global = true,
        env = "PERSEPSI_LIMIT_SUBMIT_DEVICE",
        default_value = "60/600"
    )]
    pub submit_device: Rate,

    /// Submissions from one network address (COUNT/SECONDS). Generous: many
    /// citizens share one counter Wi-Fi.
    #[arg(
        long = "limit-submit-network",
        global = true,
        env = "PERSEPSI_LIMIT_SUBMIT_NETWORK",
        default_value = "120/600"
    )]
    pub submit_network: Rate,

    /// Submissions to one survey from everyone (COUNT/SECONDS).
    #[arg(
        long = "limit-submit-survey",
        global = true,
        env = "PERSEPSI_LIMIT_SUBMIT_SURVEY",
        default_value = "3000/60"
    )]
    pub submit_survey: Rate,

    /// Forms (and API tokens) handed to one network address, to visitors
    /// the server has not met yet (COUNT/SECONDS). Generous: a phone
    /// carrier puts thousands of people behind one address.
    #[arg(
        long = "limit-form-network",
        global = true,
        env = "PERSEPSI_LIMIT_FORM_NETWORK",
        default_value = "3000/600"
    )]
    pub form_network: Rate,

    /// Forms opened by one device that carries its cookie, whatever its
    /// address (COUNT/SECONDS): a person reloading or coming back has room,
    /// a script reloading one page does not.
    #[arg(
        long = "limit-form-device",
        global = true,
        env = "PERSEPSI_LIMIT_FORM_DEVICE",
        default_value = "120/600"
    )]
    pub form_device: Rate,

    /// Sign-in attempts from one network address (COUNT/SECONDS).
    #[arg(
        long = "limit-login-network",
        global = true,
        env = "PERSEPSI_LIMIT_LOGIN_NETWORK",
        default_value = "20/600"
    )]
    pub login_network: Rate,

    /// Sign-in attempts for one account from one network address
    /// (COUNT/SECONDS); tries from other addresses never lock the owner out.
    #[arg(
        long = "limit-login-account",
        global = true,
        env = "PERSEPSI_LIMIT_LOGIN_ACCOUNT",
        default_value = "10/600"
    )]
    pub login_account: Rate,

    /// Kiosk pairing attempts from one network address (COUNT/SECONDS):
    /// guessing an eight-digit code is hopeless at this pace.
    #[arg(
        long = "limit-kiosk-pair",
        global = true,
        env = "PERSEPSI_LIMIT_KIOSK_PAIR",
        default_value = "10/600"
    )]
    pub kiosk_pair: Rate,

    /// Sends from one paired kiosk tablet (COUNT/SECONDS), each carrying
    /// up to 50 kept answers: a tablet is one device, not an address
    /// shared by many, and is limited on its own.
    #[arg(
        long = "limit-kiosk-send",
        global = true,
        env = "PERSEPSI_LIMIT_KIOSK_SEND",
        default_value = "120/600"
    )]
    pub kiosk_send: Rate,

    /// On PostgreSQL, spend each address's and device's budget in the
    /// database as well as in memory, so that several servers behind one
    /// proxy give a flood the budget of one. Turn it off for a single
    /// server on PostgreSQL to save a statement per request.
    #[arg(
        long = "shared-limits",
        global = true,
        env = "PERSEPSI_SHARED_LIMITS",
        default_value_t = true,
        action = clap::ArgAction::Set
    )]
    pub shared: bool,
}

/// The actions that are limited, each with its own rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LimitedAction {
    /// One form token from one device and address.
    SubmitClient,
    /// Everything from one device cookie.
    SubmitDevice,
    /// Everything from one network address.
    SubmitNetwork,
    /// Everything to one survey.
    SubmitSurvey,
    /// Forms and API tokens handed to one address.
    FormNetwork,
    /// Forms opened by one device (its cookie).
    FormDevice,
    /// Sign-in attempts from one address.
    LoginNetwork,
    /// Sign-in attempts for one account from one address.
    LoginAccount,
    /// Kiosk pairing attempts from one address.
    KioskPair,
    /// Sends from one kiosk tablet.
    KioskSend,
}

impl LimitedAction {
    /// Every limited action.
    pub const ALL: [LimitedAction; 10] = [
        LimitedAction::SubmitClient,
        LimitedAction::SubmitDevice,
        LimitedAction::SubmitNetwork,
        LimitedAction::SubmitSurvey,
        LimitedAction::FormNetwork,
        LimitedAction::FormDevice,
        LimitedAction::LoginNetwork,
        LimitedAction::LoginAccount,
        LimitedAction::KioskPair,
        LimitedAction::KioskSend,
    ];
}

impl LimitsConfig {
    /// The rate of `action`.
    pub fn rate(&self, action: LimitedAction) -> Rate {
        match action {
            LimitedAction::SubmitClient => self.submit_client,
            LimitedAction::SubmitDevice => self.submit_device,
            LimitedAction::SubmitNetwork => self.submit_network,
            LimitedAction::SubmitSurvey => self.submit_survey,
            LimitedAction::FormNetwork => self.form_network,
            LimitedAction::FormDevice => self.form_device,
            LimitedAction::LoginNetwork => self.login_network,
            LimitedAction::LoginAccount => self.login_account,
            LimitedAction::KioskPair => self.kiosk_pair,
            LimitedAction::KioskSend => self.kiosk_send,
        }
    }
}

/// COUNT requests per SECONDS, as written in the environment: `5/60`.
/// The whole COUNT may come at once, then one more every SECONDS/COUNT.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rate {
    /// Requests allowed in the period (and in one burst).
    pub count: u32,
    /// The period, in seconds.
    pub seconds: u32,
}

impl FromStr for Rate {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || format!("`{s}`: write COUNT/SECONDS, e.g. 5/60, both above zero");
        let (count, seconds) = s.split_once('/').ok_or_else(bad)?;
        let count: u32 = count.trim().parse().map_err(|_| bad())?;
        let seconds: u32 = seconds.trim().parse().map_err(|_| bad())?;
        if count == 0 || seconds == 0 {
            return Err(bad());
        }
        Ok(Rate { count, seconds })
    }
}
