//! What a JSON Schema (the OpenAPI 3.0 or 3.1 dialect) allows, as far as a Rust type can be
//! compared with it: which JSON types, whether `null`, an integer's range, a `$ref`'s name, an
//! object's properties (`allOf` merged), a string enum's values. Every walk here follows
//! `$ref`, `allOf`, `anyOf` and `oneOf` at most `document::DEPTH` deep, so a cyclic document
//! ends.

use std::collections::BTreeMap;

use serde_json::Value;

use super::document::{DEPTH, Document, component_ref};

/// The JSON types a schema allows. `any` is an untyped schema (`{}`), which allows everything.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Kinds {
    /// Untyped: every value.
    pub any: bool,
    /// `null`.
    pub null: bool,
    /// `true` and `false`.
    pub boolean: bool,
    /// Integers.
    pub integer: bool,
    /// Numbers, fractions included.
    pub number: bool,
    /// Strings.
    pub string: bool,
    /// Arrays.
    pub array: bool,
    /// Objects.
    pub object: bool,
    /// The smallest `minimum` of the integer alternatives, if every one has one.
    pub minimum: Option<f64>,
    /// The largest `maximum` of the integer alternatives, if every one has one.
    pub maximum: Option<f64>,
}

impl Kinds {
    /// What `schema` allows.
    pub fn of(document: &Document, schema: &Value) -> Kinds {
        let mut kinds = Kinds::default();
        kinds.add(document, schema, DEPTH);
        kinds
    }

    /// The kinds other than `null`, named as the document names them.
    pub fn names(&self) -> Vec<&'static str> {
        let all = [
            (self.boolean, "boolean"),
            (self.integer, "integer"),
            (self.number, "number"),
            (self.string, "string"),
            (self.array, "array"),
            (self.object, "object"),
        ];
        all.iter().filter(|(on, _)| *on).map(|(_, n)| *n).collect()
    }

    fn add(&mut self, document: &Document, schema: &Value, depth: usize) {
        if depth == 0 {
            self.any = true;
            return;
        }
        let Some(schema) = document.resolve(schema) else {
            self.any = true; // a dangling reference: nothing to hold a type against
            return;
        };
        let Some(object) = schema.as_object() else {
            // `true` allows everything; `false` nothing, which no Rust type can match anyway.
            self.any |= schema.as_bool() != Some(false);
            return;
        };
        if object.get("nullable").and_then(Value::as_bool) == Some(true) {
            self.null = true;
        }
        let mut typed = false;
        for key in ["anyOf", "oneOf"] {
            if let Some(alternatives) = object.get(key).and_then(Value::as_array) {
                typed = true;
                for alternative in alternatives {
                    self.add(document, alternative, depth - 1);
                }
            }
        }
        if let Some(parts) = object.get("allOf").and_then(Value::as_array) {
            // The first typed part stands for the whole: the parts must agree anyway.
            if let Some(part) = parts.first() {
                typed = true;
                self.add(document, part, depth - 1);
            }
        }
        match object.get("type") {
            Some(Value::String(kind)) => {
                typed = true;
                self.set(kind, object);
            }
            Some(Value::Array(kinds)) => {
                typed = true;
                for kind in kinds.iter().filter_map(Value::as_str) {
                    self.set(kind, object);
                }
            }
            _ => {}
        }
        if !typed {
            // An untyped `enum` or `const` is typed by its values.
            let values: Vec<&Value> = match object.get("const") {
                Some(constant) => vec![constant],
                None => object
                    .get("enum")
                    .and_then(Value::as_array)
                    .map(|values| values.iter().collect())
                    .unwrap_or_default(),
            };
            typed = !values.is_empty();
            for value in values {
                self.set_from_value(value);
            }
        }
        if !typed {
            // Properties without a type are an object; anything else is untyped.
            if object.contains_key("properties") {
                self.object = true;
            } else {
                self.any = true;
            }
        }
    }

    fn set(&mut self, kind: &str, object: &serde_json::Map<String, Value>) {
        match kind {
            "null" => self.null = true,
            "boolean" => self.boolean = true,
            "integer" => {
                let bound = |key: &str| object.get(key).and_then(Value::as_f64);
                let first = !self.integer;
                self.integer = true;
                let (minimum, maximum) = (bound("minimum"), bound("maximum"));
                self.minimum = if first {
                    minimum
                } else {
                    self.minimum.zip(minimum).map(|(a, b)| a.min(b))
                };
                self.maximum = if first {
                    maximum
                } else {
                    self.maximum.zip(maximum).map(|(a, b)| a.max(b))
                };
            }
            "number" => self.number = true,
            "string" => self.string = true,
            "array" => self.array = true,
            "object" => self.object = true,
            _ => self.any = true,
        }
    }

    fn set_from_value(&mut self, value: &Value) {
        match value {
            Value::Null => self.null = true,
            Value::Bool(_) => self.boolean = true,
            Value::Number(n) if n.is_i64() || n.is_u64() => self.integer = true,
            Value::Number(_) => self.number = true,
            Value::String(_) => self.string = true,
            Value::Array(_) => self.array = true,
            Value::Object(_) => self.object = true,
        }
    }
}

/// The component a schema is, or is `null` or: `$ref`, or `anyOf`/`oneOf` of one `$ref` and
/// `{"type": "null"}` (3.1), or `allOf` of one `$ref` with `nullable` (3.0).
pub fn named_component(schema: &Value) -> Option<&str> {
    if let Some(name) = component_ref(schema) {
        return Some(name);
    }
    for key in ["anyOf", "oneOf", "allOf"] {
        if let Some(alternatives) = schema.get(key).and_then(Value::as_array) {
            let mut named = alternatives.iter().filter_map(component_ref);
            let rest = alternatives
                .iter()
                .filter(|a| component_ref(a).is_none())
                .all(|a| a.get("type").and_then(Value::as_str) == Some("null"));
            if let (Some(name), None, true) = (named.next(), named.next(), rest) {
                return Some(name);
            }
        }
    }
    None
}

/// The one alternative of a `oneOf`/`anyOf` that is not `null`, when there is one only
/// (`anyOf: [X, {type: null}]`, a `oneOf` of one): the schema is that alternative, or `null`.
/// With the keyword and the alternative's index, where it is.
pub fn only_alternative<'d>(
    document: &'d Document,
    schema: &'d Value,
) -> Option<(&'static str, usize, &'d Value)> {
    let schema = document.resolve(schema)?;
    let (key, alternatives) = ["oneOf", "anyOf"]
        .into_iter()
        .find_map(|key| Some((key, schema.get(key)?.as_array()?)))?;
    let mut real = alternatives.iter().enumerate().filter(|(_, alternative)| {
        let kinds = Kinds::of(document, alternative);
        kinds.any || !kinds.names().is_empty()
    });
    let (i, alternative) = real.next()?;
    real.next().is_none().then_some((key, i, alternative))
}

/// The `items` schema of an array schema.
pub fn items<'a>(document: &'a Document, schema: &'a Value) -> Option<&'a Value> {
    document.resolve(schema)?.get("items")
}

/// An object schema's properties (`allOf` parts merged) and which are required.
pub struct Object<'d> {
    /// Each property's schema, by name.
    pub properties: BTreeMap<String, &'d Value>,
    /// The required properties' names.
    pub required: Vec<String>,
    /// Where each property's schema is written, as a JSON pointer (`Object::located` only):
    /// an inline schema is named by it.
    pub pointers: BTreeMap<String, String>,
}

impl<'d> Object<'d> {
    /// The properties of `schema`, its `allOf` parts merged.
    pub fn of(document: &'d Document, schema: &'d Value) -> Object<'d> {
        let mut object = Object::empty();
        object.add(document, schema, None, DEPTH);
        object
    }

    /// The same, with where each property is, for `schema` written at the pointer `at`.
    pub fn located(document: &'d Document, schema: &'d Value, at: &str) -> Object<'d> {
        let mut object = Object::empty();
        object.add(document, schema, Some(at.to_owned()), DEPTH);
        object
    }

    fn empty() -> Object<'d> {
        Object {
            properties: BTreeMap::new(),
            required: Vec::new(),
            pointers: BTreeMap::new(),
        }
    }

    fn add(
        &mut self,
        document: &'d Document,
        written: &'d Value,
        at: Option<String>,
        depth: usize,
    ) {
        let Some(schema) = document.resolve(written).filter(|_| depth > 0) else {
            return;
        };
        // A reference moves where the schema is (`resolve` follows one chain of them).
        let at = at.map(|at| located(document, written, at));
        if let Some(properties) = schema.get("properties").and_then(|p| p.as_object()) {
            for (name, property) in properties {
                self.properties.insert(name.clone(), property);
                if let Some(at) = &at {
                    let pointer = format!("{at}/properties/{}", super::document::escape(name));
                    self.pointers.insert(name.clone(), pointer);
                }
            }
        }
        let required = schema.get("required").and_then(|r| r.as_array());
        self.required.extend(
            required
                .into_iter()
                .flatten()
                .filter_map(|r| r.as_str())
                .map(str::to_owned),
        );
        let parts = schema.get("allOf").and_then(|a| a.as_array());
        for (i, part) in parts.into_iter().flatten().enumerate() {
            let at = at.as_ref().map(|at| format!("{at}/allOf/{i}"));
            self.add(document, part, at, depth - 1);
        }
    }
}

/// Where the schema `written` at `at` is once its `$ref`s are followed: the last reference's
/// target (`DEPTH` hops at most).
pub fn located<'d>(document: &'d Document, mut written: &'d Value, mut at: String) -> String {
    for _ in 0..DEPTH {
        let Some(reference) = written.get("$ref").and_then(Value::as_str) else {
            break;
        };
        let Some(target) = document.pointer(reference) else {
            break;
        };
        at = reference.to_owned();
        written = target;
    }
    at
}

/// The string values a (string enum) schema documents, through `$ref`, `anyOf` and `oneOf`.
pub fn enum_values(document: &Document, schema: &Value) -> Vec<String> {
    let mut values = Vec::new();
    add_enum_values(document, schema, DEPTH, &mut values);
    values
}

fn add_enum_values(document: &Document, schema: &Value, depth: usize, values: &mut Vec<String>) {
    let Some(schema) = document.resolve(schema).filter(|_| depth > 0) else {
        return;
    };
    let direct = schema.get("enum").and_then(Value::as_array);
    values.extend(
        direct
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_owned)),
    );
    for key in ["anyOf", "oneOf"] {
        for alternative in schema
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            add_enum_values(document, alternative, depth - 1, values);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn document() -> Document {
        let text = json!({
            "openapi": "3.1.0",
            "paths": {},
            "components": {"schemas": {
                "Id": {"type": "string"},
                "Color": {"enum": ["red", "green"]},
            }}
        });
        super::super::document::parse(text.to_string().as_bytes()).unwrap()
    }

    fn kinds(schema: Value) -> Kinds {
        Kinds::of(&document(), &schema)
    }

    #[test]
    fn types_nullability_and_ranges() {
        let plain = kinds(json!({"type": "integer"}));
        assert!(plain.integer && !plain.null && plain.minimum.is_none());
        let v31 = kinds(json!({"type": ["integer", "null"], "minimum": 0}));
        assert!(v31.integer && v31.null && v31.minimum == Some(0.0));
        let v30 = kinds(json!({"type": "string", "nullable": true}));
        assert!(v30.string && v30.null);
        let any_of =
            kinds(json!({"anyOf": [{"$ref": "#/components/schemas/Id"}, {"type": "null"}]}));
        assert!(any_of.string && any_of.null && !any_of.any);
        assert!(kinds(json!({})).any);
        assert!(kinds(json!({"$ref": "#/components/schemas/Color"})).string);
        assert_eq!(
            kinds(json!({"type": ["string", "integer"]})).names(),
            ["integer", "string"]
        );
    }

    #[test]
    fn named_components() {
        assert_eq!(
            named_component(&json!({"$ref": "#/components/schemas/A"})),
            Some("A")
        );
        let nullable = json!({"anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}]});
        assert_eq!(named_component(&nullable), Some("A"));
        let two = json!({"anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "string"}]});
        assert_eq!(named_component(&two), None);
        assert_eq!(named_component(&json!({"type": "object"})), None);
    }
}
