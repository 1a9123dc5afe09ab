//! An offer's opening hours as a week in the page's language, with "open now" and "by
//! appointment".

use maud::{Markup, html};

use super::layout::Chrome;
use crate::domain::{Offer, week};

/// The facts box entry for the hours; nothing when the offer gives neither hours nor
/// appointments.
pub fn opening_hours(chrome: &Chrome, offer: &Offer, open_now: bool) -> Markup {
    let t = chrome.t;
    let by_appointment = offer.by_appointment == Some(true);
    html! {
        @if !offer.hours.is_empty() || by_appointment {
            dt { (t.t("fact-hours")) }
            dd.hours {
                @if open_now { p.badge.open-now { (t.t("badge-open-now")) } }
                @if !offer.hours.is_empty() {
                    table.week {
                        tbody {
                            @for (day, times) in week(&offer.hours) {
                                tr data-day=(day.code()) {
                                    th scope="row" { (t.t(&format!("weekday-{}", day.code()))) }
                                    td dir="ltr" {
                                        @for (i, (opens, closes)) in times.iter().enumerate() {
                                            @if i > 0 { ", " }
                                            (t.time(opens.minutes())) "–" (t.time(closes.minutes()))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                @if by_appointment { p.appointment { (t.t("fact-by-appointment")) } }
            }
        }
    }
}
