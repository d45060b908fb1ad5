//! How a method's declared result is read from a reply (`T`, `Option<…>`, `()`,
//! `Response<…>`), and which error types a method may declare.

use std::marker::PhantomData;

use reqwest::StatusCode;
use serde::de::DeserializeOwned;

use crate::reply::Reply;
use crate::{ApiError, Error, Response};

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

/// How a method's success type is read from a reply; chosen by the macro from the written type.
pub trait Expect {
    /// The method's success type.
    type Output;
    /// Reads it, or the error the reply means.
    fn from_reply<E: ApiError>(reply: Reply) -> Result<Self::Output, Error<E>>;
}

/// `T: DeserializeOwned`, decoded from a JSON body.
pub struct Json<T>(PhantomData<fn() -> T>);

impl<T: DeserializeOwned> Expect for Json<T> {
    type Output = T;
    fn from_reply<E: ApiError>(reply: Reply) -> Result<T, Error<E>> {
        reply.success()?.decode()
    }
}

/// `()`: an empty body, or any JSON, which is ignored.
pub struct Empty;

impl Expect for Empty {
    type Output = ();
    fn from_reply<E: ApiError>(reply: Reply) -> Result<(), Error<E>> {
        reply.success()?.expect_empty()
    }
}

/// `Option<…>`: a 404 is `None`.
pub struct Optional<X>(PhantomData<X>);

impl<X: Expect> Expect for Optional<X> {
    type Output = Option<X::Output>;
    fn from_reply<E: ApiError>(reply: Reply) -> Result<Self::Output, Error<E>> {
        if reply.status == StatusCode::NOT_FOUND {
            return Ok(None);
        }
        X::from_reply(reply).map(Some)
    }
}

/// `Response<…>`: the value with the status and headers.
pub struct WithMeta<X>(PhantomData<X>);

impl<X: Expect> Expect for WithMeta<X> {
    type Output = Response<X::Output>;
    fn from_reply<E: ApiError>(mut reply: Reply) -> Result<Self::Output, Error<E>> {
        let status = reply.status;
        let headers = std::mem::take(&mut reply.headers);
        X::from_reply(reply).map(|value| Response::new(value, status, headers))
    }
}
