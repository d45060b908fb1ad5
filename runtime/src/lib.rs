//! Compile-time checked, typed HTTP API bindings, written as annotated Rust traits; with
//! Phala Cloud's KMS API built in.
//!
//! # Writing an API
//!
//! ```no_run
//! use phala_api::{Api, Client, Error, api_endpoint};
//! use phala_api::kms::KmsInfo;
//!
//! #[phala_api::api(header("X-Phala-Version" = "2026-05-22"))]
//! pub trait Kms: Api {
//!     /// Get KMS details by hashed id (`kms_…`) or slug.
//!     #[api_endpoint(GET "/api/v1/kms/<kms_id>")]
//!     async fn get_kms_info(&self, kms_id: &str) -> Result<KmsInfo, Error>;
//! }
//!
//! impl Kms for Client {}
//!
//! # async fn run() -> Result<(), Error> {
//! let client = Client::from_env()?; // PHALA_CLOUD_API_KEY, PHALA_CLOUD_API_PREFIX
//! let kms = client.get_kms_info("kms_0123abcd").await?;
//! println!("{} at {}", kms.id, kms.url);
//! # Ok(()) }
//! ```
//!
//! The attribute gives the method a default body, so `impl Kms for Client {}` is the whole
//! client. The future it returns is `Send`: a generic caller can `tokio::spawn` it.
//!
//! ## The attributes
//!
//! ```text
//! #[phala_api::api(OPTION,*)]                      on the trait (optional)
//! #[api_endpoint(METHOD "TEMPLATE" [, OPTION]*)]   on each method
//! ```
//!
//! - `METHOD`: `GET`, `POST`, `PUT`, `PATCH`, `DELETE`, `HEAD` or `OPTIONS`, upper case.
//! - `TEMPLATE`: an absolute path. Each `<name>` binds the argument of that name, whose type
//!   implements [`PathParam`] (`&str`, `String`, integers, or your own id types); it is a whole
//!   segment, or shares one with literal text (`/compare/<base>...<head>`, `/<name>.json`).
//! - `OPTION` is one of:
//!   - `header("Name" = "value")`: a fixed header sent on every call, e.g. an API version pin;
//!   - `timeout = "5s"`: the total deadline (`ms`, `s` or `m`), instead of the client's;
//!   - `retry = true|false`: whether failed attempts are repeated (by default idempotent
//!     methods are, `POST` and `PATCH` are not; see [`RetryPolicy`]);
//!   - `retry(409, …)`: statuses the operation documents as transient, retried as 503 is,
//!     where the endpoint retries at all (a `POST` or `PATCH` only with `retry = true` too).
//!
//! Options on the trait apply to every `#[api_endpoint]` method in it. A method's own option
//! replaces the trait's of the same kind; a header replaces the trait's header of the same
//! name (compared without regard to case), and so does a `#[header("Name")]` argument, so no
//! header is ever sent twice. Methods without `#[api_endpoint]` are left as they are.
//!
//! ## Arguments
//!
//! Every argument after `&self` has exactly one role:
//!
//! - no attribute: the path placeholder of the same name;
//! - `#[query]` / `#[query("page_size")]`: a query parameter, from any `Serialize` value. A
//!   scalar is one `name=value`; `None` is left out; a slice or `Vec` repeats the name
//!   (`status=a&status=b`); a struct or map is flattened into one parameter per field (its
//!   `None` fields left out). Encoding is `application/x-www-form-urlencoded` by the `url`
//!   crate's encoder, so `& = # +`, spaces and non-ASCII arrive exactly;
//! - `#[header("X-Name")]`: a header, from a [`HeaderParam`] (`None` sends none; a value that is
//!   not a valid header value is an [`Error::InvalidArgument`] before any I/O);
//! - `#[body]`: the JSON body (`T: Serialize`, `Content-Type: application/json`); at most one,
//!   and not on `GET`, `HEAD` or `DELETE`.
//!
//! ```no_run
//! # use phala_api::{Api, Error, api_endpoint};
//! # #[derive(serde::Serialize)] struct Draft; #[derive(serde::Deserialize)] struct Item;
//! # #[derive(serde::Serialize)] struct Paging { page: u32 }
//! trait Items: Api {
//!     #[api_endpoint(GET "/orgs/<org>/items", timeout = "5s")]
//!     async fn list(
//!         &self,
//!         org: &str,
//!         #[query] paging: &Paging,
//!         #[query("status")] statuses: &[&str],
//!     ) -> Result<Vec<Item>, Error>;
//!
//!     #[api_endpoint(POST "/orgs/<org>/items")]
//!     async fn create(
//!         &self,
//!         org: &str,
//!         #[body] draft: &Draft,
//!         #[header("Idempotency-Key")] key: Option<&str>,
//!     ) -> Result<Item, Error>;
//! }
//! ```
//!
//! ## Results
//!
//! The method is `async fn` or `fn … -> impl Future<Output = Result<T, E>> + Send`, takes
//! `&self` first, and returns `Result<T, E>` where `E` is `phala_api::Error`, or
//! `phala_api::Error<YourEnum>` for typed errors, and `T` is one of:
//!
//! | `T` | read as |
//! | --- | --- |
//! | `T: DeserializeOwned` | the JSON body; another `Content-Type` is [`Error::ContentType`] |
//! | `String` | the body as text, any content type, under the body cap |
//! | [`Bytes`], `Vec<u8>` | the body as it came, any content type, under the body cap |
//! | [`ByteStream`] | chunk by chunk as it arrives: the deadline applies, the cap does not |
//! | [`EventStream<T>`](EventStream) | Server-Sent Events, each event's data decoded into `T`; the deadline covers the connection, the cap each event |
//! | `()` | an empty body, or any JSON (ignored) |
//! | `Option<…>` | the same, with a 404 as `Ok(None)` |
//! | [`Response<…>`](Response) | the same, with the status, headers and request id |
//!
//! `#[body]` is JSON; `#[body(form)]` an `application/x-www-form-urlencoded` body encoded as a
//! `#[query]` struct is; `#[body(raw = "text/yaml")]` text or bytes (`&str`, `String`,
//! `&[u8]`, `Vec<u8>`, [`Bytes`]) sent as they are with that `Content-Type`;
//! `#[body(multipart)]` a `multipart::Form` taken by value (the `multipart` feature), never
//! retried since its parts are read once. A JSON, form or raw body may be an `Option`: `None`
//! sends no body at all. One body per method; under `spec`, the document says which requests
//! carry one (else never `GET` or `HEAD`).
//!
//! A paged list method's items come as one stream through [`paging::items`].
//!
//! ## Observability
//!
//! Each call runs in a `tracing` span (INFO, target `phala_api::call`) with OpenTelemetry's HTTP
//! client fields: `otel.name` (`GET /api/v1/kms/{kms_id}`), `http.request.method`,
//! `url.template`, `server.address`, `server.port`, `http.response.status_code`,
//! `http.request.resend_count`, `error.type` ([`Error::kind`]) and `code.function.name`; each
//! retry is an event in it with its `reason` and `wait_ms`. Never a path or query value, never
//! the key.
//!
//! ## Typed errors per status
//!
//! Declare the error answers an API documents once, as an enum, and reuse it:
//!
//! ```
//! use phala_api::{ApiError, HttpValidationError};
//!
//! #[derive(Debug, ApiError)]
//! enum KmsError {
//!     #[status(404)]
//!     NotFound,
//!     #[status(422)]
//!     Validation(HttpValidationError),
//! }
//! ```
//!
//! A method returning `Result<T, phala_api::Error<KmsError>>` gets `Error::Api { error: KmsError::…, .. }` for
//! those statuses, with the body decoded into the variant's one field (a body that does not
//! decode is an [`Error::Decode`] keeping the status). Other statuses keep their generic
//! meaning. The derive refuses a status outside 400–599, a status mapped twice and a variant
//! with more than one field; using an enum without it is a compile error naming the derive.
//!
//! ## Compile-time checks
//!
//! Every mistake is a compile error at your code: an unknown or lower-case method, a path that
//! is not an absolute string literal or has `?`, `#`, `//`, `.` or `..`, a malformed
//! placeholder (`<>`, `<id`, `id>`, `<kms-id>`, `<a><b>`), a placeholder twice or without an
//! argument (with a "did you mean" hint), an argument with no role, an argument with two roles
//! or in the path and another role, two bodies or a body on `GET`, `HEAD` or `DELETE`, a
//! missing `&self`, a body, a return type that is not `Result`, a future that is not `Send`,
//! an argument type without the trait its role needs, an unknown option, an invalid timeout,
//! and an invalid or reserved header name or value; on the trait attribute, the same option
//! mistakes, a header set twice on the trait, the attribute on something that is not a trait,
//! and a method with two `#[api_endpoint]`s. A mistake keeps a stub of what it broke, so it is
//! reported once and does not cascade into impls and callers.
//!
//! # Checked against the API's contract
//!
//! With `spec = "…"` on the trait (an OpenAPI 3.0 or 3.1 document, JSON or YAML, the path
//! relative to the crate's `Cargo.toml`, else to the source file; bare `spec` names the crate's
//! default, `PHALA_API_SPEC`), every method is checked against its operation at compile time,
//! and [`Schema`] types against their component schemas:
//!
//! ```no_run
//! use phala_api::{Api, Client, Error, Schema, api_endpoint};
//!
//! #[derive(Debug, serde::Deserialize, Schema)]
//! #[schema("KMSInfo", spec = "openapi/phala-cloud-kms.json", ignore("kms_contract_address", "k256_pubkey"))]
//! pub struct Kms {
//!     pub id: String,
//!     #[serde(default)]
//!     pub slug: Option<String>,
//!     pub url: String,
//!     pub version: String,
//!     #[serde(default)]
//!     pub chain_id: Option<i64>, // `u64` is a compile error: the schema allows negatives
//!     #[serde(default)]
//!     pub gateway_app_id: Option<String>,
//! }
//!
//! #[phala_api::api(spec = "openapi/phala-cloud-kms.json", header("X-Phala-Version" = "2026-05-22"))]
//! pub trait Kmses: Api {
//!     #[api_endpoint(GET "/api/v1/kms/<kms_id>")]
//!     async fn kms(&self, kms_id: &str) -> Result<Option<Kms>, Error>;
//! }
//!
//! impl Kmses for Client {}
//! ```
//!
//! Checked per method: the operation exists (else the nearest documented paths), argument types
//! against parameter schemas, `#[query]` names (a struct derives [`QueryParams`]), required
//! parameters and bodies bound, `#[body]` only where a JSON body is documented (and, for a
//! component, a type of it holding every required property), the success type (a
//! component's [`Schema`], any type for `{}`, `()` only without a JSON body),
//! `Option` only where a 404 is documented, and the error enum's statuses. The derive holds
//! fields against properties through serde's attributes: presence, `Option` for optional or
//! nullable, and JSON types (an `integer` is a signed type unless `minimum ≥ 0`); a type
//! that reads part of a component says so once, `#[schema("Name", partial)]`. Each mismatch
//! is one error at your code, its first line the message. The README lists every rule and
//! what is not checked; `tests/ui/` has a case for each.
//!
//! # Errors
//!
//! Every call returns [`Error`], which tells apart an argument refused before any I/O, a
//! connection failure, a timeout, a refused redirect, 404, 422 (with the parsed
//! [`HttpValidationError`]), any other status (with the request id and a bounded body excerpt),
//! a body that does not decode, and a body over the size limit.
//!
//! ```no_run
//! # use phala_api::{Client, Error, kms::KmsApi};
//! # async fn run(client: Client) {
//! match client.get_kms_info("kms_0123abcd").await {
//!     Ok(kms) => println!("{}", kms.version),
//!     Err(error) if error.is_not_found() => println!("no such KMS"),
//!     Err(Error::Validation { error, .. }) => {
//!         for detail in error.detail {
//!             println!("invalid: {detail}");
//!         }
//!     }
//!     Err(error) => eprintln!("{error} (request id: {:?})", error.request_id()),
//! }
//! # }
//! ```
//!
//! # The client
//!
//! [`Client::builder`] sets the base URL (default [`defaults::BASE_URL`]; a path prefix such as
//! `https://host/prefix` works), the API key (sent as `X-API-Key`, marked sensitive, never in a
//! `Debug` or `Display`), default headers, the user agent (`phala-api/<version>`), the total
//! deadline ([`defaults::TIMEOUT`], 30 s) and connect timeout ([`defaults::CONNECT_TIMEOUT`], 10 s),
//! and the response size cap ([`defaults::MAX_RESPONSE_BYTES`], 4 MiB). Redirects are never
//! followed, so the key cannot reach another origin. [`ClientBuilder::configure_reqwest`]
//! customises the underlying `reqwest` client (proxy, certificates, pool) without being able to
//! turn redirects back on. One `Client` holds one connection pool; clone it freely.
//!
//! Features, as a reqwest user expects them: `http2` (default: offered over TLS through ALPN,
//! so concurrent calls share one multiplexed connection), `gzip` (default), `brotli` and `zstd`
//! (compressed answers asked for with `Accept-Encoding` and inflated as they are read; the body
//! cap counts inflated bytes, so a small answer that inflates past it is
//! [`Error::BodyTooLarge`]), `multipart`, and the TLS back end (`rustls-ring` by default,
//! `rustls-aws-lc`, `native-tls`).
//!
//! [`Client::from_env`] reads `PHALA_CLOUD_API_KEY` and `PHALA_CLOUD_API_PREFIX`, the variables
//! of Phala's SDKs. Their prefix ends in `/api/v1` while templates start with it; both
//! `https://cloud-api.phala.com/api/v1` and `https://cloud-api.phala.com` work.
//!
//! # Retries
//!
//! [`RetryPolicy`] (set with [`ClientBuilder::retry`]) repeats idempotent methods (`GET`,
//! `HEAD`, `PUT`, `DELETE`, `OPTIONS`; `POST` and `PATCH` only with `retry = true` in their
//! attribute) up to 3 attempts in all, when no response arrived (a failed, closed or reset
//! connection) or the status was 429, 502, 503 or 504. Waits are jittered exponential backoff
//! or the server's `Retry-After`, within the call's total deadline; a per-client budget stops
//! a failing server from receiving `calls × attempts` requests. A wait is taken only if it leaves
//! the next attempt at least [`limits::MIN_ATTEMPT_TIME`]. Every error after a request tells the
//! attempts made ([`Error::attempts`]) and keeps the last status, also when the attempt after
//! a retryable status timed out.
//!
//! # Path safety
//!
//! A path argument is always exactly one segment: every byte outside RFC 3986's unreserved
//! characters is percent-encoded (`a/b` is sent as `a%2Fb`). Values that are empty, `.` or `..`
//! (also as `%2e`), longer than [`limits::MAX_PATH_VALUE_BYTES`], or that contain control characters are
//! refused with [`Error::InvalidArgument`] before anything is sent.
//!
//! # Test doubles
//!
//! An endpoint trait is an ordinary trait: a fake implements it by hand, answering from memory,
//! with no HTTP. Its [`Api`] implementation is one empty line.
//!
//! ```
//! use phala_api::{Api, Error, kms::{KmsApi, KmsInfo}};
//!
//! struct FakeKms;
//! impl Api for FakeKms {}
//! impl KmsApi for FakeKms {
//!     async fn get_kms_info(&self, kms_id: &str) -> Result<KmsInfo, Error> {
//!         Ok(KmsInfo { id: kms_id.to_owned(), version: "v0.5.3".into(), ..Default::default() })
//!     }
//! }
//!
//! # #[tokio::main(flavor = "current_thread")] async fn main() {
//! let kms = FakeKms.get_kms_info("kms_1").await.unwrap();
//! assert_eq!(kms.version, "v0.5.3");
//! # }
//! ```
//!
//! With [mockall](https://docs.rs/mockall), put `#[mockall::automock]` *below*
//! `#[phala_api::api(…)]`: the trait attribute expands the endpoints first, so automock sees
//! ordinary methods returning `impl Future<Output = …> + Send`, and an expectation returns a
//! boxed future.
//!
//! ```
//! use phala_api::{Api, Error, api_endpoint, kms::KmsInfo};
//!
//! #[phala_api::api(header("X-Phala-Version" = "2026-05-22"))]
//! #[mockall::automock]
//! trait Kms: Api {
//!     #[api_endpoint(GET "/api/v1/kms/<kms_id>")]
//!     async fn get_kms_info(&self, kms_id: &str) -> Result<KmsInfo, Error>;
//! }
//! impl Api for MockKms {}
//!
//! # #[tokio::main(flavor = "current_thread")] async fn main() {
//! let mut mock = MockKms::new();
//! mock.expect_get_kms_info().returning(|id| {
//!     let kms = KmsInfo { id: id.to_owned(), ..Default::default() };
//!     Box::pin(std::future::ready(Ok(kms)))
//! });
//! assert_eq!(mock.get_kms_info("kms_1").await.unwrap().id, "kms_1");
//! # }
//! ```
//!
//! For a trait without the trait attribute (or one from another crate, like [`kms::KmsApi`]),
//! mockall's `mock!` restates the signatures:
//!
//! ```
//! use phala_api::{Api, Error, kms::{KmsApi, KmsInfo}};
//!
//! mockall::mock! {
//!     Kms {}
//!     impl Api for Kms {}
//!     impl KmsApi for Kms {
//!         fn get_kms_info(&self, kms_id: &str)
//!             -> impl std::future::Future<Output = Result<KmsInfo, Error>> + Send;
//!     }
//! }
//!
//! # #[tokio::main(flavor = "current_thread")] async fn main() {
//! let mut mock = MockKms::new();
//! mock.expect_get_kms_info()
//!     .returning(|_| Box::pin(std::future::ready(Ok(KmsInfo::default()))));
//! assert_eq!(mock.get_kms_info("kms_1").await.unwrap(), KmsInfo::default());
//! # }
//! ```
//!
//! # Features
//!
//! - `rustls-ring` (default): TLS with rustls and ring, installed as the process's default crypto
//!   provider unless the application installed one.
//! - `rustls-aws-lc`: rustls with aws-lc-rs (reqwest's default; slower to build).
//! - `native-tls`: the platform's TLS library.

// Lets the crate's own `#[api_endpoint]` traits use the same `::phala_api::…` paths as users'.
extern crate self as phala_api;

mod argument;
mod call;
mod client;
mod contract;
mod endpoint;
mod error;
mod events;
mod header;
pub mod kms;
pub mod paging;
mod path;
mod query;
mod reply;
mod response;
mod retry;
mod shape;
mod stream;
mod unescape;
mod validation;

pub use bytes::Bytes;
pub use client::{Client, ClientBuilder};
pub use contract::{QueryParams, Schema};
pub use error::{ApiError, Error};
pub use header::HeaderParam;
pub use path::PathParam;
pub use phala_api_macros::{ApiError, Multipart, QueryParams, Schema, api, api_endpoint};
pub use reqwest::{self, StatusCode};

/// `multipart/form-data` request bodies: build a [`multipart::Form`] and pass it, by value, as a
/// `#[body(multipart)]` argument (the `multipart` feature).
#[cfg(feature = "multipart")]
pub mod multipart {
    pub use reqwest::multipart::{Form, Part};
}
pub use response::Response;
pub use retry::RetryPolicy;

/// What a client starts with, each replaced through [`ClientBuilder`] (or its
/// [`RetryPolicy`]), and the environment variables [`Client::from_env`] reads.
pub mod defaults {
    pub use crate::client::{
        DEFAULT_BASE_URL as BASE_URL, DEFAULT_CONNECT_TIMEOUT as CONNECT_TIMEOUT,
        DEFAULT_MAX_RESPONSE_BYTES as MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT as TIMEOUT, ENV_API_KEY,
        ENV_API_PREFIX,
    };
    pub use crate::retry::DEFAULT_MAX_ATTEMPTS as MAX_ATTEMPTS;
}

/// The fixed bounds of the runtime's work, which no setting changes.
pub mod limits {
    pub use crate::error::MAX_EXCERPT_BYTES;
    pub use crate::path::MAX_PATH_VALUE_BYTES;
    pub use crate::retry::{MIN_ATTEMPT_TIME, RETRY_BUDGET_TOKENS};
}
pub use events::{Event, EventStream};
pub use stream::ByteStream;
pub use validation::{HttpValidationError, LocItem, ValidationError};

/// The supertrait of endpoint traits: how their generated method bodies reach a [`Client`].
///
/// [`Client`] implements it. A test double that overrides every endpoint method implements it
/// with an empty `impl Api for Fake {}`; a method it does not override then fails with
/// [`Error::NoClient`] instead of sending anything. A wrapper that owns a client returns it.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `phala_api::Api`",
    note = "a trait with `#[api_endpoint]` methods declares it as a supertrait: \
            `trait MyApi: phala_api::Api`"
)]
pub trait Api {
    /// The client generated method bodies send through; `None` for a client-less double.
    fn client(&self) -> Option<&Client> {
        None
    }
}

impl Api for Client {
    fn client(&self) -> Option<&Client> {
        Some(self)
    }
}

/// What `#[api_endpoint]` expansions call. Not a public API: it changes without notice.
#[doc(hidden)]
pub mod __private {
    pub use crate::argument::{
        Decoded, HeaderArgument, JsonArgument, MultipartArgument, PathArgument, QueryArgument,
        QueryPairs, RawArgument, Refusal, Sends,
    };
    pub use crate::call::Call;
    pub use crate::call::{MultipartBody, MultipartField, MultipartForm};
    pub use crate::endpoint::{Endpoint, FixedHeader, Retries, fixed_header};
    pub use crate::reply::Reply;
    pub use crate::shape::{
        EndpointError, Events, Json, Optional, Raw, RawVec, Shape, Streamed, Text, Unit,
        WithResponse,
    };
    pub use reqwest::header::{HeaderName, HeaderValue};
    pub use reqwest::{Method, StatusCode};
    pub use serde_json::{Error as JsonError, from_slice as decode_json};

    /// What the contract check's expansions name: the `const fn` comparisons and the traits
    /// through which a mismatch becomes a plain error at the user's code.
    pub mod contract {
        pub use crate::contract::{
            Answers, Described, Parameter, QueryFields, Statuses, all_within, any_contains,
            contains, name_hash,
        };
    }
}
