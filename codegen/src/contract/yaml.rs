//! YAML documents, read into the same `serde_json::Value` a JSON document parses to, so
//! everything after reading is one code path. Mapping keys are text in OpenAPI (`200:` is the
//! status `"200"`), so scalar keys are written as text.

use serde_json::{Map, Number, Value};
use yaml_rust2::{Yaml, YamlLoader};

/// The first document of `text`, as JSON; what is wrong with it otherwise.
pub(crate) fn parse(text: &str) -> Result<Value, String> {
    let documents = YamlLoader::load_from_str(text).map_err(|error| error.to_string())?;
    let first = documents.first().ok_or("it is empty")?;
    json(first, DEPTH).ok_or_else(|| format!("it nests deeper than {DEPTH} levels"))
}

/// How deep a YAML document may nest (JSON's reader stops at 128).
const DEPTH: usize = 256;

fn json(yaml: &Yaml, depth: usize) -> Option<Value> {
    let depth = depth.checked_sub(1)?;
    Some(match yaml {
        Yaml::Real(text) => text
            .parse::<f64>()
            .ok()
            .and_then(Number::from_f64)
            .map_or(Value::Null, Value::Number),
        Yaml::Integer(integer) => Value::from(*integer),
        Yaml::String(text) => Value::String(text.clone()),
        Yaml::Boolean(boolean) => Value::Bool(*boolean),
        Yaml::Array(items) => Value::Array(
            items
                .iter()
                .map(|item| json(item, depth))
                .collect::<Option<_>>()?,
        ),
        Yaml::Hash(entries) => Value::Object(
            entries
                .iter()
                .map(|(key, value)| Some((key_text(key), json(value, depth)?)))
                .collect::<Option<Map<String, Value>>>()?,
        ),
        Yaml::Alias(_) | Yaml::Null | Yaml::BadValue => Value::Null,
    })
}

fn key_text(key: &Yaml) -> String {
    match key {
        Yaml::String(text) | Yaml::Real(text) => text.clone(),
        Yaml::Integer(integer) => integer.to_string(),
        Yaml::Boolean(boolean) => boolean.to_string(),
        Yaml::Null => "null".to_owned(),
        other => format!("{other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn yaml_reads_as_the_json_it_means() {
        let text = "openapi: 3.1.0\npaths:\n  /a/{id}:\n    get:\n      responses:\n        200:\n          description: ok\n        '404': {description: gone}\nfloat: 1.5\nflag: yes\nlist: [1, two, null]\nanchor: &x {a: 1}\nalias: *x\n";
        assert_eq!(
            parse(text).unwrap(),
            json!({
                "openapi": "3.1.0",
                "paths": {"/a/{id}": {"get": {"responses": {
                    "200": {"description": "ok"},
                    "404": {"description": "gone"}
                }}}},
                "float": 1.5,
                "flag": "yes",
                "list": [1, "two", null],
                "anchor": {"a": 1},
                "alias": {"a": 1}
            })
        );
        assert!(parse("a: [1, 2").is_err());
        assert!(parse("").is_err());
        assert!(
            parse(&"- ".repeat(300))
                .unwrap_err()
                .contains("deeper than")
        );
    }
}
