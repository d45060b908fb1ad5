//! Every cross-check between the attribute and the signature, all errors collected.
//!
//! The output, `Endpoint`, is valid by construction: `expand.rs` never has to judge anything.

use std::collections::{HashMap, HashSet};

use syn::LitStr;

use crate::args::{Args, EndpointOption, METHODS};
use crate::errors::Errors;
use crate::signature::{Arg, Role};
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
    /// `timeout = "…"` in milliseconds.
    pub(crate) timeout_ms: Option<u64>,
    /// `retry = …`; `None` leaves it to the method (idempotent ones retry).
    pub(crate) retry: Option<bool>,
}

/// The longest per-method timeout accepted: a day. Longer is a typo, not a deadline.
const MAX_TIMEOUT_MS: u64 = 24 * 60 * 60 * 1000;

/// Methods whose requests carry no body.
const BODYLESS: [&str; 3] = ["GET", "HEAD", "DELETE"];

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
    roles(arguments, method, &headers, errors);
    Endpoint {
        // Only read when no error was recorded, and then the method is known.
        method: method.unwrap_or("GET"),
        template: args.path.value(),
        segments,
        headers,
        timeout_ms: timeout(&args.options, errors),
        retry: retry(&args.options, errors),
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

/// Placeholders and role-less arguments must match one to one.
fn bindings(template: &template::Template, path: &LitStr, arguments: &[Arg], errors: &mut Errors) {
    let params: HashSet<&str> = template.params().collect();
    let by_name: HashMap<String, &Arg> = arguments.iter().map(|arg| (arg.text(), arg)).collect();
    // Only a role-less argument no placeholder uses can be the one a typo meant.
    let unbound: Vec<String> = arguments
        .iter()
        .filter(|arg| matches!(arg.role, Role::Path))
        .map(Arg::text)
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
            continue;
        }
        match by_name.get(param) {
            Some(arg) if matches!(arg.role, Role::Path) => {}
            Some(arg) => errors.push(
                path.span(),
                format!(
                    "placeholder `<{param}>` names an argument that is `{}`: an argument fills \
                     one part of the request; drop the attribute or the placeholder",
                    role_name(&arg.role)
                ),
            ),
            None => {
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
    }
    for arg in arguments
        .iter()
        .filter(|arg| matches!(arg.role, Role::Path))
    {
        let name = arg.text();
        // A suggested argument was reported with the placeholder that misspells it.
        if !params.contains(name.as_str()) && !suggested.contains(name.as_str()) {
            errors.push(
                arg.name.span(),
                format!(
                    "argument `{name}` has no role: name it in the path as `<{name}>`, or mark \
                     it `#[query]`, `#[header(\"Name\")]` or `#[body]`"
                ),
            );
        }
    }
}

fn role_name(role: &Role) -> &'static str {
    match role {
        Role::Path => "a path parameter",
        Role::Query { .. } => "#[query]",
        Role::Header { .. } => "#[header]",
        Role::Body { .. } => "#[body]",
    }
}

/// Query names, header arguments and the body, across all arguments.
fn roles(arguments: &[Arg], method: Option<&str>, fixed: &[(String, String)], errors: &mut Errors) {
    let mut queries = HashSet::new();
    let mut headers: HashSet<String> = fixed
        .iter()
        .map(|(name, _)| name.to_ascii_lowercase())
        .collect();
    let mut body: Option<&Arg> = None;
    for arg in arguments {
        match &arg.role {
            Role::Path => {}
            Role::Query { name, attr } => {
                let text = name.as_ref().map_or_else(|| arg.text(), LitStr::value);
                if text.is_empty() {
                    errors.push_spanned(attr, "a query parameter name cannot be empty");
                } else if !queries.insert(text.clone()) {
                    errors.push_spanned(
                        attr,
                        format!("query parameter `{text}` is set by two arguments"),
                    );
                }
            }
            Role::Header { name } => {
                let text = name.value();
                match header_problem(&text) {
                    Some(problem) => errors.push(name.span(), problem),
                    None if !headers.insert(text.to_ascii_lowercase()) => {
                        errors.push(name.span(), format!("header `{text}` is set twice"));
                    }
                    None => {}
                }
            }
            Role::Body { attr } => {
                if let Some(first) = body {
                    errors.push_spanned(
                        attr,
                        format!(
                            "only one argument can be `#[body]`: `{}` already is",
                            first.text()
                        ),
                    );
                    continue;
                }
                body = Some(arg);
                if let Some(method) = method.filter(|m| BODYLESS.contains(m)) {
                    errors.push_spanned(
                        attr,
                        format!(
                            "a `{method}` request has no body: send `{}` as `#[query]`, or use \
                             POST, PUT or PATCH",
                            arg.text()
                        ),
                    );
                }
            }
        }
    }
}

/// The argument name nearest to `wanted`, if it is near enough to be a typo. Only the first
/// few candidates are compared, so a pathological signature stays linear.
fn closest<'a>(wanted: &str, names: &'a [String]) -> Option<&'a str> {
    names
        .iter()
        .take(16)
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
                if let Some(problem) = header_problem(&name_text) {
                    errors.push(name.span(), problem);
                } else if !seen.insert(name_text.to_ascii_lowercase()) {
                    errors.push(name.span(), format!("header `{name_text}` is set twice"));
                }
                if let Some(problem) = header_value_problem(&value_text) {
                    errors.push(value.span(), problem);
                }
                headers.push((name_text, value_text));
            }
            EndpointOption::Timeout(_) | EndpointOption::Retry(_) => {}
            EndpointOption::Unknown(name) => errors.push(
                name.span(),
                format!(
                    "unknown option `{name}`: expected `header(\"Name\" = \"value\")`, \
                     `timeout = \"5s\"` or `retry = true`"
                ),
            ),
        }
    }
    headers
}

/// A header name that is not a valid token, or one the client owns.
fn header_problem(name: &str) -> Option<String> {
    if let Some(problem) = header_name_problem(name) {
        return Some(problem);
    }
    let lower = name.to_ascii_lowercase();
    RESERVED_HEADERS
        .iter()
        .find(|(reserved, _)| *reserved == lower)
        .map(|(_, why)| format!("header `{name}` cannot be set by an endpoint: {why}"))
}

/// `timeout = "…"`: a whole number of `ms`, `s` or `m`, above zero and at most a day.
fn timeout(options: &[EndpointOption], errors: &mut Errors) -> Option<u64> {
    let mut found = None;
    for option in options {
        let EndpointOption::Timeout(literal) = option else {
            continue;
        };
        if found.is_some() {
            errors.push(literal.span(), "`timeout` is set twice");
            continue;
        }
        match parse_duration_ms(&literal.value()) {
            Some(ms) if ms > 0 && ms <= MAX_TIMEOUT_MS => found = Some(ms),
            Some(_) => errors.push(
                literal.span(),
                "a timeout is more than zero and at most a day (`24h` is written `1440m`)",
            ),
            None => errors.push(
                literal.span(),
                format!(
                    "invalid timeout {:?}: write a whole number with `ms`, `s` or `m`, e.g. \
                     `timeout = \"5s\"`",
                    literal.value()
                ),
            ),
        }
    }
    found
}

/// `retry = true|false`, at most once.
fn retry(options: &[EndpointOption], errors: &mut Errors) -> Option<bool> {
    let mut found = None;
    for option in options {
        let EndpointOption::Retry(literal) = option else {
            continue;
        };
        if found.replace(literal.value).is_some() {
            errors.push(literal.span(), "`retry` is set twice");
        }
    }
    found
}

fn parse_duration_ms(text: &str) -> Option<u64> {
    let split = text.find(|c: char| !c.is_ascii_digit())?;
    let (digits, unit) = text.split_at(split);
    let value: u64 = digits.parse().ok()?;
    let scale = match unit {
        "ms" => 1,
        "s" => 1000,
        "m" => 60_000,
        _ => return None,
    };
    value.checked_mul(scale)
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
        assert!(has(&unused, "argument `kms_id` has no role"), "{unused:?}");
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
            (quote!(GET "/", retries = 3), "unknown option `retries`"),
            (
                quote!(GET "/", retry = true, retry = false),
                "`retry` is set twice",
            ),
        ];
        for (attr, expected) in cases {
            let found = check(attr, method.clone());
            assert!(has(&found, expected), "{expected:?} not in {found:?}");
        }
    }

    #[test]
    fn argument_roles() {
        let cases = [
            (
                quote!(GET "/a"),
                "async fn f(&self, #[body] b: B) -> Result<X, E>;",
                "a `GET` request has no body",
            ),
            (
                quote!(DELETE "/a"),
                "async fn f(&self, #[body] b: B) -> Result<X, E>;",
                "a `DELETE` request",
            ),
            (
                quote!(POST "/a"),
                "async fn f(&self, #[body] a: B, #[body] b: B) -> Result<X, E>;",
                "only one argument can be `#[body]`: `a` already is",
            ),
            (
                quote!(POST "/a/<b>"),
                "async fn f(&self, #[body] b: B) -> Result<X, E>;",
                "names an argument that is `#[body]`",
            ),
            (
                quote!(GET "/a"),
                "async fn f(&self, #[query] a: u8, #[query(\"a\")] b: u8) -> Result<X, E>;",
                "set by two arguments",
            ),
            (
                quote!(GET "/a"),
                "async fn f(&self, #[query(\"\")] a: u8) -> Result<X, E>;",
                "cannot be empty",
            ),
            (
                quote!(GET "/a"),
                "async fn f(&self, #[header(\"X Y\")] a: u8) -> Result<X, E>;",
                "invalid header name",
            ),
            (
                quote!(GET "/a"),
                "async fn f(&self, #[header(\"Host\")] a: u8) -> Result<X, E>;",
                "cannot be set by an endpoint",
            ),
            (
                quote!(GET "/a", header("X-V" = "1")),
                "async fn f(&self, #[header(\"x-v\")] a: u8) -> Result<X, E>;",
                "header `x-v` is set twice",
            ),
        ];
        for (attr, method, expected) in cases {
            let found = check(attr, method.parse().unwrap());
            assert!(has(&found, expected), "{expected:?} not in {found:?}");
        }
        let fine = "async fn f(&self, id: u8, #[query] q: u8, #[header(\"X-T\")] t: u8, #[body] b: B) -> Result<X, E>;";
        assert_eq!(
            check(
                quote!(PATCH "/a/<id>", timeout = "250ms"),
                fine.parse().unwrap()
            ),
            Vec::<String>::new()
        );
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration_ms("250ms"), Some(250));
        assert_eq!(parse_duration_ms("5s"), Some(5000));
        assert_eq!(parse_duration_ms("2m"), Some(120_000));
        for bad in ["", "5", "s", "5 s", "5h", "-5s", "5.5s"] {
            assert_eq!(parse_duration_ms(bad), None, "{bad:?}");
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
