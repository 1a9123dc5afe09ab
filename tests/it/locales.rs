use std::collections::BTreeSet;
use std::path::Path;

use wegweiser::domain::Lang;

fn keys(lang: Lang) -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("data/locales/{lang}/main.ftl"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|line| line.split_once(" =").map(|(key, _)| key.trim().to_owned()))
        .collect()
}

#[test]
fn every_ui_language_has_every_key() {
    let reference = keys(Lang::De);
    assert!(reference.len() > 50);
    for lang in Lang::ALL {
        let found = keys(lang);
        let missing: Vec<_> = reference.difference(&found).collect();
        let extra: Vec<_> = found.difference(&reference).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{lang}: missing {missing:?}, unknown {extra:?}");
    }
}

#[test]
fn every_key_the_code_uses_exists() {
    let reference = keys(Lang::De);
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut used = BTreeSet::new();
    for file in walk(&src) {
        let text = std::fs::read_to_string(file).unwrap();
        for (start, _) in text.match_indices(".t(\"").chain(text.match_indices(".t_with(\"")) {
            let rest = &text[start..];
            let open = rest.find('"').unwrap() + 1;
            let key = &rest[open..open + rest[open..].find('"').unwrap()];
            used.insert(key.to_owned());
        }
    }
    let missing: Vec<_> = used.iter().filter(|k| !reference.contains(*k)).collect();
    assert!(missing.is_empty(), "keys used in code but not in de/main.ftl: {missing:?}");
}

#[test]
fn plurals_follow_each_language() {
    use wegweiser::i18n::Translator;
    let de = Translator::new(Lang::De);
    assert_eq!(de.t_with("offer-count", &[("count", 1usize.into())]), "ein Angebot");
    assert_eq!(de.t_with("offer-count", &[("count", 5usize.into())]), "5 Angebote");
    let uk = Translator::new(Lang::Uk);
    assert_ne!(
        uk.t_with("offer-count", &[("count", 2usize.into())]),
        uk.t_with("offer-count", &[("count", 5usize.into())])
    );
    let ar = Translator::new(Lang::Ar);
    let forms: BTreeSet<String> =
        [0usize, 1, 2, 3, 11, 100].iter().map(|n| ar.t_with("offer-count", &[("count", (*n).into())])).collect();
    assert!(forms.len() >= 5, "Arabic has its plural forms: {forms:?}");
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}
