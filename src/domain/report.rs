//! A problem someone reports with a listing: what is wrong, in a few words, without any
//! personal data.

use std::str::FromStr;

/// Reports say a little; a longer text is no report.
pub const MAX_REPORT_CHARS: usize = 1000;

/// What a report says is wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportReason {
    Times,
    Place,
    Contact,
    Cost,
    Ended,
    Other,
}

impl ReportReason {
    pub const ALL: [ReportReason; 6] = [
        ReportReason::Times,
        ReportReason::Place,
        ReportReason::Contact,
        ReportReason::Cost,
        ReportReason::Ended,
        ReportReason::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ReportReason::Times => "times",
            ReportReason::Place => "place",
            ReportReason::Contact => "contact",
            ReportReason::Cost => "cost",
            ReportReason::Ended => "ended",
            ReportReason::Other => "other",
        }
    }
}

impl FromStr for ReportReason {
    type Err = String;

    fn from_str(code: &str) -> Result<Self, String> {
        ReportReason::ALL.into_iter().find(|r| r.code() == code).ok_or_else(|| format!("`{code}` is no reason"))
    }
}

/// A report as the provider and the admins see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub id: i64,
    pub offer_id: String,
    pub provider_id: String,
    pub reason: ReportReason,
    pub message: String,
    /// The language of the page it was sent from.
    pub lang: String,
    pub created: String,
}

/// The report's own words, cleaned: control characters out, at most [`MAX_REPORT_CHARS`].
pub fn report_message(text: &str) -> Result<String, String> {
    let text = text.trim();
    if text.chars().count() > MAX_REPORT_CHARS {
        return Err(format!("at most {MAX_REPORT_CHARS} characters"));
    }
    Ok(text
        .chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .filter(|c| !('\u{202A}'..='\u{202E}').contains(c))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_parse_by_code_and_messages_are_cleaned_and_bounded() {
        assert_eq!("times".parse::<ReportReason>(), Ok(ReportReason::Times));
        assert!("anything".parse::<ReportReason>().is_err());
        assert_eq!(report_message("  Die Zeit\u{202E} stimmt nicht\u{0007} ").unwrap(), "Die Zeit stimmt nicht");
        assert!(report_message(&"a".repeat(MAX_REPORT_CHARS + 1)).is_err());
    }
}
