//! `phala-api-scaffold`: from an OpenAPI 3.0 or 3.1 document (JSON or YAML) to one Rust module
//! of [phala-api](https://docs.rs/phala-api) bindings — a trait per tag with
//! `#[phala_api::api(spec = "…")]` and an `#[api_endpoint]` method per operation, a
//! `#[derive(Schema)]` type for each component the operations reach, an `ApiError` enum where
//! error answers have bodies. The module compiles under the contract check as written; the
//! user owns and edits it from then on, and the check reports where it and the document part.
//!
//! The document is read by the contract check's own reader (`phala_api_codegen::openapi`), so
//! the scaffold never writes a type the check would read otherwise.

mod names;
mod operations;
mod render;
mod types;

use std::fmt;

use phala_api_codegen::openapi::{Document, escape, parse};
use serde_json::Value;

/// What to bind, and how.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The document's path as the module's `spec = "…"` names it (relative to the crate's
    /// manifest directory).
    pub spec: String,
    /// Only operations with one of these tags (their first); all when empty.
    pub tags: Vec<String>,
    /// Only operations with one of these `operationId`s; all when empty.
    pub operations: Vec<String>,
    /// Operations with one of these tags (their first) left out (bound elsewhere).
    pub skip_tags: Vec<String>,
    /// Fixed headers every trait sends, `(name, value)` (an API version pin, say).
    pub headers: Vec<(String, String)>,
    /// Return `Option<T>` (a 404 is `Ok(None)`) where an operation documents a 404.
    pub option_on_404: bool,
}

impl Options {
    fn selects(&self, tag: &str, id: &str) -> bool {
        (self.tags.is_empty() || self.tags.iter().any(|t| t == tag))
            && !self.skip_tags.iter().any(|t| t == tag)
            && (self.operations.is_empty() || self.operations.iter().any(|o| o == id))
    }
}

/// A written module.
#[derive(Clone, Debug)]
pub struct Scaffold {
    /// The module's source, formatted.
    pub source: String,
    /// Operations bound.
    pub operations: usize,
    /// Operations left out (each with a comment saying why).
    pub left_out: usize,
    /// Types declared.
    pub types: usize,
}

/// Why a document cannot be scaffolded: what, and where (a JSON pointer; empty for the whole
/// document).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where in the document, as a JSON pointer (`#/paths/~1a/get`).
    pub pointer: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.pointer.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "at `{}`: {}", self.pointer, self.message)
        }
    }
}

impl std::error::Error for Problem {}

fn problem_at(pointer: impl Into<String>, message: impl Into<String>) -> Problem {
    Problem {
        pointer: pointer.into(),
        message: message.into(),
    }
}

/// Scaffolds the document `bytes` (JSON or YAML): the module's source, or what stops it.
pub fn scaffold(bytes: &[u8], options: &Options) -> Result<Scaffold, Problem> {
    let document = parse(bytes).map_err(|message| problem_at("", message))?;
    references(&document)?;
    selection(&document, options)?;
    let mut types = types::Types::new(&document);
    let bound = operations::bind(&document, options, &mut types);
    types.finish();
    let cycle = cycles(&types.items);
    let module = render::Module {
        spec: &options.spec,
        headers: &options.headers,
        items: &types.items,
        order: types.order(),
        bound: &bound,
        cycle,
    };
    let tokens = module.tokens();
    let file: syn::File = syn::parse2(tokens).map_err(|error| {
        problem_at(
            "",
            format!("the module written does not parse ({error}); please report it"),
        )
    })?;
    let operations = bound.traits.iter().map(|t| t.methods.len()).sum();
    let left_out = bound.traits.iter().map(|t| t.left_out.len()).sum();
    // Formatted item by item with a blank line between them, as rustfmt leaves a module.
    let mut shell = file;
    let items = std::mem::take(&mut shell.items);
    let items: Vec<String> = items
        .into_iter()
        .map(|item| {
            let mut one = shell.clone();
            one.items = vec![item];
            prettyplease::unparse(&one).trim_end().to_owned()
        })
        .collect();
    let source = format!("{}{}\n", header(&document, options), items.join("\n\n"));
    Ok(Scaffold {
        source,
        operations,
        left_out,
        types: types.items.len(),
    })
}

fn header(document: &Document, options: &Options) -> String {
    let info = document.root().get("info");
    let text = |key: &str| {
        info.and_then(|i| i.get(key))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .replace(['\n', '\r'], " ")
    };
    let version = document
        .root()
        .get("openapi")
        .and_then(Value::as_str)
        .unwrap_or_default();
    format!(
        "//! Bindings of {:?} {} (OpenAPI {version}), written by `phala-api-scaffold` from\n\
         //! `{}`. Edit freely: the contract check says where this code and the document part.\n\
         #![allow(clippy::too_many_arguments, clippy::large_enum_variant, clippy::doc_lazy_continuation)]\n\
         #![allow(rustdoc::broken_intra_doc_links, rustdoc::bare_urls, rustdoc::invalid_html_tags)]\n\n\
         use phala_api::api_endpoint;\n\n",
        text("title"),
        text("version"),
        options.spec,
    )
}

/// Every `$ref` is local and resolves: an external one (another file, a URL) is not read.
fn references(document: &Document) -> Result<(), Problem> {
    fn walk(document: &Document, value: &Value, at: &mut String) -> Result<(), Problem> {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(reference)) = map.get("$ref") {
                    if !reference.starts_with('#') {
                        return Err(problem_at(
                            format!("{at}/$ref"),
                            format!(
                                "the external reference `{reference}` is not read: bundle the \
                                 document into one file first (`redocly bundle`, `swagger-cli bundle`)"
                            ),
                        ));
                    }
                    if document.pointer(reference).is_none() {
                        return Err(problem_at(
                            format!("{at}/$ref"),
                            format!(
                                "the reference `{reference}` points at nothing in the document"
                            ),
                        ));
                    }
                }
                for (key, child) in map {
                    let len = at.len();
                    at.push('/');
                    at.push_str(&escape(key));
                    walk(document, child, at)?;
                    at.truncate(len);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    let len = at.len();
                    at.push_str(&format!("/{i}"));
                    walk(document, child, at)?;
                    at.truncate(len);
                }
            }
            _ => {}
        }
        Ok(())
    }
    walk(document, document.root(), &mut String::from("#"))
}

/// The tags and operations asked for exist.
fn selection(document: &Document, options: &Options) -> Result<(), Problem> {
    let mut tags = Vec::new();
    let mut ids = Vec::new();
    for path in document.paths() {
        for method in document.methods(path) {
            let Some(operation) = document.operation(&method, path) else {
                continue;
            };
            let raw = operation.raw();
            if let Some(tag) = raw
                .get("tags")
                .and_then(|t| t.get(0))
                .and_then(Value::as_str)
            {
                tags.push(tag);
            }
            if let Some(id) = raw.get("operationId").and_then(Value::as_str) {
                ids.push(id);
            }
        }
    }
    for (name, value) in &options.headers {
        let problem = phala_api_rules::header_name_problem(name)
            .or_else(|| {
                phala_api_rules::reserved_header(name).map(|why| format!("`{name}`: {why}"))
            })
            .or_else(|| phala_api_rules::header_value_problem(value));
        if let Some(problem) = problem {
            return Err(problem_at(
                "",
                format!("the header `{name}: {value}` cannot be sent: {problem}"),
            ));
        }
    }
    for tag in options.tags.iter().chain(&options.skip_tags) {
        if !tags.contains(&tag.as_str()) {
            tags.sort_unstable();
            tags.dedup();
            return Err(problem_at(
                "",
                format!(
                    "the document has no tag `{tag}`: its tags are `{}`",
                    tags.join("`, `")
                ),
            ));
        }
    }
    for id in &options.operations {
        if !ids.contains(&id.as_str()) {
            return Err(problem_at(
                "",
                format!("the document has no operation with the `operationId` `{id}`"),
            ));
        }
    }
    Ok(())
}

/// Each item's strongly connected component in the graph of types held by value (a field of
/// the type, or `Option` of it): a field within one closes a cycle and is boxed. Kosaraju's
/// algorithm, without recursion (a document may nest deep).
fn cycles(items: &[types::Item]) -> Vec<usize> {
    use types::{Kind, Ty};
    fn direct(ty: &Ty) -> Option<usize> {
        match ty {
            Ty::Named(target) => Some(*target),
            Ty::Option(inner) => direct(inner),
            _ => None,
        }
    }
    let edges: Vec<Vec<usize>> = items
        .iter()
        .map(|item| match &item.kind {
            Kind::Struct(fields) => fields.iter().filter_map(|f| direct(&f.ty)).collect(),
            Kind::Union(variants) => variants.iter().filter_map(|(_, ty)| direct(ty)).collect(),
            Kind::Newtype(ty) => direct(ty).into_iter().collect(),
            Kind::Alias(target) => vec![*target],
            Kind::Pending | Kind::StringEnum(_) | Kind::Multipart(_) => Vec::new(),
        })
        .collect();
    let n = items.len();
    let mut reverse = vec![Vec::new(); n];
    for (from, targets) in edges.iter().enumerate() {
        for &to in targets {
            reverse[to].push(from);
        }
    }
    // First pass: the order in which each node's search finishes.
    let mut seen = vec![false; n];
    let mut finished = Vec::with_capacity(n);
    for start in 0..n {
        if seen[start] {
            continue;
        }
        seen[start] = true;
        let mut stack = vec![(start, 0)];
        while let Some((node, next)) = stack.pop() {
            if let Some(&to) = edges[node].get(next) {
                stack.push((node, next + 1));
                if !seen[to] {
                    seen[to] = true;
                    stack.push((to, 0));
                }
            } else {
                finished.push(node);
            }
        }
    }
    // Second pass, on the reversed graph, latest finished first: each search is one component.
    let mut component = vec![usize::MAX; n];
    for (label, &start) in finished.iter().rev().enumerate() {
        if component[start] != usize::MAX {
            continue;
        }
        component[start] = label;
        let mut stack = vec![start];
        while let Some(node) = stack.pop() {
            for &from in &reverse[node] {
                if component[from] == usize::MAX {
                    component[from] = label;
                    stack.push(from);
                }
            }
        }
    }
    component
}
