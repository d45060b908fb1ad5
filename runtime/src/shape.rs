//! How a method's declared result is read from a reply (`T` from JSON, `String`, `Bytes`,
//! `Vec<u8>`, `ByteStream`, `()`, `Option<…>`, `Response<…>`), and which error types a method
//! may declare.

use reqwest::StatusCode;
use reqwest::header::HeaderValue;

use bytes::Bytes;

use crate::reply::Reply;
use crate::{ApiError, ByteStream, Error, EventStream, Response};

/// The error type an endpoint method may return: `phala_api::Error<M>`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an endpoint error type",
    label = "an endpoint method returns `Result<T, phala_api::Error>`",
    note = "write `phala_api::Error`, or `phala_api::Error<YourEnum>` with \
            `#[derive(phala_api::ApiError)]` on the enum"
)]
pub trait EndpointError {
    /// The enum of mapped statuses.
    type Map: ApiError;
    /// Wraps a call's error.
    fn from_error(error: Error<Self::Map>) -> Self;
}

// Not recommended in diagnostics: the trait's own message says what to write.
#[diagnostic::do_not_recommend]
impl<M: ApiError> EndpointError for Error<M> {
    type Map = M;
    fn from_error(error: Error<M>) -> Self {
        error
    }
}

/// How a method's success type is read from a reply; the macro builds one per written type
/// (its `ir::Shape` has a variant of the same name for each), as a value: a JSON answer's
/// decoder is a function the expansion names, so a type that cannot be decoded is reported
/// where it is written.
pub trait Shape: Send {
    /// The method's success type.
    type Output;
    /// Whether a success body is handed over unread, to be streamed.
    const STREAM: bool = false;
    /// The `Accept` the request sends instead of the client's (`application/json`).
    const ACCEPT: Option<HeaderValue> = None;
    /// Reads it, or the error the reply means.
    fn read<E: ApiError>(self, reply: Reply) -> Result<Self::Output, Error<E>>;
}

/// `T`, decoded from a JSON body by the function it holds (`<T as Decoded>::decode`).
pub struct Json<T>(pub fn(&[u8]) -> Result<T, serde_json::Error>);

impl<T> Shape for Json<T> {
    type Output = T;
    fn read<E: ApiError>(self, reply: Reply) -> Result<T, Error<E>> {
        let reply = reply.success()?;
        reply.expect_json()?;
        reply.decode_with(self.0)
    }
}

/// `String`: the body as text (UTF-8, invalid sequences replaced), any content type.
pub struct Text;

impl Shape for Text {
    type Output = String;
    fn read<E: ApiError>(self, reply: Reply) -> Result<String, Error<E>> {
        let body = reply.success()?.body;
        Ok(match String::from_utf8(Vec::from(body)) {
            Ok(text) => text,
            Err(error) => String::from_utf8_lossy(error.as_bytes()).into_owned(),
        })
    }
}

/// `Bytes`: the body as it came, any content type.
pub struct Raw;

impl Shape for Raw {
    type Output = Bytes;
    fn read<E: ApiError>(self, reply: Reply) -> Result<Bytes, Error<E>> {
        Ok(reply.success()?.body)
    }
}

/// `Vec<u8>`: the body as it came, any content type.
pub struct RawVec;

impl Shape for RawVec {
    type Output = Vec<u8>;
    fn read<E: ApiError>(self, reply: Reply) -> Result<Vec<u8>, Error<E>> {
        Ok(Vec::from(reply.success()?.body))
    }
}

/// `ByteStream`: the success body unread, chunk by chunk as it arrives.
pub struct Streamed;

impl Shape for Streamed {
    type Output = ByteStream;
    const STREAM: bool = true;
    fn read<E: ApiError>(self, reply: Reply) -> Result<ByteStream, Error<E>> {
        reply.success()?.into_stream()
    }
}

/// `EventStream<T>`: a `text/event-stream` body unread, event by event, each event's data
/// decoded by the function it holds (`<T as Decoded>::JSON`'s).
pub struct Events<T>(pub fn(&[u8]) -> Result<T, serde_json::Error>);

impl<T> Shape for Events<T> {
    type Output = EventStream<T>;
    const STREAM: bool = true;
    // A server that streams state on request (Phala Cloud's `GET /cvms/{id}/state`) streams
    // to this `Accept`, and answers JSON to the client's.
    const ACCEPT: Option<HeaderValue> = Some(HeaderValue::from_static("text/event-stream"));
    fn read<E: ApiError>(self, reply: Reply) -> Result<EventStream<T>, Error<E>> {
        let reply = reply.success()?;
        reply.expect_event_stream()?;
        let (limit, key) = (reply.limit(), reply.api_key().cloned());
        Ok(EventStream::new(reply.into_stream()?, limit, self.0, key))
    }
}

/// `()`: an empty body, or any JSON, which is ignored.
pub struct Unit;

impl Shape for Unit {
    type Output = ();
    fn read<E: ApiError>(self, reply: Reply) -> Result<(), Error<E>> {
        reply.success()?.expect_empty()
    }
}

/// `Option<…>`: a 404 is `None`.
pub struct Optional<S>(pub S);

impl<S: Shape> Shape for Optional<S> {
    type Output = Option<S::Output>;
    const STREAM: bool = S::STREAM;
    const ACCEPT: Option<HeaderValue> = S::ACCEPT;
    fn read<E: ApiError>(self, reply: Reply) -> Result<Self::Output, Error<E>> {
        if reply.status == StatusCode::NOT_FOUND {
            return Ok(None);
        }
        self.0.read(reply).map(Some)
    }
}

/// `Response<…>`: the value with the status and headers.
pub struct WithResponse<S>(pub S);

impl<S: Shape> Shape for WithResponse<S> {
    type Output = Response<S::Output>;
    const STREAM: bool = S::STREAM;
    const ACCEPT: Option<HeaderValue> = S::ACCEPT;
    fn read<E: ApiError>(self, mut reply: Reply) -> Result<Self::Output, Error<E>> {
        let status = reply.status;
        let headers = std::mem::take(&mut reply.headers);
        self.0
            .read(reply)
            .map(|value| Response::new(value, status, headers))
    }
}
