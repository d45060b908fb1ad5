//! What the document says of one operation: its parameters, request body and answers, and
//! where each is (a JSON pointer, the name of an inline schema).

use serde_json::Value;

use super::document::Document;

/// One operation of the document.
pub struct Operation<'d> {
    pub(super) document: &'d Document,
    pub(super) item: &'d Value,
    pub(super) operation: &'d Value,
    /// Where the operation is, as a JSON pointer (`#/paths/~1a~1{b}/get`): inline schemas are
    /// named by their pointer.
    pub(super) pointer: String,
}

/// `token` escaped for a JSON pointer (RFC 6901).
pub fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// The pointer of the path item `path`, where its operations are: the path's own, or the
/// `$ref` it is (a path item may be a reference).
pub(super) fn item_pointer(root: &Value, path: &str) -> Option<String> {
    let item = root.get("paths")?.get(path)?;
    Some(match item.get("$ref").and_then(Value::as_str) {
        Some(reference) => reference.to_owned(),
        None => format!("#/paths/{}", escape(path)),
    })
}

/// A documented parameter.
pub struct Parameter<'d> {
    /// The name, as written.
    pub name: &'d str,
    /// `path`, `query`, `header` or `cookie`.
    pub location: &'d str,
    /// Whether it must be sent (always, in the path).
    pub required: bool,
    /// `{}` when the document gives none.
    pub schema: &'d Value,
}

/// What the document says of an operation's request body.
pub struct RequestBody<'d> {
    /// Whether it must be sent.
    pub required: bool,
    /// Its media types, as written.
    pub media: Vec<String>,
    /// The schema of its JSON media type, if it has one (`{}` when untyped), and where it is
    /// (a JSON pointer, the name of an inline schema).
    pub json_schema: Option<(&'d Value, String)>,
    /// The same of its `application/x-www-form-urlencoded` media type.
    pub form_schema: Option<(&'d Value, String)>,
    /// The same of its `multipart/form-data` media type.
    pub multipart_schema: Option<(&'d Value, String)>,
}

impl RequestBody<'_> {
    /// Whether it has a JSON media type (`application/json` or `…+json`).
    pub fn json(&self) -> bool {
        self.media.iter().any(|m| is_json(m))
    }

    /// Whether it has the media type `wanted` (`multipart/form-data`, …).
    pub fn has(&self, wanted: &str) -> bool {
        self.media.iter().any(|m| {
            m.split(';')
                .next()
                .is_some_and(|m| m.trim().eq_ignore_ascii_case(wanted))
        })
    }
}

/// The documented success answer.
pub enum Success<'d> {
    /// No 2xx is documented: nothing to compare.
    Undocumented,
    /// A 2xx with a JSON body of this schema (`{}` when untyped), and its pointer.
    Json(&'d Value, String),
    /// A 2xx without a JSON body (204, or another media type).
    NoJson,
}

static EMPTY: Value = Value::Null;

impl<'d> Operation<'d> {
    /// The document the operation is in.
    pub fn document(&self) -> &'d Document {
        self.document
    }

    /// The operation object as written (`operationId`, `tags`, `summary`, …).
    pub fn raw(&self) -> &'d Value {
        self.operation
    }

    /// Where the operation is, as a JSON pointer (`#/paths/~1a~1{b}/get`).
    pub fn pointer(&self) -> &str {
        &self.pointer
    }

    /// The path item's and the operation's parameters; the operation's replace the path
    /// item's of the same name and location.
    pub fn parameters(&self) -> Vec<Parameter<'d>> {
        let list = |value: &'d Value| -> Vec<Parameter<'d>> {
            let items = value.get("parameters").and_then(Value::as_array);
            items
                .into_iter()
                .flatten()
                .filter_map(|p| self.parameter(p))
                .collect()
        };
        let own = list(self.operation);
        let mut all: Vec<Parameter<'d>> = list(self.item)
            .into_iter()
            .filter(|p| {
                !own.iter()
                    .any(|o| o.name == p.name && o.location == p.location)
            })
            .collect();
        all.extend(own);
        all
    }

    fn parameter(&self, value: &'d Value) -> Option<Parameter<'d>> {
        let value = self.document.resolve(value)?;
        let location = value.get("in")?.as_str()?;
        Some(Parameter {
            name: value.get("name")?.as_str()?,
            location,
            required: location == "path"
                || value.get("required").and_then(Value::as_bool) == Some(true),
            schema: value.get("schema").unwrap_or(&EMPTY),
        })
    }

    /// The request body, if the operation documents one.
    pub fn request_body(&self) -> Option<RequestBody<'d>> {
        let written = self.operation.get("requestBody")?;
        let at = reference_or(written, format!("{}/requestBody", self.pointer));
        let body = self.document.resolve(written)?;
        let media = body.get("content").and_then(Value::as_object);
        Some(RequestBody {
            required: body.get("required").and_then(Value::as_bool) == Some(true),
            media: media.into_iter().flat_map(|c| c.keys().cloned()).collect(),
            json_schema: json_schema(media, &at),
            form_schema: media_schema(media, &at, |m| {
                m.eq_ignore_ascii_case("application/x-www-form-urlencoded")
            }),
            multipart_schema: media_schema(media, &at, |m| {
                m.eq_ignore_ascii_case("multipart/form-data")
            }),
        })
    }

    /// The documented status codes and ranges, as written (`200`, `4XX`, `default`).
    pub fn statuses(&self) -> Vec<&'d str> {
        let responses = self.operation.get("responses").and_then(Value::as_object);
        responses
            .into_iter()
            .flat_map(|r| r.keys().map(String::as_str))
            .collect()
    }

    /// Whether `status` is documented: exactly, by its range (`4XX`), or by `default`.
    pub fn documents(&self, status: u16) -> bool {
        let range = format!("{}XX", status / 100);
        self.statuses().iter().any(|written| {
            written.parse::<u16>().ok() == Some(status)
                || written.eq_ignore_ascii_case(&range)
                || *written == "default"
        })
    }

    /// The media types of the lowest documented 2xx answer, as written.
    pub fn success_media(&self) -> Vec<String> {
        let content = self
            .lowest_success()
            .and_then(|(code, _)| self.answer(code))
            .and_then(|answer| answer.get("content"))
            .and_then(Value::as_object);
        content
            .into_iter()
            .flat_map(|c| c.keys().cloned())
            .collect()
    }

    /// The lowest documented 2xx status, as written, and its answer.
    fn lowest_success(&self) -> Option<(&'d String, &'d Value)> {
        let responses = self.operation.get("responses").and_then(Value::as_object)?;
        responses
            .iter()
            .filter(|(code, _)| code.starts_with('2'))
            .min_by(|a, b| a.0.cmp(b.0))
    }

    /// The lowest documented 2xx answer and its JSON schema.
    pub fn success(&self) -> Success<'d> {
        let Some((code, _)) = self.lowest_success() else {
            return Success::Undocumented;
        };
        match self.answer_json(code) {
            Some((schema, pointer)) => Success::Json(schema, pointer),
            None if self.answer(code).is_some() => Success::NoJson,
            None => Success::Undocumented,
        }
    }

    /// The answer documented for `code` (`404`, `4XX`, `default`), its `$ref` followed.
    fn answer(&self, code: &str) -> Option<&'d Value> {
        let written = self.operation.get("responses")?.get(code)?;
        self.document.resolve(written)
    }

    /// The JSON schema of the answer documented for `code`, if it has a JSON body (`{}`-like
    /// `null` when untyped), and where the schema is (a JSON pointer).
    pub fn answer_json(&self, code: &str) -> Option<(&'d Value, String)> {
        let written = self.operation.get("responses")?.get(code)?;
        let at = reference_or(written, format!("{}/responses/{code}", self.pointer));
        let answer = self.document.resolve(written)?;
        json_schema(answer.get("content").and_then(Value::as_object), &at)
    }
}

/// `written`'s pointer: the `$ref` it is, or `at`, where it is written.
fn reference_or(written: &Value, at: String) -> String {
    match written.get("$ref").and_then(Value::as_str) {
        Some(reference) => reference.to_owned(),
        None => at,
    }
}

/// The schema of the JSON media type of the `content` map of the object at `at` (`{}`-like
/// `null` when it gives none), and its pointer.
fn json_schema<'v>(
    content: Option<&'v serde_json::Map<String, Value>>,
    at: &str,
) -> Option<(&'v Value, String)> {
    media_schema(content, at, is_json)
}

/// The schema of the first media type of `content` that `wanted` accepts (its parameters
/// cut off), and its pointer.
fn media_schema<'v>(
    content: Option<&'v serde_json::Map<String, Value>>,
    at: &str,
    wanted: impl Fn(&str) -> bool,
) -> Option<(&'v Value, String)> {
    content
        .into_iter()
        .flatten()
        .find(|(media, _)| wanted(media.split(';').next().unwrap_or_default().trim()))
        .map(|(media, value)| {
            let schema = value.get("schema").unwrap_or(&EMPTY);
            let pointer = format!("{at}/content/{}/schema", escape(media));
            (schema, pointer)
        })
}

fn is_json(media: &str) -> bool {
    phala_api_rules::is_json_media_type(media.as_bytes())
}
