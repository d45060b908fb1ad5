//! Whole-document tests: a plain, faithful binding of every operation of a real public OpenAPI
//! document and a `Schema` type for every component, written as a crate that `cargo check`s
//! with the contract check on. The document is GitHub's REST description, fetched with the npm
//! client (the registry is reachable wherever the project builds) and cached under `target/`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// The npm package and version the document comes from, pinned so the test is repeatable.
pub const GITHUB_PACKAGE: &str = "@octokit/openapi@23.0.2";

/// The file inside the package.
const GITHUB_FILE: &str = "package/generated/api.github.com.json";

/// The workspace's root.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// GitHub's REST description, from the cache or fetched with `npm pack` and `tar`; why not.
/// Once per process: the tests that need it may run at the same time.
pub fn github_document() -> Result<PathBuf, String> {
    static DOCUMENT: std::sync::OnceLock<Result<PathBuf, String>> = std::sync::OnceLock::new();
    DOCUMENT.get_or_init(fetch_github_document).clone()
}

fn fetch_github_document() -> Result<PathBuf, String> {
    let cache = workspace().join("target/whole-document");
    let document = cache.join("api.github.com.json");
    if document.exists() {
        return Ok(document);
    }
    // Fetched into a directory of this process's own, then moved into place whole.
    let work = cache.join(format!("fetch-{}", std::process::id()));
    std::fs::create_dir_all(&work).map_err(|e| format!("{}: {e}", work.display()))?;
    let run = |program: &str, args: &[&str]| -> Result<String, String> {
        let output = Command::new(program)
            .args(args)
            .current_dir(&work)
            .output()
            .map_err(|e| format!("cannot run `{program}` (is it installed?): {e}"))?;
        if !output.status.success() {
            return Err(format!(
                "`{program} {}` failed: {}",
                args.join(" "),
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
    };
    let tarball = run("npm", &["pack", "--silent", GITHUB_PACKAGE]).map_err(|e| {
        format!("GitHub's document ({GITHUB_PACKAGE}) cannot be had from the npm registry: {e}")
    })?;
    let tarball = tarball.lines().last().unwrap_or_default().to_owned();
    run("tar", &["xzf", &tarball, GITHUB_FILE])?;
    std::fs::rename(work.join(GITHUB_FILE), &document)
        .map_err(|e| format!("{}: {e}", document.display()))?;
    let _ = std::fs::remove_dir_all(&work);
    Ok(document)
}

/// What a generated crate holds.
pub struct Bindings {
    /// The crate's `lib.rs`.
    pub source: String,
    /// Operations bound.
    pub operations: usize,
    /// Component types written.
    pub components: usize,
}

const METHODS: [&str; 7] = ["get", "put", "post", "delete", "patch", "head", "options"];

/// Rust's reserved words that a raw identifier can spell.
fn raw_if_keyword(name: &str) -> String {
    const KEYWORDS: [&str; 38] = [
        "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern",
        "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move",
        "mut", "pub", "ref", "return", "static", "struct", "trait", "true", "type", "unsafe",
        "use", "where", "while", "abstract", "final", "yield",
    ];
    if KEYWORDS.contains(&name) {
        format!("r#{name}")
    } else {
        name.to_owned()
    }
}

/// A document name as an identifier: `enterprise-team` -> `enterprise_team`.
fn identifier(name: &str) -> String {
    let folded: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    if folded.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{folded}")
    } else {
        folded
    }
}

/// `value` or what its local `$ref` names.
fn resolve<'a>(document: &'a Value, mut value: &'a Value) -> &'a Value {
    for _ in 0..16 {
        match value.get("$ref").and_then(Value::as_str) {
            Some(reference) => match document.pointer(reference.trim_start_matches('#')) {
                Some(target) => value = target,
                None => return value,
            },
            None => return value,
        }
    }
    value
}

/// The Rust type an argument of `schema` sends (borrowed text for strings).
fn argument_type(document: &Value, schema: &Value, path: bool) -> String {
    let schema = resolve(document, schema);
    match schema.get("type").and_then(Value::as_str) {
        Some("integer") => "i64".to_owned(),
        Some("boolean") if !path => "bool".to_owned(),
        Some("number") if !path => "f64".to_owned(),
        Some("array") if !path => {
            let items = schema.get("items").unwrap_or(&Value::Null);
            match resolve(document, items).get("type").and_then(Value::as_str) {
                Some("integer") => "Vec<i64>".to_owned(),
                _ => "Vec<String>".to_owned(),
            }
        }
        _ => "&str".to_owned(),
    }
}

/// Every operation of `document` bound as one method of one trait checked against `spec`,
/// and a `Schema` type for every component.
pub fn bindings(document: &Value, spec: &str) -> Bindings {
    let mut out = String::from(
        "//! Generated by `phala_api_tests::whole`: every operation and component of a document.\n\
         #![allow(dead_code, non_camel_case_types, clippy::all)]\n\
         use phala_api::{Api, Error, api_endpoint};\n\n",
    );
    let components = component_types(document, Some(spec), usize::MAX, &mut out);
    let _ = writeln!(
        out,
        "#[phala_api::api(spec = {spec:?})]\npub trait Whole: Api {{"
    );
    let mut operations = 0;
    for (path, item) in document["paths"].as_object().into_iter().flatten() {
        let item = resolve(document, item);
        for method in METHODS {
            let Some(operation) = item.get(method) else {
                continue;
            };
            let method_text = binding(document, path, item, operation, method, operations);
            out.push_str(&method_text);
            operations += 1;
        }
    }
    out.push_str("}\n\nimpl Whole for phala_api::Client {}\n");
    Bindings {
        source: out,
        operations,
        components,
    }
}

/// One `#[api_endpoint]` method: path arguments by schema type, every required query and
/// header parameter, a required JSON body, a `Value` or `()` answer.
fn binding(
    document: &Value,
    path: &str,
    item: &Value,
    operation: &Value,
    method: &str,
    index: usize,
) -> String {
    let mut parameters: Vec<&Value> = Vec::new();
    for list in [operation.get("parameters"), item.get("parameters")] {
        for parameter in list.and_then(Value::as_array).into_iter().flatten() {
            let parameter = resolve(document, parameter);
            let key = (parameter.get("name"), parameter.get("in"));
            if !parameters
                .iter()
                .any(|p| (p.get("name"), p.get("in")) == key)
            {
                parameters.push(parameter);
            }
        }
    }
    let mut arguments = String::new();
    let template = path
        .split('{')
        .enumerate()
        .map(|(i, piece)| {
            if i == 0 {
                return piece.to_owned();
            }
            match piece.split_once('}') {
                Some((name, rest)) => format!("<{}>{rest}", identifier(name)),
                None => piece.to_owned(),
            }
        })
        .collect::<String>();
    for placeholder in path.split('{').skip(1).filter_map(|p| p.split_once('}')) {
        let name = placeholder.0;
        let schema = parameters
            .iter()
            .find(|p| p["in"] == "path" && p["name"] == name)
            .map_or(&Value::Null, |p| &p["schema"]);
        let ty = argument_type(document, schema, true);
        let _ = write!(arguments, ", {}: {ty}", raw_if_keyword(&identifier(name)));
    }
    for (j, parameter) in parameters.iter().enumerate() {
        let name = parameter["name"].as_str().unwrap_or_default();
        let required = parameter["required"] == true;
        let ty = argument_type(document, &parameter["schema"], false);
        match parameter["in"].as_str() {
            Some("query") if required => {
                let _ = write!(arguments, ", #[query({name:?})] q{j}: {ty}");
            }
            Some("header") if required => {
                let ignored = ["accept", "content-type", "authorization"];
                if !ignored.contains(&name.to_ascii_lowercase().as_str()) {
                    let _ = write!(arguments, ", #[header({name:?})] h{j}: &str");
                }
            }
            _ => {}
        }
    }
    let body = operation
        .get("requestBody")
        .map(|body| resolve(document, body));
    if body.is_some_and(|body| {
        body["required"] == true && body["content"].get("application/json").is_some()
    }) {
        arguments.push_str(", #[body] body: &serde_json::Value");
    }
    let mut successes: Vec<(&String, &Value)> = operation["responses"]
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(code, _)| code.starts_with('2'))
        .collect();
    successes.sort_by(|a, b| a.0.cmp(b.0));
    let json = successes.first().is_some_and(|(_, answer)| {
        let answer = resolve(document, answer);
        answer["content"]
            .as_object()
            .into_iter()
            .flatten()
            .any(|(media, _)| media.starts_with("application/json") || media.ends_with("+json"))
    });
    let answer = if json { "serde_json::Value" } else { "()" };
    format!(
        "    #[api_endpoint({} {template:?})]\n    async fn op{index}(&self{arguments}) -> Result<{answer}, Error>;\n",
        method.to_ascii_uppercase()
    )
}

/// The Rust spelling of a scalar property, if it is one.
fn scalar(document: &Value, schema: &Value) -> Option<&'static str> {
    match resolve(document, schema).get("type")?.as_str()? {
        "string" => Some("String"),
        "integer" => Some("i64"),
        "number" => Some("f64"),
        "boolean" => Some("bool"),
        _ => None,
    }
}

/// A type per component (the first `count`): an object's scalar properties as fields
/// (`Option` where optional or nullable), the others left out by name; any other component a
/// newtype over `serde_json::Value`. With `spec`, each derives `Schema` against it; without,
/// the same types are plain serde types (what the check costs is the difference).
pub fn component_types(
    document: &Value,
    spec: Option<&str>,
    count: usize,
    out: &mut String,
) -> usize {
    let mut written = 0;
    let components = document["components"]["schemas"].as_object();
    for (i, (name, schema)) in components.into_iter().flatten().take(count).enumerate() {
        written += 1;
        let derive = match spec {
            Some(_) => "#[derive(serde::Deserialize, phala_api::Schema)]",
            None => "#[derive(serde::Deserialize)]",
        };
        let object = schema["type"] == "object" && schema["properties"].is_object();
        let properties = schema["properties"].as_object().into_iter().flatten();
        let required: Vec<&str> = schema["required"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let (mut fields, mut left_out) = (String::new(), Vec::new());
        for (j, (property, property_schema)) in properties.enumerate() {
            let Some(ty) = scalar(document, property_schema) else {
                left_out.push(format!("{property:?}"));
                continue;
            };
            let nullable = resolve(document, property_schema)["nullable"] == true
                || property_schema["nullable"] == true;
            if required.contains(&property.as_str()) && !nullable {
                let _ = writeln!(
                    fields,
                    "    #[serde(rename = {property:?})]\n    pub f{j}: {ty},"
                );
            } else {
                let _ = writeln!(
                    fields,
                    "    #[serde(rename = {property:?}, default)]\n    pub f{j}: Option<{ty}>,"
                );
            }
        }
        let attribute = match spec {
            Some(spec) if object && !left_out.is_empty() => format!(
                "#[schema({name:?}, spec = {spec:?}, ignore({}))]\n",
                left_out.join(", ")
            ),
            Some(spec) => format!("#[schema({name:?}, spec = {spec:?})]\n"),
            None => String::new(),
        };
        if object {
            let _ = writeln!(out, "{derive}\n{attribute}pub struct C{i} {{\n{fields}}}\n");
        } else {
            let _ = writeln!(
                out,
                "{derive}\n{attribute}pub struct C{i}(pub serde_json::Value);\n"
            );
        }
    }
    written
}

/// Writes `source` as a crate beside a copy of `document` and `cargo check`s it; the
/// compiler's output when it fails.
pub fn check_crate(name: &str, document: &Path, source: &str) -> Result<(), String> {
    let root = workspace();
    let dir = root.join("target/whole-document").join(name);
    std::fs::create_dir_all(dir.join("src")).map_err(|e| e.to_string())?;
    let copy = dir.join("openapi.json");
    // Copied again when the document changed (a fixture edited since the last run).
    let original = std::fs::read(document).map_err(|e| e.to_string())?;
    if std::fs::read(&copy).ok().as_ref() != Some(&original) {
        std::fs::write(&copy, &original).map_err(|e| e.to_string())?;
    }
    let runtime = root
        .join("runtime")
        .canonicalize()
        .map_err(|e| e.to_string())?;
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"whole-{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\nphala-api = {{ path = {:?}, features = [\"multipart\"] }}\nserde = {{ version = \"1\", features = [\"derive\"] }}\n\
             serde_json = \"1\"\n\n[workspace]\n",
            runtime.display().to_string()
        ),
    )
    .map_err(|e| e.to_string())?;
    // The workspace's lock: the same versions it tests with, nothing fetched anew.
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).map_err(|e| e.to_string())?;
    std::fs::write(dir.join("src/lib.rs"), source).map_err(|e| e.to_string())?;
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["check", "--quiet", "--offline", "--message-format=short"])
        .current_dir(&dir)
        .env(
            "CARGO_TARGET_DIR",
            root.join("target/whole-document/target"),
        )
        .env_remove("RUSTFLAGS")
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if output.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    Err(stderr.chars().take(20_000).collect())
}

/// Mistakes bound against GitHub's document, and a piece of the error each must raise: the
/// contract check still rejects them on a real document of this size.
pub const GITHUB_MISTAKES: &[(&str, &str)] = &[
    (
        "#[api_endpoint(GET \"/repos/<owner>/<repo>/isues\")] async fn m1(&self, owner: &str, repo: &str) -> Result<serde_json::Value, Error>;",
        "the document has no operation `GET /repos/{owner}/{repo}/isues`: did you mean",
    ),
    (
        "#[api_endpoint(PATCH \"/repos/<owner>/<repo>/issues\")] async fn m2(&self, owner: &str, repo: &str) -> Result<serde_json::Value, Error>;",
        "documents GET and POST only",
    ),
    (
        "#[api_endpoint(GET \"/repos/<owner>/<name>/issues\")] async fn m3(&self, owner: &str, name: &str) -> Result<serde_json::Value, Error>;",
        "the document names this path's parameters differently",
    ),
    (
        "#[api_endpoint(GET \"/repos/<owner>/<repo>/issues/<issue_number>\")] async fn m12(&self, owner: &str, repo: &str) -> Result<serde_json::Value, Error>;",
        "placeholder `<issue_number>` has no argument",
    ),
    (
        "#[api_endpoint(GET \"/repos/<owner>/<repo>/issues\")] async fn m4(&self, owner: &str, repo: &str, #[query] stae: Option<&str>) -> Result<serde_json::Value, Error>;",
        "documents no query parameter `stae`: did you mean `state`?",
    ),
    (
        "#[api_endpoint(GET \"/repos/<owner>/<repo>/issues\")] async fn m5(&self, owner: &str, repo: &str, #[query] per_page: Option<&str>) -> Result<serde_json::Value, Error>;",
        "but the query parameter `per_page`",
    ),
    (
        "#[api_endpoint(DELETE \"/repos/<owner>/<repo>\")] async fn m6(&self, owner: &str, repo: &str, #[body] b: &serde_json::Value) -> Result<(), Error>;",
        "documents no JSON request body",
    ),
    (
        "#[api_endpoint(GET \"/zen\")] async fn m9(&self) -> Result<Option<String>, Error>;",
        "documents no 404",
    ),
    (
        "#[api_endpoint(GET \"/search/code\")] async fn m10(&self) -> Result<serde_json::Value, Error>;",
        "requires the query parameter `q`",
    ),
    (
        "#[api_endpoint(POST \"/repos/<owner>/<repo>/issues\")] async fn m11(&self, owner: &str, repo: &str) -> Result<serde_json::Value, Error>;",
        "requires a request body",
    ),
];

/// Types with mistakes, against GitHub's components, and a piece of each error.
pub const GITHUB_TYPE_MISTAKES: &[(&str, &str)] = &[
    (
        "#[derive(serde::Deserialize, phala_api::Schema)] #[schema(\"simple-user\", spec = \"openapi.json\", partial)] pub struct Owner { pub logn: String }",
        "`simple-user` has no property `logn`: did you mean `login`?",
    ),
    (
        "#[derive(serde::Deserialize, phala_api::Schema)] #[schema(\"simple-user\", spec = \"openapi.json\", partial)] pub struct IdAsText { pub id: String }",
        "the property `id` of `simple-user` is `integer`",
    ),
    (
        "#[derive(serde::Deserialize, phala_api::Schema)] #[schema(\"simple-user\", spec = \"openapi.json\", partial)] pub struct Unsigned { pub id: u64 }",
        "use a signed type",
    ),
    (
        "#[derive(serde::Deserialize, phala_api::Schema)] #[schema(\"simple-user\", spec = \"openapi.json\", partial)] pub struct NotNull { pub name: String }",
        "`name` may be `null` in `simple-user`",
    ),
    (
        "#[derive(serde::Deserialize, phala_api::Schema)] #[schema(\"simple-user\", spec = \"openapi.json\", partial)] pub struct Required { pub starred_at: String }",
        "`starred_at` is not required in `simple-user`",
    ),
    (
        "#[derive(serde::Deserialize, phala_api::Schema)] #[schema(\"security-advisory-ecosystems\", spec = \"openapi.json\")] #[serde(rename_all = \"lowercase\")] pub enum Ecosystem { Rubygems, Npn, #[serde(other)] Other }",
        "`security-advisory-ecosystems` has no value `npn`",
    ),
    (
        "#[derive(serde::Deserialize, phala_api::Schema)] #[schema(\"simple_usr\", spec = \"openapi.json\")] pub struct Unknown { pub login: String }",
        "the document has no component schema `simple_usr`: did you mean `simple-user`?",
    ),
];

/// Mistakes only the compiler sees (the type behind a name, the statuses of an enum), in a
/// crate of their own: rustc stops before them when a macro has reported one.
pub const GITHUB_TYPE_LEVEL_MISTAKES: &[(&str, &str)] = &[
    (
        "#[api_endpoint(GET \"/repos/<owner>/<repo>/issues/<issue_number>\")] async fn m7(&self, owner: &str, repo: &str, issue_number: i64) -> Result<Owner, Error>;",
        "is the schema `issue` (or `nullable-issue`), but its type is checked against another schema",
    ),
    (
        "#[api_endpoint(GET \"/zen\")] async fn m8(&self) -> Result<String, Error<Teapot>>;",
        "the error enum maps status 418, which `GET /zen` does not document",
    ),
];

/// The crate of every mistake of `methods` and `types`: one trait, the types beside it.
pub fn mistakes_source(methods: &[(&str, &str)], types: &[(&str, &str)]) -> String {
    let mut out =
        String::from("#![allow(dead_code)]\nuse phala_api::{Api, Error, api_endpoint};\n\n");
    for (item, _) in types {
        let _ = writeln!(out, "{item}\n");
    }
    out.push_str("#[phala_api::api(spec = \"openapi.json\")]\npub trait Mistakes: Api {\n");
    for (method, _) in methods {
        let _ = writeln!(out, "    {method}");
    }
    out.push_str("}\n");
    out
}

/// The faithful types the type-level mistakes use.
pub const GITHUB_HELPER_TYPES: &[(&str, &str)] = &[
    (
        "#[derive(serde::Deserialize, phala_api::Schema)] #[schema(\"simple-user\", spec = \"openapi.json\", partial)] pub struct Owner { pub login: String }",
        "",
    ),
    (
        "#[derive(Debug, phala_api::ApiError)] pub enum Teapot { #[status(418)] Teapot }",
        "",
    ),
];
