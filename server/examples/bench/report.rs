//! The one table a run prints: each figure beside its target and whether
//! it holds, in Markdown.

/// One line of the table.
struct Row {
    measure: String,
    figure: String,
    target: String,
    holds: Option<bool>,
}

/// The table, filled part by part.
#[derive(Default)]
pub struct Table {
    rows: Vec<Row>,
}

impl Table {
    /// A figure with a target: `holds` says whether it is met.
    pub fn check(
        &mut self,
        measure: impl Into<String>,
        figure: impl Into<String>,
        target: impl Into<String>,
        holds: bool,
    ) {
        self.rows.push(Row {
            measure: measure.into(),
            figure: figure.into(),
            target: target.into(),
            holds: Some(holds),
        });
    }

    /// A figure without a target (context for the others).
    pub fn info(&mut self, measure: impl Into<String>, figure: impl Into<String>) {
        self.rows.push(Row {
            measure: measure.into(),
            figure: figure.into(),
            target: String::new(),
            holds: None,
        });
    }

    /// The table in Markdown, and how many targets hold.
    pub fn print(&self) {
        println!("| measure | figure | target | holds |");
        println!("|---|---|---|---|");
        for r in &self.rows {
            let holds = match r.holds {
                Some(true) => "yes",
                Some(false) => "**no**",
                None => "",
            };
            println!("| {} | {} | {} | {holds} |", r.measure, r.figure, r.target);
        }
        let checked = self.rows.iter().filter(|r| r.holds.is_some()).count();
        let held = self.rows.iter().filter(|r| r.holds == Some(true)).count();
        println!();
        println!("{held} of {checked} targets hold.");
    }
}
