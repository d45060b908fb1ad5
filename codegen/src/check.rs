//! Every cross-check between an attribute and its method declaration, all errors collected.
//!
//! The result is one checked `ir::Endpoint` or the collected errors, never both: a value that
//! could not be resolved is never filled in with a placeholder.

mod options;
pub(crate) mod suggest;

use std::collections::{HashMap, HashSet};

use phala_api_rules::header_key;
use syn::LitStr;

use crate::attr::{EndpointAttr, METHODS};
use crate::declaration::{Argument, Declaration, Role};
use crate::errors::Errors;
use crate::ir;
use crate::ir::BodyKind;
use crate::template::{self, Segment};

pub(crate) use options::{Level, check as options};

/// Methods whose requests carry no body. A `DELETE` may (RFC 9110 §9.3.5 gives its content no
/// general meaning, but APIs document one: 17 of GitHub's `DELETE`s require a JSON body).
const BODYLESS: [&str; 2] = ["GET", "HEAD"];

/// Checks `attr` against `declaration` under the trait's `outer` options; `errors` holds what
/// parsing found already. `attr` is `None` when it did not parse (and that was recorded).
pub(crate) fn endpoint(
    attr: Option<&EndpointAttr>,
    declaration: Declaration,
    outer: &ir::Options,
    mut errors: Errors,
) -> syn::Result<ir::Endpoint> {
    let Some(attr) = attr else {
        return errors.finish(None);
    };
    let method = http_method(attr, &mut errors);
    let mut document_path = String::new();
    let path = match template::parse(&attr.template.value()) {
        Ok(template) => {
            document_path = template.document_path();
            bindings(
                &template,
                &attr.template,
                &declaration.arguments,
                &mut errors,
            )
        }
        Err(messages) => {
            for message in messages {
                errors.push(attr.template.span(), message);
            }
            None
        }
    };
    let own = options::check(&attr.options, Level::Method, &mut errors);
    // Under a document, a body is judged by the operation (a `GET` may document one).
    let bodyless = method.filter(|m| BODYLESS.contains(m) && !outer.documented);
    let arguments = roles(&declaration.arguments, bodyless, &own, &mut errors);
    let mut options = own.over(outer);
    // A header argument replaces a trait's fixed header of the same name, as a method's own
    // `header(…)` does (one of the method's own is reported as set twice by `roles`).
    if let Some(arguments) = &arguments {
        options.headers.retain(|header| {
            !arguments.iter().any(
                |argument| matches!(&argument.role, ir::Role::Header { key } if *key == header.key),
            )
        });
    }
    // `retry(…)` widens when an endpoint retries, never whether: a POST or PATCH is repeated
    // only when the user says it may be.
    if let (Some(method), Some(statuses)) = (method, &options.retry_on)
        && matches!(method, "POST" | "PATCH")
        && options.retry != Some(true)
        && let Some(first) = statuses.first()
    {
        errors.push(
            first.span(),
            format!(
                "`retry({})` on a {method}, which is not repeated unless it may be: add \
                 `retry = true` if sending it twice is safe",
                statuses
                    .iter()
                    .map(|s| s.base10_digits().to_owned())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
    }
    let endpoint = method.zip(path).zip(arguments).zip(declaration.returns);
    errors.finish(
        endpoint.map(|(((method, path), arguments), returns)| ir::Endpoint {
            item: declaration.item,
            method,
            template: attr.template.value(),
            document_path,
            template_span: attr.template.span(),
            path,
            arguments,
            options,
            returns,
        }),
    )
}

fn http_method(attr: &EndpointAttr, errors: &mut Errors) -> Option<&'static str> {
    let written = attr.method.to_string();
    let known = METHODS
        .iter()
        .copied()
        .find(|m| m.eq_ignore_ascii_case(&written));
    match known {
        Some(method) if method == written => return Some(method),
        Some(method) => errors.push(
            attr.method.span(),
            format!("HTTP methods are written in upper case: `{method}`"),
        ),
        None => errors.push(
            attr.method.span(),
            format!(
                "unknown HTTP method `{written}`: expected one of {}",
                METHODS.join(", ")
            ),
        ),
    }
    None
}

/// Placeholders and role-less arguments must match one to one; the path's pieces, each
/// placeholder resolved to the index of its argument.
fn bindings(
    template: &template::Template,
    path: &LitStr,
    arguments: &[Argument],
    errors: &mut Errors,
) -> Option<Vec<ir::PathPiece>> {
    let params: HashSet<&str> = template.params().collect();
    let by_name: HashMap<String, (usize, &Argument)> = arguments
        .iter()
        .enumerate()
        .map(|(index, arg)| (arg.text(), (index, arg)))
        .collect();
    // Only a role-less argument no placeholder uses can be the one a typo meant.
    let unbound: Vec<String> = arguments
        .iter()
        .filter(|arg| matches!(arg.role, Role::Path))
        .map(Argument::text)
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
            Some((_, arg)) if matches!(arg.role, Role::Path) => {}
            Some((_, arg)) => errors.push(
                path.span(),
                format!(
                    "placeholder `<{param}>` names an argument that is `{}`: an argument fills \
                     one part of the request; drop the attribute or the placeholder",
                    role_name(&arg.role)
                ),
            ),
            None => {
                let hint = match suggest::closest(param, unbound.iter().map(String::as_str)) {
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
    // `None` for a placeholder without its argument, which was reported above.
    let bound = |param: &str| match by_name.get(param) {
        Some((index, arg)) if matches!(arg.role, Role::Path) => Some(*index),
        _ => None,
    };
    let pieces = template.segments.iter().map(|segment| match segment {
        Segment::Literal(text) => Some(ir::PathPiece::Literal(text.clone())),
        Segment::Param(param) => bound(param).map(ir::PathPiece::Argument),
        Segment::Mixed(parts) => parts
            .iter()
            .map(|part| match part {
                template::Part::Text(text) => Some(ir::PathPart::Text(text.clone())),
                template::Part::Param(param) => bound(param).map(ir::PathPart::Argument),
            })
            .collect::<Option<Vec<_>>>()
            .map(ir::PathPiece::Mixed),
    });
    pieces.collect()
}

fn role_name(role: &Role) -> &'static str {
    match role {
        Role::Path => "a path parameter",
        Role::Query { .. } => "#[query]",
        Role::Header { .. } => "#[header]",
        Role::Body { .. } => "#[body]",
    }
}

/// Each argument's role resolved to its key; query names, header arguments (against the
/// method's own fixed headers) and the body checked across all arguments.
fn roles(
    arguments: &[Argument],
    bodyless: Option<&str>,
    own: &ir::Options,
    errors: &mut Errors,
) -> Option<Vec<ir::Argument>> {
    let mut queries = HashSet::new();
    let mut headers: HashSet<String> = own.headers.iter().map(|h| h.key.clone()).collect();
    let mut body: Option<&Argument> = None;
    let mut resolved = Some(Vec::with_capacity(arguments.len()));
    for arg in arguments {
        let role = match &arg.role {
            Role::Path => Some(ir::Role::Path),
            Role::Query { name, attr } => {
                let key = name.as_ref().map_or_else(|| arg.text(), LitStr::value);
                if key.is_empty() {
                    errors.push_spanned(attr, "a query parameter name cannot be empty");
                } else if !queries.insert(key.clone()) {
                    errors.push_spanned(
                        attr,
                        format!("query parameter `{key}` is set by two arguments"),
                    );
                }
                Some(ir::Role::Query { key })
            }
            Role::Header { name } => name.as_ref().map(|name| {
                let text = name.value();
                let key = header_key(&text);
                match options::header_problem(&text) {
                    Some(problem) => errors.push(name.span(), problem),
                    None if !headers.insert(key.clone()) => {
                        errors.push(name.span(), format!("header `{text}` is set twice"));
                    }
                    None => {}
                }
                ir::Role::Header { key }
            }),
            Role::Body { attr, kind } => {
                if let Some(first) = body {
                    errors.push_spanned(
                        attr,
                        format!(
                            "only one argument can be `#[body]`: `{}` already is",
                            first.text()
                        ),
                    );
                } else if let Some(method) = bodyless {
                    errors.push_spanned(
                        attr,
                        format!(
                            "a `{method}` request has no body: send `{}` as `#[query]`, or use \
                             POST, PUT, PATCH or DELETE",
                            arg.text()
                        ),
                    );
                }
                body = body.or(Some(arg));
                let optional = crate::syntax::option_inner(&arg.ty).is_some();
                match kind {
                    BodyKind::Multipart if optional => errors.push_spanned(
                        &arg.ty,
                        "a `#[body(multipart)]` form is passed by value, not as `Option`: a \
                         method that may send none is two methods",
                    ),
                    BodyKind::Raw(media) => {
                        if let Some(problem) = media_type_problem(media) {
                            errors.push_spanned(attr, problem);
                        }
                    }
                    _ => {}
                }
                Some(ir::Role::Body {
                    kind: kind.clone(),
                    optional,
                })
            }
        };
        match (role, &mut resolved) {
            (Some(role), Some(resolved)) => resolved.push(ir::Argument {
                name: arg.name.clone(),
                ty: arg.ty.clone(),
                role,
            }),
            _ => resolved = None,
        }
    }
    resolved
}

/// Why `media` is not a media type a raw body can be sent with (`type/subtype`, parameters
/// allowed, a valid header value), if it is not.
fn media_type_problem(media: &str) -> Option<String> {
    let essence = media.split(';').next().unwrap_or_default().trim();
    let token = |part: &str| {
        !part.is_empty()
            && part
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$&-^_.+".contains(&b))
    };
    let valid = essence
        .split_once('/')
        .is_some_and(|(kind, subtype)| token(kind) && token(subtype));
    if !valid {
        return Some(format!(
            "`{media}` is not a media type: write `type/subtype`, e.g. `#[body(raw = \"text/plain\")]` \
             or `#[body(raw = \"application/octet-stream\")]`"
        ));
    }
    phala_api_rules::header_value_problem(media)
        .map(|problem| format!("the media type `{media}` is not a valid `Content-Type`: {problem}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;
    use syn::TraitItemFn;

    fn check(attr: proc_macro2::TokenStream, method: proc_macro2::TokenStream) -> Vec<String> {
        check_under(attr, method, &ir::Options::default())
            .err()
            .unwrap_or_default()
    }

    fn check_under(
        attr: proc_macro2::TokenStream,
        method: proc_macro2::TokenStream,
        outer: &ir::Options,
    ) -> Result<ir::Endpoint, Vec<String>> {
        let attr: EndpointAttr = syn::parse2(attr).unwrap();
        let method: TraitItemFn = syn::parse2(method).unwrap();
        let mut errors = Errors::default();
        let declaration = crate::declaration::parse(&method, &mut errors);
        endpoint(Some(&attr), declaration, outer, errors)
            .map_err(|error| error.into_iter().map(|e| e.to_string()).collect())
    }

    fn has(messages: &[String], expected: &str) -> bool {
        messages.iter().any(|m| m.contains(expected))
    }

    const GET_KMS: &str = "async fn get(&self, kms_id: &str) -> Result<X, E>;";

    #[test]
    fn the_checked_endpoint_resolves_every_argument() {
        let method = "async fn f(&self, #[body] b: B, id: &str, #[query(\"q\")] q: u8, \
                      #[header(\"X-T\")] t: &str, v: u8) -> Result<X, E>;";
        let endpoint = check_under(
            quote!(POST "/a/<id>/v<v>.json/", header("X-V" = "1")),
            method.parse().unwrap(),
            &ir::Options::default(),
        )
        .unwrap();
        assert_eq!(endpoint.method, "POST");
        let path: Vec<String> = endpoint
            .path
            .iter()
            .map(|piece| match piece {
                ir::PathPiece::Literal(text) => text.clone(),
                ir::PathPiece::Argument(index) => format!("#{index}"),
                ir::PathPiece::Mixed(parts) => parts
                    .iter()
                    .map(|part| match part {
                        ir::PathPart::Text(text) => text.clone(),
                        ir::PathPart::Argument(index) => format!("#{index}"),
                    })
                    .collect(),
            })
            .collect();
        assert_eq!(path, ["a", "#1", "v#4.json", ""]);
        assert_eq!(endpoint.document_path, "/a/{id}/v{v}.json/");
        let roles: Vec<String> = endpoint
            .arguments
            .iter()
            .map(|argument| match &argument.role {
                ir::Role::Path => format!("path {}", argument.text()),
                ir::Role::Query { key } => format!("query {key}"),
                ir::Role::Header { key } => format!("header {key}"),
                ir::Role::Body { kind, .. } => format!("body {kind:?}"),
            })
            .collect();
        assert_eq!(
            roles,
            ["body Json", "path id", "query q", "header x-t", "path v"]
        );
        assert!(endpoint.item.sig.inputs.iter().all(|input| match input {
            syn::FnArg::Typed(typed) => typed.attrs.is_empty(),
            syn::FnArg::Receiver(_) => true,
        }));
    }

    #[test]
    fn trait_options_apply_unless_the_method_replaces_them() {
        let mut errors = Errors::default();
        let attr: crate::attr::ApiAttr = syn::parse2(quote!(
            header("X-V" = "1"),
            header("X-T" = "t"),
            timeout = "9s"
        ))
        .unwrap();
        let outer = options(&attr.options, Level::Trait, &mut errors);
        let method = "async fn f(&self, #[header(\"x-t\")] t: &str) -> Result<X, E>;";
        let endpoint = check_under(
            quote!(GET "/a", header("x-v" = "2"), retry = false),
            method.parse().unwrap(),
            &outer,
        )
        .unwrap();
        let headers: Vec<_> = endpoint
            .options
            .headers
            .iter()
            .map(|h| (h.key.as_str(), h.value.as_str()))
            .collect();
        // `x-v` is the method's own, `x-t` comes from the argument only: never sent twice.
        assert_eq!(headers, [("x-v", "2")]);
        assert_eq!(endpoint.options.timeout_ms, Some(9000));
        assert_eq!(endpoint.options.retry, Some(false));
    }

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
    fn argument_roles() {
        let cases = [
            (
                quote!(GET "/a"),
                "async fn f(&self, #[body] b: B) -> Result<X, E>;",
                "a `GET` request has no body",
            ),
            (
                quote!(HEAD "/a"),
                "async fn f(&self, #[body] b: B) -> Result<X, E>;",
                "a `HEAD` request",
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
}
