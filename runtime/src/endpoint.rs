//! The static description of an endpoint that each expansion holds: method, template
//! segments, fixed headers (prepared once), timeout and retry choice.

use std::sync::OnceLock;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

/// An HTTP method accepted by `#[api_endpoint]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(clippy::upper_case_acronyms)] // spelled as in the attribute
pub enum Method {
    /// `GET`
    GET,
    /// `POST`
    POST,
    /// `PUT`
    PUT,
    /// `PATCH`
    PATCH,
    /// `DELETE`
    DELETE,
    /// `HEAD`
    HEAD,
    /// `OPTIONS`
    OPTIONS,
}

impl Method {
    /// Whether repeating the request has no extra effect (RFC 9110 §9.2.2), which makes it
    /// safe to retry by default.
    pub fn is_idempotent(self) -> bool {
        !matches!(self, Method::POST | Method::PATCH)
    }

    pub(crate) fn to_reqwest(self) -> reqwest::Method {
        match self {
            Method::GET => reqwest::Method::GET,
            Method::POST => reqwest::Method::POST,
            Method::PUT => reqwest::Method::PUT,
            Method::PATCH => reqwest::Method::PATCH,
            Method::DELETE => reqwest::Method::DELETE,
            Method::HEAD => reqwest::Method::HEAD,
            Method::OPTIONS => reqwest::Method::OPTIONS,
        }
    }

    /// The method as sent.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::GET => "GET",
            Method::POST => "POST",
            Method::PUT => "PUT",
            Method::PATCH => "PATCH",
            Method::DELETE => "DELETE",
            Method::HEAD => "HEAD",
            Method::OPTIONS => "OPTIONS",
        }
    }
}

/// One piece of a path template, checked by the macro.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment {
    /// Sent as written.
    Literal(&'static str),
    /// Filled by the argument of this name.
    Param(&'static str),
}

/// Everything about an endpoint that is known at compile time.
#[derive(Debug)]
pub struct Endpoint {
    /// The trait method's name.
    pub name: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The path template as written in the attribute.
    pub template: &'static str,
    /// The template's segments after the leading `/`.
    pub segments: &'static [Segment],
    /// Fixed headers, validated by the macro.
    pub headers: &'static [(&'static str, &'static str)],
    /// This method's total deadline, instead of the client's.
    pub timeout: Option<Duration>,
    /// `retry = true` or `false` in the attribute; `None` retries idempotent methods only.
    pub retry: Option<bool>,
    /// `headers` as a `HeaderMap`, built on first use and shared by every call after it.
    pub prepared: Prepared,
}

/// An endpoint's fixed headers, parsed once. `Prepared::new()` in a static.
#[derive(Debug)]
pub struct Prepared(OnceLock<Option<HeaderMap>>);

impl Prepared {
    /// Not yet built.
    #[allow(clippy::new_without_default)] // used in statics, where only a `const fn` will do
    pub const fn new() -> Self {
        Prepared(OnceLock::new())
    }
}

impl Endpoint {
    /// Whether failed attempts of this endpoint may be repeated.
    pub fn retries(&self) -> bool {
        self.retry.unwrap_or(self.method.is_idempotent())
    }

    /// The fixed headers as a map; `None` if one is invalid (the macro never emits one).
    /// Lower-case names and visible-ASCII values become `from_static` headers, so copying
    /// them into a request never allocates.
    pub(crate) fn headers(&self) -> Option<&HeaderMap> {
        let build = || {
            let mut map = HeaderMap::with_capacity(self.headers.len());
            for &(name, value) in self.headers {
                let lower = !name.bytes().any(|b| b.is_ascii_uppercase());
                let name = match HeaderName::from_bytes(name.as_bytes()) {
                    Ok(_) if lower => HeaderName::from_static(name),
                    Ok(parsed) => parsed,
                    Err(_) => return None,
                };
                let visible = value
                    .bytes()
                    .all(|b| b == b'\t' || (b' '..b'\x7f').contains(&b));
                let value = if visible {
                    HeaderValue::from_static(value)
                } else {
                    HeaderValue::from_str(value).ok()?
                };
                map.append(name, value);
            }
            Some(map)
        };
        self.prepared.0.get_or_init(build).as_ref()
    }
}
