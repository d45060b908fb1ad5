//! The const description of an endpoint that each expansion holds: method, path literals,
//! fixed headers, timeout and retry choice. The macro checked every value, and the header
//! names and values are built at compile time, so nothing here is parsed or validated per call.

use std::time::Duration;

use reqwest::Method;
use reqwest::header::{HeaderName, HeaderValue};

/// A fixed header of an endpoint, built at compile time.
pub type FixedHeader = (HeaderName, HeaderValue);

/// `(name, value)` as a [`FixedHeader`], in a `static`. `name` is lower case and a token,
/// `value` visible ASCII: the macro checked both, and a `const` evaluation that failed would be
/// a compile error, never a run-time one.
pub const fn fixed_header(name: &'static str, value: &'static str) -> FixedHeader {
    (
        HeaderName::from_static(name),
        HeaderValue::from_static(value),
    )
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
    /// The template as OpenTelemetry's `url.template` writes it: `/api/v1/kms/{kms_id}`.
    pub url_template: &'static str,
    /// The call's span name, `{method} {url.template}` (OpenTelemetry's HTTP client name).
    pub span_name: &'static str,
    /// The literal text around the path's values, one more than there are values:
    /// `"/api/v1/kms/<kms_id>/info"` is `["/api/v1/kms/", "/info"]`.
    pub path: &'static [&'static str],
    /// Fixed headers: the trait's and the method's, merged by the macro.
    pub headers: &'static [FixedHeader],
    /// This method's total deadline, instead of the client's.
    pub timeout: Option<Duration>,
    /// `retry = …` and `retry(…)` in the attributes.
    pub retry: Retries,
}

/// Whether, and on which statuses besides 429, 502, 503 and 504, an endpoint's failed attempts
/// are repeated: its `retry = true|false` and `retry(409, …)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retries {
    /// `retry = true` or `false`; `None` repeats idempotent methods only.
    pub repeat: Option<bool>,
    /// `retry(409, …)`: statuses the operation documents as transient.
    pub on: &'static [u16],
}

impl Retries {
    /// Neither option written: idempotent methods are repeated, on the statuses every endpoint
    /// is (what most descriptors say, in one name).
    pub const DEFAULT: Retries = Retries {
        repeat: None,
        on: &[],
    };
}

impl Endpoint {
    /// Whether failed attempts of this endpoint may be repeated.
    pub fn retries(&self) -> bool {
        self.retry.repeat.unwrap_or(self.method.is_idempotent())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static HEADERS: [FixedHeader; 1] = [fixed_header("x-phala-version", "2026-05-22")];
    static GET: Endpoint = Endpoint {
        name: "get_app_env_encrypt_pubkey",
        method: Method::GET,
        template: "/api/v1/kms/<kms_id>/pubkey/<app_id>",
        url_template: "/api/v1/kms/{kms_id}/pubkey/{app_id}",
        span_name: "GET /api/v1/kms/{kms_id}/pubkey/{app_id}",
        path: &["/api/v1/kms/", "/pubkey/", ""],
        headers: &HEADERS,
        timeout: None,
        retry: Retries::DEFAULT,
    };

    #[test]
    fn a_static_descriptor() {
        assert!(GET.retries());
        assert_eq!(GET.headers[0].0.as_str(), "x-phala-version");
        assert_eq!(GET.headers[0].1, "2026-05-22");
    }

    #[test]
    fn post_and_patch_retry_only_when_asked() {
        for (method, retry, retries) in [
            (Method::POST, None, false),
            (Method::PATCH, None, false),
            (Method::POST, Some(true), true),
            (Method::PUT, None, true),
            (Method::DELETE, Some(false), false),
        ] {
            let endpoint = Endpoint {
                method,
                retry: Retries {
                    repeat: retry,
                    on: &[],
                },
                ..Endpoint {
                    name: "",
                    method: Method::GET,
                    template: "/",
                    url_template: "/",
                    span_name: "GET /",
                    path: &["/"],
                    headers: &[],
                    timeout: None,
                    retry: Retries::DEFAULT,
                }
            };
            assert_eq!(endpoint.retries(), retries);
        }
    }
}
