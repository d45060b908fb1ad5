//! The checked IR: what `check` returns when nothing is wrong, and all that `expand` reads.
//!
//! Every value here is valid by construction (a known method, a lower-case header name that
//! is a token, a value `HeaderValue::from_static` accepts, each placeholder bound to exactly one
//! argument), so `expand` never judges and the runtime never re-validates.

use proc_macro2::Span;
use syn::{Ident, TraitItemFn, Type};

/// A trait method bound to an HTTP operation.
pub(crate) struct Endpoint {
    /// The declaration without its role attributes; it gets a generated default body.
    pub(crate) item: TraitItemFn,
    /// One of `attr::METHODS`, spelled as `http::Method`'s constants are.
    pub(crate) method: &'static str,
    /// The template as written, for messages and the descriptor.
    pub(crate) template: String,
    /// The template as the document writes it (`/kms/{kms_id}`): the operation's key, and the
    /// span's `url.template`.
    pub(crate) document_path: String,
    /// Where the template is written: what the contract check reports at.
    pub(crate) template_span: Span,
    /// The template's pieces after the leading `/`, in order.
    pub(crate) path: Vec<PathPiece>,
    /// Every argument after `&self`, in declaration order.
    pub(crate) arguments: Vec<Argument>,
    /// The options, the trait's merged under the method's.
    pub(crate) options: Options,
    pub(crate) returns: Returns,
}

/// One `/`-separated piece of the path.
pub(crate) enum PathPiece {
    /// Sent as written (an empty last literal is a trailing `/`).
    Literal(String),
    /// The argument at this index of `Endpoint::arguments`, encoded as one segment.
    Argument(usize),
    /// Literal text and arguments in one segment (`<base>...<head>`), each value encoded as
    /// one segment piece.
    Mixed(Vec<PathPart>),
}

/// A piece of a `PathPiece::Mixed` segment.
pub(crate) enum PathPart {
    Text(String),
    /// The argument at this index of `Endpoint::arguments`.
    Argument(usize),
}

/// An argument with its resolved role.
pub(crate) struct Argument {
    pub(crate) name: Ident,
    pub(crate) ty: Type,
    pub(crate) role: Role,
}

impl Argument {
    /// The name without a raw-identifier `r#`: the placeholder it fills, and how errors name it.
    pub(crate) fn text(&self) -> String {
        crate::syntax::unraw(&self.name)
    }
}

/// What an argument fills in the request, with the key it is sent under.
pub(crate) enum Role {
    /// The `<placeholder>` of the argument's name; `Endpoint::path` says where.
    Path,
    /// The query parameter `key` (or, for a struct, one per field).
    Query { key: String },
    /// The header `key`, lower case.
    Header { key: String },
    /// The request body, encoded as `kind` says; an `Option` argument's is left out when it
    /// is `None`.
    Body { kind: BodyKind, optional: bool },
}

/// How a `#[body]` argument is encoded.
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) enum BodyKind {
    /// `#[body]`: JSON, `application/json`.
    Json,
    /// `#[body(form)]`: `application/x-www-form-urlencoded`, by the query encoder.
    Form,
    /// `#[body(multipart)]`: a `multipart/form-data` form, taken by value.
    Multipart,
    /// `#[body(raw = "text/yaml")]`: text or bytes as they are, with this `Content-Type`.
    Raw(String),
}

impl BodyKind {
    /// The attribute as written, for messages.
    pub(crate) fn attribute(&self) -> String {
        match self {
            BodyKind::Json => "#[body]".to_owned(),
            BodyKind::Form => "#[body(form)]".to_owned(),
            BodyKind::Multipart => "#[body(multipart)]".to_owned(),
            BodyKind::Raw(media) => format!("#[body(raw = \"{media}\")]"),
        }
    }
}

/// `header(…)`, `timeout` and `retry`, as one attribute (or a trait and its method) set them.
#[derive(Clone, Default)]
pub(crate) struct Options {
    pub(crate) headers: Vec<Header>,
    /// `timeout = "…"` in milliseconds.
    pub(crate) timeout_ms: Option<u64>,
    /// `retry = …`; `None` leaves it to the method (idempotent ones retry).
    pub(crate) retry: Option<bool>,
    /// `retry(409, …)`: statuses retried besides 429, 502, 503 and 504, as written.
    pub(crate) retry_on: Option<Vec<syn::LitInt>>,
    /// The trait has `spec`: the document, not the method, says which requests carry a body
    /// (a `GET` may, where an operation documents one).
    pub(crate) documented: bool,
}

impl Options {
    /// These options over `outer` ones (a method's over its trait's): each option set here
    /// replaces the outer one of the same kind, a header the outer one of the same name, so
    /// no header is ever sent twice.
    pub(crate) fn over(self, outer: &Options) -> Options {
        let mut headers: Vec<Header> = outer
            .headers
            .iter()
            .filter(|header| !self.headers.iter().any(|own| own.key == header.key))
            .cloned()
            .collect();
        headers.extend(self.headers);
        Options {
            headers,
            timeout_ms: self.timeout_ms.or(outer.timeout_ms),
            retry: self.retry.or(outer.retry),
            retry_on: self.retry_on.or_else(|| outer.retry_on.clone()),
            documented: self.documented || outer.documented,
        }
    }
}

/// A fixed header.
#[derive(Clone)]
pub(crate) struct Header {
    /// The name in lower case, as `HeaderName::from_static` wants it.
    pub(crate) key: String,
    pub(crate) value: String,
}

/// What the method returns.
pub(crate) struct Returns {
    pub(crate) shape: Shape,
    /// The `E` of `Result<T, E>`, as written.
    pub(crate) error: Type,
    /// The `Result<T, E>` as written; the future's `Output`.
    pub(crate) written: Type,
}

/// How the success type is read from a reply; the runtime has a type of the same name for each.
pub(crate) enum Shape {
    /// `T: DeserializeOwned`, decoded from a JSON body.
    Json(Box<Type>),
    /// `String`: the body as text.
    Text,
    /// `Bytes` (`bytes::Bytes`) or `Vec<u8>` (`vec` true): the body as it came.
    Bytes { vec: bool },
    /// `ByteStream`: the body chunk by chunk, as it arrives.
    Stream,
    /// `EventStream<T>`: a `text/event-stream` body, each event's data decoded into `T`.
    Events(Box<Type>),
    /// `()`: an empty (or ignored JSON) body.
    Unit,
    /// `Option<…>`: a 404 is `Ok(None)`.
    Optional(Box<Shape>),
    /// `Response<…>`: the value with the status and headers.
    WithResponse(Box<Shape>),
}
