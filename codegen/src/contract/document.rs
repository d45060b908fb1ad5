//! The OpenAPI document (3.0 or 3.1, JSON or YAML) that bindings are checked against: found relative
//! to the crate's manifest directory, read and parsed once per compiler process, and viewed
//! through a few lookups that never panic on any JSON.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::SystemTime;

use serde_json::Value;

/// A parsed document.
pub struct Document {
    root: Value,
    /// The components' equivalence classes, computed on first use (`equivalents`).
    same: std::sync::OnceLock<HashMap<String, Vec<String>>>,
}

/// A document with where it was read from, for the expansion's rebuild trigger.
pub(crate) struct Loaded {
    pub(crate) document: Arc<Document>,
    /// The absolute path, for a hidden `include_bytes!` that makes cargo rebuild on a change.
    pub(crate) path: PathBuf,
}

/// `(modified, length)` of the file when it was parsed: a changed file is parsed again.
type Stamp = (Option<SystemTime>, u64);

/// Documents by absolute path, with the stamp of the file they were parsed from.
type Documents = HashMap<PathBuf, (Stamp, Arc<Document>)>;

/// Every document this compiler process has parsed.
static CACHE: Mutex<Option<Documents>> = Mutex::new(None);

/// Finds, reads and parses the document at `written`, or says why not in one message.
///
/// A relative path is looked up in the crate's manifest directory first (as sqlx does), then
/// beside the source file that names it (as `include_str!` does).
pub(crate) fn load(written: &str, source_dir: Option<&Path>) -> Result<Loaded, String> {
    let path = resolve(written, source_dir);
    // The path as written: an absolute one would differ from machine to machine.
    let unreadable = |error: std::io::Error| {
        let looked = if Path::new(written).is_absolute() {
            ""
        } else {
            " (looked for it in the crate's directory, then beside this source file)"
        };
        format!("cannot read the OpenAPI document `{written}`{looked}: {error}")
    };
    let metadata = std::fs::metadata(&path).map_err(unreadable)?;
    let stamp = (metadata.modified().ok(), metadata.len());
    let mut cache = CACHE.lock().unwrap_or_else(PoisonError::into_inner);
    let cache = cache.get_or_insert_with(HashMap::new);
    if let Some((cached, document)) = cache.get(&path)
        && *cached == stamp
    {
        let document = Arc::clone(document);
        return Ok(Loaded { document, path });
    }
    let bytes = std::fs::read(&path).map_err(unreadable)?;
    let document = Arc::new(parse(&bytes).map_err(|problem| format!("`{written}`: {problem}"))?);
    cache.insert(path.clone(), (stamp, Arc::clone(&document)));
    Ok(Loaded { document, path })
}

fn resolve(written: &str, source_dir: Option<&Path>) -> PathBuf {
    let path = Path::new(written);
    if path.is_absolute() {
        return path.to_owned();
    }
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR").map(|dir| Path::new(&dir).join(path));
    let beside_source = source_dir.map(|dir| dir.join(path));
    match (manifest, beside_source) {
        (Some(manifest), Some(source)) if !manifest.exists() && source.exists() => source,
        (Some(manifest), _) => manifest,
        (None, Some(source)) => source,
        (None, None) => path.to_owned(),
    }
}

/// Parses a document, JSON or YAML by its content (whatever the file is called); what is
/// wrong with it otherwise.
pub fn parse(bytes: &[u8]) -> Result<Document, String> {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let json = text
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| *b == b'{' || *b == b'[');
    let root: Value = if json {
        serde_json::from_slice(text).map_err(|error| format!("not a JSON document ({error})"))?
    } else {
        let text = std::str::from_utf8(text)
            .map_err(|error| format!("not a document: it is not UTF-8 text ({error})"))?;
        super::yaml::parse(text).map_err(|error| format!("not a YAML document ({error})"))?
    };
    if let Some(swagger) = root.get("swagger") {
        return Err(format!(
            "Swagger {} (OpenAPI 2) is not read: the document must be OpenAPI 3.0 or 3.1 \
             (convert it first, e.g. with `swagger2openapi`)",
            swagger.as_str().unwrap_or("2.0")
        ));
    }
    let version = root.get("openapi").and_then(Value::as_str);
    match version {
        Some(v) if v.starts_with("3.0") || v.starts_with("3.1") => {}
        Some(v) => {
            return Err(format!(
                "OpenAPI {v} is not read: the document must be OpenAPI 3.0 or 3.1"
            ));
        }
        None => {
            return Err(
                "not an OpenAPI document: it has no `openapi` version string (3.0 or 3.1)".into(),
            );
        }
    }
    if !root.get("paths").is_some_and(Value::is_object) {
        return Err("not an OpenAPI document: it has no `paths` object".into());
    }
    Ok(Document {
        root,
        same: std::sync::OnceLock::new(),
    })
}

use super::documented_operation::item_pointer;
pub use super::documented_operation::{Operation, Parameter, RequestBody, Success, escape};

/// How deep any walk of the document goes (`$ref` hops, `allOf`/`anyOf`/`oneOf` nesting): a
/// document may be cyclic, and every walk ends.
pub const DEPTH: usize = 16;

/// The HTTP methods an OpenAPI path item may hold, lower case as the document spells them.
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

impl Document {
    /// The documented path templates (`/api/v1/kms/{kms_id}`).
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.root
            .get("paths")
            .and_then(Value::as_object)
            .into_iter()
            .flat_map(|paths| paths.keys().map(String::as_str))
    }

    /// The upper-case methods the path documents.
    pub fn methods(&self, path: &str) -> Vec<String> {
        let item = self.path_item(path);
        METHODS
            .iter()
            .filter(|method| item.and_then(|item| item.get(**method)).is_some())
            .map(|method| method.to_ascii_uppercase())
            .collect()
    }

    fn path_item(&self, path: &str) -> Option<&Value> {
        self.resolve(self.root.get("paths")?.get(path)?)
    }

    /// The operation `method` (upper case) at `path` (`{name}` placeholders).
    pub fn operation(&self, method: &str, path: &str) -> Option<Operation<'_>> {
        let item = self.path_item(path)?;
        let operation = self.resolve(item.get(method.to_ascii_lowercase())?)?;
        let pointer = match item_pointer(&self.root, path) {
            Some(item) => format!("{item}/{}", method.to_ascii_lowercase()),
            None => String::new(),
        };
        Some(Operation {
            document: self,
            item,
            operation,
            pointer,
        })
    }

    /// The schema `components.schemas.<name>`, or, for a name that is a JSON pointer
    /// (`#/paths/~1user/get/responses/200/content/application~1json/schema`), the inline
    /// schema there: how a type names a schema that is no component.
    pub fn component(&self, name: &str) -> Option<&Value> {
        if name.starts_with("#/") {
            return self.pointer(name);
        }
        self.root.get("components")?.get("schemas")?.get(name)
    }

    /// Every component schema's name.
    pub fn component_names(&self) -> Vec<&str> {
        let schemas = self
            .root
            .get("components")
            .and_then(|c| c.get("schemas"))
            .and_then(Value::as_object);
        schemas
            .into_iter()
            .flat_map(|s| s.keys().map(String::as_str))
            .collect()
    }

    /// The components that are the schema `name` under another name, `name` first: an alias
    /// (a component that is only a `$ref`) and what it names, and copies that differ only in
    /// `nullable`, `title` or `description` (GitHub's `nullable-simple-user` is `simple-user`
    /// that may be `null`). A type checked against one of them is faithful to all.
    pub fn equivalents<'a>(&'a self, name: &'a str) -> Vec<&'a str> {
        let same = self.same.get_or_init(|| {
            let mut classes: HashMap<String, Vec<String>> = HashMap::new();
            for component in self.component_names() {
                classes
                    .entry(self.shape_key(component))
                    .or_default()
                    .push(component.to_owned());
            }
            let mut by_name = HashMap::new();
            for names in classes.into_values().filter(|names| names.len() > 1) {
                for name in &names {
                    by_name.insert(name.clone(), names.clone());
                }
            }
            by_name
        });
        let mut names = vec![name];
        names.extend(
            same.get(name)
                .into_iter()
                .flatten()
                .map(String::as_str)
                .filter(|other| *other != name),
        );
        names
    }

    /// What makes two components one schema: the schema an alias chain ends at, without the
    /// keys that do not change what it holds.
    fn shape_key(&self, component: &str) -> String {
        let mut name = component;
        for _ in 0..DEPTH {
            match self.component(name).and_then(component_ref) {
                Some(target) if self.component(target).is_some() => name = target,
                _ => break,
            }
        }
        match self.component(name) {
            Some(Value::Object(schema)) => {
                let kept: serde_json::Map<String, Value> = schema
                    .iter()
                    .filter(|(key, _)| {
                        !matches!(key.as_str(), "nullable" | "title" | "description")
                    })
                    .map(|(key, value)| (key.clone(), value.clone()))
                    .collect();
                Value::Object(kept).to_string()
            }
            Some(other) => other.to_string(),
            None => format!("missing {name}"),
        }
    }

    /// `value`, or what its local `$ref` points at (`DEPTH` hops at most, so a cycle ends).
    pub fn resolve<'a>(&'a self, mut value: &'a Value) -> Option<&'a Value> {
        for _ in 0..DEPTH {
            let Some(reference) = value.get("$ref").and_then(Value::as_str) else {
                return Some(value);
            };
            value = self.pointer(reference)?;
        }
        None
    }

    /// The document as parsed.
    pub fn root(&self) -> &Value {
        &self.root
    }

    /// A local JSON pointer (`#/components/schemas/KMSInfo`).
    pub fn pointer(&self, reference: &str) -> Option<&Value> {
        self.root.pointer(reference.strip_prefix('#')?)
    }
}

/// The argument name that binds the path parameter `placeholder`: the name itself, with `-`
/// and `.` (which no Rust identifier spells) made `_` (`{enterprise-team}` is bound by
/// `<enterprise_team>`). The check and the scaffold both name arguments by it.
pub fn argument_name(placeholder: &str) -> String {
    placeholder.replace(['-', '.'], "_")
}

/// The name of the component a `$ref` names, if it is `#/components/schemas/<name>`.
pub fn component_ref(schema: &Value) -> Option<&str> {
    schema
        .get("$ref")?
        .as_str()?
        .strip_prefix("#/components/schemas/")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const MINIMAL: &str = r##"{
        "openapi": "3.0.3",
        "paths": {
            "/items/{id}": {
                "parameters": [{"name": "id", "in": "path", "schema": {"type": "string"}}],
                "get": {
                    "parameters": [{"$ref": "#/components/parameters/Page"}],
                    "responses": {
                        "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}},
                        "4XX": {"description": "client errors"}
                    }
                },
                "delete": {"responses": {"204": {"description": "gone"}}}
            }
        },
        "components": {
            "parameters": {"Page": {"name": "page", "in": "query", "required": true, "schema": {"type": "integer"}}},
            "schemas": {"Item": {"type": "object"}}
        }
    }"##;

    #[test]
    fn operations_parameters_and_answers() {
        let document = parse(MINIMAL.as_bytes()).unwrap();
        assert_eq!(document.paths().collect::<Vec<_>>(), ["/items/{id}"]);
        assert_eq!(document.methods("/items/{id}"), ["GET", "DELETE"]);
        let get = document.operation("GET", "/items/{id}").unwrap();
        let parameters: Vec<_> = get
            .parameters()
            .iter()
            .map(|p| (p.name, p.location, p.required))
            .collect();
        assert_eq!(parameters, [("id", "path", true), ("page", "query", true)]);
        assert!(
            matches!(get.success(), Success::Json(s, at) if component_ref(s) == Some("Item")
                && at == "#/paths/~1items~1{id}/get/responses/200/content/application~1json/schema")
        );
        assert!(get.documents(404) && get.documents(200) && !get.documents(500));
        let delete = document.operation("DELETE", "/items/{id}").unwrap();
        assert!(matches!(delete.success(), Success::NoJson));
        assert!(document.operation("PUT", "/items/{id}").is_none());
    }

    /// JSON is what the runtime reads as JSON (`phala_api_rules::is_json_media_type`): in any
    /// letter case, `text/json` too.
    #[test]
    fn json_answers_by_the_runtimes_rule() {
        for media in ["Application/JSON", "text/json", "application/hal+json"] {
            let text = format!(
                r#"{{"openapi": "3.1.0", "paths": {{"/a": {{"get": {{"responses": {{"200":
                    {{"content": {{"{media}": {{"schema": {{"type": "object"}}}}}}}}}}}}}}}}}}"#
            );
            let document = parse(text.as_bytes()).unwrap();
            let get = document.operation("GET", "/a").unwrap();
            assert!(matches!(get.success(), Success::Json(..)), "{media}");
        }
    }

    #[test]
    fn what_is_not_a_document() {
        for (text, expected) in [
            ("{", "not a JSON document"),
            ("a: [1", "not a YAML document"),
            ("openapi: '3.1.0'\n", "no `paths` object"),
            (
                "swagger: '2.0'\npaths: {}\n",
                "Swagger 2.0 (OpenAPI 2) is not read",
            ),
            ("[]", "no `openapi` version"),
            (
                r#"{"swagger": "2.0", "paths": {}}"#,
                "Swagger 2.0 (OpenAPI 2) is not read",
            ),
            (
                r#"{"openapi": "2.0", "paths": {}}"#,
                "OpenAPI 2.0 is not read",
            ),
            (r#"{"openapi": "3.1.0"}"#, "no `paths` object"),
        ] {
            let error = parse(text.as_bytes()).err().unwrap_or_default();
            assert!(error.contains(expected), "{text}: {error}");
        }
    }

    #[test]
    fn a_reference_cycle_ends() {
        let text = r##"{"openapi": "3.1.0", "paths": {"/a": {"$ref": "#/paths/~1a"}}}"##;
        let document = parse(text.as_bytes()).unwrap();
        assert!(document.operation("GET", "/a").is_none());
    }

    /// Arbitrary JSON, shaped like a document where it matters, never makes a lookup panic.
    fn json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            "[a-z$#/{}0-9XX]{0,12}".prop_map(Value::from),
            Just(Value::from("#/components/schemas/A")),
            Just(Value::from("3.1.0")),
        ];
        leaf.prop_recursive(4, 64, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
                prop::collection::btree_map(
                    prop_oneof![
                        Just("openapi".to_owned()),
                        Just("paths".to_owned()),
                        Just("/a".to_owned()),
                        Just("get".to_owned()),
                        Just("parameters".to_owned()),
                        Just("responses".to_owned()),
                        Just("200".to_owned()),
                        Just("content".to_owned()),
                        Just("application/json".to_owned()),
                        Just("schema".to_owned()),
                        Just("$ref".to_owned()),
                        Just("in".to_owned()),
                        Just("name".to_owned()),
                        Just("requestBody".to_owned()),
                        Just("components".to_owned()),
                        Just("schemas".to_owned()),
                        "[a-z]{1,4}",
                    ],
                    inner,
                    0..5
                )
                .prop_map(|map| Value::Object(map.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(
            std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(2000)
        ))]

        #[test]
        fn the_reader_never_panics(value in json(), bytes in prop::collection::vec(any::<u8>(), 0..64)) {
            let _ = parse(&bytes);
            let text = serde_json::to_vec(&value).unwrap_or_default();
            if let Ok(document) = parse(&text) {
                for path in document.paths().map(str::to_owned).collect::<Vec<_>>() {
                    let _ = document.methods(&path);
                    if let Some(operation) = document.operation("GET", &path) {
                        let _ = operation.parameters();
                        let _ = operation.request_body();
                        let _ = operation.success();
                        let _ = operation.documents(404);
                    }
                }
                let _ = document.component_names();
                let _ = document.component("A").map(|a| document.resolve(a));
            }
            let _ = crate::contract::schema::Kinds::of(&document_or_empty(&text), &value);
        }
    }

    fn document_or_empty(text: &[u8]) -> Document {
        parse(text).unwrap_or(Document {
            root: Value::Null,
            same: std::sync::OnceLock::new(),
        })
    }
}
