//! The document's operations as methods: one trait per tag, a method per operation with its
//! arguments in the crate's roles, its answer type and its error enum; an operation that cannot
//! be bound is kept as the reason why.

use std::collections::BTreeMap;

use phala_api_codegen::openapi::{Document, Kinds, Operation, Success, argument_name};
use serde_json::Value;

use crate::Options;
use crate::names::{Names, camel, snake};
use crate::types::{Ty, Types, optional};

/// The HTTP methods `#[api_endpoint]` takes, as the document spells them.
const METHODS: [&str; 7] = ["get", "put", "post", "delete", "options", "head", "patch"];

/// The tag of operations that have none.
const UNTAGGED: &str = "";

/// Headers the client owns or sets from the method's types: not arguments.
const OWNED_HEADERS: [&str; 8] = [
    "accept",
    "content-type",
    "content-length",
    "host",
    "connection",
    "transfer-encoding",
    "x-api-key",
    "authorization",
];

/// A trait: a tag's operations.
pub(crate) struct Trait {
    pub(crate) name: String,
    pub(crate) doc: Option<String>,
    pub(crate) methods: Vec<Method>,
    /// Operations of this tag that cannot be bound, and why.
    pub(crate) left_out: Vec<String>,
}

/// One `#[api_endpoint]` method.
pub(crate) struct Method {
    pub(crate) name: String,
    pub(crate) doc: Option<String>,
    pub(crate) http: String,
    pub(crate) template: String,
    pub(crate) arguments: Vec<Argument>,
    pub(crate) answer: Answer,
    /// A 404 is `Ok(None)`.
    pub(crate) optional: bool,
    /// The index of its error enum in `Bound::errors`.
    pub(crate) error: Option<usize>,
}

/// An argument after `&self`.
pub(crate) struct Argument {
    pub(crate) name: String,
    pub(crate) role: Role,
    pub(crate) ty: ArgumentType,
    pub(crate) required: bool,
}

/// How an argument is sent.
pub(crate) enum Role {
    Path,
    Query(String),
    Header(String),
    Json,
    Form,
    Multipart,
    /// Text or bytes as they are, with this media type.
    Raw(String),
}

/// What an argument's type is.
pub(crate) enum ArgumentType {
    /// `&str`, `i64`, `f64`, `bool`; `&[…]` of `&str` or `i64` for arrays.
    Scalar(Ty),
    /// `&T` of a body type (`&[T]` for a sequence).
    Body(Ty),
    /// `phala_api::multipart::Form`.
    Form,
    /// A `#[derive(Multipart)]` struct of the module, by value.
    Parts(usize),
}

/// What a method returns on success.
pub(crate) enum Answer {
    Unit,
    Text,
    Bytes,
    /// `EventStream<serde_json::Value>`: each event's data as JSON.
    Events,
    Json(Ty),
}

/// An error enum: `(status, variant, body)`.
pub(crate) struct ErrorEnum {
    pub(crate) name: String,
    pub(crate) variants: Vec<(u16, String, Option<Ty>)>,
}

/// Every selected operation, bound.
pub(crate) struct Bound {
    pub(crate) traits: Vec<Trait>,
    pub(crate) errors: Vec<ErrorEnum>,
}

/// Binds the operations `options` selects, declaring their types in `types`.
pub(crate) fn bind<'d>(document: &'d Document, options: &Options, types: &mut Types<'d>) -> Bound {
    let mut by_tag: BTreeMap<String, Vec<(String, String, Operation<'d>)>> = BTreeMap::new();
    let mut paths: Vec<&str> = document.paths().collect();
    paths.sort_unstable();
    for path in paths {
        for method in METHODS {
            let Some(operation) = document.operation(method, path) else {
                continue;
            };
            let raw = operation.raw();
            let tag = raw
                .get("tags")
                .and_then(|t| t.get(0))
                .and_then(Value::as_str)
                .unwrap_or(UNTAGGED)
                .to_owned();
            let id = raw
                .get("operationId")
                .and_then(Value::as_str)
                .unwrap_or_default();
            if !options.selects(&tag, id) {
                continue;
            }
            by_tag.entry(tag).or_default().push((
                method.to_ascii_uppercase(),
                path.to_owned(),
                operation,
            ));
        }
    }
    // Every name is given out in one order (tags, then their operations), so the same
    // document writes the same bytes.
    let mut trait_names: Vec<String> = Vec::new();
    for tag in by_tag.keys() {
        let wanted = match tag.as_str() {
            UNTAGGED => "Operations".to_owned(),
            tag => camel(tag).unwrap_or_else(|| "Operations".to_owned()),
        };
        trait_names.push(types.names.take(&wanted));
    }
    // `client` is `Api`'s; every method is one name across the traits, so a client that
    // implements them all calls each without naming its trait.
    let mut method_names = Names::reserving(&["client"]);
    let mut bound = Bound {
        traits: Vec::new(),
        errors: Vec::new(),
    };
    // Operations that answer the same errors share one enum (named once all are bound).
    let mut error_enums: BTreeMap<Vec<(u16, String, Option<Ty>)>, usize> = BTreeMap::new();
    for ((tag, operations), name) in by_tag.into_iter().zip(trait_names) {
        let mut methods = Vec::new();
        let mut left_out = Vec::new();
        for (http, path, operation) in operations {
            match method(&http, &path, &operation, options, types, &mut method_names) {
                Ok((mut method, errors)) => {
                    if let Some(errors) = errors {
                        let index = *error_enums.entry(errors.clone()).or_insert_with(|| {
                            bound.errors.push(ErrorEnum {
                                name: String::new(),
                                variants: errors,
                            });
                            bound.errors.len() - 1
                        });
                        method.error = Some(index);
                    }
                    methods.push(method);
                }
                Err(why) => left_out.push(format!("{http} {path}: {why}")),
            }
        }
        bound.traits.push(Trait {
            name,
            doc: tag_doc(document, &tag),
            methods,
            left_out,
        });
    }
    // An enum one operation returns is named after it; a shared one after what it holds, as
    // naming it after whichever operation came first would mislead at every other use.
    for (index, errors) in bound.errors.iter_mut().enumerate() {
        let mut users = bound
            .traits
            .iter()
            .flat_map(|t| &t.methods)
            .filter(|method| method.error == Some(index));
        let first = users.next().map(|method| method.name.as_str());
        let shared = users.next().is_some();
        let wanted = match (shared, errors.variants.as_slice()) {
            (false, _) => first.and_then(camel).unwrap_or_default(),
            (_, [one]) => one.1.clone(),
            (_, [one, two]) => format!("{}Or{}", one.1, two.1),
            // More words would not read as a name: the range of statuses does.
            (_, [(low, ..), .., (high, ..)]) => format!("Status{low}To{high}"),
            (_, []) => "Api".to_owned(),
        };
        errors.name = types.names.take(&format!("{wanted}Error"));
    }
    bound
}

/// The description the document gives a tag, else its name.
fn tag_doc(document: &Document, tag: &str) -> Option<String> {
    let tags = document.root().get("tags").and_then(Value::as_array);
    let described = tags
        .into_iter()
        .flatten()
        .find(|t| t.get("name").and_then(Value::as_str) == Some(tag))
        .and_then(|t| t.get("description"))
        .and_then(Value::as_str);
    Some(match described {
        Some(text) => format!("{tag}: {text}"),
        None if tag == UNTAGGED => "The operations without a tag.".to_owned(),
        None => format!("The operations tagged `{tag}`."),
    })
}

type ErrorVariants = Vec<(u16, String, Option<Ty>)>;

fn method<'d>(
    http: &str,
    path: &str,
    operation: &Operation<'d>,
    options: &Options,
    types: &mut Types<'d>,
    method_names: &mut Names,
) -> Result<(Method, Option<ErrorVariants>), String> {
    let raw = operation.raw();
    let base = operation_name(raw, http, path);
    let context = camel(&base).unwrap_or_else(|| "Operation".to_owned());
    let mut arguments = Vec::new();
    let mut names = Names::reserving(&["self"]);
    let template = template(path)?;
    let parameters = operation.parameters();
    // Path arguments in the template's order, named as the template names them.
    for placeholder in path
        .split('{')
        .skip(1)
        .filter_map(|p| p.split_once('}'))
        .map(|p| p.0)
    {
        let documented = parameters
            .iter()
            .find(|p| p.location == "path" && p.name == placeholder);
        let ty = match documented.map(|p| Kinds::of(operation.document(), p.schema)) {
            Some(kinds) if kinds.names() == ["integer"] => Ty::Int,
            _ => Ty::Str,
        };
        let name = argument_name(placeholder);
        names.take(&name);
        arguments.push(Argument {
            name,
            role: Role::Path,
            ty: ArgumentType::Scalar(ty),
            required: true,
        });
    }
    // What the method does not bind, said in its docs.
    let mut notes = Vec::new();
    for parameter in &parameters {
        let role = match parameter.location {
            "query" => Role::Query(parameter.name.to_owned()),
            "header" if !OWNED_HEADERS.contains(&parameter.name.to_ascii_lowercase().as_str()) => {
                Role::Header(parameter.name.to_owned())
            }
            "header" => {
                notes.push(format!(
                    "The header `{}` is the client's to send.",
                    parameter.name
                ));
                continue;
            }
            "path" => continue, // bound above, in the template's order
            other => {
                notes.push(format!(
                    "Not bound: the {other} parameter `{}` (phala-api sends none).",
                    parameter.name
                ));
                continue;
            }
        };
        let kinds = Kinds::of(operation.document(), parameter.schema);
        let ty = match (&role, kinds.names().as_slice()) {
            (Role::Header(_), _) => Ty::Str,
            (_, ["integer"]) => Ty::Int,
            (_, ["number"]) => Ty::Float,
            (_, ["boolean"]) => Ty::Bool,
            (_, ["array"]) => {
                let items =
                    phala_api_codegen::openapi::items(operation.document(), parameter.schema);
                let item = items.map(|i| Kinds::of(operation.document(), i));
                match item.as_ref().map(Kinds::names).as_deref() {
                    Some(["integer"]) => Ty::Vec(Box::new(Ty::Int)),
                    _ => Ty::Vec(Box::new(Ty::Str)),
                }
            }
            _ => Ty::Str,
        };
        let wanted = snake(parameter.name).unwrap_or_else(|| "parameter".to_owned());
        arguments.push(Argument {
            name: names.take(&wanted),
            role,
            ty: ArgumentType::Scalar(ty),
            required: parameter.required,
        });
    }
    if let Some(body) = operation.request_body() {
        // An optional body is an `Option` (left out when `None`), but for a multipart form,
        // which is passed by value.
        let mut required = body.required;
        let bound = if let Some((schema, at)) = &body.json_schema {
            // A body that may be `null` is still sent as the value.
            let (ty, _) = types.of(schema, at, &format!("{context}Request"));
            Some((Role::Json, ArgumentType::Body(ty)))
        } else if let Some((schema, at)) = &body.form_schema {
            let (ty, _) = types.of(schema, at, &format!("{context}Form"));
            Some((Role::Form, ArgumentType::Body(ty)))
        } else if body.has("multipart/form-data") {
            notes.push(
                "The body is `multipart/form-data`: phala-api's `multipart` feature sends it."
                    .to_owned(),
            );
            if !required {
                notes.push(
                    "The document makes the body optional; this method always sends one."
                        .to_owned(),
                );
                required = true;
            }
            // A struct of parts where the schema's properties are all parts, else the form.
            let typed = body
                .multipart_schema
                .as_ref()
                .and_then(|(schema, at)| types.multipart(schema, at, &format!("{context}Parts")));
            Some((
                Role::Multipart,
                match typed {
                    Some(item) => ArgumentType::Parts(item),
                    None => ArgumentType::Form,
                },
            ))
        } else {
            // Any other media type is text or bytes, sent as they are.
            body.media.first().map(|media| {
                let essence = media.split(';').next().unwrap_or_default().trim();
                let text = essence.to_ascii_lowercase().starts_with("text/");
                let ty = if text {
                    Ty::Str
                } else {
                    Ty::Vec(Box::new(Ty::Bytes))
                };
                (Role::Raw(essence.to_owned()), ArgumentType::Scalar(ty))
            })
        };
        if let Some((role, ty)) = bound {
            arguments.push(Argument {
                name: names.take("body"),
                role,
                ty,
                required,
            });
        }
    }
    let answer = match operation.success() {
        Success::Json(schema, at) => {
            let (ty, _) = types.of(schema, &at, &format!("{context}Response"));
            Answer::Json(ty)
        }
        Success::NoJson => raw_answer(operation),
        Success::Undocumented => Answer::Unit,
    };
    if matches!(answer, Answer::Json(Ty::Json)) {
        notes.push(
            "The document does not describe the answer's shape: it is read as \
             `serde_json::Value`."
                .to_owned(),
        );
    }
    let optional = options.option_on_404
        && !matches!(answer, Answer::Unit)
        && operation.statuses().contains(&"404");
    let errors = error_variants(operation, types, &context);
    let name = method_names.take(&base);
    Ok((
        Method {
            name,
            doc: with_notes(operation_doc(raw), &notes),
            http: http.to_owned(),
            template,
            arguments,
            answer,
            optional,
            error: None,
        },
        errors,
    ))
}

/// `doc` with `notes` after it, each its own paragraph.
fn with_notes(doc: Option<String>, notes: &[String]) -> Option<String> {
    if notes.is_empty() {
        return doc;
    }
    let notes = notes.join("\n\n");
    Some(match doc {
        Some(doc) => format!("{doc}\n\n{notes}"),
        None => notes,
    })
}

/// A 2xx answer without JSON: events for `text/event-stream`, text for `text/*`, bytes for
/// any other media type, nothing when it has no content.
fn raw_answer(operation: &Operation<'_>) -> Answer {
    let media = operation.success_media();
    match media.first() {
        None => Answer::Unit,
        Some(m) if phala_api_rules::is_event_stream_media_type(m.as_bytes()) => Answer::Events,
        Some(m) if m.to_ascii_lowercase().starts_with("text/") => Answer::Text,
        Some(_) => Answer::Bytes,
    }
}

/// The enum of the documented error statuses, when one of them has a JSON body.
fn error_variants<'d>(
    operation: &Operation<'d>,
    types: &mut Types<'d>,
    context: &str,
) -> Option<ErrorVariants> {
    let mut variants = Vec::new();
    let mut names = Names::default();
    let mut any_body = false;
    for code in operation.statuses() {
        let Some(status) = code.parse::<u16>().ok().filter(|s| (400..=599).contains(s)) else {
            continue;
        };
        let body = operation.answer_json(code).map(|(schema, pointer)| {
            let (ty, null) = types.of(schema, &pointer, &format!("{context}{}", reason(status)));
            optional(ty, null)
        });
        any_body |= body.is_some();
        variants.push((status, names.take(&reason(status)), body));
    }
    any_body.then_some(variants)
}

/// A status's variant name.
fn reason(status: u16) -> String {
    let known = match status {
        400 => "BadRequest",
        401 => "Unauthorized",
        402 => "PaymentRequired",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        406 => "NotAcceptable",
        409 => "Conflict",
        410 => "Gone",
        412 => "PreconditionFailed",
        413 => "ContentTooLarge",
        415 => "UnsupportedMediaType",
        422 => "UnprocessableEntity",
        423 => "Locked",
        428 => "PreconditionRequired",
        429 => "TooManyRequests",
        451 => "UnavailableForLegalReasons",
        500 => "InternalServerError",
        501 => "NotImplemented",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        504 => "GatewayTimeout",
        _ => return format!("Status{status}"),
    };
    known.to_owned()
}

/// The template `#[api_endpoint]` takes for a document path: `{name}` -> `<name>`, a name with
/// `-` or `.` bound by its snake-case form (as the check binds it).
fn template(path: &str) -> Result<String, String> {
    let mut out = String::with_capacity(path.len());
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            return Err("the path has an unclosed `{`".to_owned());
        };
        let name = &rest[open + 1..open + close];
        let rust = argument_name(name);
        let usable = rust.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && rust.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && rust != "_";
        if !usable {
            return Err(format!(
                "the path parameter `{{{name}}}` has no name a Rust argument can carry"
            ));
        }
        out.push('<');
        out.push_str(&rust);
        out.push('>');
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The method's name: the `operationId` in snake case (FastAPI's generated suffix, the path and
/// method it appends, cut off), else the method and the path's words.
fn operation_name(raw: &Value, http: &str, path: &str) -> String {
    let method = http.to_ascii_lowercase();
    if let Some(id) = raw.get("operationId").and_then(Value::as_str) {
        let suffix: String = path
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let suffix = format!("{suffix}_{method}");
        let id = id
            .strip_suffix(&suffix)
            .filter(|s| !s.is_empty())
            .unwrap_or(id);
        if let Some(name) = snake(id) {
            return name;
        }
    }
    snake(&format!("{method} {path}")).unwrap_or(method)
}

/// An operation's `summary` and `description` as its doc comment.
fn operation_doc(raw: &Value) -> Option<String> {
    let text = |key: &str| {
        raw.get(key)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|t| !t.is_empty())
    };
    match (text("summary"), text("description")) {
        (Some(summary), Some(description)) if summary != description => {
            Some(format!("{summary}\n\n{description}"))
        }
        (Some(one), _) | (None, Some(one)) => Some(one.to_owned()),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates() {
        assert_eq!(template("/a/{b}/c").as_deref(), Ok("/a/<b>/c"));
        assert_eq!(
            template("/t/{enterprise-team}").as_deref(),
            Ok("/t/<enterprise_team>")
        );
        assert_eq!(
            template("/c/{base}...{head}").as_deref(),
            Ok("/c/<base>...<head>")
        );
        assert!(template("/a/{b c}").is_err());
        assert!(template("/a/{b").is_err());
    }

    #[test]
    fn names_of_operations() {
        let id = serde_json::json!({"operationId": "handle_list_cvms_api_v1_cvms_get"});
        assert_eq!(
            operation_name(&id, "GET", "/api/v1/cvms"),
            "handle_list_cvms"
        );
        let id = serde_json::json!({"operationId": "repos/get-content"});
        assert_eq!(operation_name(&id, "GET", "/x"), "repos_get_content");
        let none = serde_json::json!({});
        assert_eq!(
            operation_name(&none, "DELETE", "/items/{id}"),
            "delete_items_id"
        );
    }
}
