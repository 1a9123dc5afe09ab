use maud::{Markup, PreEscaped};

use crate::domain::Category;

/// The category's pictogram from `static/icons/`, inline so it costs no request: drawn in
/// `currentColor` and hidden from screen readers, as the category's name is always beside it.
pub fn category_icon(category: Category) -> Markup {
    let svg = match category {
        Category::LanguageCourse => include_str!("../../static/icons/language_course.svg"),
        Category::IntegrationCourse => include_str!("../../static/icons/integration_course.svg"),
        Category::Counseling => include_str!("../../static/icons/counseling.svg"),
        Category::Training => include_str!("../../static/icons/training.svg"),
        Category::Recognition => include_str!("../../static/icons/recognition.svg"),
        Category::School => include_str!("../../static/icons/school.svg"),
        Category::Childcare => include_str!("../../static/icons/childcare.svg"),
        Category::Work => include_str!("../../static/icons/work.svg"),
        Category::Leisure => include_str!("../../static/icons/leisure.svg"),
        Category::Mobility => include_str!("../../static/icons/mobility.svg"),
        Category::Health => include_str!("../../static/icons/health.svg"),
        Category::Housing => include_str!("../../static/icons/housing.svg"),
        Category::Other => include_str!("../../static/icons/other.svg"),
    };
    PreEscaped(svg.trim_end().to_owned())
}
