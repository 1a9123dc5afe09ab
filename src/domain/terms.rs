use std::fmt;

use serde::{Deserialize, Serialize};

/// What kind of offer it is; the entry points of the home page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    LanguageCourse,
    IntegrationCourse,
    Counseling,
    Training,
    Recognition,
    School,
    Childcare,
    Work,
    Leisure,
    Mobility,
    Health,
    Housing,
    Other,
}

impl Category {
    pub const ALL: [Category; 13] = [
        Category::LanguageCourse,
        Category::IntegrationCourse,
        Category::Counseling,
        Category::Training,
        Category::Recognition,
        Category::School,
        Category::Childcare,
        Category::Work,
        Category::Leisure,
        Category::Mobility,
        Category::Health,
        Category::Housing,
        Category::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Category::LanguageCourse => "language_course",
            Category::IntegrationCourse => "integration_course",
            Category::Counseling => "counseling",
            Category::Training => "training",
            Category::Recognition => "recognition",
            Category::School => "school",
            Category::Childcare => "childcare",
            Category::Work => "work",
            Category::Leisure => "leisure",
            Category::Mobility => "mobility",
            Category::Health => "health",
            Category::Housing => "housing",
            Category::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.code() == code)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Who an offer is meant for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetGroup {
    Women,
    Men,
    Youth,
    Children,
    Parents,
    Seniors,
    Refugees,
    EuCitizens,
    All,
}

impl TargetGroup {
    pub const ALL: [TargetGroup; 9] = [
        TargetGroup::Women,
        TargetGroup::Men,
        TargetGroup::Youth,
        TargetGroup::Children,
        TargetGroup::Parents,
        TargetGroup::Seniors,
        TargetGroup::Refugees,
        TargetGroup::EuCitizens,
        TargetGroup::All,
    ];

    pub fn code(self) -> &'static str {
        match self {
            TargetGroup::Women => "women",
            TargetGroup::Men => "men",
            TargetGroup::Youth => "youth",
            TargetGroup::Children => "children",
            TargetGroup::Parents => "parents",
            TargetGroup::Seniors => "seniors",
            TargetGroup::Refugees => "refugees",
            TargetGroup::EuCitizens => "eu_citizens",
            TargetGroup::All => "all",
        }
    }

    pub fn from_code(code: &str) -> Option<TargetGroup> {
        TargetGroup::ALL.into_iter().find(|g| g.code() == code)
    }
}

/// Course level: a literacy course or a CEFR level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Level {
    #[serde(rename = "alpha")]
    Alpha,
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
}

impl Level {
    pub const ALL: [Level; 7] = [Level::Alpha, Level::A1, Level::A2, Level::B1, Level::B2, Level::C1, Level::C2];

    pub fn code(self) -> &'static str {
        match self {
            Level::Alpha => "alpha",
            Level::A1 => "A1",
            Level::A2 => "A2",
            Level::B1 => "B1",
            Level::B2 => "B2",
            Level::C1 => "C1",
            Level::C2 => "C2",
        }
    }

    pub fn from_code(code: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(code))
    }
}
