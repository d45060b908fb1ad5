//! The error type of every endpoint call and of client construction.

use std::borrow::Cow;
use std::convert::Infallible;
use std::fmt;

use reqwest::StatusCode;

use crate::validation::HttpValidationError;

/// An enum of the error answers an API documents, one variant per status, each decoded from
/// the body. Derive it with `#[derive(phala_api::ApiError)]` and return
/// `Result<T, phala_api::Error<YourEnum>>`; see the crate documentation.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not map statuses to errors",
    label = "used as `phala_api::Error<{Self}>`",
    note = "derive it: `#[derive(Debug, phala_api::ApiError)]` with a `#[status(…)]` on each variant"
)]
pub trait ApiError: Sized + fmt::Debug + Send {
    /// The statuses the enum maps, which a trait with `spec = "…"` holds against the
    /// operation's documented answers. The derive sets it; the default maps none.
    const STATUSES: &'static [u16] = &[];

    /// The variant for `status`, decoded from `body`; `None` if the enum does not map it.
    fn from_response(status: StatusCode, body: &[u8]) -> Option<Result<Self, serde_json::Error>>;

    /// The status this value was mapped from.
    fn status(&self) -> u16;
}

/// Maps nothing: the default of [`Error`], whose statuses all keep their generic meaning.
// Not listed when a type lacks the trait: the message says to derive it.
#[diagnostic::do_not_recommend]
impl ApiError for Infallible {
    fn from_response(_: StatusCode, _: &[u8]) -> Option<Result<Self, serde_json::Error>> {
        None
    }

    fn status(&self) -> u16 {
        match *self {}
    }
}

/// Everything that can go wrong with a call, each case keeping what is needed to act on it.
///
/// No variant, and neither `Display` nor `Debug`, ever contains the API key. Bodies are kept as a
/// bounded excerpt (at most [`limits::MAX_EXCERPT_BYTES`](crate::limits::MAX_EXCERPT_BYTES)
/// bytes, with the API key redacted should a server echo it).
///
/// `E` is an [`ApiError`] enum of the statuses an endpoint documents; the default maps none.
/// Its `Debug` (in the error's `Display` and `Debug`) is bounded as an excerpt is: it shows
/// what the server sent.
#[non_exhaustive]
pub enum Error<E = Infallible> {
    /// An argument was refused before anything was sent.
    InvalidArgument {
        /// The parameter's name, as in the method's signature.
        param: &'static str,
        /// Why it was refused (the value is not repeated).
        reason: Cow<'static, str>,
    },
    /// The client could not be built from its configuration.
    Config {
        /// What is wrong, without the value when it may be secret.
        reason: String,
    },
    /// The type implements [`Api`](crate::Api) without a client and did not override this method.
    NoClient {
        /// The endpoint method.
        method: &'static str,
    },
    /// A paged listing ([`paging::items`](crate::paging::items)) stopped because the
    /// server's pages would never end: a cursor answered twice, or more than
    /// [`paging::MAX_PAGES`](crate::paging::MAX_PAGES) full pages.
    Paging {
        /// What the server did (the cursor is server text: escaped in `Display`).
        reason: Cow<'static, str>,
    },
    /// No connection could be made (refused, DNS, TLS handshake).
    Connect {
        /// reqwest's error, with its causes.
        source: reqwest::Error,
        /// Attempts made, retries included.
        attempts: u32,
    },
    /// The connect timeout or the total deadline expired.
    Timeout {
        /// reqwest's error, with its causes.
        source: reqwest::Error,
        /// Attempts made, retries included.
        attempts: u32,
    },
    /// The connection failed after it was made (reset, malformed response, truncated body).
    Transport {
        /// reqwest's error, with its causes.
        source: reqwest::Error,
        /// Attempts made, retries included.
        attempts: u32,
    },
    /// The server answered with a redirect (301, 302, 303, 307 or 308), which is not followed:
    /// the API key stays with the configured origin.
    Redirect {
        /// The 3xx status.
        status: StatusCode,
        /// The `Location` header, if it was valid text (bounded, the API key redacted).
        location: Option<String>,
        /// Attempts made, retries included.
        attempts: u32,
    },
    /// A status that `E` maps, decoded into its variant.
    Api {
        /// The variant, decoded from the body (the API key redacted before decoding).
        error: E,
        /// Attempts made, retries included.
        attempts: u32,
        /// The `X-Request-ID` response header.
        request_id: Option<String>,
    },
    /// 404: the resource does not exist (an `Option<T>` result turns this into `Ok(None)`).
    NotFound {
        /// The `X-Request-ID` response header.
        request_id: Option<String>,
        /// The start of the body.
        excerpt: String,
        /// Attempts made, retries included.
        attempts: u32,
    },
    /// 422: the server refused the request's parameters.
    Validation {
        /// The `X-Request-ID` response header.
        request_id: Option<String>,
        /// The parsed body; empty `detail` when the body was not an `HTTPValidationError`.
        error: HttpValidationError,
        /// The start of the body.
        excerpt: String,
        /// Attempts made, retries included.
        attempts: u32,
    },
    /// Any other status outside 2xx.
    Status {
        /// The status (of the last attempt, when the call was retried).
        status: StatusCode,
        /// Attempts made, retries included.
        attempts: u32,
        /// The `X-Request-ID` response header.
        request_id: Option<String>,
        /// The start of the body.
        excerpt: String,
    },
    /// A body that does not decode into the expected type (a success body, or the body of a
    /// status the error enum maps).
    Decode {
        /// The status of the response.
        status: StatusCode,
        /// serde's message, with line and column (built from the redacted body).
        source: serde_json::Error,
        /// The start of the body.
        excerpt: String,
        /// Attempts made, retries included.
        attempts: u32,
    },
    /// A JSON success type (or an event stream) received another kind of content
    /// (`text/html` from a proxy, say).
    ContentType {
        /// The status of the response.
        status: StatusCode,
        /// What the method reads: `JSON`, or `text/event-stream`.
        expected: &'static str,
        /// The `Content-Type` the server sent (bounded).
        content_type: String,
        /// The start of the body.
        excerpt: String,
        /// Attempts made, retries included.
        attempts: u32,
    },
    /// The response body is larger than the client's limit; reading stopped there.
    BodyTooLarge {
        /// The status of the response.
        status: StatusCode,
        /// The limit in bytes.
        limit: usize,
        /// Attempts made, retries included.
        attempts: u32,
    },
}

/// The longest body excerpt kept in an error, in bytes.
pub const MAX_EXCERPT_BYTES: usize = 512;

impl<E: ApiError> Error<E> {
    /// The HTTP status, when a response arrived.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api { error, .. } => StatusCode::from_u16(error.status()).ok(),
            Error::Redirect { status, .. }
            | Error::Status { status, .. }
            | Error::Decode { status, .. }
            | Error::ContentType { status, .. }
            | Error::BodyTooLarge { status, .. } => Some(*status),
            Error::NotFound { .. } => Some(StatusCode::NOT_FOUND),
            Error::Validation { .. } => Some(StatusCode::UNPROCESSABLE_ENTITY),
            _ => None,
        }
    }

    /// The server's `X-Request-ID`, to quote when reporting a problem.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::NotFound { request_id, .. }
            | Error::Validation { request_id, .. }
            | Error::Api { request_id, .. }
            | Error::Status { request_id, .. } => request_id.as_deref(),
            _ => None,
        }
    }

    /// Whether the server answered 404.
    pub fn is_not_found(&self) -> bool {
        matches!(self, Error::NotFound { .. })
    }

    /// Whether the connect timeout or the total deadline expired.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Timeout { .. })
    }

    /// How many attempts the call made (more than one when retried); `None` when it sent
    /// nothing (an invalid argument, a configuration error, no client).
    pub fn attempts(&self) -> Option<u32> {
        match self {
            Error::Connect { attempts, .. }
            | Error::Timeout { attempts, .. }
            | Error::Transport { attempts, .. }
            | Error::Redirect { attempts, .. }
            | Error::Api { attempts, .. }
            | Error::NotFound { attempts, .. }
            | Error::Validation { attempts, .. }
            | Error::Status { attempts, .. }
            | Error::Decode { attempts, .. }
            | Error::ContentType { attempts, .. }
            | Error::BodyTooLarge { attempts, .. } => Some(*attempts),
            Error::InvalidArgument { .. }
            | Error::Config { .. }
            | Error::NoClient { .. }
            | Error::Paging { .. } => None,
        }
    }

    /// The bounded start of the response body, when one was read.
    pub fn body_excerpt(&self) -> Option<&str> {
        match self {
            Error::NotFound { excerpt, .. }
            | Error::Validation { excerpt, .. }
            | Error::Status { excerpt, .. }
            | Error::Decode { excerpt, .. }
            | Error::ContentType { excerpt, .. } => Some(excerpt),
            _ => None,
        }
    }

    /// A short, stable name of the kind of error, for logs and metrics (OpenTelemetry's
    /// `error.type`): the status code for an answer, else `timeout`, `connect`, `transport`,
    /// `redirect`, `decode`, `content_type`, `body_too_large`, `invalid_argument`, `config`,
    /// `no_client` or `paging`.
    pub fn kind(&self) -> std::borrow::Cow<'static, str> {
        match self {
            Error::Api { .. }
            | Error::NotFound { .. }
            | Error::Validation { .. }
            | Error::Status { .. } => self.status().map_or(Cow::Borrowed("status"), |s| {
                Cow::Owned(s.as_u16().to_string())
            }),
            Error::InvalidArgument { .. } => Cow::Borrowed("invalid_argument"),
            Error::Config { .. } => Cow::Borrowed("config"),
            Error::NoClient { .. } => Cow::Borrowed("no_client"),
            Error::Paging { .. } => Cow::Borrowed("paging"),
            Error::Connect { .. } => Cow::Borrowed("connect"),
            Error::Timeout { .. } => Cow::Borrowed("timeout"),
            Error::Transport { .. } => Cow::Borrowed("transport"),
            Error::Redirect { .. } => Cow::Borrowed("redirect"),
            Error::Decode { .. } => Cow::Borrowed("decode"),
            Error::ContentType { .. } => Cow::Borrowed("content_type"),
            Error::BodyTooLarge { .. } => Cow::Borrowed("body_too_large"),
        }
    }

    /// Classifies a reqwest failure of a call that made `attempts` attempts.
    pub(crate) fn transport(source: reqwest::Error, attempts: u32) -> Self {
        if source.is_timeout() {
            Error::Timeout { source, attempts }
        } else if source.is_connect() {
            Error::Connect { source, attempts }
        } else {
            Error::Transport { source, attempts }
        }
    }
}

/// Server-sourced text with what `Debug` would escape escaped (`\n`, `\u{1b}`, the line
/// separator `\u{2028}`, the bidi override `\u{202e}`, …), quotes kept as they are, so that a
/// server cannot forge log lines, terminal sequences or reordered text through an error's
/// `Display`.
pub(crate) struct Escaped<'a>(pub(crate) &'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Bounded as a body excerpt is: a server's 1 MB message is not a 1 MB error.
        let (text, cut) = bounded(self.0);
        for c in text.chars() {
            // `escape_debug` leaves printable characters alone (quotes aside, which it escapes
            // for a literal's sake and text does not need).
            if matches!(c, '"' | '\'' | '\\') || c.escape_debug().len() == 1 {
                write!(f, "{c}")?;
            } else {
                write!(f, "{}", c.escape_default())?;
            }
        }
        if cut {
            f.write_str("…")?;
        }
        Ok(())
    }
}

/// At most `MAX_EXCERPT_BYTES` of `text`, cut at a character boundary, and whether it was cut.
pub(crate) fn bounded(text: &str) -> (&str, bool) {
    if text.len() <= MAX_EXCERPT_BYTES {
        return (text, false);
    }
    let mut end = MAX_EXCERPT_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    (&text[..end], true)
}

/// `text` bounded as server text in an error is, `…` where it was cut.
pub(crate) fn bounded_owned(text: &str) -> String {
    match bounded(text) {
        (kept, true) => format!("{kept}…"),
        (whole, false) => whole.to_owned(),
    }
}

/// `T`'s `Debug`, at most `MAX_EXCERPT_BYTES` of it, `…` where it was cut: how a typed
/// error's value (decoded from the server's text) is shown. Written through a capped writer,
/// so a huge value is never formatted whole.
struct BoundedDebug<'a, T>(&'a T);

impl<T: fmt::Debug> fmt::Debug for BoundedDebug<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut capped = Capped {
            out: String::new(),
            cut: false,
        };
        // An error of the capped writer only means "full": what it kept is shown.
        let _ = if f.alternate() {
            fmt::write(&mut capped, format_args!("{:#?}", self.0))
        } else {
            fmt::write(&mut capped, format_args!("{:?}", self.0))
        };
        f.write_str(&capped.out)?;
        if capped.cut {
            f.write_str("…")?;
        }
        Ok(())
    }
}

/// A `fmt::Write` that keeps the first `MAX_EXCERPT_BYTES` and then refuses more.
struct Capped {
    out: String,
    cut: bool,
}

impl fmt::Write for Capped {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        let room = MAX_EXCERPT_BYTES - self.out.len();
        if text.len() <= room {
            self.out.push_str(text);
            return Ok(());
        }
        let mut end = room;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        self.out.push_str(&text[..end]);
        self.cut = true;
        Err(fmt::Error)
    }
}

/// ` (request id …)`, or nothing.
struct RequestId<'a>(&'a Option<String>);

impl fmt::Display for RequestId<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(id) => write!(f, " (request id {})", Escaped(id)),
            None => Ok(()),
        }
    }
}

/// ` after N attempts`, or nothing for one.
struct Attempts(u32);

impl fmt::Display for Attempts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            0 | 1 => Ok(()),
            n => write!(f, " after {n} attempts"),
        }
    }
}

/// `: "<excerpt>"` on one line (newlines escaped), or nothing for an empty body.
struct Body<'a>(&'a str);

impl fmt::Display for Body<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            Ok(())
        } else {
            write!(f, ": {:?}", self.0)
        }
    }
}

impl<E: fmt::Debug> fmt::Debug for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidArgument { param, reason } => f
                .debug_struct("InvalidArgument")
                .field("param", param)
                .field("reason", reason)
                .finish(),
            Error::Config { reason } => f.debug_struct("Config").field("reason", reason).finish(),
            Error::NoClient { method } => {
                f.debug_struct("NoClient").field("method", method).finish()
            }
            Error::Paging { reason } => f.debug_struct("Paging").field("reason", reason).finish(),
            Error::Connect { source, attempts } => transport(f, "Connect", source, *attempts),
            Error::Timeout { source, attempts } => transport(f, "Timeout", source, *attempts),
            Error::Transport { source, attempts } => transport(f, "Transport", source, *attempts),
            Error::Redirect {
                status,
                location,
                attempts,
            } => f
                .debug_struct("Redirect")
                .field("status", status)
                .field("location", location)
                .field("attempts", attempts)
                .finish(),
            Error::Api {
                error,
                attempts,
                request_id,
            } => f
                .debug_struct("Api")
                .field("error", &BoundedDebug(error))
                .field("attempts", attempts)
                .field("request_id", request_id)
                .finish(),
            Error::NotFound {
                request_id,
                excerpt,
                attempts,
            } => f
                .debug_struct("NotFound")
                .field("request_id", request_id)
                .field("excerpt", excerpt)
                .field("attempts", attempts)
                .finish(),
            Error::Validation {
                request_id,
                error,
                excerpt,
                attempts,
            } => f
                .debug_struct("Validation")
                .field("request_id", request_id)
                .field("error", error)
                .field("excerpt", excerpt)
                .field("attempts", attempts)
                .finish(),
            Error::Status {
                status,
                attempts,
                request_id,
                excerpt,
            } => f
                .debug_struct("Status")
                .field("status", status)
                .field("attempts", attempts)
                .field("request_id", request_id)
                .field("excerpt", excerpt)
                .finish(),
            Error::Decode {
                status,
                source,
                excerpt,
                attempts,
            } => f
                .debug_struct("Decode")
                .field("status", status)
                .field("source", source)
                .field("excerpt", excerpt)
                .field("attempts", attempts)
                .finish(),
            Error::ContentType {
                status,
                expected,
                content_type,
                excerpt,
                attempts,
            } => f
                .debug_struct("ContentType")
                .field("status", status)
                .field("expected", expected)
                .field("content_type", content_type)
                .field("excerpt", excerpt)
                .field("attempts", attempts)
                .finish(),
            Error::BodyTooLarge {
                status,
                limit,
                attempts,
            } => f
                .debug_struct("BodyTooLarge")
                .field("status", status)
                .field("limit", limit)
                .field("attempts", attempts)
                .finish(),
        }
    }
}

fn transport(
    f: &mut fmt::Formatter<'_>,
    name: &str,
    source: &reqwest::Error,
    attempts: u32,
) -> fmt::Result {
    f.debug_struct(name)
        .field("source", source)
        .field("attempts", &attempts)
        .finish()
}

impl<E: ApiError> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidArgument { param, reason } => {
                write!(
                    f,
                    "invalid argument `{param}`: {reason}; no request was sent"
                )
            }
            Error::Config { reason } => write!(f, "invalid client configuration: {reason}"),
            Error::Paging { reason } => write!(f, "paging stopped: {}", Escaped(reason)),
            Error::Api {
                error,
                attempts,
                request_id,
            } => {
                // `E`'s `Debug` shows server text (decoded from the redacted body): bound and
                // escape it.
                let debug = format!("{:?}", BoundedDebug(error));
                write!(
                    f,
                    "the server answered {}{}{}: {}",
                    error.status(),
                    Attempts(*attempts),
                    RequestId(request_id),
                    Escaped(&debug)
                )
            }
            Error::NoClient { method } => write!(
                f,
                "`{method}` has no client to send through: the type implements `phala_api::Api` \
                 without one, so it must override this method"
            ),
            Error::Connect { source, attempts } => {
                write!(
                    f,
                    "could not connect{}: {}",
                    Attempts(*attempts),
                    Chain(source)
                )
            }
            Error::Timeout { source, attempts } => {
                write!(
                    f,
                    "the request timed out{}: {}",
                    Attempts(*attempts),
                    Chain(source)
                )
            }
            Error::Transport { source, attempts } => {
                write!(
                    f,
                    "the request failed{}: {}",
                    Attempts(*attempts),
                    Chain(source)
                )
            }
            Error::Redirect {
                status,
                location,
                attempts,
            } => write!(
                f,
                "the server answered {status}{} redirecting to {:?}; redirects are not followed, \
                 so the API key is never sent to another origin",
                Attempts(*attempts),
                location.as_deref().unwrap_or("(no location)")
            ),
            Error::NotFound {
                request_id,
                excerpt,
                attempts,
            } => write!(
                f,
                "not found (404){}{}{}",
                Attempts(*attempts),
                RequestId(request_id),
                Body(excerpt)
            ),
            Error::Validation {
                request_id,
                error,
                attempts,
                ..
            } => {
                write!(
                    f,
                    "the server refused the request (422){}{}",
                    Attempts(*attempts),
                    RequestId(request_id)
                )?;
                for (index, detail) in error.detail.iter().take(3).enumerate() {
                    let separator = if index == 0 { ": " } else { "; " };
                    write!(f, "{separator}{}", Escaped(&detail.to_string()))?;
                }
                if error.detail.len() > 3 {
                    write!(f, "; and {} more", error.detail.len() - 3)?;
                }
                Ok(())
            }
            Error::Status {
                status,
                attempts,
                request_id,
                excerpt,
            } => write!(
                f,
                "the server answered {status}{}{}{}",
                Attempts(*attempts),
                RequestId(request_id),
                Body(excerpt)
            ),
            Error::Decode {
                status,
                source,
                excerpt,
                attempts,
            } => write!(
                f,
                "could not decode the {status} response body{}: {}{}",
                Attempts(*attempts),
                Escaped(&source.to_string()),
                Body(excerpt)
            ),
            Error::ContentType {
                status,
                expected,
                content_type,
                excerpt,
                attempts,
            } => write!(
                f,
                "expected {expected}, got {} ({status}{}){}",
                Escaped(content_type),
                Attempts(*attempts),
                Body(excerpt)
            ),
            Error::BodyTooLarge {
                status,
                limit,
                attempts,
            } => write!(
                f,
                "the {status} response body{} is larger than the limit of {limit} bytes",
                Attempts(*attempts)
            ),
        }
    }
}

impl<E: ApiError> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Connect { source, .. }
            | Error::Timeout { source, .. }
            | Error::Transport { source, .. } => Some(source),
            Error::Decode { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// A reqwest error and its causes on one line: reqwest's own message alone
/// ("error sending request") hides whether the cause was a refusal, a reset or a timeout.
struct Chain<'a>(&'a reqwest::Error);

impl fmt::Display for Chain<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)?;
        let mut cause = std::error::Error::source(self.0);
        while let Some(error) = cause {
            write!(f, ": {error}")?;
            cause = error.source();
        }
        Ok(())
    }
}
