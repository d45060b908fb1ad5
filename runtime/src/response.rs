//! [`Response`]: a decoded value with the response's metadata.

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

/// A decoded value with the status and headers it came with. Return
/// `Result<Response<T>, phala_api::Error>` from an endpoint method to get it.
#[derive(Debug, Clone)]
pub struct Response<T> {
    /// The decoded body.
    pub value: T,
    /// The response status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
}

impl<T> Response<T> {
    /// A response, e.g. for a test double.
    pub fn new(value: T, status: StatusCode, headers: HeaderMap) -> Self {
        Response {
            value,
            status,
            headers,
        }
    }

    /// The server's `X-Request-ID`, if it sent a textual one.
    pub fn request_id(&self) -> Option<&str> {
        self.headers.get("x-request-id")?.to_str().ok()
    }

    /// The decoded body alone.
    pub fn into_value(self) -> T {
        self.value
    }
}
