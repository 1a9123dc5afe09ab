//! Each top-level module says in its `//!` header which other modules it may import
//! (`//! May import: domain, i18n.`); this test holds every file of the module to that line,
//! so a layer cannot quietly start reaching across its boundary.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Items of the crate root every layer may use.
const ROOT_ITEMS: &[&str] = &["Error", "Kind", "Result"];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.map(Result::unwrap) {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The modules named after `May import:` in a header; `None` for "anything".
fn declared(root_file: &Path) -> Option<Option<BTreeSet<String>>> {
    let text = std::fs::read_to_string(root_file).unwrap();
    let header: String = text
        .lines()
        .take_while(|l| l.starts_with("//!"))
        .map(|l| l.trim_start_matches("//!"))
        .collect::<Vec<_>>()
        .join(" ");
    let list = header.split("May import:").nth(1)?.split('.').next()?.trim().to_owned();
    if list == "anything" {
        return Some(None);
    }
    let names = list.split(',').map(str::trim).filter(|n| !n.is_empty() && *n != "nothing").map(str::to_owned);
    Some(Some(names.collect()))
}

/// `(line number, module)` for every `crate::module` the file's code (not its tests) names.
fn crate_references(file: &Path) -> Vec<(usize, String)> {
    let text = std::fs::read_to_string(file).unwrap();
    let mut found = Vec::new();
    for (number, line) in text.lines().enumerate() {
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        let code = line.split("//").next().unwrap_or_default();
        for part in code.split("crate::").skip(1) {
            let names: Vec<&str> = match part.strip_prefix('{') {
                Some(group) => group.split('}').next().unwrap_or_default().split(',').collect(),
                None => vec![part],
            };
            for name in names {
                let name: String = name.trim().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                if !name.is_empty() {
                    found.push((number + 1, name));
                }
            }
        }
    }
    found
}

#[test]
fn every_module_imports_only_what_its_header_allows() {
    let mut violations = Vec::new();
    for entry in std::fs::read_dir(src()).unwrap().map(Result::unwrap) {
        let root_file = entry.path();
        let Some(module) = root_file.file_stem().and_then(|s| s.to_str()).map(str::to_owned) else { continue };
        if root_file.is_dir() || ["lib", "main"].contains(&module.as_str()) {
            continue;
        }
        let allowed = match declared(&root_file) {
            Some(allowed) => allowed,
            None => {
                violations.push(format!("src/{module}.rs: the header says nothing like `May import: a, b.`"));
                continue;
            }
        };
        let Some(allowed) = allowed else { continue };
        let mut files = vec![root_file.clone()];
        rust_files(&src().join(&module), &mut files);
        for file in files {
            for (line, name) in crate_references(&file) {
                if name != module && !allowed.contains(&name) && !ROOT_ITEMS.contains(&name.as_str()) {
                    let shown = file.strip_prefix(src()).unwrap().display();
                    violations.push(format!("src/{shown}:{line}: `{module}` imports `{name}`"));
                }
            }
        }
    }
    assert!(violations.is_empty(), "imports across layers:\n{}", violations.join("\n"));
}

#[test]
fn the_check_sees_an_import_across_a_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("x.rs");
    std::fs::write(&file, "//! A layer.\n//! May import: domain.\nuse crate::{domain::Day, store::Store};\n").unwrap();
    assert_eq!(declared(&file), Some(Some(BTreeSet::from(["domain".to_owned()]))));
    let names: Vec<String> = crate_references(&file).into_iter().map(|(_, name)| name).collect();
    assert_eq!(names, ["domain", "store"]);
}

/// Offers are written only through the directory, which indexes what it wrote: its store and
/// index stay private fields, so no handler can write around the index.
#[test]
fn the_directory_keeps_its_store_and_index_to_itself() {
    let text = std::fs::read_to_string(src().join("directory.rs")).unwrap();
    let definition = text.split("pub struct Directory {").nth(1).unwrap().split('}').next().unwrap();
    let fields: Vec<&str> =
        definition.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with("//")).collect();
    for field in ["store:", "index:"] {
        let line =
            fields.iter().find(|l| l.contains(field)).unwrap_or_else(|| panic!("Directory has a `{field}` field"));
        assert!(!line.starts_with("pub"), "`{line}` must stay private to the directory");
    }
}
