//! How a method's declared result is read from a reply (`T` from JSON, `String`, `Bytes`,
//! `Vec<u8>`, `ByteStream`, `()`, `Option<…>`, `Response<…>`), and which error types a method
//! may declare.

use std::marker::PhantomData;

use reqwest::StatusCode;
use serde::de::DeserializeOwned;

use bytes::Bytes;

use crate::reply::Reply;
use crate::{ApiError, ByteStream, Error, Response};

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

impl<M: ApiError> EndpointError for Error<M> {
    type Map = M;
    fn from_error(error: Error<M>) -> Self {
        error
    }
}

/// How a method's success type is read from a reply; the macro picks one per written type
/// (its `ir::Shape` has a variant of the same name for each).
pub trait Shape {
    /// The method's success type.
    type Output;
    /// Whether a success body is handed over unread, to be streamed.
    const STREAM: bool = false;
    /// Reads it, or the error the reply means.
    fn from_reply<E: ApiError>(reply: Reply) -> Result<Self::Output, Error<E>>;
}

/// `T: DeserializeOwned`, decoded from a JSON body.
pub struct Json<T>(PhantomData<fn() -> T>);

impl<T: DeserializeOwned> Shape for Json<T> {
    type Output = T;
    fn from_reply<E: ApiError>(reply: Reply) -> Result<T, Error<E>> {
        let reply = reply.success()?;
        reply.expect_json()?;
        reply.decode()
    }
}

/// `String`: the body as text (UTF-8, invalid sequences replaced), any content type.
pub struct Text;

impl Shape for Text {
    type Output = String;
    fn from_reply<E: ApiError>(reply: Reply) -> Result<String, Error<E>> {
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
    fn from_reply<E: ApiError>(reply: Reply) -> Result<Bytes, Error<E>> {
        Ok(reply.success()?.body)
    }
}

/// `Vec<u8>`: the body as it came, any content type.
pub struct RawVec;

impl Shape for RawVec {
    type Output = Vec<u8>;
    fn from_reply<E: ApiError>(reply: Reply) -> Result<Vec<u8>, Error<E>> {
        Ok(Vec::from(reply.success()?.body))
    }
}

/// `ByteStream`: the success body unread, chunk by chunk as it arrives.
pub struct Streamed;

impl Shape for Streamed {
    type Output = ByteStream;
    const STREAM: bool = true;
    fn from_reply<E: ApiError>(reply: Reply) -> Result<ByteStream, Error<E>> {
        reply.success()?.into_stream()
    }
}

/// `()`: an empty body, or any JSON, which is ignored.
pub struct Unit;

impl Shape for Unit {
    type Output = ();
    fn from_reply<E: ApiError>(reply: Reply) -> Result<(), Error<E>> {
        reply.success()?.expect_empty()
    }
}

/// `Option<…>`: a 404 is `None`.
pub struct Optional<S>(PhantomData<S>);

impl<S: Shape> Shape for Optional<S> {
    type Output = Option<S::Output>;
    const STREAM: bool = S::STREAM;
    fn from_reply<E: ApiError>(reply: Reply) -> Result<Self::Output, Error<E>> {
        if reply.status == StatusCode::NOT_FOUND {
            return Ok(None);
        }
        S::from_reply(reply).map(Some)
    }
}

/// `Response<…>`: the value with the status and headers.
pub struct WithResponse<S>(PhantomData<S>);

impl<S: Shape> Shape for WithResponse<S> {
    type Output = Response<S::Output>;
    const STREAM: bool = S::STREAM;
    fn from_reply<E: ApiError>(mut reply: Reply) -> Result<Self::Output, Error<E>> {
        let status = reply.status;
        let headers = std::mem::take(&mut reply.headers);
        S::from_reply(reply).map(|value| Response::new(value, status, headers))
    }
}
