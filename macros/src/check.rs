//! Every cross-check between the attribute and the signature, all errors collected.
//!
//! The output, `Endpoint`, is valid by construction: `expand.rs` never has to judge anything.

use std::collections::HashSet;

use syn::LitStr;

use crate::args::{Args, EndpointOption, METHODS};
use crate::errors::Errors;
use crate::signature::Arg;
use crate::template::{self, Segment};

/// A checked endpoint, ready to expand.
pub(crate) struct Endpoint {
    /// One of `args::METHODS`.
    pub(crate) method: &'static str,
    /// The template as written, for messages and metadata.
    pub(crate) template: String,
    pub(crate) segments: Vec<Segment>,
    /// Fixed `(name, value)` headers, valid for HTTP.
    pub(crate) headers: Vec<(String, String)>,
}

/// Headers the client owns; setting them per endpoint would break requests or leak secrets.
const RESERVED_HEADERS: [(&str, &str); 5] = [
    ("host", "the client sets it from the base URL"),
    ("content-length", "the client computes it"),
    ("transfer-encoding", "the client chooses it"),
    ("connection", "the client manages connections"),
    (
        "x-api-key",
        "the API key is configured on the client, never in source code",
    ),
];

/// Checks the attribute and binds its placeholders to `arguments`, recording every problem.
pub(crate) fn endpoint(args: &Args, arguments: &[Arg], errors: &mut Errors) -> Endpoint {
    let method = http_method(args, errors);
    let segments = match template::parse(&args.path.value()) {
        Ok(template) => {
            bindings(&template, &args.path, arguments, errors);
            template.segments
        }
        Err(messages) => {
            for message in messages {
                errors.push(args.path.span(), message);
            }
            Vec::new()
        }
    };
    let headers = headers(&args.options, errors);
    Endpoint {
        // Only read when no error was recorded, and then the method is known.
        method: method.unwrap_or("GET"),
        template: args.path.value(),
        segments,
        headers,
    }
}

fn http_method(args: &Args, errors: &mut Errors) -> Option<&'static str> {
    let written = args.method.to_string();
    let known = METHODS
        .iter()
        .copied()
        .find(|m| m.eq_ignore_ascii_case(&written));
    match known {
        Some(method) if method == written => return Some(method),
        Some(method) => errors.push(
            args.method.span(),
            format!("HTTP methods are written in upper case: `{method}`"),
        ),
        None => errors.push(
            args.method.span(),
            format!(
                "unknown HTTP method `{written}`: expected one of {}",
                METHODS.join(", ")
            ),
        ),
    }
    None
}

/// Placeholders and arguments must match one to one.
fn bindings(template: &template::Template, path: &LitStr, arguments: &[Arg], errors: &mut Errors) {
    let params: HashSet<&str> = template.params().collect();
    // Only an argument no placeholder uses can be the one a typo meant.
    let unbound: Vec<String> = arguments
        .iter()
        .map(|arg| arg.name.to_string())
        .filter(|name| !params.contains(name.as_str()))
        .collect();
    let mut seen = HashSet::new();
    let mut suggested = HashSet::new();
    for param in template.params() {
        if !seen.insert(param) {
            errors.push(
                path.span(),
                format!("placeholder `<{param}>` appears twice in the path"),
            );
        } else if !arguments.iter().any(|arg| arg.name == param) {
            let hint = match closest(param, &unbound) {
                Some(name) => {
                    suggested.insert(name);
                    format!("did you mean `{name}`?")
                }
                None => format!("add an argument `{param}: &str`"),
            };
            errors.push(
                path.span(),
                format!("placeholder `<{param}>` has no argument of that name: {hint}"),
            );
        }
    }
    for arg in arguments {
        let name = arg.name.to_string();
        // A suggested argument was reported with the placeholder that misspells it.
        if !params.contains(name.as_str()) && !suggested.contains(name.as_str()) {
            errors.push(
                arg.name.span(),
                format!(
                    "argument `{}` is not used: name it in the path as `<{}>`",
                    arg.name, arg.name
                ),
            );
        }
    }
}

/// The argument name nearest to `wanted`, if it is near enough to be a typo.
fn closest<'a>(wanted: &str, names: &'a [String]) -> Option<&'a str> {
    names
        .iter()
        .map(|name| (edit_distance(wanted, name), name))
        .filter(|(distance, name)| *distance <= (wanted.len().max(name.len()) / 3).max(1))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, name)| name.as_str())
}

/// Levenshtein distance; names longer than 64 bytes are never "near" (keeps it linear-ish).
fn edit_distance(a: &str, b: &str) -> usize {
    if a.len() > 64 || b.len() > 64 {
        return usize::MAX;
    }
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

fn headers(options: &[EndpointOption], errors: &mut Errors) -> Vec<(String, String)> {
    let mut headers = Vec::new();
    let mut seen = HashSet::new();
    for option in options {
        match option {
            EndpointOption::Header { name, value } => {
                let (name_text, value_text) = (name.value(), value.value());
                let lower = name_text.to_ascii_lowercase();
                if let Some(problem) = header_name_problem(&name_text) {
                    errors.push(name.span(), problem);
                } else if let Some((_, why)) = RESERVED_HEADERS.iter().find(|(n, _)| *n == lower) {
                    errors.push(
                        name.span(),
                        format!("header `{name_text}` cannot be fixed here: {why}"),
                    );
                } else if !seen.insert(lower) {
                    errors.push(name.span(), format!("header `{name_text}` is set twice"));
                }
                if let Some(problem) = header_value_problem(&value_text) {
                    errors.push(value.span(), problem);
                }
                headers.push((name_text, value_text));
            }
            EndpointOption::Unknown(name) => errors.push(
                name.span(),
                format!("unknown option `{name}`: expected `header(\"Name\" = \"value\")`"),
            ),
        }
    }
    headers
}

/// RFC 9110 `token`.
fn header_name_problem(name: &str) -> Option<String> {
    if name.is_empty() {
        return Some("a header name cannot be empty".to_owned());
    }
    let bad = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(*c)));
    bad.map(|c| {
        format!(
            "invalid header name `{}`: {c:?} is not allowed; use letters, digits and `-`",
            name.escape_debug()
        )
    })
}

/// Visible ASCII and inner spaces or tabs: what every HTTP stack accepts unchanged.
fn header_value_problem(value: &str) -> Option<String> {
    let bad = value
        .chars()
        .find(|c| !(c.is_ascii_graphic() || *c == ' ' || *c == '\t'));
    if let Some(c) = bad {
        return Some(format!(
            "invalid header value: {c:?} is not allowed; use visible ASCII characters"
        ));
    }
    if value.starts_with([' ', '\t']) || value.ends_with([' ', '\t']) {
        return Some("invalid header value: it starts or ends with white space".to_owned());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;
    use syn::TraitItemFn;

    fn check(attr: proc_macro2::TokenStream, method: proc_macro2::TokenStream) -> Vec<String> {
        let args: Args = syn::parse2(attr).unwrap();
        let method: TraitItemFn = syn::parse2(method).unwrap();
        let mut errors = Errors::default();
        let signature = crate::signature::parse(&method, &mut errors);
        let endpoint = endpoint(&args, &signature.args, &mut errors);
        match errors.finish(Some(endpoint)) {
            Ok(_) => Vec::new(),
            Err(error) => error.into_iter().map(|e| e.to_string()).collect(),
        }
    }

    fn has(messages: &[String], expected: &str) -> bool {
        messages.iter().any(|m| m.contains(expected))
    }

    const GET_KMS: &str = "async fn get(&self, kms_id: &str) -> Result<X, E>;";

    #[test]
    fn valid_endpoint() {
        let method: proc_macro2::TokenStream = GET_KMS.parse().unwrap();
        assert!(check(quote!(GET "/kms/<kms_id>", header("X-V" = "1")), method).is_empty());
    }

    #[test]
    fn methods() {
        let method: proc_macro2::TokenStream = GET_KMS.parse().unwrap();
        let lower = check(quote!(get "/kms/<kms_id>"), method.clone());
        assert!(has(&lower, "upper case: `GET`"), "{lower:?}");
        let unknown = check(quote!(FETCH "/kms/<kms_id>"), method);
        assert!(has(
            &unknown,
            "expected one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS"
        ));
    }

    #[test]
    fn bindings_both_ways() {
        let method: proc_macro2::TokenStream = GET_KMS.parse().unwrap();
        let typo = check(quote!(GET "/kms/<kms_i>"), method.clone());
        assert!(has(&typo, "did you mean `kms_id`?"), "{typo:?}");
        assert_eq!(
            typo.len(),
            1,
            "the suggested argument is not reported again: {typo:?}"
        );
        let unused = check(quote!(GET "/kms"), method.clone());
        assert!(has(&unused, "argument `kms_id` is not used"), "{unused:?}");
        let bound: proc_macro2::TokenStream = "async fn get(&self, kms_id: &str) -> Result<X, E>;"
            .parse()
            .unwrap();
        let taken = check(quote!(GET "/kms/<kms_id>/<app_id>"), bound);
        assert!(has(&taken, "add an argument `app_id: &str`"), "{taken:?}");
        let far = check(quote!(GET "/kms/<zzz>/<kms_id>"), method.clone());
        assert!(has(&far, "add an argument `zzz: &str`"), "{far:?}");
        let twice = check(quote!(GET "/kms/<kms_id>/<kms_id>"), method);
        assert!(has(&twice, "appears twice"), "{twice:?}");
    }

    #[test]
    fn header_options() {
        let method: proc_macro2::TokenStream =
            "async fn f(&self) -> Result<X, E>;".parse().unwrap();
        let cases = [
            (quote!(GET "/", header("" = "1")), "cannot be empty"),
            (quote!(GET "/", header("X Y" = "1")), "invalid header name"),
            (
                quote!(GET "/", header("X" = "a\nb")),
                "invalid header value",
            ),
            (quote!(GET "/", header("X" = " a")), "white space"),
            (
                quote!(GET "/", header("X-Api-Key" = "k")),
                "never in source code",
            ),
            (
                quote!(GET "/", header("X" = "1"), header("x" = "2")),
                "set twice",
            ),
            (quote!(GET "/", retry = 3), "unknown option `retry`"),
        ];
        for (attr, expected) in cases {
            let found = check(attr, method.clone());
            assert!(has(&found, expected), "{expected:?} not in {found:?}");
        }
    }

    #[test]
    fn edit_distance_basics() {
        assert_eq!(edit_distance("kms_id", "kms_id"), 0);
        assert_eq!(edit_distance("kmsid", "kms_id"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(closest("app", &["kms_id".to_owned()]), None);
    }
}
