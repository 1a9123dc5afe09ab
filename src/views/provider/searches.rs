use maud::{Markup, html};

use super::{Signed, area_nav};
use crate::domain::SearchGap;
use crate::views::labels::language_name;
use crate::views::layout::{Chrome, page};

/// Height of the chart's tallest bar, in its own units.
const CHART_HEIGHT: i64 = 100;
const BAR_WIDTH: i64 = 40;

/// What people looked for and did not find, per week and language, with a chart of the weeks.
pub fn searches_page(chrome: &Chrome, signed: &Signed, gaps: &[SearchGap]) -> Markup {
    let t = chrome.t;
    let main = html! {
        (area_nav(chrome, signed))
        h1 { (t.t("searches-heading")) }
        p { (t.t("searches-intro")) }
        @if gaps.is_empty() {
            p { (t.t("searches-none")) }
        } @else {
            (chart(chrome, gaps))
            table.searches {
                thead { tr {
                    th scope="col" { (t.t("searches-week")) }
                    th scope="col" { (t.t("searches-language")) }
                    th scope="col" { (t.t("searches-words")) }
                    th scope="col" { (t.t("searches-nothing")) }
                    th scope="col" { (t.t("searches-few")) }
                } }
                tbody {
                    @for gap in gaps {
                        tr {
                            td dir="ltr" { (gap.week) }
                            td { (language_name(&gap.lang)) }
                            td lang=(gap.lang) { (gap.words) }
                            td dir="ltr" { (gap.zero) }
                            td dir="ltr" { (gap.few) }
                        }
                    }
                }
            }
        }
    };
    page(chrome, &t.t("searches-heading"), main)
}

/// One bar per week for the searches shown, oldest on the start side; the table says the same
/// in words.
fn chart(chrome: &Chrome, gaps: &[SearchGap]) -> Markup {
    let mut weeks: Vec<(&str, i64)> = Vec::new();
    for gap in gaps {
        match weeks.iter_mut().find(|(week, _)| *week == gap.week) {
            Some((_, total)) => *total += gap.zero + gap.few,
            None => weeks.push((&gap.week, gap.zero + gap.few)),
        }
    }
    weeks.sort();
    let most = weeks.iter().map(|(_, total)| *total).max().unwrap_or(1).max(1);
    let width = BAR_WIDTH * i64::try_from(weeks.len()).unwrap_or(0);
    let label = chrome.t.t("searches-chart");
    html! {
        figure.searches-chart {
            svg viewBox=(format!("0 0 {width} {}", CHART_HEIGHT + 20)) role="img" aria-label=(label) {
                @for (i, (week, total)) in weeks.iter().enumerate() {
                    @let height = total * CHART_HEIGHT / most;
                    @let x = BAR_WIDTH * i64::try_from(i).unwrap_or(0);
                    rect x=(x + 5) y=(CHART_HEIGHT - height) width=(BAR_WIDTH - 10) height=(height) fill="currentColor" {
                        title { (week) ": " (total) }
                    }
                    text x=(x + BAR_WIDTH / 2) y=(CHART_HEIGHT + 15) text-anchor="middle" font-size="10" fill="currentColor" {
                        (week.rsplit('W').next().unwrap_or(week))
                    }
                }
            }
            figcaption { (label) }
        }
    }
}
