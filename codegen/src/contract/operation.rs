//! One checked endpoint against its operation in the document: the operation exists, the
//! arguments are its parameters with types that do not contradict them, the body and the
//! success type are what it documents, `Option` and error statuses are answers it gives.
//!
//! What the macro can see is an error here, at the user's code. What only the compiler knows
//! (a type's `Schema` name, a query struct's fields, an error enum's statuses) becomes a
//! `const` check from `checks`, evaluated where the types are known.

use proc_macro2::TokenStream;
use syn::Type;
use syn::spanned::Spanned;

use super::checks;
use super::document::{Document, Operation, Parameter, Success, argument_name};
use super::fit::{classes_taken, describe, fits_the_parameter};
use super::rust_type::RustKind;
use super::schema::{Kinds, Object, named_component};
use super::typed::typed;
use crate::check::suggest;
use crate::errors::Errors;
use crate::ir::{BodyKind, Endpoint, Role, Shape};
use crate::syntax::{mentions_self, nameable, option_inner};

/// Checks `endpoint` against `document`; returns the `const` checks it needs.
pub(crate) fn check(
    endpoint: &Endpoint,
    document: &Document,
    errors: &mut Errors,
) -> Vec<TokenStream> {
    let written = &endpoint.document_path;
    // A placeholder a Rust identifier cannot spell (`{enterprise-team}`) is bound by its
    // snake-case argument (`<enterprise_team>`): the path is the documented one it folds to.
    let path = document
        .paths()
        .find(|documented| documented == written)
        .or_else(|| {
            let folded = fold_placeholders(written);
            document
                .paths()
                .find(|documented| fold_placeholders(documented) == folded)
        })
        .unwrap_or(written);
    let Some(operation) = document.operation(endpoint.method, path) else {
        errors.push(
            endpoint.template_span,
            missing(document, endpoint.method, path),
        );
        return Vec::new();
    };
    let name = format!("{} {path}", endpoint.method);
    let mut found = Vec::new();
    arguments(endpoint, &operation, &name, errors, &mut found);
    success(endpoint, &operation, &name, errors, &mut found);
    retried(endpoint, &operation, &name, errors);
    found.push(checks::statuses(&endpoint.returns.error, &operation, &name));
    found
}

/// Each status of `retry(…)` is one the operation documents (its own transient answer, such
/// as Phala Cloud's 409 "another operation in progress").
fn retried(endpoint: &Endpoint, operation: &Operation<'_>, name: &str, errors: &mut Errors) {
    for status in endpoint.options.retry_on.iter().flatten() {
        let Ok(code) = status.base10_parse::<u16>() else {
            continue;
        };
        if !operation.documents(code) {
            errors.push(
                status.span(),
                format!(
                    "`retry({code})`: `{name}` documents no {code} (it documents {})",
                    operation.statuses().join(", ")
                ),
            );
        }
    }
}

/// `path` with `-` and `.` inside its placeholders made `_`, as an argument name spells them.
fn fold_placeholders(path: &str) -> String {
    let mut folded = String::with_capacity(path.len());
    let mut rest = path;
    while let Some((before, after)) = rest.split_once('{') {
        folded.push_str(before);
        folded.push('{');
        match after.split_once('}') {
            Some((name, tail)) => {
                folded.push_str(&argument_name(name));
                folded.push('}');
                rest = tail;
            }
            None => rest = after,
        }
    }
    folded.push_str(rest);
    folded
}

/// Whether the argument `argument` binds the parameter `documented` (a name a Rust identifier
/// cannot spell is bound by its snake-case form).
fn binds(argument: &str, documented: &str) -> bool {
    argument == documented || argument == argument_name(documented)
}

/// Why no operation matched, with the nearest the document has.
fn missing(document: &Document, method: &str, path: &str) -> String {
    let methods = document.methods(path);
    if !methods.is_empty() {
        let documented = match methods.as_slice() {
            [one] => one.clone(),
            [init @ .., last] => format!("{} and {last}", init.join(", ")),
            [] => String::new(),
        };
        return format!(
            "`{path}` documents {documented} only: the document has no `{method} {path}`"
        );
    }
    fn shape(path: &str) -> Vec<&str> {
        path.split('/')
            .map(|s| if s.starts_with('{') { "{}" } else { s })
            .collect()
    }
    if let Some(renamed) = document.paths().find(|p| shape(p) == shape(path)) {
        return format!(
            "the document names this path's parameters differently: `{renamed}`; name the \
             placeholders (and their arguments) as it does"
        );
    }
    let near = suggest::nearest_paths(path, document.paths());
    let hint = match near.as_slice() {
        [] => "no documented path is near it".to_owned(),
        [one] => format!("did you mean `{one}`?"),
        many => format!("did you mean one of `{}`?", many.join("`, `")),
    };
    format!("the document has no operation `{method} {path}`: {hint}")
}

fn arguments(
    endpoint: &Endpoint,
    operation: &Operation<'_>,
    name: &str,
    errors: &mut Errors,
    found: &mut Vec<TokenStream>,
) {
    let parameters = operation.parameters();
    let documented = |location: &str| -> Vec<&Parameter<'_>> {
        parameters
            .iter()
            .filter(|p| p.location == location)
            .collect()
    };
    let queries = documented("query");
    let mut bound: Vec<String> = Vec::new();
    let mut structs: Vec<(&syn::Ident, Type)> = Vec::new();
    let mut body = false;
    // The header names the method sends: its fixed headers and its header arguments.
    let mut headers: Vec<String> = endpoint
        .options
        .headers
        .iter()
        .map(|h| h.key.clone())
        .collect();
    for argument in &endpoint.arguments {
        match &argument.role {
            Role::Path => {
                let placeholder = argument.text();
                if let Some(parameter) = documented("path")
                    .into_iter()
                    .find(|p| binds(&placeholder, p.name))
                {
                    let kinds = Kinds::of(operation.document(), parameter.schema);
                    if let Some(problem) = fits_the_parameter(&kinds, &RustKind::of(&argument.ty)) {
                        errors.push(
                            argument.ty.span(),
                            format!(
                                "argument `{placeholder}` is {problem}, but the path parameter \
                                 `{placeholder}` of `{name}` is {}",
                                describe(&kinds)
                            ),
                        );
                    }
                }
            }
            Role::Query { key } => {
                let value = option_inner(&argument.ty).unwrap_or(&argument.ty);
                let kind = RustKind::of(value);
                let parameter = queries.iter().find(|p| p.name == key);
                if let (RustKind::Named, Some(_)) = (&kind, parameter) {
                    // A named type sent as the documented parameter of its name: a string
                    // enum, say, whose values its own `Serialize` decides.
                    bound.push(key.clone());
                    continue;
                }
                if matches!(kind, RustKind::Named) {
                    if mentions_self(value) {
                        continue;
                    }
                    structs.push((&argument.name, nameable(value)));
                    continue;
                }
                if matches!(kind, RustKind::Map | RustKind::AnyJson) {
                    continue; // its keys are only known at run time
                }
                let Some(parameter) = parameter else {
                    let names = queries.iter().map(|p| p.name);
                    errors.push(
                        argument.name.span(),
                        undocumented(name, "query", key, names),
                    );
                    continue;
                };
                bound.push(key.clone());
                let kinds = Kinds::of(operation.document(), parameter.schema);
                if let Some(problem) = fits_the_parameter(&kinds, &kind) {
                    errors.push(
                        argument.ty.span(),
                        format!(
                            "argument `{}` is {problem}, but the query parameter `{key}` of \
                             `{name}` is {}",
                            argument.text(),
                            describe(&kinds)
                        ),
                    );
                }
            }
            Role::Header { key } => {
                header(
                    argument,
                    key,
                    &documented("header"),
                    operation,
                    name,
                    errors,
                );
                headers.push(key.clone());
            }
            Role::Body { kind, optional } => {
                body = true;
                let documented = operation.request_body();
                let has = |media: &str| documented.as_ref().is_some_and(|b| b.has(media));
                let (documents, media) = match kind {
                    BodyKind::Json => (
                        documented.as_ref().is_some_and(|b| b.json()),
                        "JSON".to_owned(),
                    ),
                    BodyKind::Form => (has("application/x-www-form-urlencoded"), "form".to_owned()),
                    BodyKind::Multipart => (has("multipart/form-data"), "multipart".to_owned()),
                    BodyKind::Raw(media) => {
                        let essence = media.split(';').next().unwrap_or_default().trim();
                        (has(essence), format!("`{essence}`"))
                    }
                };
                // A raw body is bytes; any other is held against the document (a
                // `multipart::Form`, built at run time, passes as untyped by its type).
                let typed = !matches!(kind, BodyKind::Raw(_));
                if documents && typed {
                    body_type(&argument.ty, kind, operation, name, found);
                }
                if !documents {
                    let others = documented
                        .as_ref()
                        .filter(|b| !b.media.is_empty())
                        .map_or_else(String::new, |b| {
                            format!(" (it documents `{}`)", b.media.join("`, `"))
                        });
                    errors.push(
                        argument.name.span(),
                        format!(
                            "`{}` argument `{}`: `{name}` documents no {media} request body{others}",
                            kind.attribute(),
                            argument.text()
                        ),
                    );
                } else if *optional && documented.as_ref().is_some_and(|b| b.required) {
                    errors.push_spanned(
                        &argument.ty,
                        format!(
                            "`{name}` requires a request body, which `Option` would leave out: \
                             take the body itself"
                        ),
                    );
                }
            }
        }
    }
    let method = &endpoint.item.sig.ident;
    for required in documented("header")
        .into_iter()
        .filter(|p| p.required && !ignored_header(p.name))
    {
        if !headers
            .iter()
            .any(|sent| sent.eq_ignore_ascii_case(required.name))
        {
            errors.push(
                method.span(),
                format!(
                    "`{name}` requires the header `{}`, which the method does not send: add \
                     `#[header(\"{0}\")]` to an argument, or a fixed `header(\"{0}\" = \"…\")`",
                    required.name
                ),
            );
        }
    }
    if !body && operation.request_body().is_some_and(|b| b.required) {
        errors.push(
            method.span(),
            format!("`{name}` requires a request body: add a `#[body]` argument"),
        );
    }
    let unbound: Vec<&str> = queries
        .iter()
        .filter(|p| p.required && !bound.iter().any(|b| b == p.name))
        .map(|p| p.name)
        .collect();
    if structs.is_empty() {
        for missing in unbound {
            errors.push(
                method.span(),
                format!(
                    "`{name}` requires the query parameter `{missing}`, which no argument \
                     binds: add `#[query] {missing}: …`"
                ),
            );
        }
    } else {
        let documented: Vec<checks::Documented<'_>> = queries
            .iter()
            .map(|p| {
                let kinds = Kinds::of(operation.document(), p.schema);
                checks::Documented {
                    name: p.name,
                    classes: classes_taken(&kinds),
                    described: describe(&kinds),
                }
            })
            .collect();
        found.push(checks::query_structs(&structs, &documented, &unbound, name));
    }
}

/// A JSON or form body's type against the documented request schema of its media type, when
/// that is a component, an inline object or union (or an array of one): the type is checked
/// against it and holds every required property.
fn body_type(
    ty: &Type,
    kind: &BodyKind,
    operation: &Operation<'_>,
    name: &str,
    found: &mut Vec<TokenStream>,
) {
    let ty = option_inner(ty).unwrap_or(ty);
    let schema = operation.request_body().and_then(|body| match kind {
        BodyKind::Form => body.form_schema,
        BodyKind::Multipart => body.multipart_schema,
        _ => body.json_schema,
    });
    let Some((schema, pointer)) = schema else {
        return;
    };
    let what = format!("the request body of `{name}`");
    let document = operation.document();
    if let Some((ty, accepted, what)) = typed(document, ty, schema, pointer, what) {
        let names: Vec<&str> = accepted.iter().map(String::as_str).collect();
        let required = document
            .component(names[0])
            .map(|schema| Object::of(document, schema).required)
            .unwrap_or_default();
        found.push(checks::schema(ty, &names, &what, &required));
    }
}

/// "`GET /a` documents no query parameter `x`", with the nearest documented name, or the
/// names it does document.
fn undocumented<'a>(
    operation: &str,
    location: &str,
    key: &str,
    documented: impl Iterator<Item = &'a str>,
) -> String {
    let names: Vec<&str> = documented.collect();
    let hint = match suggest::closest(key, names.iter().copied()) {
        Some(near) => format!(": did you mean `{near}`?"),
        None if names.is_empty() => ": it documents none".to_owned(),
        None => format!(": it documents `{}`", names.join("`, `")),
    };
    format!("`{operation}` documents no {location} parameter `{key}`{hint}")
}

/// Header parameters OpenAPI says to ignore: the client sets them itself.
fn ignored_header(name: &str) -> bool {
    ["accept", "content-type", "authorization"]
        .iter()
        .any(|ignored| name.eq_ignore_ascii_case(ignored))
}

/// A `#[header("…")]` argument against the operation's documented header parameters: one of
/// them (names compare without case), of a type that does not contradict its schema.
fn header(
    argument: &crate::ir::Argument,
    key: &str,
    documented: &[&Parameter<'_>],
    operation: &Operation<'_>,
    name: &str,
    errors: &mut Errors,
) {
    let documented: Vec<&&Parameter<'_>> = documented
        .iter()
        .filter(|p| !ignored_header(p.name))
        .collect();
    let Some(parameter) = documented.iter().find(|p| p.name.eq_ignore_ascii_case(key)) else {
        let names = documented.iter().map(|p| p.name);
        errors.push(
            argument.name.span(),
            undocumented(name, "header", key, names),
        );
        return;
    };
    let value = option_inner(&argument.ty).unwrap_or(&argument.ty);
    let kind = RustKind::of(value);
    if matches!(kind, RustKind::Named) {
        return; // its own `HeaderParam` decides its text
    }
    let kinds = Kinds::of(operation.document(), parameter.schema);
    if let Some(problem) = fits_the_parameter(&kinds, &kind) {
        errors.push(
            argument.ty.span(),
            format!(
                "argument `{}` is {problem}, but the header `{}` of `{name}` is {}",
                argument.text(),
                parameter.name,
                describe(&kinds)
            ),
        );
    }
}

fn success(
    endpoint: &Endpoint,
    operation: &Operation<'_>,
    name: &str,
    errors: &mut Errors,
    found: &mut Vec<TokenStream>,
) {
    let written = &endpoint.returns.written;
    let (answer, optional) = innermost(&endpoint.returns.shape);
    if optional && !operation.documents(404) {
        errors.push(
            written.span(),
            format!(
                "`Option<…>` makes a 404 `Ok(None)`, but `{name}` documents no 404 (it \
                 documents {}): return the type itself",
                operation.statuses().join(", ")
            ),
        );
    }
    // Text, bytes and streams take any content, as it comes.
    let json = match answer {
        Answer::Raw => return,
        Answer::Events(ty) => return events(ty, operation, name, errors),
        Answer::Unit => None,
        Answer::Json(ty) => Some(ty),
    };
    match (operation.success(), json) {
        (Success::Undocumented, _) | (Success::NoJson, None) => {}
        (Success::NoJson, Some(ty)) => errors.push(
            ty.span(),
            format!("`{name}` documents no JSON body for its success answer: return `()`"),
        ),
        (Success::Json(schema, _), None) => {
            if !Kinds::of(operation.document(), schema).any {
                let what = named_component(schema)
                    .map_or_else(|| "a JSON body".to_owned(), |c| format!("a `{c}`"));
                errors.push(
                    written.span(),
                    format!(
                        "`()` drops the JSON body of `{name}`, which answers with {what}: \
                         return a type that decodes it"
                    ),
                );
            }
        }
        (Success::Json(schema, pointer), Some(ty)) => {
            let answer = format!("the answer of `{name}`");
            if let Some((ty, accepted, what)) =
                typed(operation.document(), ty, schema, pointer, answer)
            {
                let names: Vec<&str> = accepted.iter().map(String::as_str).collect();
                found.push(checks::schema(ty, &names, &what, &[]));
            }
        }
    }
}

/// An event stream answer: the operation's success documents `text/event-stream`, or leaves
/// its answer untyped (Phala Cloud's `GET /cvms/{id}/state` documents `{}` and streams events
/// to `Accept: text/event-stream`, as its SDKs read it); not a typed JSON answer.
fn events(ty: &Type, operation: &Operation<'_>, name: &str, errors: &mut Errors) {
    let media = operation.success_media();
    if media
        .iter()
        .any(|m| phala_api_rules::is_event_stream_media_type(m.as_bytes()))
    {
        return;
    }
    if let Success::Json(schema, _) = operation.success()
        && !Kinds::of(operation.document(), schema).any
    {
        let what = named_component(schema).map_or_else(
            || "a typed JSON body".to_owned(),
            |component| format!("a `{component}`"),
        );
        errors.push(
            ty.span(),
            format!(
                "`{name}` answers with {what}, not `text/event-stream`: return the JSON type, \
                 not an `EventStream`"
            ),
        );
    } else if matches!(operation.success(), Success::NoJson) && !media.is_empty() {
        errors.push(
            ty.span(),
            format!(
                "`{name}` answers with `{}`, not `text/event-stream`",
                media.join("`, `")
            ),
        );
    }
}

/// What the success type reads, inside `Option`/`Response`.
enum Answer<'a> {
    Json(&'a Type),
    /// `EventStream<T>`, with `T`.
    Events(&'a Type),
    Unit,
    /// Text, bytes or a stream: any content.
    Raw,
}

/// The answer inside `Option`/`Response`, and whether a 404 is `None`.
fn innermost(shape: &Shape) -> (Answer<'_>, bool) {
    match shape {
        Shape::Json(ty) => (Answer::Json(ty), false),
        Shape::Unit => (Answer::Unit, false),
        Shape::Text | Shape::Bytes { .. } | Shape::Stream => (Answer::Raw, false),
        Shape::Events(ty) => (Answer::Events(ty), false),
        Shape::Optional(inner) => (innermost(inner).0, true),
        Shape::WithResponse(inner) => innermost(inner),
    }
}
