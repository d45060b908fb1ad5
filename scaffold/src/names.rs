//! Rust names for the document's names: snake case for functions and fields, upper camel case
//! for types and variants, keywords made raw, and every name unique in its scope.

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, Span};

/// Rust's keywords that a raw identifier can spell (`r#type`).
const RAW: [&str; 39] = [
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try",
];
/// The rest of the keywords that a raw identifier can spell.
const RAW_MORE: [&str; 7] = [
    "type", "typeof", "unsafe", "unsized", "use", "virtual", "where",
];
/// Keywords no raw identifier can spell: these get a trailing `_`.
const NEVER: [&str; 5] = ["self", "Self", "super", "crate", "_"];

/// The words of a document name, with signs spelled out (GitHub's reactions are `+1`, `-1`)
/// and a plural acronym kept one word (`CVMs` is `Cvms`, not `Cv Ms`): what heck's case
/// conversions read.
fn words(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 8);
    let plural_acronym = |word: &str| {
        word.len() > 2
            && word.ends_with('s')
            && word[..word.len() - 1]
                .chars()
                .all(|c| c.is_ascii_uppercase())
    };
    let name: String = name
        .split(' ')
        .map(|word| {
            if plural_acronym(word) {
                let mut kept = word[..1].to_owned();
                kept.push_str(&word[1..].to_ascii_lowercase());
                kept
            } else {
                word.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    for (i, c) in name.chars().enumerate() {
        match c {
            '+' => out.push_str(" plus "),
            '-' if i == 0 => out.push_str(" minus "),
            c if c.is_ascii_alphanumeric() => out.push(c),
            _ => out.push(' '),
        }
    }
    out
}

/// `name` in snake case (`repos/get-content` -> `repos_get_content`), if it has a letter or a
/// digit to make one of.
pub(crate) fn snake(name: &str) -> Option<String> {
    let snake = words(name).to_snake_case();
    (!snake.is_empty()).then(|| leading_digit(snake, "_"))
}

/// `name` in upper camel case (`simple-user` -> `SimpleUser`), if it has a letter or a digit.
pub(crate) fn camel(name: &str) -> Option<String> {
    let camel = words(name).to_upper_camel_case();
    (!camel.is_empty()).then(|| leading_digit(camel, "N"))
}

fn leading_digit(name: String, prefix: &str) -> String {
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("{prefix}{name}")
    } else {
        name
    }
}

/// An identifier for `name` (already in its case): raw for a keyword, `name_` for the few a
/// raw identifier cannot spell.
pub(crate) fn ident(name: &str) -> Ident {
    if NEVER.contains(&name) {
        Ident::new(&format!("{name}_"), Span::call_site())
    } else if RAW.contains(&name) || RAW_MORE.contains(&name) {
        Ident::new_raw(name, Span::call_site())
    } else {
        Ident::new(name, Span::call_site())
    }
}

/// The names taken in one scope (a module's types, a trait's methods, a struct's fields):
/// `take` hands out each wanted name once, numbering the later ones (`Item`, `Item2`).
#[derive(Default)]
pub(crate) struct Names {
    taken: BTreeSet<String>,
}

impl Names {
    /// A scope where `reserved` are already taken (the prelude's names a type must not hide).
    pub(crate) fn reserving(reserved: &[&str]) -> Names {
        Names {
            taken: reserved.iter().map(|name| (*name).to_owned()).collect(),
        }
    }

    /// `wanted`, or `wanted` numbered when it is taken.
    pub(crate) fn take(&mut self, wanted: &str) -> String {
        let mut name = wanted.to_owned();
        let mut n = 2;
        // `r#type` and `type_` are one name to the compiler's eye: compare the spelled ident.
        while !self.taken.insert(ident(&name).to_string()) {
            let separator = if wanted.ends_with(|c: char| c.is_ascii_digit()) {
                "_"
            } else {
                ""
            };
            name = format!("{wanted}{separator}{n}");
            n += 1;
        }
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        assert_eq!(
            snake("repos/get-content").as_deref(),
            Some("repos_get_content")
        );
        assert_eq!(snake("+1").as_deref(), Some("plus_1"));
        assert_eq!(snake("-1").as_deref(), Some("minus_1"));
        assert_eq!(snake("2fa").as_deref(), Some("_2fa"));
        assert_eq!(snake("$$"), None);
        assert_eq!(camel("simple-user").as_deref(), Some("SimpleUser"));
        assert_eq!(camel("KMSInfo").as_deref(), Some("KmsInfo"));
        assert_eq!(camel("CVMs").as_deref(), Some("Cvms"));
        assert_eq!(snake("CVMs").as_deref(), Some("cvms"));
        assert_eq!(camel("SSH Keys").as_deref(), Some("SshKeys"));
        assert_eq!(camel("2fa").as_deref(), Some("N2fa"));
        assert_eq!(ident("type").to_string(), "r#type");
        assert_eq!(ident("self").to_string(), "self_");
    }

    #[test]
    fn each_name_once() {
        let mut names = Names::reserving(&["Result"]);
        assert_eq!(names.take("Result"), "Result2");
        assert_eq!(names.take("Item"), "Item");
        assert_eq!(names.take("Item"), "Item2");
        assert_eq!(names.take("V1"), "V1");
        assert_eq!(names.take("V1"), "V1_2");
        assert_eq!(names.take("type"), "type");
        assert_eq!(names.take("type"), "type2");
    }
}
