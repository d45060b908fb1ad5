//! Reading a response: bounded body, status classification, decoding.

use std::sync::Arc;

use bytes::Bytes;
use reqwest::header::{HeaderMap, LOCATION};
use reqwest::{Response, StatusCode};
use serde::de::{DeserializeOwned, IgnoredAny};

use crate::error::MAX_EXCERPT_BYTES;
use crate::validation::HttpValidationError;
use crate::{ApiError, Client, Error};

/// The longest `X-Request-ID` or `Location` kept, in bytes.
const MAX_HEADER_KEPT: usize = 256;

/// A response whose body was read, at most up to the client's limit.
#[derive(Debug)]
pub struct Reply {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
    /// The body was longer than the limit; `body` holds its start.
    truncated: bool,
    limit: usize,
    /// Redacted from excerpts, should the server echo it.
    api_key: Option<Arc<str>>,
}

/// Reads `response` with the client's limits; a redirect is refused without reading the body.
pub(crate) async fn read<E: ApiError>(
    mut response: Response,
    client: &Client,
) -> Result<Reply, Error<E>> {
    let status = response.status();
    if status.is_redirection() {
        return Err(Error::Redirect {
            status,
            location: header_text(response.headers(), LOCATION.as_str()),
        });
    }
    let limit = client.max_response_bytes();
    let announced = response.content_length();
    let headers = std::mem::take(response.headers_mut());
    let reply = |body: Bytes, truncated: bool| Reply {
        status,
        headers,
        body,
        truncated,
        limit,
        api_key: client.api_key().cloned(),
    };
    match announced {
        // hyper stops at the announced length, so the whole body fits: take it as it comes.
        Some(length) if length <= limit as u64 => {
            let body = response.bytes().await.map_err(Error::transport)?;
            Ok(reply(body, false))
        }
        // A success body over the limit is an error whatever it holds: do not read it at all.
        Some(_) if status.is_success() => Ok(reply(Bytes::new(), true)),
        // Unknown length, or an error body worth an excerpt: read up to the limit.
        _ => {
            let mut body = Vec::new();
            let mut truncated = false;
            while let Some(chunk) = response.chunk().await.map_err(Error::transport)? {
                let room = limit - body.len();
                if chunk.len() > room {
                    body.extend(chunk.iter().take(room));
                    truncated = true;
                    break;
                }
                body.extend_from_slice(&chunk);
            }
            Ok(reply(Bytes::from(body), truncated))
        }
    }
}

/// A header's value as bounded text, if it is text.
fn header_text(headers: &HeaderMap, name: &str) -> Option<String> {
    let value = headers.get(name)?.to_str().ok()?;
    Some(value.chars().take(MAX_HEADER_KEPT).collect())
}

impl Reply {
    /// `self` if the status is a success, else the error the status means.
    pub(crate) fn success<E: ApiError>(self) -> Result<Reply, Error<E>> {
        if self.status.is_success() {
            return if self.truncated {
                Err(Error::BodyTooLarge {
                    status: self.status,
                    limit: self.limit,
                })
            } else {
                Ok(self)
            };
        }
        let excerpt = self.excerpt();
        match E::from_response(self.status, &self.body) {
            Some(Ok(error)) => return Err(Error::Api(error)),
            Some(Err(source)) => {
                return Err(Error::Decode {
                    status: self.status,
                    source,
                    excerpt,
                });
            }
            None => {}
        }
        let request_id = header_text(&self.headers, "x-request-id");
        Err(match self.status {
            StatusCode::NOT_FOUND => Error::NotFound {
                request_id,
                excerpt,
            },
            StatusCode::UNPROCESSABLE_ENTITY => Error::Validation {
                request_id,
                error: serde_json::from_slice::<HttpValidationError>(&self.body)
                    .unwrap_or_default(),
                excerpt,
            },
            status => Error::Status {
                status,
                attempts: 1,
                request_id,
                excerpt,
            },
        })
    }

    /// The body decoded as JSON into `T`.
    pub(crate) fn decode<T: DeserializeOwned, E>(&self) -> Result<T, Error<E>> {
        // JSON forbids a byte-order mark but lets parsers ignore one (RFC 8259 §8.1).
        let json = self
            .body
            .strip_prefix(b"\xEF\xBB\xBF")
            .unwrap_or(&self.body);
        serde_json::from_slice(json).map_err(|source| Error::Decode {
            status: self.status,
            source,
            excerpt: self.excerpt(),
        })
    }

    /// Accepts an empty body, or any JSON (which is not kept).
    pub(crate) fn expect_empty<E>(&self) -> Result<(), Error<E>> {
        if !self.body.iter().all(u8::is_ascii_whitespace) {
            self.decode::<IgnoredAny, E>()?;
        }
        Ok(())
    }

    /// The start of the body as text, with the API key redacted.
    fn excerpt(&self) -> String {
        excerpt(&self.body, self.api_key.as_deref())
    }
}

/// At most `MAX_EXCERPT_BYTES` of `body` as text, cut at a character boundary, `…` when cut.
/// The window searched for `secret` is wider than the excerpt, so a key that straddles the
/// cut is still found whole.
pub(crate) fn excerpt(body: &[u8], secret: Option<&str>) -> String {
    let window = MAX_EXCERPT_BYTES + secret.map_or(0, str::len);
    let mut text = String::from_utf8_lossy(&body[..body.len().min(window)]).into_owned();
    if let Some(secret) = secret.filter(|s| !s.is_empty()) {
        text = text.replace(secret, "<redacted>");
    }
    if text.len() > MAX_EXCERPT_BYTES || body.len() > window {
        let mut end = MAX_EXCERPT_BYTES.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
        text.push('…');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_bodies_are_kept_whole() {
        assert_eq!(excerpt(b"{\"detail\":\"x\"}", None), "{\"detail\":\"x\"}");
        assert_eq!(excerpt(b"", Some("k")), "");
    }

    #[test]
    fn long_bodies_are_cut_at_a_char_boundary() {
        let body = "é".repeat(MAX_EXCERPT_BYTES);
        let cut = excerpt(body.as_bytes(), None);
        assert!(cut.ends_with('…'));
        assert_eq!(cut.chars().count(), MAX_EXCERPT_BYTES / 2 + 1);
    }

    #[test]
    fn the_key_is_redacted_even_across_the_cut() {
        let key = "sk-canary-0123456789";
        let mut body = "x".repeat(MAX_EXCERPT_BYTES - 5);
        body.push_str(key);
        body.push_str(&"y".repeat(100));
        let cut = excerpt(body.as_bytes(), Some(key));
        assert!(!cut.contains("sk-can"), "{cut}");
        assert!(cut.starts_with("xxx") && cut.ends_with('…'));
    }

    #[test]
    fn invalid_utf8_is_replaced_not_refused() {
        assert_eq!(excerpt(b"a\xffb", None), "a\u{fffd}b");
    }
}
