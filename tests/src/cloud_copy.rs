//! `phala-cloud`'s copy of the OpenAPI document: the public document merged with the crate's
//! supplement (`cloud/openapi/supplement.json`), what Phala's SDKs know and the document does
//! not. `cargo run -p phala-api-tests --bin trim-spec` writes it; `tests/tests/spec_copies.rs`
//! fails when it is stale.
//!
//! The merge adds and narrows, never rewrites what the document says: an operation the
//! document lacks is added whole; of a documented operation only its name (`operationId`,
//! the SDKs' name) and the schema of a success answer may be given, and only where the
//! document leaves that answer untyped (`{}`) or gives it as alternatives (`anyOf`, one per
//! API version), the latter narrowed to some of its own alternatives; components are added
//! under names the document does not use. Anything else is an error naming the place, so a
//! supplement the document has caught up with says so.

use serde_json::Value;

/// The supplement, as the repository keeps it.
pub const CLOUD_SUPPLEMENT: &str = "cloud/openapi/supplement.json";

/// The merged copy `phala-cloud` checks its bindings against.
pub const CLOUD_COPY: &str = "cloud/openapi/phala-cloud.json";

/// The document's keys under an operation that name an HTTP method.
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// `document` with `supplement` merged in, or every place where the supplement would rewrite
/// the document rather than add to it.
pub fn merge(document: &Value, supplement: &Value) -> Result<Value, Vec<String>> {
    let mut merged = document.clone();
    let mut errors = Vec::new();
    for (name, schema) in object(&supplement["components"]["schemas"]) {
        let schemas = &mut merged["components"]["schemas"];
        if !schemas[name].is_null() {
            errors.push(format!(
                "component `{name}` is the document's: refer to it, or name the supplement's otherwise"
            ));
        } else if let Some(schemas) = schemas.as_object_mut() {
            schemas.insert(name.clone(), schema.clone());
        }
    }
    for (path, item) in object(&supplement["paths"]) {
        for (method, operation) in object(item) {
            let place = format!("{} {path}", method.to_uppercase());
            if !METHODS.contains(&method.as_str()) {
                errors.push(format!("`{method}` under {path} is not an HTTP method"));
                continue;
            }
            let documented = &mut merged["paths"][path][method];
            if documented.is_null() {
                merged["paths"][path][method] = operation.clone();
            } else {
                narrow(documented, operation, &place, &mut errors);
            }
        }
    }
    let note = format!(
        "{} This copy has {CLOUD_SUPPLEMENT} merged in (cargo run -p phala-api-tests --bin \
         trim-spec): {}",
        merged["info"]["description"].as_str().unwrap_or_default(),
        supplement["info"]["description"]
            .as_str()
            .unwrap_or_default()
    );
    merged["info"]["description"] = Value::String(note.trim().to_owned());
    if errors.is_empty() {
        Ok(merged)
    } else {
        Err(errors)
    }
}

/// A documented operation given a new name or narrower answers.
fn narrow(documented: &mut Value, patch: &Value, place: &str, errors: &mut Vec<String>) {
    for (key, value) in object(patch) {
        match key.as_str() {
            "operationId" => documented[key] = value.clone(),
            "responses" => {
                for (status, answer) in object(value) {
                    let Some(schema) = answer.pointer("/content/application~1json/schema") else {
                        errors.push(format!("{place} {status}: the answer has no JSON schema"));
                        continue;
                    };
                    let Some(current) = documented.pointer_mut(&format!(
                        "/responses/{status}/content/application~1json/schema"
                    )) else {
                        errors.push(format!("{place}: the document has no JSON answer {status}"));
                        continue;
                    };
                    if !untyped(current) && !alternatives_of(schema, current) {
                        errors.push(format!(
                            "{place} {status}: the document types this answer; only an untyped \
                             answer or a choice among its alternatives may be given"
                        ));
                        continue;
                    }
                    *current = schema.clone();
                    documented["responses"][status]["description"] = answer["description"].clone();
                }
            }
            _ => errors.push(format!(
                "{place}: `{key}` of a documented operation stays as the document says"
            )),
        }
    }
}

/// A schema that says nothing of its instances: `{}`, perhaps with a title or description.
fn untyped(schema: &Value) -> bool {
    object(schema).all(|(key, _)| key == "title" || key == "description")
}

/// Whether `narrowed` (one schema, or an `anyOf`) is made only of alternatives of `union`.
fn alternatives_of(narrowed: &Value, union: &Value) -> bool {
    let Some(alternatives) = union["anyOf"].as_array() else {
        return false;
    };
    match narrowed["anyOf"].as_array() {
        Some(chosen) => chosen.iter().all(|choice| alternatives.contains(choice)),
        None => alternatives.contains(narrowed),
    }
}

/// An object's entries; nothing for any other value.
fn object(value: &Value) -> impl Iterator<Item = (&String, &Value)> {
    value.as_object().into_iter().flatten()
}

/// The merged copy's text, as `trim-spec` writes it.
pub fn cloud_copy_text(document: &str, supplement: &str) -> Result<String, Vec<String>> {
    let parse = |what: &str, text: &str| {
        serde_json::from_str::<Value>(text).map_err(|error| vec![format!("{what}: {error}")])
    };
    let merged = merge(
        &parse("document", document)?,
        &parse("supplement", supplement)?,
    )?;
    serde_json::to_string_pretty(&merged)
        .map(|text| text + "\n")
        .map_err(|error| vec![error.to_string()])
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn document() -> Value {
        json!({
            "info": {"description": "d"},
            "paths": {"/a": {"get": {
                "operationId": "handle_a",
                "responses": {
                    "200": {"description": "", "content": {"application/json": {"schema": {"anyOf": [{"type": "integer"}, {"type": "string"}]}}}},
                    "202": {"description": "", "content": {"application/json": {"schema": {"title": "T"}}}},
                    "201": {"description": "", "content": {"application/json": {"schema": {"type": "string"}}}}
                }
            }}},
            "components": {"schemas": {"A": {"type": "string"}}}
        })
    }

    fn answer(status: &str, schema: Value) -> Value {
        json!({"paths": {"/a": {"get": {"responses": {status: {"description": "s", "content": {"application/json": {"schema": schema}}}}}}}})
    }

    #[test]
    fn adds_operations_and_components_and_names() {
        let supplement = json!({
            "paths": {"/b": {"post": {"responses": {}}}, "/a": {"get": {"operationId": "get_a"}}},
            "components": {"schemas": {"B": {"type": "integer"}}}
        });
        let merged = merge(&document(), &supplement).unwrap();
        assert_eq!(merged["paths"]["/b"]["post"], json!({"responses": {}}));
        assert_eq!(merged["paths"]["/a"]["get"]["operationId"], "get_a");
        assert_eq!(
            merged["components"]["schemas"]["B"],
            json!({"type": "integer"})
        );
        assert_eq!(
            merged["components"]["schemas"]["A"],
            json!({"type": "string"})
        );
    }

    #[test]
    fn types_an_untyped_answer_and_narrows_a_union() {
        let merged = merge(&document(), &answer("202", json!({"type": "boolean"}))).unwrap();
        let schema = &merged["paths"]["/a"]["get"]["responses"]["202"]["content"]["application/json"]
            ["schema"];
        assert_eq!(schema, &json!({"type": "boolean"}));
        let merged = merge(&document(), &answer("200", json!({"type": "string"}))).unwrap();
        let schema = &merged["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]
            ["schema"];
        assert_eq!(schema, &json!({"type": "string"}));
    }

    #[test]
    fn refuses_to_rewrite_what_the_document_says() {
        let errors = |supplement: Value| merge(&document(), &supplement).unwrap_err();
        assert_eq!(
            errors(answer("201", json!({"type": "boolean"}))),
            [
                "GET /a 201: the document types this answer; only an untyped answer or a choice among its alternatives may be given"
            ]
        );
        assert_eq!(
            errors(answer("200", json!({"type": "boolean"}))).len(),
            1,
            "not one of the union's alternatives"
        );
        assert_eq!(
            errors(answer("204", json!({"type": "boolean"}))),
            ["GET /a: the document has no JSON answer 204"]
        );
        assert_eq!(
            errors(json!({"paths": {"/a": {"get": {"parameters": []}}}})),
            ["GET /a: `parameters` of a documented operation stays as the document says"]
        );
        assert_eq!(
            errors(json!({"components": {"schemas": {"A": {}}}})),
            ["component `A` is the document's: refer to it, or name the supplement's otherwise"]
        );
        assert_eq!(
            errors(json!({"paths": {"/a": {"fetch": {}}}})),
            ["`fetch` under /a is not an HTTP method"]
        );
    }
}
