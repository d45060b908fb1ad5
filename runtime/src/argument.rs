//! How an argument's value, and the declared result types, reach a call.
//!
//! The expansion hands each value over as a `&dyn` of one of these traits (a multipart form by
//! value, through its trait's function), and a JSON answer's decoder as a function it names. Each
//! trait is implemented once, for every type the public trait of its role accepts
//! (`PathParam`, `serde::Serialize`, `HeaderParam`, …), with `#[diagnostic::do_not_recommend]`:
//! so a type that cannot take the role is one plain error at the user's argument or type, with
//! the message below, instead of a bound failing inside the runtime with notes pointing into it
//! (a coercion to `&dyn` and a named function fail where they are written, and nothing after
//! them fails again); the call is sent through `Sends<R>`, so the declared error type is
//! checked the same way.

use std::borrow::Cow;

use bytes::Bytes;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::call::{Call, MultipartBody, MultipartForm};
use crate::query::{Query, QueryError};
use crate::shape::{EndpointError, Json, Shape};
use crate::{HeaderParam, PathParam};

/// A value that fills a path placeholder.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a path parameter",
    label = "this type does not implement `phala_api::PathParam`",
    note = "path parameters are `&str`, `String`, integers, or your own types that implement \
            `phala_api::PathParam`"
)]
pub trait PathArgument {
    /// The raw value, before percent-encoding.
    fn path_value(&self) -> Cow<'_, str>;
}

#[diagnostic::do_not_recommend]
impl<P: PathParam + ?Sized> PathArgument for P {
    #[inline]
    fn path_value(&self) -> Cow<'_, str> {
        PathParam::path_value(self)
    }
}

/// Where a query argument or a form body writes its pairs (opaque to expansions).
pub struct QueryPairs<'a>(pub(crate) &'a mut Query);

/// Why a value could not be written as query pairs (opaque to expansions).
pub struct Refusal(pub(crate) String);

/// A value that a `#[query]` argument or a `#[body(form)]` sends, form-encoded.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a query argument or form body: it does not implement `serde::Serialize`",
    label = "this type does not implement `serde::Serialize`",
    note = "derive `serde::Serialize` for it (a struct sends one parameter per field), or pass a \
            string, number, `bool`, sequence or `Option` of them"
)]
pub trait QueryArgument {
    /// Appends the value under `name`.
    fn append_to(&self, pairs: QueryPairs<'_>, name: &str) -> Result<(), Refusal>;
}

#[diagnostic::do_not_recommend]
impl<V: Serialize + ?Sized> QueryArgument for V {
    #[inline]
    fn append_to(&self, pairs: QueryPairs<'_>, name: &str) -> Result<(), Refusal> {
        pairs
            .0
            .append(name, self)
            .map_err(|QueryError(reason)| Refusal(reason))
    }
}

/// A value that a `#[header("…")]` argument sends.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a header value",
    label = "this type does not implement `phala_api::HeaderParam`",
    note = "header arguments are `&str`, `String`, integers, `bool`, `Option` of them, or your \
            own types that implement `phala_api::HeaderParam`"
)]
pub trait HeaderArgument {
    /// The value, or `None` for no header.
    fn header_value(&self) -> Option<Cow<'_, str>>;
}

#[diagnostic::do_not_recommend]
impl<H: HeaderParam + ?Sized> HeaderArgument for H {
    #[inline]
    fn header_value(&self) -> Option<Cow<'_, str>> {
        HeaderParam::header_value(self)
    }
}

/// A value that a `#[body]` argument sends as JSON.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a JSON request body: it does not implement `serde::Serialize`",
    label = "this type does not implement `serde::Serialize`",
    note = "derive `serde::Serialize` for it"
)]
pub trait JsonArgument {
    /// The JSON text.
    fn to_json(&self) -> Result<Vec<u8>, serde_json::Error>;
}

#[diagnostic::do_not_recommend]
impl<B: Serialize + ?Sized> JsonArgument for B {
    #[inline]
    fn to_json(&self) -> Result<Vec<u8>, serde_json::Error> {
        serde_json::to_vec(self)
    }
}

/// A value that a `#[body(raw = "media/type")]` argument sends as it is: text or bytes.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a raw request body",
    label = "a `#[body(raw = \"…\")]` argument is text or bytes",
    note = "raw bodies are `&str`, `String`, `&[u8]`, `Vec<u8>` or `bytes::Bytes` (or `Option` of \
            one, for a body that may be left out)"
)]
pub trait RawArgument {
    /// The bytes to send.
    fn to_bytes(&self) -> Bytes;
}

#[diagnostic::do_not_recommend]
impl RawArgument for str {
    fn to_bytes(&self) -> Bytes {
        Bytes::copy_from_slice(self.as_bytes())
    }
}

#[diagnostic::do_not_recommend]
impl RawArgument for String {
    fn to_bytes(&self) -> Bytes {
        Bytes::copy_from_slice(self.as_bytes())
    }
}

#[diagnostic::do_not_recommend]
impl RawArgument for [u8] {
    fn to_bytes(&self) -> Bytes {
        Bytes::copy_from_slice(self)
    }
}

#[diagnostic::do_not_recommend]
impl RawArgument for Vec<u8> {
    fn to_bytes(&self) -> Bytes {
        Bytes::copy_from_slice(self)
    }
}

#[diagnostic::do_not_recommend]
impl RawArgument for Bytes {
    fn to_bytes(&self) -> Bytes {
        // Shared, not copied.
        self.clone()
    }
}

#[diagnostic::do_not_recommend]
impl<T: RawArgument + ?Sized> RawArgument for &T {
    fn to_bytes(&self) -> Bytes {
        (**self).to_bytes()
    }
}

/// A value that a `#[body(multipart)]` argument sends.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a multipart form",
    label = "a `#[body(multipart)]` argument is a `phala_api::multipart::Form`",
    note = "enable the `multipart` feature of phala-api, and pass the form by value"
)]
pub trait MultipartArgument {
    /// The form, taken: its parts are read once.
    fn into_form(self) -> MultipartForm;
}

#[diagnostic::do_not_recommend]
impl<F: MultipartBody> MultipartArgument for F {
    #[inline]
    fn into_form(self) -> MultipartForm {
        self.into_body()
    }
}

/// A success type decoded from JSON: the expansion hands `<T as Decoded>::JSON` (the `Json`
/// shape holding `T`'s decoder) to the call, so a type without `Deserialize` is reported where
/// it is written, and the shape itself holds for any `T`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be decoded from a JSON answer: it does not implement `serde::Deserialize`",
    label = "this type does not implement `serde::de::DeserializeOwned`",
    note = "derive `serde::Deserialize` for it, or return `()`, `String`, `Bytes` or \
            `phala_api::ByteStream` to read the body otherwise"
)]
pub trait Decoded: Sized {
    /// Reads a JSON text.
    fn decode(json: &[u8]) -> Result<Self, serde_json::Error>;
    /// The shape that reads a success answer as `Self`.
    const JSON: Json<Self> = Json(Self::decode);
}

#[diagnostic::do_not_recommend]
impl<T: DeserializeOwned> Decoded for T {
    #[inline]
    fn decode(json: &[u8]) -> Result<T, serde_json::Error> {
        serde_json::from_slice(json)
    }
}

/// Sends a call whose method declares the error type `R`: the expansion calls `.send(shape)`
/// with this trait in scope, `R` inferred from the method's declared result, so an error type
/// that is not `phala_api::Error<M>` is reported there, with nothing pointing into the runtime.
#[diagnostic::on_unimplemented(
    message = "`{R}` is not an endpoint error type",
    label = "an endpoint method returns `Result<T, phala_api::Error>`",
    note = "write `phala_api::Error`, or `phala_api::Error<YourEnum>` with \
            `#[derive(phala_api::ApiError)]` on the enum"
)]
pub trait Sends<R> {
    /// Sends the call and reads the reply as `shape` says.
    fn send<S: Shape>(self, shape: S) -> impl Future<Output = Result<S::Output, R>> + Send;
}

#[diagnostic::do_not_recommend]
impl<R: EndpointError> Sends<R> for Call<'_> {
    #[inline]
    fn send<S: Shape>(self, shape: S) -> impl Future<Output = Result<S::Output, R>> + Send {
        self.send_as(shape)
    }
}
