use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// The languages Wegweiser speaks: UI, query analysis and glossary.
/// This is the one place that lists them; adding one is a checklist in the README.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    De,
    En,
    Ar,
    Uk,
    Ru,
    Tr,
    Fa,
    Fr,
    Ku,
    Ps,
    Ti,
    So,
    Ro,
    Bg,
    Pl,
    Sq,
}

impl Lang {
    pub const ALL: [Lang; 16] = [
        Lang::De,
        Lang::En,
        Lang::Ar,
        Lang::Uk,
        Lang::Ru,
        Lang::Tr,
        Lang::Fa,
        Lang::Fr,
        Lang::Ku,
        Lang::Ps,
        Lang::Ti,
        Lang::So,
        Lang::Ro,
        Lang::Bg,
        Lang::Pl,
        Lang::Sq,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Uk => "uk",
            Lang::Ru => "ru",
            Lang::Tr => "tr",
            Lang::Fa => "fa",
            Lang::Fr => "fr",
            Lang::Ku => "ku",
            Lang::Ps => "ps",
            Lang::Ti => "ti",
            Lang::So => "so",
            Lang::Ro => "ro",
            Lang::Bg => "bg",
            Lang::Pl => "pl",
            Lang::Sq => "sq",
        }
    }

    /// The language's name in its own script, as the language switch shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::De => "Deutsch",
            Lang::En => "English",
            Lang::Ar => "العربية",
            Lang::Uk => "Українська",
            Lang::Ru => "Русский",
            Lang::Tr => "Türkçe",
            Lang::Fa => "فارسی",
            Lang::Fr => "Français",
            Lang::Ku => "Kurmancî",
            Lang::Ps => "پښتو",
            Lang::Ti => "ትግርኛ",
            Lang::So => "Soomaali",
            Lang::Ro => "Română",
            Lang::Bg => "Български",
            Lang::Pl => "Polski",
            Lang::Sq => "Shqip",
        }
    }

    pub fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar | Lang::Fa | Lang::Ps)
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;

    fn from_str(code: &str) -> Result<Self, Self::Err> {
        Lang::from_code(code).ok_or_else(|| format!("`{code}` is not a supported language"))
    }
}

/// Any ISO 639-1 language code: offers are given in many more languages than the UI has.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LangCode(String);

/// ISO 639-1, all 183 two-letter codes, in alphabetical order.
const ISO_639_1: &str = "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy \
da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz \
ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo \
lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps \
pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn \
to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu";

impl LangCode {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The supported language this code names, if it is one of them.
    pub fn supported(&self) -> Option<Lang> {
        Lang::from_code(&self.0)
    }
}

impl FromStr for LangCode {
    type Err = String;

    fn from_str(code: &str) -> Result<Self, Self::Err> {
        let known = code.len() == 2 && ISO_639_1.split(' ').any(|known| known == code);
        if known {
            Ok(LangCode(code.to_owned()))
        } else {
            Err(format!("`{code}` is not an ISO 639-1 language code (two lowercase letters, e.g. `de`, `ar`, `uk`)"))
        }
    }
}

impl TryFrom<String> for LangCode {
    type Error = String;

    fn try_from(code: String) -> Result<Self, Self::Error> {
        code.parse()
    }
}

impl From<LangCode> for String {
    fn from(code: LangCode) -> String {
        code.0
    }
}

impl From<Lang> for LangCode {
    fn from(lang: Lang) -> LangCode {
        LangCode(lang.code().to_owned())
    }
}

impl fmt::Display for LangCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_iso_codes_beyond_the_ui_languages() {
        for code in ["de", "ku", "ti", "so", "pl", "fa"] {
            assert!(code.parse::<LangCode>().is_ok(), "{code}");
        }
        assert_eq!(ISO_639_1.split(' ').count(), 183);
    }

    #[test]
    fn rejects_unknown_and_misshaped_codes() {
        for code in ["xx", "DE", "deu", "", "prs"] {
            assert!(code.parse::<LangCode>().is_err(), "{code}");
        }
    }

    #[test]
    fn arabic_farsi_and_pashto_are_right_to_left() {
        let rtl: Vec<_> = Lang::ALL.into_iter().filter(|l| l.is_rtl()).collect();
        assert_eq!(rtl, [Lang::Ar, Lang::Fa, Lang::Ps]);
    }
}
