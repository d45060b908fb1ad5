//! What an expansion calls: a static [`Endpoint`] description and the [`Call`] that sends it.
//!
//! Generated code is `Call::new(..).path(&a).path(&b).json::<T, E>()`; everything else is here.

use std::future::Future;

use reqwest::StatusCode;
use serde::de::DeserializeOwned;

use crate::response::{self, Reply};
use crate::{Client, Error, PathParam, path};

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
    fn to_reqwest(self) -> reqwest::Method {
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
}

/// The error type an endpoint method may return.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an endpoint error type",
    label = "an endpoint method returns `Result<T, phala_api::Error>`",
    note = "write `phala_api::Error` as the error type"
)]
pub trait EndpointError: Sized {
    /// Wraps a call's error.
    fn from_error(error: Error) -> Self;
}

impl EndpointError for Error {
    fn from_error(error: Error) -> Self {
        error
    }
}

/// A request being described; the first invalid argument is kept and reported at send time.
pub struct Call<'c> {
    client: Option<&'c Client>,
    endpoint: &'static Endpoint,
    /// The encoded path so far.
    path: String,
    /// The next template segment to emit.
    next: usize,
    error: Option<Error>,
}

// The explicit `+ Send` futures are the contract with expansions (an `async fn` would only leak
// it), so the declaring form stays.
#[allow(clippy::manual_async_fn)]
impl<'c> Call<'c> {
    /// Starts a call of `endpoint` through `client` (`None` for a client-less test double).
    pub fn new(client: Option<&'c Client>, endpoint: &'static Endpoint) -> Self {
        Call {
            client,
            endpoint,
            path: String::with_capacity(endpoint.template.len() + 32),
            next: 0,
            error: None,
        }
    }

    /// Fills the next placeholder with `value`, encoded as exactly one segment.
    pub fn path<P: PathParam + ?Sized>(mut self, value: &P) -> Self {
        if self.error.is_none() {
            match self.push_literals() {
                Some(param) => {
                    self.next += 1;
                    let raw = value.path_value();
                    match path::check_value(&raw) {
                        Ok(()) => path::push_segment(&mut self.path, &raw),
                        Err(reason) => self.error = Some(Error::InvalidArgument { param, reason }),
                    }
                }
                None => self.error = Some(mismatch("a path value without a placeholder")),
            }
        }
        self
    }

    /// Appends literal segments up to the next placeholder and returns its name.
    fn push_literals(&mut self) -> Option<&'static str> {
        while let Some(segment) = self.endpoint.segments.get(self.next) {
            match segment {
                Segment::Literal(text) => {
                    self.path.push('/');
                    self.path.push_str(text);
                    self.next += 1;
                }
                Segment::Param(name) => return Some(name),
            }
        }
        None
    }

    /// Sends the call and decodes a JSON success body into `T`.
    pub fn json<T: DeserializeOwned, E: EndpointError>(
        self,
    ) -> impl Future<Output = Result<T, E>> + Send + 'c {
        async move {
            let reply = self.send().await.and_then(Reply::success);
            reply
                .and_then(|reply| reply.decode())
                .map_err(E::from_error)
        }
    }

    /// Like [`json`](Self::json), but a 404 is `Ok(None)`.
    pub fn optional<T: DeserializeOwned, E: EndpointError>(
        self,
    ) -> impl Future<Output = Result<Option<T>, E>> + Send + 'c {
        async move {
            let reply = self.send().await.map_err(E::from_error)?;
            if reply.status == StatusCode::NOT_FOUND {
                return Ok(None);
            }
            let decoded = reply.success().and_then(|reply| reply.decode());
            decoded.map(Some).map_err(E::from_error)
        }
    }

    /// Sends the call and expects an empty body, or any JSON, which is ignored.
    pub fn empty<E: EndpointError>(self) -> impl Future<Output = Result<(), E>> + Send + 'c {
        async move {
            let reply = self.send().await.and_then(Reply::success);
            reply
                .and_then(|reply| reply.expect_empty())
                .map_err(E::from_error)
        }
    }

    async fn send(mut self) -> Result<Reply, Error> {
        if self.push_literals().is_some() {
            return Err(mismatch("a placeholder without a value"));
        }
        if let Some(error) = self.error {
            return Err(error);
        }
        let client = self.client.ok_or(Error::NoClient {
            method: self.endpoint.name,
        })?;
        if self.path.is_empty() {
            self.path.push('/');
        }
        let mut request = client
            .http()
            .request(self.endpoint.method.to_reqwest(), client.url(&self.path));
        for (name, value) in self.endpoint.headers {
            request = request.header(*name, *value);
        }
        let response = request.send().await.map_err(Error::transport)?;
        response::read(response, client).await
    }
}

/// The expansion and the endpoint disagree; the macro never generates this.
fn mismatch(what: &'static str) -> Error {
    Error::InvalidArgument {
        param: "(path)",
        reason: what,
    }
}
