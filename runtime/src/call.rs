//! The [`Call`] an expansion builds: arguments encoded into a request, sent (again, when
//! `retry::Attempts` says so), the reply read as the method's declared result.
//!
//! Generated code is `Call::new(client, &ENDPOINT).path("id", &id).query(..)` then
//! `.send(<T as Decoded>::JSON)` through `Sends`, which names the error type; everything else
//! is here. The macro guaranteed the endpoint's shape (one `.path` per
//! placeholder, in order; valid fixed headers), so nothing of it is checked again per call.

use std::borrow::Cow;
use std::future::Future;
use std::time::Duration;

use bytes::Bytes;
use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue};
use tracing::Instrument;
use tracing::field::Empty;

use crate::argument::{
    HeaderArgument, JsonArgument, PathArgument, QueryArgument, QueryPairs, RawArgument, Refusal,
};
use crate::endpoint::Endpoint;
use crate::query::Query;
use crate::reply::Reply;
use crate::retry::{Attempts, Next};
use crate::shape::{EndpointError, Shape};
use crate::{ApiError, Client, Error, path, reply};

/// A request body, as its argument encoded it.
enum Body {
    /// Bytes sent as they are, with their `Content-Type` (JSON or a form): sent again by a retry.
    Bytes(Bytes, HeaderValue),
    /// A multipart form, whose parts are read once: sent by the first attempt only.
    #[cfg(feature = "multipart")]
    Multipart(Option<reqwest::multipart::Form>),
}

impl Body {
    /// Whether a retry can send the body again.
    fn replayable(&self) -> bool {
        match self {
            Body::Bytes(..) => true,
            #[cfg(feature = "multipart")]
            Body::Multipart(_) => false,
        }
    }
}

/// A `#[body(multipart)]` argument: a `phala_api::multipart::Form`, or a struct with
/// `#[derive(phala_api::Multipart)]` (the `multipart` feature).
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a multipart form",
    label = "a `#[body(multipart)]` argument is a `phala_api::multipart::Form` or a struct with \
             `#[derive(phala_api::Multipart)]`",
    note = "enable the `multipart` feature of phala-api, and pass the form by value"
)]
pub trait MultipartBody {
    #[doc(hidden)]
    fn into_body(self) -> MultipartForm;
}

/// The form a [`MultipartBody`] turns into (private to the crate).
#[doc(hidden)]
pub struct MultipartForm(#[cfg(feature = "multipart")] reqwest::multipart::Form);

impl MultipartForm {
    /// An empty form, which `#[derive(Multipart)]` adds a part to per field.
    #[doc(hidden)]
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        MultipartForm(
            #[cfg(feature = "multipart")]
            reqwest::multipart::Form::new(),
        )
    }
}

#[cfg(feature = "multipart")]
impl MultipartBody for reqwest::multipart::Form {
    fn into_body(self) -> MultipartForm {
        MultipartForm(self)
    }
}

/// A field of a `#[derive(Multipart)]` struct: what it adds to the form under its name.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a part of a multipart body",
    label = "a multipart field is text, a number, a `bool` or a `phala_api::multipart::Part`",
    note = "parts are `String`, `&'static str`, integers, floats, `bool`, \
            `phala_api::multipart::Part` (a file), or `Option` or `Vec` of one (the `multipart` \
            feature)"
)]
pub trait MultipartField {
    #[doc(hidden)]
    fn add_to(self, form: MultipartForm, name: &'static str) -> MultipartForm;
}

#[cfg(feature = "multipart")]
mod parts {
    use super::{MultipartField, MultipartForm};

    macro_rules! text {
        ($($ty:ty),*) => {$(
            #[diagnostic::do_not_recommend]
            impl MultipartField for $ty {
                fn add_to(self, form: MultipartForm, name: &'static str) -> MultipartForm {
                    MultipartForm(form.0.text(name, self.to_string()))
                }
            }
        )*};
    }
    // Not `u8`: a `Vec<u8>` is a file (a `Part`), not a part per byte.
    text!(
        String,
        &'static str,
        bool,
        i8,
        i16,
        i32,
        i64,
        i128,
        isize,
        u16,
        u32,
        u64,
        u128,
        usize,
        f32,
        f64
    );

    #[diagnostic::do_not_recommend]
    impl MultipartField for reqwest::multipart::Part {
        fn add_to(self, form: MultipartForm, name: &'static str) -> MultipartForm {
            MultipartForm(form.0.part(name, self))
        }
    }

    #[diagnostic::do_not_recommend]
    impl<T: MultipartField> MultipartField for Option<T> {
        fn add_to(self, form: MultipartForm, name: &'static str) -> MultipartForm {
            match self {
                Some(value) => value.add_to(form, name),
                None => form,
            }
        }
    }

    #[diagnostic::do_not_recommend]
    impl<T: MultipartField> MultipartField for Vec<T> {
        fn add_to(self, form: MultipartForm, name: &'static str) -> MultipartForm {
            self.into_iter()
                .fold(form, |form, value| value.add_to(form, name))
        }
    }
}

/// An argument refused while the request was described, reported when it is sent.
struct Refused {
    param: &'static str,
    reason: Cow<'static, str>,
}

/// A request being described; the first refused argument is kept and reported at send time,
/// before any I/O.
pub struct Call<'c> {
    client: Option<&'c Client>,
    endpoint: &'static Endpoint,
    /// The encoded path so far, from its first `/`.
    path: String,
    /// Path values filled so far.
    values: usize,
    /// The form-encoded query so far.
    query: Query,
    headers: HeaderMap,
    body: Option<Body>,
    refused: Option<Refused>,
}

// The explicit `+ Send` future is the contract with expansions (an `async fn` would only leak
// it), so the declaring form stays.
#[allow(clippy::manual_async_fn)]
impl<'c> Call<'c> {
    /// Starts a call of `endpoint` through `client` (`None` for a client-less test double).
    pub fn new(client: Option<&'c Client>, endpoint: &'static Endpoint) -> Self {
        let mut path = String::with_capacity(endpoint.template.len() + 32);
        path.push_str(endpoint.path.first().copied().unwrap_or("/"));
        Call {
            client,
            endpoint,
            path,
            values: 0,
            query: Query::default(),
            headers: HeaderMap::new(),
            body: None,
            refused: None,
        }
    }

    fn refuse(&mut self, param: &'static str, reason: impl Into<Cow<'static, str>>) {
        self.refused.get_or_insert(Refused {
            param,
            reason: reason.into(),
        });
    }

    /// Fills the placeholder `param`, the next in the template, with `value` encoded as exactly
    /// one segment.
    pub fn path(mut self, param: &'static str, value: &dyn PathArgument) -> Self {
        let raw = value.path_value();
        match path::check_value(&raw) {
            Ok(()) => path::push_encoded(&mut self.path, &raw),
            Err(reason) => self.refuse(param, reason),
        }
        self.values += 1;
        if let Some(literal) = self.endpoint.path.get(self.values) {
            self.path.push_str(literal);
        }
        self
    }

    /// Adds the query parameter `name` (argument `param`) from any `Serialize` value.
    pub fn query(
        mut self,
        param: &'static str,
        name: &'static str,
        value: &dyn QueryArgument,
    ) -> Self {
        if let Err(Refusal(reason)) = value.append_to(QueryPairs(&mut self.query), name) {
            self.refuse(param, reason);
        }
        self
    }

    /// Adds the header `name` from argument `param`; the value obeys the same rule as a fixed
    /// header's, so what the macro accepts in an attribute and what a call accepts agree.
    pub fn header(
        mut self,
        param: &'static str,
        name: HeaderName,
        value: &dyn HeaderArgument,
    ) -> Self {
        let Some(text) = value.header_value() else {
            return self;
        };
        if let Some(problem) = phala_api_rules::header_value_problem(&text) {
            self.refuse(param, problem);
            return self;
        }
        match HeaderValue::from_str(&text) {
            Ok(value) => {
                self.headers.append(name, value);
            }
            Err(_) => self.refuse(param, "the value is not a valid header value"),
        }
        self
    }

    /// Sets the JSON body from argument `param`.
    pub fn json_body(mut self, param: &'static str, body: &dyn JsonArgument) -> Self {
        match body.to_json() {
            Ok(bytes) => {
                let json = HeaderValue::from_static("application/json");
                self.body = Some(Body::Bytes(Bytes::from(bytes), json));
            }
            Err(error) => self.refuse(param, format!("it does not serialize to JSON: {error}")),
        }
        self
    }

    /// Sets the JSON body from an `Option` argument `param`: none when it is `None` (not
    /// `null`).
    pub fn json_body_if(self, param: &'static str, body: Option<&dyn JsonArgument>) -> Self {
        match body {
            Some(body) => self.json_body(param, body),
            None => self,
        }
    }

    /// Sets a body of text or bytes from argument `param`, sent as it is with the
    /// `Content-Type` the attribute names.
    pub fn raw_body(
        mut self,
        _param: &'static str,
        body: &dyn RawArgument,
        content_type: HeaderValue,
    ) -> Self {
        self.body = Some(Body::Bytes(body.to_bytes(), content_type));
        self
    }

    /// The same from an `Option` argument: no body when it is `None`.
    pub fn raw_body_if(
        self,
        param: &'static str,
        body: Option<&dyn RawArgument>,
        content_type: HeaderValue,
    ) -> Self {
        match body {
            Some(body) => self.raw_body(param, body, content_type),
            None => self,
        }
    }

    /// Sets the form body from an `Option` argument: none when it is `None`.
    pub fn form_body_if(self, param: &'static str, body: Option<&dyn QueryArgument>) -> Self {
        match body {
            Some(body) => self.form_body(param, body),
            None => self,
        }
    }

    /// Sets an `application/x-www-form-urlencoded` body from argument `param`, encoded as a
    /// struct or map `#[query]` argument is (the same encoder, the same rules).
    pub fn form_body(mut self, param: &'static str, body: &dyn QueryArgument) -> Self {
        let mut form = Query::default();
        match body.append_to(QueryPairs(&mut form), param) {
            Ok(()) => {
                let kind = HeaderValue::from_static("application/x-www-form-urlencoded");
                self.body = Some(Body::Bytes(Bytes::from(form.into_text()), kind));
            }
            Err(Refusal(reason)) => self.refuse(param, reason),
        }
        self
    }

    /// Sets a `multipart/form-data` body from argument `param`. Its parts are read once, so a
    /// call with one is never retried.
    #[cfg_attr(not(feature = "multipart"), allow(unused_mut))]
    pub fn multipart_body(mut self, param: &'static str, form: MultipartForm) -> Self {
        let _ = param;
        #[cfg(feature = "multipart")]
        {
            self.body = Some(Body::Multipart(Some(form.0)));
        }
        #[cfg(not(feature = "multipart"))]
        {
            // No type implements `MultipartBody` without the feature: never reached.
            let _ = form;
        }
        self
    }

    /// Sends the call and reads the reply as `S` says, in a span named and fielded as
    /// OpenTelemetry's HTTP client conventions say (the template only: never path or query
    /// values, never the key).
    pub(crate) fn send_as<S: Shape, R: EndpointError>(
        self,
        shape: S,
    ) -> impl Future<Output = Result<S::Output, R>> + Send {
        let endpoint = self.endpoint;
        let span = tracing::info_span!(
            "phala_api.call",
            otel.name = endpoint.span_name,
            otel.kind = "client",
            http.request.method = endpoint.method.as_str(),
            url.template = endpoint.url_template,
            code.function.name = endpoint.name,
            server.address = Empty,
            server.port = Empty,
            http.response.status_code = Empty,
            http.request.resend_count = Empty,
            error.type = Empty,
        );
        async move {
            let (reply, attempts) = self.execute::<R::Map>(S::STREAM, S::ACCEPT).await;
            let result = reply.and_then(|reply| shape.read(reply));
            let span = tracing::Span::current();
            if !span.is_disabled() {
                if attempts > 1 {
                    span.record("http.request.resend_count", attempts - 1);
                }
                if let Err(error) = &result {
                    span.record("error.type", error.kind().as_ref());
                }
            }
            result.map_err(R::from_error)
        }
        .instrument(span)
    }

    /// Sends the request, again while `Attempts` says so; returns the outcome `Attempts`
    /// decides the call ends with, and the number of attempts made.
    async fn execute<E: ApiError>(
        mut self,
        stream: bool,
        accept: Option<HeaderValue>,
    ) -> (Result<Reply, Error<E>>, u32) {
        debug_assert_eq!(
            self.values + 1,
            self.endpoint.path.len(),
            "one value per placeholder"
        );
        if let Some(Refused { param, reason }) = self.refused.take() {
            return (Err(Error::InvalidArgument { param, reason }), 0);
        }
        let Some(client) = self.client else {
            let method = self.endpoint.name;
            return (Err(Error::NoClient { method }), 0);
        };
        let span = tracing::Span::current();
        let (host, port) = client.server();
        span.record("server.address", host);
        if let Some(port) = port {
            span.record("server.port", port);
        }
        let replayable = self.body.as_ref().is_none_or(Body::replayable);
        let mut attempts = Attempts::start(client, self.endpoint, replayable);
        loop {
            let mut request = self.request(client, attempts.time_left());
            if let Some(accept) = &accept {
                request.headers_mut().insert(ACCEPT, accept.clone());
            }
            let next = match client.http().execute(request).await {
                Ok(response) => {
                    span.record("http.response.status_code", response.status().as_u16());
                    let reply = reply::read(response, client, stream, attempts.made()).await;
                    attempts.answered(reply)
                }
                Err(error) => attempts.failed(error),
            };
            let (wait, reason) = match next {
                Next::Done(outcome) => return (outcome, attempts.made()),
                Next::Retry { wait, reason } => (wait, reason),
            };
            tracing::info!(
                next_attempt = attempts.made(),
                reason = %reason,
                wait_ms = wait.as_millis() as u64,
                "retrying"
            );
            (client.retry_sleep().0)(wait).await;
        }
    }

    /// The request of one attempt, built from the call's parts: nothing is cloned up front
    /// for a retry that may never happen.
    fn request(&mut self, client: &Client, timeout: Duration) -> reqwest::Request {
        let url = client.url(&self.path, self.query.as_str());
        let mut request = match &mut self.body {
            #[cfg(feature = "multipart")]
            Some(Body::Multipart(form)) => {
                // reqwest writes the form's stream and its boundary's `Content-Type`.
                let builder = client
                    .http()
                    .request(self.endpoint.method.clone(), url.clone());
                let builder = match form.take() {
                    Some(form) => builder.multipart(form),
                    None => builder,
                };
                builder
                    .build()
                    .unwrap_or_else(|_| reqwest::Request::new(self.endpoint.method.clone(), url))
            }
            _ => reqwest::Request::new(self.endpoint.method.clone(), url),
        };
        let headers = request.headers_mut();
        for (name, value) in &self.headers {
            headers.append(name.clone(), value.clone());
        }
        for (name, value) in self.endpoint.headers {
            headers.append(name.clone(), value.clone());
        }
        if let Some(Body::Bytes(bytes, content_type)) = &self.body {
            headers.insert(CONTENT_TYPE, content_type.clone());
            *request.body_mut() = Some(reqwest::Body::from(bytes.clone()));
        }
        *request.timeout_mut() = Some(timeout);
        request
    }
}
