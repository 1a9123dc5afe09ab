use crate::domain::{Category, Lang, LangCode, Level, TargetGroup};
use crate::i18n::Translator;

/// What a reader is told about a text not in the page's language: "This text is in German."
/// in the reader's language, distinct from the languages an offer is given in.
pub fn text_language_note(t: Translator, code: &LangCode) -> String {
    if code.as_str() == "de" {
        t.t("text-in-german")
    } else {
        t.t_with("in-language", &[("language", language_name(code.as_str()).into())])
    }
}

/// Languages are named in their own script, never as flags.
pub fn language_name(code: &str) -> String {
    if let Some(lang) = Lang::from_code(code) {
        return lang.native_name().to_owned();
    }
    let name = match code {
        "ku" => "Kurdî",
        "ti" => "ትግርኛ",
        "so" => "Soomaali",
        "pl" => "Polski",
        "ro" => "Română",
        "bg" => "Български",
        "sq" => "Shqip",
        "fr" => "Français",
        "es" => "Español",
        "it" => "Italiano",
        "el" => "Ελληνικά",
        "ps" => "پښتو",
        "ur" => "اردو",
        "hi" => "हिन्दी",
        "sr" => "Српски",
        "hr" => "Hrvatski",
        "bs" => "Bosanski",
        "am" => "አማርኛ",
        "ta" => "தமிழ்",
        "hu" => "Magyar",
        "cs" => "Čeština",
        "pt" => "Português",
        "zh" => "中文",
        "vi" => "Tiếng Việt",
        "ka" => "ქართული",
        "hy" => "Հայերեն",
        "az" => "Azərbaycan",
        "uz" => "Oʻzbek",
        "tk" => "Türkmen",
        "kk" => "Қазақ",
        _ => code,
    };
    name.to_owned()
}

pub fn category_name(t: Translator, category: Category) -> String {
    t.t(&format!("category-{}", category.code()))
}

pub fn category_name_of(t: Translator, code: &str) -> String {
    Category::from_code(code).map_or_else(|| code.to_owned(), |c| category_name(t, c))
}

pub fn group_name(t: Translator, group: TargetGroup) -> String {
    t.t(&format!("group-{}", group.code()))
}

pub fn group_name_of(t: Translator, code: &str) -> String {
    TargetGroup::from_code(code).map_or_else(|| code.to_owned(), |g| group_name(t, g))
}

/// A level as people read it: "A1", or the literacy course's name.
pub fn level_name(t: Translator, level: Level) -> String {
    if level == Level::Alpha { t.t("level-alpha") } else { level.code().to_owned() }
}

/// `dir` for a text in `code`; Arabic script languages other than ours included.
pub fn dir_of(code: &LangCode) -> &'static str {
    match code.as_str() {
        "ar" | "fa" | "ur" | "ps" | "he" | "yi" => "rtl",
        _ => "ltr",
    }
}
