//! For assessors and agencies: a provider's or a unit's score with what it
//! rests on, charts of its questions and of its trend (server-rendered SVG
//! with a text alternative), and the ranking across providers.
//!
//! The parts: the score card (`card`), the charts (`charts`), the
//! dashboard page that puts them together (`page`), the filters both share
//! (`filters`) and the ranking page (`ranking`).

mod card;
mod charts;
mod filters;
mod page;
mod ranking;

pub use card::{Card, ScoreCard, ScoreCardProps};
pub use charts::{ItemBar, ItemChart, ItemChartProps, TrendChart, TrendChartProps, TrendPoint};
pub use filters::{CARRIED, DashboardFilters, carried_query};
pub use page::{DashboardPage, DashboardPageProps, DashboardView};
pub use ranking::{RankLine, RankingPage, RankingPageProps, RankingView};
