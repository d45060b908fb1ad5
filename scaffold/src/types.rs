//! The Rust types of a document's schemas: a `Schema` type for each component the selected
//! operations reach (and only those), an inline object or union named by its JSON pointer, a
//! scalar or sequence spelled in place. Schemas are read through the contract check's own
//! reader (`phala_api_codegen::openapi`), so a type is written the way the check judges it.

use std::collections::{BTreeMap, HashMap};

use phala_api_codegen::openapi::{
    Document, Kinds, Object, component_ref, enum_values, escape, located, named_component,
    only_alternative,
};
use serde_json::Value;

use crate::names::{Names, camel, snake};

/// A Rust type, as a field, argument or answer spells it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Ty {
    Str,
    Int,
    /// `u64`: an integer whose `minimum` ≥ 0 and whose `maximum` is past `i64`'s.
    Unsigned,
    Float,
    Bool,
    /// `u8`, in a raw body's `&[u8]`.
    Bytes,
    /// `phala_api::multipart::Part`: a file of a multipart body.
    Part,
    /// `serde_json::Value`: what the document leaves untyped (or types as several kinds).
    Json,
    Vec(Box<Ty>),
    Option(Box<Ty>),
    /// `BTreeMap<String, T>`: an object of free keys.
    Map(Box<Ty>),
    /// One of the module's types, by its index in `Types::items`.
    Named(usize),
}

/// A type the module declares.
pub(crate) struct Item {
    pub(crate) name: String,
    /// The component it is checked against, or the JSON pointer of an inline schema.
    pub(crate) schema: String,
    pub(crate) doc: Option<String>,
    pub(crate) kind: Kind,
}

/// What an item is.
pub(crate) enum Kind {
    /// Not defined yet (queued).
    Pending,
    Struct(Vec<Field>),
    /// A string enum: `(variant, value)`, and a catch-all for values added later.
    StringEnum(Vec<(String, String)>),
    /// An untagged enum: `(variant, type)`, one per alternative.
    Union(Vec<(String, Ty)>),
    /// A newtype over the schema's value (`serde_json::Value` where it is untyped).
    Newtype(Ty),
    /// Another component under this one's name (an alias, a nullable copy).
    Alias(usize),
    /// A multipart body: a part per field (`#[derive(Multipart)]`).
    Multipart(Vec<Field>),
}

/// A struct field.
pub(crate) struct Field {
    pub(crate) name: String,
    pub(crate) wire: String,
    pub(crate) ty: Ty,
    /// Whether the document lets it be absent (it is skipped when `None` on the way out).
    pub(crate) optional: bool,
    pub(crate) doc: Option<String>,
}

/// The module's types, and the queue of components still to define.
pub(crate) struct Types<'d> {
    document: &'d Document,
    pub(crate) names: Names,
    pub(crate) items: Vec<Item>,
    components: HashMap<String, usize>,
    /// Inline schemas by pointer: one type however many places reach one schema.
    inline: HashMap<String, usize>,
    pending: Vec<(usize, String)>,
}

/// Names the module's types and traits must not take: the prelude's (a type named `Option`
/// or a trait named `Default` would hide it from the module) and what the module names.
const RESERVED: [&str; 34] = [
    "AsMut",
    "AsRef",
    "Box",
    "BTreeMap",
    "Clone",
    "Copy",
    "Default",
    "Drop",
    "Eq",
    "Err",
    "Error",
    "Extend",
    "Fn",
    "FnMut",
    "FnOnce",
    "From",
    "Into",
    "IntoIterator",
    "Iterator",
    "None",
    "Ok",
    "Option",
    "Ord",
    "PartialEq",
    "PartialOrd",
    "Result",
    "Send",
    "Sized",
    "Some",
    "String",
    "Sync",
    "ToOwned",
    "ToString",
    "Vec",
];

impl<'d> Types<'d> {
    pub(crate) fn new(document: &'d Document) -> Types<'d> {
        Types {
            document,
            names: Names::reserving(&RESERVED),
            items: Vec::new(),
            components: HashMap::new(),
            inline: HashMap::new(),
            pending: Vec::new(),
        }
    }

    /// The type of the schema `written` at the pointer `at`, and whether it may be `null`;
    /// `context` names an inline type (`CreateRepoRequest`).
    pub(crate) fn of(&mut self, written: &'d Value, at: &str, context: &str) -> (Ty, bool) {
        let document = self.document;
        let kinds = Kinds::of(document, written);
        if let Some(name) = named_component(written).filter(|n| self.is_component(n)) {
            return (Ty::Named(self.component(name)), kinds.null);
        }
        if kinds.any {
            return (Ty::Json, false);
        }
        let Some(schema) = document.resolve(written) else {
            return (Ty::Json, false);
        };
        let at = located(document, written, at.to_owned());
        let null = kinds.null;
        if is_object(schema) {
            let (item, new) = self.inline(context, &at);
            if new {
                self.define_struct(item, written, &at);
            }
            return (Ty::Named(item), null);
        }
        if let Some((key, i, alternative)) = only_alternative(self.document, schema) {
            // `anyOf: [X, {type: null}]`: X that may be `null`, not a union.
            let (ty, also) = self.of(alternative, &format!("{at}/{key}/{i}"), context);
            return (ty, null || also);
        }
        if union(schema).is_some() {
            let (item, new) = self.inline(context, &at);
            if new {
                self.define_union(item, schema, &at);
            }
            return (Ty::Named(item), null);
        }
        (self.plain(schema, &kinds, &at, context), null)
    }

    /// A schema that is no object or union: a scalar, a sequence, a map.
    fn plain(&mut self, schema: &'d Value, kinds: &Kinds, at: &str, context: &str) -> Ty {
        match kinds.names().as_slice() {
            ["string"] => Ty::Str,
            ["boolean"] => Ty::Bool,
            ["number"] => Ty::Float,
            ["integer"] => integer(kinds),
            ["array"] => match schema.get("items") {
                Some(items) => {
                    let (ty, null) =
                        self.of(items, &format!("{at}/items"), &format!("{context}Item"));
                    Ty::Vec(Box::new(optional(ty, null)))
                }
                None => Ty::Vec(Box::new(Ty::Json)),
            },
            ["object"] => match schema.get("additionalProperties") {
                Some(values) if values.is_object() => {
                    let at = format!("{at}/additionalProperties");
                    let (ty, null) = self.of(values, &at, &format!("{context}Value"));
                    Ty::Map(Box::new(optional(ty, null)))
                }
                _ => Ty::Map(Box::new(Ty::Json)),
            },
            _ => Ty::Json,
        }
    }

    fn is_component(&self, name: &str) -> bool {
        !name.contains('/') && self.document.component(name).is_some()
    }

    /// The item of the component `name`, queued for definition the first time it is asked for.
    pub(crate) fn component(&mut self, name: &str) -> usize {
        if let Some(item) = self.components.get(name) {
            return *item;
        }
        let wanted =
            camel(qualified_tail(self.document, name)).unwrap_or_else(|| "Schema".to_owned());
        let item = self.push(wanted, name.to_owned());
        self.components.insert(name.to_owned(), item);
        self.pending.push((item, name.to_owned()));
        item
    }

    /// The item of the inline schema at `at`, and whether it is new (to be defined).
    fn inline(&mut self, context: &str, at: &str) -> (usize, bool) {
        if let Some(item) = self.inline.get(at) {
            return (*item, false);
        }
        let item = self.push(context.to_owned(), at.to_owned());
        self.inline.insert(at.to_owned(), item);
        (item, true)
    }

    fn push(&mut self, wanted: String, schema: String) -> usize {
        let name = self.names.take(&wanted);
        self.items.push(Item {
            name,
            schema,
            doc: None,
            kind: Kind::Pending,
        });
        self.items.len() - 1
    }

    /// Defines every queued component (and what they reach).
    pub(crate) fn finish(&mut self) {
        while let Some((item, name)) = self.pending.pop() {
            self.define_component(item, &name);
        }
    }

    fn define_component(&mut self, item: usize, name: &str) {
        let document = self.document;
        let Some(written) = document.component(name) else {
            return;
        };
        let at = format!("#/components/schemas/{}", escape(name));
        self.items[item].doc = doc(written);
        // One schema under several names (an alias, GitHub's `nullable-…` copies) is one type.
        let canonical = canonical(document, name);
        if canonical != name {
            let target = self.component(canonical);
            self.items[item].kind = Kind::Alias(target);
            return;
        }
        let Some(schema) = document.resolve(written) else {
            self.items[item].kind = Kind::Newtype(Ty::Json);
            return;
        };
        let kinds = Kinds::of(document, written);
        if is_object(schema) {
            self.define_struct(item, written, &at);
        } else if let Some((key, i, alternative)) = only_alternative(self.document, schema) {
            let context = self.items[item].name.clone();
            let (ty, _) = self.of(alternative, &format!("{at}/{key}/{i}"), &context);
            self.items[item].kind = Kind::Newtype(optional(ty, kinds.null));
        } else if union(schema).is_some() && named_component(written).is_none() {
            self.define_union(item, schema, &at);
        } else if kinds.names() == ["string"] && !enum_values(document, schema).is_empty() {
            let mut names = Names::default();
            let values = enum_values(document, schema);
            let variants = values
                .into_iter()
                .enumerate()
                .map(|(i, value)| {
                    let wanted = camel(&value).unwrap_or_else(|| format!("Value{i}"));
                    (names.take(&wanted), value)
                })
                .collect();
            self.items[item].kind = Kind::StringEnum(variants);
        } else if kinds.any || named_component(written).is_some() {
            // Untyped, or a wrapper of another component (`anyOf: [$ref, null]`): any JSON.
            self.items[item].kind = Kind::Newtype(Ty::Json);
        } else {
            let context = self.items[item].name.clone();
            let ty = self.plain(schema, &kinds, &at, &context);
            self.items[item].kind = Kind::Newtype(ty);
        }
    }

    fn define_struct(&mut self, item: usize, written: &'d Value, at: &str) {
        let document = self.document;
        if self.items[item].doc.is_none() {
            self.items[item].doc = document.resolve(written).and_then(doc);
        }
        let object = Object::located(document, written, at);
        let context = self.items[item].name.clone();
        let mut names = Names::default();
        let mut fields = Vec::new();
        for (i, (wire, property)) in object.properties.iter().enumerate() {
            let name = names.take(&snake(wire).unwrap_or_else(|| format!("field{i}")));
            let pointer = object.pointers.get(wire).cloned().unwrap_or_default();
            let inline = format!(
                "{context}{}",
                camel(wire).unwrap_or_else(|| format!("Field{i}"))
            );
            let (ty, null) = self.of(property, &pointer, &inline);
            let required = object.required.contains(wire);
            fields.push(Field {
                name,
                wire: wire.clone(),
                ty: optional(ty, null),
                optional: !required,
                doc: document.resolve(property).and_then(doc),
            });
        }
        self.items[item].kind = Kind::Struct(fields);
    }

    fn define_union(&mut self, item: usize, schema: &'d Value, at: &str) {
        let document = self.document;
        let Some((key, alternatives)) = union(schema) else {
            return;
        };
        if self.items[item].doc.is_none() {
            self.items[item].doc = doc(schema);
        }
        let context = self.items[item].name.clone();
        let mut names = Names::default();
        let mut variants: Vec<(String, Ty)> = Vec::new();
        let mut any = false;
        for (i, alternative) in alternatives.iter().enumerate() {
            let kinds = Kinds::of(document, alternative);
            if kinds.names().is_empty() && !kinds.any {
                continue; // `null`: the union's own `Option`
            }
            let pointer = format!("{at}/{key}/{i}");
            let title = document
                .resolve(alternative)
                .and_then(|a| a.get("title"))
                .and_then(Value::as_str)
                .and_then(camel);
            let (wanted, ty) = match named_component(alternative).filter(|n| self.is_component(n)) {
                Some(name) => (
                    camel(qualified_tail(document, name)).unwrap_or_else(|| format!("Variant{i}")),
                    Ty::Named(self.component(name)),
                ),
                None => {
                    let wanted = title.unwrap_or_else(|| format!("Variant{i}"));
                    let inline = format!("{context}{wanted}");
                    let (ty, _) = self.of(alternative, &pointer, &inline);
                    let wanted = match &ty {
                        Ty::Str => "String".to_owned(),
                        Ty::Int | Ty::Unsigned => "Integer".to_owned(),
                        Ty::Float => "Number".to_owned(),
                        Ty::Bool => "Boolean".to_owned(),
                        Ty::Vec(_) => "Array".to_owned(),
                        _ => wanted,
                    };
                    (wanted, ty)
                }
            };
            // An object alternative without properties (a map) is held by `Value` only: the
            // check covers objects by name.
            if matches!(ty, Ty::Json | Ty::Map(_)) {
                any = true;
                continue;
            }
            if variants.iter().any(|(_, seen)| *seen == ty) {
                continue; // two alternatives of one Rust type: one variant holds both
            }
            variants.push((names.take(&wanted), ty));
        }
        if any || variants.is_empty() {
            variants.push((names.take("Other"), Ty::Json));
        }
        self.items[item].kind = Kind::Union(variants);
    }

    /// A multipart body's type: a struct of parts, when every property of `written` (at
    /// `at`) is one — text, a number, a `bool`, a file (`format: binary`), or a list of them;
    /// `None` otherwise, for the untyped `multipart::Form`.
    pub(crate) fn multipart(
        &mut self,
        written: &'d Value,
        at: &str,
        context: &str,
    ) -> Option<usize> {
        let document = self.document;
        let (schema, wanted) = match named_component(written).filter(|n| self.is_component(n)) {
            Some(name) => (
                name.to_owned(),
                camel(name).unwrap_or_else(|| context.to_owned()),
            ),
            None => (
                located(document, written, at.to_owned()),
                context.to_owned(),
            ),
        };
        let object = Object::located(document, written, at);
        if object.properties.is_empty() {
            return None;
        }
        let mut names = Names::default();
        let mut fields = Vec::new();
        for (i, (wire, property)) in object.properties.iter().enumerate() {
            let kinds = Kinds::of(document, property);
            let ty = part(document, property, &kinds)?;
            fields.push(Field {
                name: names.take(&snake(wire).unwrap_or_else(|| format!("field{i}"))),
                wire: wire.clone(),
                ty: optional(ty, kinds.null),
                optional: !object.required.contains(wire),
                doc: document.resolve(property).and_then(doc),
            });
        }
        let item = self.push(wanted, schema);
        self.items[item].doc = document.resolve(written).and_then(doc);
        self.items[item].kind = Kind::Multipart(fields);
        Some(item)
    }

    /// The items in the order they are written: by name, for a stable diff.
    pub(crate) fn order(&self) -> Vec<usize> {
        let sorted: BTreeMap<&str, usize> = self
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| (item.name.as_str(), i))
            .collect();
        sorted.into_values().collect()
    }
}

/// `ty`, or `Option<ty>` where `null` is allowed (`Value` holds `null` itself).
pub(crate) fn optional(ty: Ty, null: bool) -> Ty {
    if null && ty != Ty::Json {
        Ty::Option(Box::new(ty))
    } else {
        ty
    }
}

/// The part a multipart property is: a file (`format: binary`, alone or beside `null`), text,
/// a number, a `bool`, or a list of one of those; `None` for anything else.
fn part(document: &Document, schema: &Value, kinds: &Kinds) -> Option<Ty> {
    if binary(document, schema, DEPTH_OF_PARTS) {
        return Some(Ty::Part);
    }
    match kinds.names().as_slice() {
        ["string"] => Some(Ty::Str),
        ["integer"] => Some(integer(kinds)).filter(|ty| *ty != Ty::Json),
        ["number"] => Some(Ty::Float),
        ["boolean"] => Some(Ty::Bool),
        ["array"] => {
            let items = document.resolve(schema)?.get("items")?;
            let item_kinds = Kinds::of(document, items);
            match part(document, items, &item_kinds)? {
                Ty::Vec(_) => None,
                item => Some(Ty::Vec(Box::new(item))),
            }
        }
        _ => None,
    }
}

/// How deep `binary` looks through `anyOf`/`oneOf`.
const DEPTH_OF_PARTS: usize = 4;

/// Whether a schema is a file: `format: binary`, or a union whose only non-null alternative is.
fn binary(document: &Document, schema: &Value, depth: usize) -> bool {
    let Some(schema) = document.resolve(schema).filter(|_| depth > 0) else {
        return false;
    };
    if schema.get("format").and_then(Value::as_str) == Some("binary") {
        return true;
    }
    union(schema).is_some_and(|(_, alternatives)| {
        alternatives.iter().any(|a| binary(document, a, depth - 1))
            && alternatives.iter().all(|a| {
                binary(document, a, depth - 1) || Kinds::of(document, a).names().is_empty()
            })
    })
}

fn integer(kinds: &Kinds) -> Ty {
    const I64_MAX: f64 = 9_223_372_036_854_775_807.0;
    match (kinds.minimum, kinds.maximum) {
        (Some(low), Some(high)) if low >= 0.0 && high > I64_MAX => Ty::Unsigned,
        (low, high) if low.is_some_and(|l| l < -I64_MAX) || high.is_some_and(|h| h > I64_MAX) => {
            Ty::Json
        }
        _ => Ty::Int,
    }
}

/// Whether a schema is read as a struct: it has properties, or is an `allOf` composition of
/// objects. (A union's `oneOf` beside properties only says which are required together.)
pub(crate) fn is_object(schema: &Value) -> bool {
    schema
        .get("properties")
        .is_some_and(|p| p.as_object().is_some_and(|p| !p.is_empty()))
        || (schema.get("allOf").is_some() && union(schema).is_none())
}

/// The `oneOf`/`anyOf` alternatives of a union, and which keyword lists them.
pub(crate) fn union(schema: &Value) -> Option<(&'static str, &Vec<Value>)> {
    ["oneOf", "anyOf"]
        .into_iter()
        .find_map(|key| Some((key, schema.get(key)?.as_array()?)))
        .filter(|_| named_component(schema).is_none())
}

/// The one name of the components that are one schema: what an alias names, else the name
/// that is not a nullable copy, else the shortest (then the first) — the same whichever of
/// them is asked for.
fn canonical<'a>(document: &'a Document, name: &'a str) -> &'a str {
    let names = document.equivalents(name);
    let alias = |n: &str| document.component(n).and_then(component_ref).is_some();
    let nullable = |n: &str| {
        document
            .component(n)
            .and_then(|s| s.get("nullable"))
            .and_then(Value::as_bool)
            == Some(true)
    };
    names
        .iter()
        .copied()
        .min_by_key(|n| (alias(n), nullable(n), n.len(), *n))
        .unwrap_or(name)
}

/// A schema's `title`, `description`, or both, as a doc comment.
fn doc(schema: &Value) -> Option<String> {
    let text = |key: &str| schema.get(key).and_then(Value::as_str).map(str::trim);
    match (text("title"), text("description")) {
        (Some(title), Some(description)) if !description.is_empty() => {
            Some(format!("{title}\n\n{description}"))
        }
        (Some(one), _) | (None, Some(one)) if !one.is_empty() => Some(one.to_owned()),
        _ => None,
    }
}

/// The shortest tail of a component named by its module path (`a__b__c__Name`, as FastAPI
/// names models that share a name) that no other component's name ends with: the part that
/// tells it apart (`c__Name`), not the whole path. Any other name is itself.
fn qualified_tail<'a>(document: &Document, name: &'a str) -> &'a str {
    if !name.contains("__") {
        return name;
    }
    let others: Vec<&str> = document
        .root()
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|schemas| schemas.keys())
        .map(String::as_str)
        .filter(|other| *other != name)
        .collect();
    let cuts: Vec<usize> = name.match_indices("__").map(|(at, _)| at).collect();
    for at in cuts.into_iter().rev() {
        let tail = &name[at + 2..];
        let suffix = format!("__{tail}");
        if !others
            .iter()
            .any(|other| *other == tail || other.ends_with(&suffix))
        {
            return tail;
        }
    }
    name
}
