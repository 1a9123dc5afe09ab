use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Lang, LangCode};

/// Long descriptions are normal; anything past this is a mistake or an attack.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// Control characters (but tab and line breaks) and bidi overrides, which can disguise a text
/// (a phone number that reads backwards), are refused in every text field.
pub fn forbidden_char(text: &str) -> Option<char> {
    text.chars().find(|c| (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || ('\u{202A}'..='\u{202E}').contains(c))
}

/// A text in one or more languages, e.g. `{"de": "...", "ar": "..."}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "BTreeMap<LangCode, String>", into = "BTreeMap<LangCode, String>")]
pub struct LocalText(BTreeMap<LangCode, String>);

impl LocalText {
    pub fn get(&self, lang: Lang) -> Option<&str> {
        self.0.get(&LangCode::from(lang)).map(String::as_str)
    }

    /// The text in the language `code` names, any ISO 639-1 language.
    pub fn in_code(&self, code: &LangCode) -> Option<&str> {
        self.0.get(code).map(String::as_str)
    }

    /// The text in `lang`, else German, else the first language there is.
    pub fn best(&self, lang: Lang) -> (LangCode, &str) {
        let chosen = [lang, Lang::De]
            .into_iter()
            .find_map(|l| self.0.get_key_value(&LangCode::from(l)))
            .or_else(|| self.0.iter().next());
        match chosen {
            Some((code, text)) => (code.clone(), text),
            None => (LangCode::from(Lang::De), ""),
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&LangCode, &str)> {
        self.0.iter().map(|(code, text)| (code, text.as_str()))
    }

    pub fn languages(&self) -> impl Iterator<Item = &LangCode> {
        self.0.keys()
    }
}

impl TryFrom<BTreeMap<LangCode, String>> for LocalText {
    type Error = String;

    fn try_from(texts: BTreeMap<LangCode, String>) -> Result<Self, Self::Error> {
        if texts.is_empty() {
            return Err("needs a text in at least one language, e.g. {\"de\": \"...\"}".into());
        }
        for (code, text) in &texts {
            if text.trim().is_empty() {
                return Err(format!("the `{code}` text is empty"));
            }
            if let Some(bad) = forbidden_char(text) {
                return Err(format!("the `{code}` text contains the control character U+{:04X}", u32::from(bad)));
            }
            let chars = text.chars().count();
            if chars > MAX_TEXT_CHARS {
                return Err(format!("the `{code}` text has {chars} characters; at most {MAX_TEXT_CHARS} are allowed"));
            }
        }
        Ok(LocalText(texts))
    }
}

impl From<LocalText> for BTreeMap<LangCode, String> {
    fn from(text: LocalText) -> Self {
        text.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(json: &str) -> Result<LocalText, serde_json::Error> {
        serde_json::from_str(json)
    }

    #[test]
    fn best_prefers_the_asked_language_then_german() {
        let t = text(r#"{"de": "Deutschkurs", "ar": "دورة"}"#).unwrap();
        assert_eq!(t.best(Lang::Ar).1, "دورة");
        assert_eq!(t.best(Lang::Uk).1, "Deutschkurs");
        let only_english = text(r#"{"en": "Course"}"#).unwrap();
        assert_eq!(only_english.best(Lang::De).1, "Course");
    }

    #[test]
    fn rejects_empty_maps_blank_texts_and_unknown_codes() {
        assert!(text("{}").unwrap_err().to_string().contains("at least one language"));
        assert!(text(r#"{"de": "  "}"#).unwrap_err().to_string().contains("empty"));
        assert!(text(r#"{"xx": "Hallo"}"#).is_err());
        assert!(text(r#"{"de": "Ruf an: \u202e0132"}"#).unwrap_err().to_string().contains("U+202E"));
        assert!(text(r#"{"de": "a\u0000b"}"#).is_err());
        assert!(text(r#"{"de": "Zeile 1\nZeile 2\tTab"}"#).is_ok());
        let long = format!(r#"{{"de": "{}"}}"#, "a".repeat(MAX_TEXT_CHARS + 1));
        assert!(text(&long).unwrap_err().to_string().contains("at most"));
    }
}
