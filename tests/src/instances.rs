//! Schema-valid JSON instances of an OpenAPI document's schemas, made by a generator that reads
//! the document (never tuned per type), a validator for the same subset of JSON Schema, and the
//! check that every such instance decodes into a Rust type and re-serialises valid. Used by the
//! runtime's schema tests and by `phala-cloud`'s.
//!
//! The subset: `$ref`, `anyOf`, `oneOf`, `allOf`, `type` (one or a list), `nullable`, `enum`,
//! `const`, `pattern`, `minimum`/`maximum` (and the exclusive forms), `minLength`/`maxLength`,
//! `items`, `minItems`/`maxItems`, `properties`, `required` (optional keys absent, or any
//! value the property allows, `null` included where it is allowed) and unknown extra
//! properties, since the server adds fields over time.

use phala_api::Schema;
use proptest::prelude::*;
use proptest::strategy::{BoxedStrategy, Union};
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

/// How many instances per type (`PROPTEST_CASES` raises it; never fewer than 1,000).
pub fn cases() -> u32 {
    let asked = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok());
    asked.unwrap_or(1000).max(1000)
}

/// Random JSON values a schema allows.
pub struct Generator<'d> {
    /// The document whose `$ref`s the schemas use.
    pub document: &'d Value,
}

impl Generator<'_> {
    fn resolve<'a>(&'a self, schema: &'a Value) -> &'a Value {
        match schema["$ref"].as_str().and_then(|r| r.strip_prefix('#')) {
            Some(pointer) => self.resolve(self.document.pointer(pointer).unwrap_or(&Value::Null)),
            None => schema,
        }
    }

    /// Random values `schema` allows, nesting at most `depth` deep.
    pub fn value(&self, schema: &Value, depth: u32) -> BoxedStrategy<Value> {
        let schema = self.resolve(schema);
        if let Some(constant) = schema.get("const") {
            return Just(constant.clone()).boxed();
        }
        if let Some(values) = schema["enum"].as_array() {
            return proptest::sample::select(values.clone()).boxed();
        }
        for key in ["anyOf", "oneOf"] {
            if let Some(alternatives) = schema[key].as_array() {
                let alternatives = alternatives
                    .iter()
                    .map(|a| self.value(a, depth))
                    .collect::<Vec<_>>();
                return Union::new(alternatives).boxed();
            }
        }
        if let Some(parts) = schema["allOf"].as_array() {
            return self.object(&merge(self, parts), depth);
        }
        let typed = |kind: &str| self.typed(kind, schema, depth);
        let mut alternatives: Vec<BoxedStrategy<Value>> = match &schema["type"] {
            Value::String(kind) => vec![typed(kind)],
            Value::Array(kinds) => kinds.iter().filter_map(Value::as_str).map(typed).collect(),
            _ if schema.get("properties").is_some() => vec![typed("object")],
            _ => vec![any_json(2)],
        };
        if schema["nullable"] == true {
            alternatives.push(Just(Value::Null).boxed());
        }
        Union::new(alternatives).boxed()
    }

    fn typed(&self, kind: &str, schema: &Value, depth: u32) -> BoxedStrategy<Value> {
        let number = |key: &str| schema[key].as_f64();
        match kind {
            "null" => Just(Value::Null).boxed(),
            "boolean" => any::<bool>().prop_map(Value::from).boxed(),
            "integer" => {
                let low = number("minimum")
                    .or(number("exclusiveMinimum").map(|m| m + 1.0))
                    .map_or(i64::MIN, |m| m.ceil() as i64);
                let high = number("maximum")
                    .or(number("exclusiveMaximum").map(|m| m - 1.0))
                    .map_or(i64::MAX, |m| m.floor() as i64);
                (low..=high).prop_map(Value::from).boxed()
            }
            "number" => {
                let low = number("minimum").unwrap_or(-1e15);
                let high = number("maximum").unwrap_or(1e15);
                (low..=high).prop_map(Value::from).boxed()
            }
            "string" => self.string(schema),
            "array" => {
                let items = self.value(&schema["items"], depth.saturating_sub(1));
                let low = schema["minItems"].as_u64().unwrap_or(0) as usize;
                let high = schema["maxItems"].as_u64().map_or(low + 3, |h| h as usize);
                proptest::collection::vec(items, low..=high)
                    .prop_map(Value::from)
                    .boxed()
            }
            "object" => self.object(schema, depth),
            _ => any_json(2),
        }
    }

    fn string(&self, schema: &Value) -> BoxedStrategy<Value> {
        let low = schema["minLength"].as_u64().unwrap_or(0) as usize;
        let high = schema["maxLength"]
            .as_u64()
            .map_or(low + 24, |h| h as usize);
        let Some(pattern) = schema["pattern"].as_str() else {
            return proptest::collection::vec(any::<char>(), low..=high)
                .prop_map(|chars| Value::from(chars.into_iter().collect::<String>()))
                .boxed();
        };
        // proptest generates from a regex without anchors; a JSON Schema pattern searches.
        let body = pattern.trim_start_matches('^').trim_end_matches('$');
        proptest::string::string_regex(body)
            .unwrap_or_else(|e| panic!("pattern {pattern:?}: {e}"))
            .prop_filter("length within bounds", move |s| {
                (low..=high).contains(&s.chars().count())
            })
            .prop_map(Value::from)
            .boxed()
    }

    fn object(&self, schema: &Value, depth: u32) -> BoxedStrategy<Value> {
        let required: Vec<&str> = schema["required"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let properties: Vec<BoxedStrategy<Option<(String, Value)>>> = schema["properties"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(name, property)| {
                let name = name.clone();
                let value = self.value(property, depth.saturating_sub(1));
                if required.contains(&name.as_str()) {
                    value.prop_map(move |v| Some((name.clone(), v))).boxed()
                } else {
                    prop::option::of(value.prop_map(move |v| (name.clone(), v))).boxed()
                }
            })
            .collect();
        let extra = if schema["additionalProperties"] == false {
            Just(Vec::new()).boxed()
        } else {
            proptest::collection::vec(("[a-z]{1,8}", any_json(1)), 0..3)
                .prop_map(|pairs| {
                    pairs
                        .into_iter()
                        .map(|(key, value)| (format!("added_later_{key}"), value))
                        .collect()
                })
                .boxed()
        };
        (properties, extra)
            .prop_map(|(properties, extra)| {
                let mut object: Map<String, Value> = properties.into_iter().flatten().collect();
                object.extend(extra);
                Value::Object(object)
            })
            .boxed()
    }
}

/// The `allOf` parts of an object schema as one object schema.
fn merge(generator: &Generator<'_>, parts: &[Value]) -> Value {
    let (mut properties, mut required) = (Map::new(), Vec::new());
    for part in parts {
        let part = generator.resolve(part);
        if let Some(own) = part["properties"].as_object() {
            properties.extend(own.clone());
        }
        required.extend(part["required"].as_array().cloned().unwrap_or_default());
    }
    json!({"type": "object", "properties": properties, "required": required})
}

/// Small arbitrary JSON, for untyped schemas and unknown properties.
fn any_json(depth: u32) -> BoxedStrategy<Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        "[ -~]{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(depth, 8, 3, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..3).prop_map(Value::from),
            proptest::collection::btree_map("[a-z]{1,6}", inner, 0..3)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
    .boxed()
}

/// Whether `value` is valid against `schema`, over the subset the generator covers.
pub fn validate(document: &Value, schema: &Value, value: &Value, at: &str) -> Result<(), String> {
    let schema = match schema["$ref"].as_str().and_then(|r| r.strip_prefix('#')) {
        Some(pointer) => document
            .pointer(pointer)
            .ok_or(format!("{at}: dangling $ref"))?,
        None => schema,
    };
    let fail = |why: String| Err(format!("{at}: {why} ({value})"));
    if let Some(constant) = schema.get("const")
        && constant != value
    {
        return fail(format!("is not the const {constant}"));
    }
    if let Some(values) = schema["enum"].as_array()
        && !values.contains(value)
    {
        return fail("is not one of the enum's values".into());
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(alternatives) = schema[key].as_array()
            && !alternatives
                .iter()
                .any(|a| validate(document, a, value, at).is_ok())
        {
            return fail(format!("matches no alternative of {key}"));
        }
    }
    for part in schema["allOf"].as_array().into_iter().flatten() {
        validate(document, part, value, at)?;
    }
    let kinds: Vec<&str> = match &schema["type"] {
        Value::String(kind) => vec![kind],
        Value::Array(kinds) => kinds.iter().filter_map(Value::as_str).collect(),
        _ => return Ok(()), // untyped, or typed by its alternatives above
    };
    if value.is_null() && (kinds.contains(&"null") || schema["nullable"] == true) {
        return Ok(());
    }
    let is = |kind: &&str| match *kind {
        "null" => value.is_null(),
        "boolean" => value.is_boolean(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "string" => value.is_string(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        _ => true,
    };
    if !kinds.iter().any(is) {
        return fail(format!("is not of type {kinds:?}"));
    }
    if let Some(number) = value.as_f64() {
        let bound = |key: &str| schema[key].as_f64();
        if bound("minimum").is_some_and(|m| number < m)
            || bound("maximum").is_some_and(|m| number > m)
        {
            return fail("is out of its range".into());
        }
    }
    if let Some(text) = value.as_str() {
        let length = text.chars().count() as u64;
        if schema["minLength"].as_u64().is_some_and(|m| length < m)
            || schema["maxLength"].as_u64().is_some_and(|m| length > m)
        {
            return fail("has a length out of bounds".into());
        }
        if let Some(pattern) = schema["pattern"].as_str() {
            let regex = regex::Regex::new(pattern).map_err(|e| format!("{pattern}: {e}"))?;
            if !regex.is_match(text) {
                return fail(format!("does not match {pattern}"));
            }
        }
    }
    if let Some(items) = value.as_array() {
        for (index, item) in items.iter().enumerate() {
            validate(document, &schema["items"], item, &format!("{at}[{index}]"))?;
        }
    }
    if let Some(object) = value.as_object() {
        for name in schema["required"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if !object.contains_key(name) {
                return fail(format!("lacks the required `{name}`"));
            }
        }
        for (name, property) in schema["properties"].as_object().into_iter().flatten() {
            if let Some(field) = object.get(name) {
                validate(document, property, field, &format!("{at}.{name}"))?;
            }
        }
    }
    Ok(())
}

/// Schema-valid instances of `T`'s component decode into `T`, and re-serialise valid.
pub fn every_valid_instance_decodes<T: Schema + DeserializeOwned + Serialize>(document: &str) {
    let document: Value = serde_json::from_str(document).unwrap();
    // A component by name, or an inline schema by its JSON pointer.
    let schema = match T::NAME.strip_prefix('#') {
        Some(pointer) => document.pointer(pointer).cloned().unwrap_or(Value::Null),
        None => document["components"]["schemas"][T::NAME].clone(),
    };
    assert!(schema.is_object(), "{} is not in the document", T::NAME);
    let generator = Generator {
        document: &document,
    };
    let strategy = generator.value(&schema, 6);
    let mut runner = TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    });
    let name = T::NAME;
    let result = runner.run(&strategy, |instance| {
        validate(&document, &schema, &instance, name).map_err(|why| {
            TestCaseError::fail(format!("the generator made an invalid instance: {why}"))
        })?;
        // `null` is the `Option` around a type where it is used (a nullable property, say), not
        // a value of the type itself.
        if instance.is_null() {
            return Ok(());
        }
        let decoded: T = serde_json::from_value(instance.clone()).map_err(|error| {
            TestCaseError::fail(format!("{name}: a valid instance does not decode: {error}"))
        })?;
        let again =
            serde_json::to_value(&decoded).map_err(|e| TestCaseError::fail(e.to_string()))?;
        validate(&document, &schema, &again, name).map_err(|why| {
            TestCaseError::fail(format!("{name} re-serialises to an invalid value: {why}"))
        })?;
        Ok(())
    });
    if let Err(error) = result {
        panic!("{error}");
    }
}
