use maud::{Markup, html};

use super::{Signed, csrf_field};
use crate::domain::{LangCode, Report};
use crate::views::labels::dir_of;
use crate::views::layout::Chrome;

/// An open report with the title of the offer it is about.
pub struct ReportRow {
    pub report: Report,
    pub title: String,
}

/// Open reports from visitors, each to resolve (the listing was corrected) or dismiss.
pub fn reports_section(chrome: &Chrome, signed: &Signed, rows: &[ReportRow]) -> Markup {
    let t = chrome.t;
    html! {
        @if !rows.is_empty() {
            section.reports aria-labelledby="reports-heading" {
                h2 #reports-heading { (t.t("provider-reports-heading")) }
                ul {
                    @for row in rows {
                        @let report = &row.report;
                        @let lang: Option<LangCode> = report.lang.parse().ok();
                        li data-report=(report.id) {
                            a href=(chrome.href(&format!("/provider/offers/{}", report.offer_id))) { (row.title) }
                            " · " (t.t(&format!("report-reason-{}", report.reason.code())))
                            " · " span dir="ltr" { (report.created.get(..10).unwrap_or(&report.created)) }
                            @if !report.message.is_empty() {
                                blockquote lang=(report.lang) dir=[lang.as_ref().map(dir_of)] { (report.message) }
                            }
                            form.inline method="post" action=(chrome.href(&format!("/provider/reports/{}", report.id))) {
                                (csrf_field(signed))
                                button type="submit" name="action" value="resolve" { (t.t("provider-report-resolve")) }
                                " "
                                button.secondary type="submit" name="action" value="dismiss" { (t.t("provider-report-dismiss")) }
                            }
                        }
                    }
                }
            }
        }
    }
}
