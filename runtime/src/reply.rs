//! Reading a response: bounded body, status classification, decoding.

use std::sync::Arc;

use bytes::Bytes;
use reqwest::header::{CONTENT_TYPE, HeaderMap, LOCATION};
use reqwest::{Response, StatusCode};
use serde::de::{DeserializeOwned, IgnoredAny};

use crate::error::MAX_EXCERPT_BYTES;
use crate::error::{bounded, bounded_owned};
use crate::unescape::unescape_json_strings;
use crate::validation::{HttpValidationError, LocItem};
use crate::{ApiError, ByteStream, Client, Error};

/// The longest `X-Request-ID` or `Location` kept, in bytes.
const MAX_HEADER_KEPT: usize = 256;

/// A response whose body was read, at most up to the client's limit. An error answer's body is
/// redacted before anything decodes it (its JSON escapes written out first, so an escaped echo
/// is found too): whatever a server echoes, no error, `E` or serde message built from it can
/// hold the key. A success body is kept as the server sent it (values handed to the caller are
/// the server's bytes); the text of an error built from it comes from a redacted view.
#[derive(Debug)]
pub struct Reply {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
    /// A success response handed over unread, for a `ByteStream`.
    unread: Option<Response>,
    /// The attempt this answer came to; once the call ends with it, the attempts made.
    pub(crate) attempts: u32,
    /// The body was longer than the limit; `body` holds its start.
    truncated: bool,
    limit: usize,
    /// Redacted from the header values errors keep.
    api_key: Option<Arc<str>>,
}

/// The statuses that are redirects (RFC 9110 §15.4); 300, 304, 305 and 306 are not, and are
/// reported as the statuses they are.
fn is_redirect(status: StatusCode) -> bool {
    matches!(status.as_u16(), 301 | 302 | 303 | 307 | 308)
}

/// Reads `response`, the answer to attempt number `attempts`, with the client's limits; a
/// redirect is refused without reading the body, and with `stream` a success body is left
/// unread, to be streamed.
pub(crate) async fn read<E: ApiError>(
    mut response: Response,
    client: &Client,
    stream: bool,
    attempts: u32,
) -> Result<Reply, Error<E>> {
    let status = response.status();
    let api_key = client.api_key().cloned();
    if is_redirect(status) {
        return Err(Error::Redirect {
            status,
            location: header_text(response.headers(), LOCATION.as_str(), api_key.as_deref()),
            attempts,
        });
    }
    let limit = client.max_response_bytes();
    if stream && status.is_success() {
        return Ok(Reply {
            status,
            headers: response.headers().clone(),
            body: Bytes::new(),
            unread: Some(response),
            attempts,
            truncated: false,
            limit,
            api_key,
        });
    }
    let announced = response.content_length();
    let headers = std::mem::take(response.headers_mut());
    let reply = |body: Bytes, truncated: bool| Reply {
        status,
        headers,
        body: if status.is_success() {
            body
        } else {
            for_errors(body, client.key_finder(), truncated)
        },
        unread: None,
        attempts,
        truncated,
        limit,
        api_key: api_key.clone(),
    };
    match announced {
        // hyper stops at the announced length, so the whole body fits: take it as it comes.
        Some(length) if length <= limit as u64 => {
            let body = response
                .bytes()
                .await
                .map_err(|error| Error::transport(error, attempts))?;
            Ok(reply(body, false))
        }
        // A success body over the limit is an error whatever it holds: do not read it at all.
        Some(_) if status.is_success() => Ok(reply(Bytes::new(), true)),
        // Unknown length, or an error body worth an excerpt: read up to the limit.
        _ => {
            let mut body = Vec::new();
            let mut truncated = false;
            while let Some(chunk) = response
                .chunk()
                .await
                .map_err(|error| Error::transport(error, attempts))?
            {
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

/// A header's value as bounded text with the key redacted, if it is text.
fn header_text(headers: &HeaderMap, name: &str, secret: Option<&str>) -> Option<String> {
    let value = headers.get(name)?.to_str().ok()?;
    let value = match secret.filter(|s| !s.is_empty()) {
        Some(secret) => value.replace(secret, REDACTED),
        None => value.to_owned(),
    };
    Some(value.chars().take(MAX_HEADER_KEPT).collect())
}

const REDACTED: &str = "<redacted>";

/// `source`, or, when its message quotes more server text than an excerpt holds, the same
/// message cut, with where it failed.
fn bounded_message(source: serde_json::Error) -> serde_json::Error {
    let message = source.to_string();
    match bounded(&message) {
        (_, false) => source,
        (kept, true) => serde::de::Error::custom(format!(
            "{kept}… at line {} column {}",
            source.line(),
            source.column()
        )),
    }
}

/// A 422's entries with their server text (`msg`, `loc` names) bounded as an excerpt is.
fn bounded_validation(mut body: HttpValidationError) -> HttpValidationError {
    for entry in &mut body.detail {
        entry.msg = bounded_owned(&entry.msg);
        entry.kind = bounded_owned(&entry.kind);
        for item in &mut entry.loc {
            if let LocItem::Field(field) = item {
                *field = bounded_owned(field);
            }
        }
    }
    body
}

/// The decode error of a body (or a piece of one) that `decode` refused: serde's message
/// quotes the text, so it is read again from `view`, the redacted view of it.
fn decode_error<T, E>(
    view: &[u8],
    decode: fn(&[u8]) -> Result<T, serde_json::Error>,
    status: StatusCode,
    attempts: u32,
) -> Error<E> {
    let source = match decode(without_bom(view)) {
        Err(source) => bounded_message(source),
        Ok(_) => serde::de::Error::custom("the body does not decode as the declared type"),
    };
    Error::Decode {
        status,
        source,
        excerpt: excerpt(view),
        attempts,
    }
}

/// A piece of a success body (an event's data) decoded by `decode`; the error's text comes
/// from a view with `api_key` redacted, as a whole body's does.
pub(crate) fn decode_piece<T, E>(
    piece: &[u8],
    decode: fn(&[u8]) -> Result<T, serde_json::Error>,
    status: StatusCode,
    attempts: u32,
    api_key: Option<&str>,
) -> Result<T, Error<E>> {
    decode(without_bom(piece)).map_err(|_| {
        let finder = api_key
            .filter(|key| !key.is_empty())
            .map(memchr::memmem::Finder::new);
        let view = for_errors(Bytes::copy_from_slice(piece), finder.as_ref(), false);
        decode_error(&view, decode, status, attempts)
    })
}

/// JSON forbids a byte-order mark but lets parsers ignore one (RFC 8259 §8.1).
fn without_bom(body: &[u8]) -> &[u8] {
    body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body)
}

/// `body` as an error may show it: its JSON string escapes written out, then the key redacted.
pub(crate) fn for_errors(
    body: Bytes,
    finder: Option<&memchr::memmem::Finder<'_>>,
    truncated: bool,
) -> Bytes {
    if finder.is_none() {
        return body;
    }
    let written = if body.contains(&b'\\') {
        Bytes::from(unescape_json_strings(&body))
    } else {
        body
    };
    redact(written, finder, truncated)
}

/// `body` with every occurrence of the secret `finder` searches for replaced; when the body was
/// `truncated` at the limit, a start of the key at its very end too (the cut may fall inside an
/// echoed key). Copies only when there is something to redact.
pub(crate) fn redact(
    body: Bytes,
    finder: Option<&memchr::memmem::Finder<'_>>,
    truncated: bool,
) -> Bytes {
    let Some(finder) = finder else {
        return body;
    };
    let secret = finder.needle();
    let found = finder.find(&body).is_some();
    // The longest end of a cut body that is a start of the key, four bytes at least (shorter
    // ends are too common to mean anything).
    let partial = (4..secret.len())
        .rev()
        .find(|&n| truncated && body.len() >= n && body.ends_with(&secret[..n]));
    if !found && partial.is_none() {
        return body;
    }
    let mut out = Vec::with_capacity(body.len());
    let mut rest = &body[..body.len() - partial.unwrap_or(0)];
    while let Some(at) = finder.find(rest) {
        out.extend_from_slice(&rest[..at]);
        out.extend_from_slice(REDACTED.as_bytes());
        rest = &rest[at + secret.len()..];
    }
    out.extend_from_slice(rest);
    if partial.is_some() {
        out.extend_from_slice(REDACTED.as_bytes());
    }
    Bytes::from(out)
}

impl Reply {
    /// `self` if the status is a success, else the error the status means.
    pub(crate) fn success<E: ApiError>(self) -> Result<Reply, Error<E>> {
        if self.status.is_success() {
            return if self.truncated {
                Err(Error::BodyTooLarge {
                    status: self.status,
                    limit: self.limit,
                    attempts: self.attempts,
                })
            } else {
                Ok(self)
            };
        }
        let excerpt = self.excerpt();
        let request_id = self.request_id();
        match E::from_response(self.status, &self.body) {
            Some(Ok(error)) => {
                return Err(Error::Api {
                    error,
                    attempts: self.attempts,
                    request_id,
                });
            }
            Some(Err(source)) => {
                return Err(Error::Decode {
                    status: self.status,
                    source: bounded_message(source),
                    excerpt,
                    attempts: self.attempts,
                });
            }
            None => {}
        }
        Err(match self.status {
            StatusCode::NOT_FOUND => Error::NotFound {
                request_id,
                excerpt,
                attempts: self.attempts,
            },
            StatusCode::UNPROCESSABLE_ENTITY => Error::Validation {
                request_id,
                error: bounded_validation(
                    serde_json::from_slice::<HttpValidationError>(&self.body).unwrap_or_default(),
                ),
                excerpt,
                attempts: self.attempts,
            },
            status => Error::Status {
                status,
                attempts: self.attempts,
                request_id,
                excerpt,
            },
        })
    }

    /// The body decoded as JSON into `T`.
    pub(crate) fn decode<T: DeserializeOwned, E>(&self) -> Result<T, Error<E>> {
        self.decode_with(|json| serde_json::from_slice(json))
    }

    /// The body decoded by `decode` (a JSON reader), or what failed and where.
    pub(crate) fn decode_with<T, E>(
        &self,
        decode: fn(&[u8]) -> Result<T, serde_json::Error>,
    ) -> Result<T, Error<E>> {
        decode(without_bom(&self.body))
            .map_err(|_| decode_error(&self.for_errors(), decode, self.status, self.attempts))
    }

    /// The API key the client sends, to redact from text that goes into an error.
    pub(crate) fn api_key(&self) -> Option<&Arc<str>> {
        self.api_key.as_ref()
    }

    /// The body as an error may show it: an error answer's is redacted already; a success
    /// answer's, kept as it came, is redacted here (only on the way into an error).
    fn for_errors(&self) -> Bytes {
        if !self.status.is_success() {
            return self.body.clone();
        }
        let finder = self
            .api_key
            .as_deref()
            .filter(|key| !key.is_empty())
            .map(memchr::memmem::Finder::new);
        for_errors(self.body.clone(), finder.as_ref(), self.truncated)
    }

    /// The `X-Request-ID`, bounded, the key redacted.
    pub(crate) fn request_id(&self) -> Option<String> {
        header_text(&self.headers, "x-request-id", self.api_key.as_deref())
    }

    /// Refuses a body whose `Content-Type` says it is not JSON (a proxy's HTML page, say); a
    /// body without one is tried as JSON.
    pub(crate) fn expect_json<E>(&self) -> Result<(), Error<E>> {
        self.expect_media("JSON", phala_api_rules::is_json_media_type)
    }

    /// Refuses a body whose `Content-Type` says it is not an event stream; a body without
    /// one is read as one.
    pub(crate) fn expect_event_stream<E>(&self) -> Result<(), Error<E>> {
        self.expect_media(
            "text/event-stream",
            phala_api_rules::is_event_stream_media_type,
        )
    }

    fn expect_media<E>(
        &self,
        expected: &'static str,
        is: fn(&[u8]) -> bool,
    ) -> Result<(), Error<E>> {
        match self.headers.get(CONTENT_TYPE) {
            Some(value) if !is(value.as_bytes()) => Err(Error::ContentType {
                status: self.status,
                expected,
                // Server text going into an error: the key redacted, as from any header.
                content_type: header_text(
                    &self.headers,
                    CONTENT_TYPE.as_str(),
                    self.api_key.as_deref(),
                )
                .unwrap_or_else(|| "(not text)".to_owned()),
                excerpt: self.excerpt(),
                attempts: self.attempts,
            }),
            _ => Ok(()),
        }
    }

    /// The client's cap on a body, which an event stream applies to each event.
    pub(crate) fn limit(&self) -> usize {
        self.limit
    }

    /// The unread success body as a stream.
    pub(crate) fn into_stream<E>(self) -> Result<ByteStream, Error<E>> {
        Ok(match self.unread {
            Some(response) => ByteStream::new(response, self.attempts),
            // Read already (never so for a `Streamed` call): stream what was read.
            None => ByteStream::read(self.status, self.headers, self.body, self.attempts),
        })
    }

    /// Accepts an empty body, or any JSON (which is not kept).
    pub(crate) fn expect_empty<E>(&self) -> Result<(), Error<E>> {
        if !self.body.iter().all(u8::is_ascii_whitespace) {
            self.decode::<IgnoredAny, E>()?;
        }
        Ok(())
    }

    /// The start of the body, redacted, as text.
    fn excerpt(&self) -> String {
        excerpt(&self.for_errors())
    }
}

/// At most `MAX_EXCERPT_BYTES` of `body` as text, cut at a character boundary, `…` when cut.
/// `body` is redacted already (see [`redact`]).
pub(crate) fn excerpt(body: &[u8]) -> String {
    let mut text =
        String::from_utf8_lossy(&body[..body.len().min(MAX_EXCERPT_BYTES + 4)]).into_owned();
    if text.len() > MAX_EXCERPT_BYTES || body.len() > MAX_EXCERPT_BYTES + 4 {
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
        assert_eq!(excerpt(b"{\"detail\":\"x\"}"), "{\"detail\":\"x\"}");
        assert_eq!(excerpt(b""), "");
    }

    #[test]
    fn long_bodies_are_cut_at_a_char_boundary() {
        let body = "é".repeat(MAX_EXCERPT_BYTES);
        let cut = excerpt(body.as_bytes());
        assert!(cut.ends_with('…'));
        assert_eq!(cut.chars().count(), MAX_EXCERPT_BYTES / 2 + 1);
    }

    #[test]
    fn the_key_is_redacted_everywhere_and_across_the_cut() {
        let key = "sk-canary-0123456789";
        let mut body = "x".repeat(MAX_EXCERPT_BYTES - 5);
        body.push_str(key);
        body.push_str(&"y".repeat(100));
        body.push_str(key);
        let finder = memchr::memmem::Finder::new(key);
        let redacted = redact(Bytes::from(body), Some(&finder), false);
        assert!(!redacted.windows(6).any(|w| w == b"sk-can"));
        assert_eq!(
            redacted.windows(10).filter(|w| *w == b"<redacted>").count(),
            2
        );
        let cut = excerpt(&redacted);
        assert!(!cut.contains("sk-can"), "{cut}");
        assert!(cut.starts_with("xxx") && cut.ends_with('…'));
    }

    #[test]
    fn a_body_cut_inside_the_key_loses_the_start_of_it() {
        let key = "sk-canary-0123456789";
        let body = Bytes::from(format!("{{\"echo\":\"{}", &key[..12]));
        let finder = memchr::memmem::Finder::new(key);
        let redacted = redact(body.clone(), Some(&finder), true);
        assert_eq!(&redacted[..], b"{\"echo\":\"<redacted>");
        // A whole body that happens to end like the key's start is left as it is.
        assert_eq!(redact(body.clone(), Some(&finder), false), body);
        let untouched = Bytes::from_static(b"{\"id\":\"sk\"}");
        assert_eq!(redact(untouched.clone(), Some(&finder), true), untouched);
    }

    #[test]
    fn only_true_redirects_are_redirects() {
        for status in [301, 302, 303, 307, 308] {
            assert!(is_redirect(StatusCode::from_u16(status).unwrap()));
        }
        for status in [300, 304, 305, 306, 200, 404] {
            assert!(!is_redirect(StatusCode::from_u16(status).unwrap()));
        }
    }

    #[test]
    fn invalid_utf8_is_replaced_not_refused() {
        assert_eq!(excerpt(b"a\xffb"), "a\u{fffd}b");
    }
}
