use std::collections::BTreeSet;

use tantivy::TantivyDocument;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{PreTokenizedString, Token};

use crate::analysis::{Analyzer, lexicon};
use crate::domain::{Category, Day, Lang, Offer, evening_or_weekend, week_ranges};

/// Bump when the schema or the analysis changes: an index of another version is rebuilt.
pub const SCHEMA_VERSION: &str = "wegweiser-index-7";

/// The three weighted text parts an offer has in each language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Title,
    Summary,
    Description,
}

impl Part {
    pub const ALL: [Part; 3] = [Part::Title, Part::Summary, Part::Description];

    fn name(self) -> &'static str {
        match self {
            Part::Title => "title",
            Part::Summary => "summary",
            Part::Description => "description",
        }
    }
}

/// The index's fields. Text is indexed, never stored: display data comes from the store.
#[derive(Clone)]
pub struct Fields {
    pub id: Field,
    /// `lang_text[lang][part]`
    lang_text: Vec<[Field; 3]>,
    /// Tags, provider and place names: typed as written, weighted like a second title.
    pub tags: Field,
    /// Every text in every language, folded but not stemmed.
    pub neutral: Field,
    /// German words and the parts of German compounds.
    pub compounds: Field,
    /// Glossary concepts the offer names or is (its category, groups and level).
    pub concepts: Field,
    /// Three-letter pieces of the words of titles, summaries and tags: the last resort.
    pub trigrams: Field,
    pub category: Field,
    pub city: Field,
    pub language: Field,
    pub target_group: Field,
    pub level: Field,
    pub free: Field,
    pub childcare: Field,
    pub online: Field,
    /// The schedule names evening hours or the weekend.
    pub evening_or_weekend: Field,
    /// The parts of the week its weekly hours fall in (`morning`, `weekend`).
    pub time_of_day: Field,
    /// Its weekly hours as [`open_range`]s.
    pub open_ranges: Field,
    pub lat: Field,
    pub lon: Field,
    pub start_day: Field,
    pub end_day: Field,
    pub updated_day: Field,
}

fn text_options(analyzer: &Analyzer) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(analyzer.name())
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    )
}

impl Fields {
    pub fn schema() -> (Schema, Fields) {
        let mut builder = Schema::builder();
        let lang_text = Lang::ALL
            .into_iter()
            .map(|lang| {
                let options = text_options(&Analyzer::for_lang(lang));
                Part::ALL.map(|part| builder.add_text_field(&format!("{}_{lang}", part.name()), options.clone()))
            })
            .collect();
        let neutral = text_options(&Analyzer::neutral());
        let fields = Fields {
            id: builder.add_text_field("id", STRING | STORED | FAST),
            lang_text,
            tags: builder.add_text_field("tags", neutral.clone()),
            neutral: builder.add_text_field("neutral", neutral),
            compounds: builder.add_text_field("compounds", text_options(&Analyzer::german_compounds())),
            concepts: builder.add_text_field("concepts", STRING),
            trigrams: builder.add_text_field(
                "trigrams",
                TextOptions::default().set_indexing_options(
                    TextFieldIndexing::default()
                        .set_tokenizer(Analyzer::trigrams().name())
                        .set_index_option(IndexRecordOption::Basic),
                ),
            ),
            category: builder.add_text_field("category", STRING | FAST),
            city: builder.add_text_field("city", STRING | FAST),
            language: builder.add_text_field("language", STRING | FAST),
            target_group: builder.add_text_field("target_group", STRING | FAST),
            level: builder.add_text_field("level", STRING | FAST),
            free: builder.add_bool_field("free", INDEXED | FAST),
            childcare: builder.add_bool_field("childcare", INDEXED | FAST),
            online: builder.add_bool_field("online", INDEXED | FAST),
            evening_or_weekend: builder.add_bool_field("evening_or_weekend", INDEXED | FAST),
            time_of_day: builder.add_text_field("time_of_day", STRING | FAST),
            open_ranges: builder.add_u64_field("open_ranges", FAST),
            lat: builder.add_f64_field("lat", FAST),
            lon: builder.add_f64_field("lon", FAST),
            start_day: builder.add_i64_field("start_day", FAST),
            end_day: builder.add_i64_field("end_day", FAST),
            updated_day: builder.add_i64_field("updated_day", FAST),
        };
        (builder.build(), fields)
    }

    pub fn text(&self, lang: Lang, part: Part) -> Field {
        let lang_index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        let part_index = Part::ALL.iter().position(|p| *p == part).unwrap_or(0);
        self.lang_text[lang_index][part_index]
    }

    /// The searchable form of one offer. Each text is analysed once per analyzer: the terms
    /// of its language and its German compounds go to the index as they are and serve the
    /// concept look-up too.
    pub fn document(&self, offer: &Offer) -> TantivyDocument {
        let mut doc = TantivyDocument::default();
        doc.add_text(self.id, offer.id.as_str());
        // Cost and schedule texts are searched but name no concepts: "Kurs" in a schedule makes
        // no language course.
        let parts = [
            (Part::Title, Some(&offer.title), true),
            (Part::Summary, offer.summary.as_ref(), true),
            (Part::Description, offer.description.as_ref(), true),
            (Part::Description, offer.cost.as_ref().and_then(|c| c.text.as_ref()), false),
            (Part::Description, offer.schedule.as_ref().and_then(|s| s.text.as_ref()), false),
        ];
        let mut runs = Vec::new();
        for (part, text, names_concepts) in parts {
            for (code, text) in text.into_iter().flat_map(|t| t.iter()) {
                doc.add_text(self.neutral, text);
                let Some(lang) = code.supported() else { continue };
                let terms = if lang == Lang::De {
                    let with_parts = Analyzer::german_compounds().tokens(text);
                    let (words, parts) = words_and_parts(&with_parts);
                    if names_concepts {
                        // The whole words are looked up with their run below.
                        runs.extend(parts.into_iter().map(|part| (Lang::De, vec![part])));
                    }
                    doc.add_pre_tokenized_text(self.compounds, pre_tokenized(text, with_parts));
                    words
                } else {
                    Analyzer::for_lang(lang).tokens(text)
                };
                if names_concepts {
                    runs.push((lang, terms.iter().map(|t| t.text.clone()).collect()));
                }
                doc.add_pre_tokenized_text(self.text(lang, part), pre_tokenized(text, terms));
            }
        }
        for text in [Some(&offer.title), offer.summary.as_ref()].into_iter().flatten() {
            for (_, text) in text.iter() {
                doc.add_text(self.trigrams, text);
            }
        }
        for tag in &offer.tags {
            doc.add_text(self.trigrams, tag);
        }
        doc.add_text(self.tags, &offer.provider.name);
        for tag in &offer.tags {
            doc.add_text(self.tags, tag);
        }
        for location in &offer.locations {
            doc.add_text(self.city, &location.city);
            doc.add_text(self.tags, &location.city);
            if let Some(name) = &location.name {
                doc.add_text(self.neutral, name);
            }
        }
        if let Some((lat, lon)) = offer.locations.iter().find_map(|l| l.coordinates()) {
            doc.add_f64(self.lat, lat);
            doc.add_f64(self.lon, lon);
        }
        for concept in concepts_of(offer, runs) {
            doc.add_text(self.concepts, &concept);
        }
        doc.add_text(self.category, offer.category.code());
        for code in &offer.languages {
            doc.add_text(self.language, code.as_str());
        }
        for group in &offer.target_groups {
            doc.add_text(self.target_group, group.code());
        }
        if let Some(level) = offer.level {
            doc.add_text(self.level, level.code());
        }
        doc.add_bool(self.free, offer.is_free());
        doc.add_bool(self.childcare, offer.childcare.unwrap_or(false));
        doc.add_bool(self.online, offer.online.unwrap_or(false));
        let schedule = offer.schedule.as_ref();
        doc.add_bool(self.evening_or_weekend, schedule.is_some_and(evening_or_weekend));
        for part in offer.times_of_day() {
            doc.add_text(self.time_of_day, part.code());
        }
        for range in week_ranges(&offer.weekly_hours()) {
            doc.add_u64(self.open_ranges, open_range(range));
        }
        let days = [
            (self.start_day, schedule.and_then(|s| s.start)),
            (self.end_day, schedule.and_then(|s| s.end)),
            (self.updated_day, offer.updated),
        ];
        for (field, day) in days {
            if let Some(day) = day {
                doc.add_i64(field, Day::ordinal_days(day));
            }
        }
        doc
    }
}

/// A range of minutes of the week in one number, for a fast field: the start in the high bits.
pub fn open_range((start, end): (u16, u16)) -> u64 {
    u64::from(start) << 16 | u64::from(end)
}

/// Whether an [`open_range`] holds the minute of the week `minute`.
pub fn range_holds(range: u64, minute: u16) -> bool {
    let (start, end) = ((range >> 16) as u16, (range & 0xFFFF) as u16);
    start <= minute && minute < end
}

/// The concept a target group stands for in the glossary.
pub fn group_concept(group: crate::domain::TargetGroup) -> String {
    format!("group_{}", group.code())
}

/// The tokens of one analysed text, as the index takes them without analysing again.
fn pre_tokenized(text: &str, tokens: Vec<Token>) -> PreTokenizedString {
    PreTokenizedString { text: text.to_owned(), tokens }
}

/// The compound analyzer's terms split into the German analyzer's (the whole word, the last
/// term at each position) and the compounds' parts before them.
fn words_and_parts(with_parts: &[Token]) -> (Vec<Token>, Vec<String>) {
    let (mut words, mut parts) = (Vec::new(), Vec::new());
    for (index, token) in with_parts.iter().enumerate() {
        if with_parts.get(index + 1).is_none_or(|next| next.position != token.position) {
            words.push(token.clone());
        } else {
            parts.push(token.text.clone());
        }
    }
    (words, parts)
}

/// The concepts an offer is about: its category, target groups and level, and every concept
/// named by its tags or by `runs`, the analysed term sequences of its texts.
fn concepts_of(offer: &Offer, mut runs: Vec<(Lang, Vec<String>)>) -> BTreeSet<String> {
    let glossary = &lexicon().glossary;
    let mut found = BTreeSet::from([offer.category.code().to_owned()]);
    found.extend(offer.target_groups.iter().map(|g| group_concept(*g)));
    if let Some(level) = offer.level {
        found.extend(glossary.concepts().iter().filter(|c| c.level == Some(level)).map(|c| c.id.clone()));
    }
    for tag in &offer.tags {
        runs.push((Lang::De, Analyzer::for_lang(Lang::De).tokens(tag).into_iter().map(|t| t.text).collect()));
    }
    // Category and group concepts come from the offer's fields alone: a swimming course that says
    // "Kurs" is no language course.
    let structured = |id: &str| Category::from_code(id).is_some() || id.starts_with("group_");
    for (lang, terms) in &runs {
        let named = glossary.find(*lang, terms).into_iter().map(|m| &glossary.concept(m.concept).id);
        found.extend(named.filter(|id| !structured(id)).cloned());
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;

    #[test]
    fn the_german_terms_taken_from_the_compound_analysis_are_the_german_analyzers() {
        let text = "Frauensprachkurs mit Kinderbetreuung – heute im Mehrgenerationenhaus";
        let with_parts = Analyzer::german_compounds().tokens(text);
        let (words, parts) = words_and_parts(&with_parts);
        assert!(parts.contains(&analyze(Some(Lang::De), "Kurs").remove(0)), "{parts:?}");
        assert_eq!(words.len() + parts.len(), with_parts.len());
        assert_eq!(words, Analyzer::for_lang(Lang::De).tokens(text));
    }
}
