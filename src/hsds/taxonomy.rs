//! The Wegweiser taxonomy: categories, target groups, levels and features of offers as HSDS
//! taxonomy terms with stable codes (`wegweiser:category:language_course`) and ids.

use super::derived_id;
use super::model::{Attribute, Taxonomy, TaxonomyTerm};
use crate::domain::{Category, Lang, Level, TargetGroup};
use crate::i18n::Translator;

/// The code of the taxonomy; every term code starts with it.
const TAXONOMY_CODE: &str = "wegweiser";

/// The value of a yes-or-no term.
pub const YES: &str = "true";
pub const NO: &str = "false";

/// One term of the taxonomy: what it says about the service (or cost option) it is attached to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Term {
    Category(Category),
    TargetGroup(TargetGroup),
    Level(Level),
    /// With the value `true` or `false`.
    Childcare,
    /// With the value `true` or `false`.
    Online,
    /// With the value `true` or `false`.
    ByAppointment,
    /// With the value `true` or `false`.
    Wheelchair,
    /// On a cost option, with the value `true` or `false`.
    Free,
    /// With the tag as value.
    Tag,
}

impl Term {
    /// Every term, in the order the taxonomy lists them.
    pub fn all() -> Vec<Term> {
        let categories = Category::ALL.into_iter().map(Term::Category);
        let groups = TargetGroup::ALL.into_iter().map(Term::TargetGroup);
        let levels = Level::ALL.into_iter().map(Term::Level);
        categories
            .chain(groups)
            .chain(levels)
            .chain([Term::Childcare, Term::Online, Term::ByAppointment, Term::Wheelchair, Term::Free, Term::Tag])
            .collect()
    }

    /// What kind of statement the term makes; also the attribute's `link_type`.
    pub fn kind(self) -> &'static str {
        match self {
            Term::Category(_) => "category",
            Term::TargetGroup(_) => "target_group",
            Term::Level(_) => "level",
            Term::Childcare => "childcare",
            Term::Online => "online",
            Term::ByAppointment => "by_appointment",
            Term::Wheelchair => "wheelchair",
            Term::Free => "free",
            Term::Tag => "tag",
        }
    }

    /// `wegweiser:category:language_course`, `wegweiser:childcare`.
    pub fn code(self) -> String {
        let value = match self {
            Term::Category(category) => category.code(),
            Term::TargetGroup(group) => group.code(),
            Term::Level(level) => level.code(),
            Term::Childcare | Term::Online | Term::ByAppointment | Term::Wheelchair | Term::Free | Term::Tag => {
                return format!("{TAXONOMY_CODE}:{}", self.kind());
            }
        };
        format!("{TAXONOMY_CODE}:{}:{value}", self.kind())
    }

    pub fn id(self) -> String {
        derived_id(&self.code())
    }

    /// The term a code names, if it is one of ours.
    pub fn from_code(code: &str) -> Option<Term> {
        Term::all().into_iter().find(|term| term.code() == code)
    }

    /// The term an attribute applies: by its code, or by its id when only the id is given.
    pub fn of(attribute: &Attribute) -> Option<Term> {
        let term = attribute.taxonomy_term.as_ref();
        if let Some(code) = term.and_then(|t| t.code.as_deref()) {
            return Term::from_code(code);
        }
        let id = attribute.taxonomy_term_id.as_deref().or(term.map(|t| t.id.as_str()))?;
        Term::all().into_iter().find(|term| term.id() == id)
    }

    fn name(self) -> String {
        let german = Translator::new(Lang::De);
        match self {
            Term::Category(category) => german.t(&format!("category-{}", category.code())),
            Term::TargetGroup(group) => german.t(&format!("group-{}", group.code())),
            Term::Level(Level::Alpha) => german.t("level-alpha"),
            Term::Level(level) => format!("Sprachniveau {}", level.code()),
            Term::Childcare => "Kinderbetreuung".to_owned(),
            Term::Online => "Online".to_owned(),
            Term::ByAppointment => "Nur mit Termin".to_owned(),
            Term::Wheelchair => "Rollstuhlgerecht".to_owned(),
            Term::Free => "Kostenlos".to_owned(),
            Term::Tag => "Schlagwort".to_owned(),
        }
    }

    fn description(self) -> String {
        match self {
            Term::Category(_) => format!("Art des Angebots: {}", self.name()),
            Term::TargetGroup(_) => format!("Zielgruppe: {}", self.name()),
            Term::Level(Level::Alpha) => "Alphabetisierungskurs".to_owned(),
            Term::Level(level) => {
                format!("Sprachniveau {} nach dem Gemeinsamen Europäischen Referenzrahmen", level.code())
            }
            Term::Childcare => "Kinderbetreuung während des Angebots; Wert `true` oder `false`".to_owned(),
            Term::Online => "Das Angebot findet online statt; Wert `true` oder `false`".to_owned(),
            Term::ByAppointment => "Nur nach Terminvereinbarung; Wert `true` oder `false`".to_owned(),
            Term::Wheelchair => "Mit dem Rollstuhl zugänglich; Wert `true` oder `false`".to_owned(),
            Term::Free => "An einer Kostenoption: das Angebot ist kostenlos; Wert `true` oder `false`".to_owned(),
            Term::Tag => "Schlagwort des Anbieters; Wert: das Schlagwort".to_owned(),
        }
    }

    pub fn to_hsds(self) -> TaxonomyTerm {
        let taxonomy = taxonomy();
        TaxonomyTerm {
            id: self.id(),
            code: Some(self.code()),
            name: self.name(),
            description: self.description(),
            taxonomy: Some(taxonomy.name.clone()),
            taxonomy_id: Some(taxonomy.id.clone()),
            taxonomy_detail: Some(taxonomy),
            language: Some("de".to_owned()),
        }
    }

    /// The term applied to the entity `link_id` of table `link_entity`, for the `nth` time (from
    /// 0; a tag may be given twice). The id stays when the value changes.
    pub fn attribute(self, link_entity: &str, link_id: &str, value: Option<&str>, nth: usize) -> Attribute {
        Attribute {
            id: derived_id(&format!("{TAXONOMY_CODE}:attribute:{link_id}:{}:{nth}", self.code())),
            link_id: Some(link_id.to_owned()),
            link_type: Some(self.kind().to_owned()),
            link_entity: Some(link_entity.to_owned()),
            taxonomy_term_id: Some(self.id()),
            taxonomy_term: Some(self.to_hsds()),
            value: value.map(str::to_owned),
        }
    }
}

/// The Wegweiser taxonomy itself.
pub fn taxonomy() -> Taxonomy {
    Taxonomy {
        id: derived_id(&format!("{TAXONOMY_CODE}:taxonomy")),
        name: "Wegweiser".to_owned(),
        description: "Arten, Zielgruppen, Sprachniveaus und Merkmale der Angebote für Neuzugewanderte im Wegweiser"
            .to_owned(),
        uri: Some(format!("urn:{TAXONOMY_CODE}:taxonomy")),
        version: Some("1".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_stable_and_read_back() {
        assert_eq!(Term::Category(Category::LanguageCourse).code(), "wegweiser:category:language_course");
        assert_eq!(Term::Level(Level::B1).code(), "wegweiser:level:B1");
        assert_eq!(Term::Childcare.code(), "wegweiser:childcare");
        for term in Term::all() {
            assert_eq!(Term::from_code(&term.code()), Some(term));
        }
        assert_eq!(Term::from_code("wegweiser:category:cooking"), None);
    }

    #[test]
    fn terms_have_german_names_and_distinct_ids() {
        assert_eq!(Term::TargetGroup(TargetGroup::Women).to_hsds().name, "Frauen");
        let mut ids: Vec<String> = Term::all().into_iter().map(Term::id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), Term::all().len());
    }

    #[test]
    fn an_attribute_names_its_term_by_code_or_by_id_alone() {
        let mut attribute = Term::Online.attribute("service", "s", Some(YES), 0);
        assert_eq!(Term::of(&attribute), Some(Term::Online));
        attribute.taxonomy_term = None;
        assert_eq!(Term::of(&attribute), Some(Term::Online));
    }
}
