//! The [`Call`] an expansion builds: arguments encoded into a request, sent (again, when
//! `retry::Attempts` says so), the reply read as the method's declared result.
//!
//! Generated code is `Call::new(client, &ENDPOINT).path("id", &id).query(..).send::<Json<T>, E>()`;
//! everything else is here. The macro guaranteed the endpoint's shape (one `.path` per
//! placeholder, in order; valid fixed headers), so nothing of it is checked again per call.

use std::borrow::Cow;
use std::future::Future;
use std::time::Duration;

use bytes::Bytes;
use reqwest::header::{CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue};
use serde::Serialize;

use crate::endpoint::Endpoint;
use crate::query::Query;
use crate::reply::Reply;
use crate::retry::Attempts;
use crate::shape::{EndpointError, Shape};
use crate::{ApiError, Client, Error, HeaderParam, PathParam, path, reply};

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
    body: Option<Bytes>,
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
    pub fn path<P: PathParam + ?Sized>(mut self, param: &'static str, value: &P) -> Self {
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
    pub fn query<V: Serialize + ?Sized>(
        mut self,
        param: &'static str,
        name: &'static str,
        value: &V,
    ) -> Self {
        if let Err(error) = self.query.append(name, value) {
            self.refuse(param, error.0);
        }
        self
    }

    /// Adds the header `name` from argument `param`; the value obeys the same rule as a fixed
    /// header's, so what the macro accepts in an attribute and what a call accepts agree.
    pub fn header<V: HeaderParam + ?Sized>(
        mut self,
        param: &'static str,
        name: HeaderName,
        value: &V,
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
    pub fn json_body<B: Serialize + ?Sized>(mut self, param: &'static str, body: &B) -> Self {
        match serde_json::to_vec(body) {
            Ok(bytes) => self.body = Some(Bytes::from(bytes)),
            Err(error) => self.refuse(param, format!("it does not serialize to JSON: {error}")),
        }
        self
    }

    /// Sends the call and reads the reply as `S` says.
    pub fn send<S: Shape, R: EndpointError>(
        self,
    ) -> impl Future<Output = Result<S::Output, R>> + Send {
        async move {
            let (reply, attempts) = self.execute::<R::Map>().await;
            reply
                .and_then(S::from_reply)
                .map_err(|error| R::from_error(error.after_attempts(attempts)))
        }
    }

    /// Sends the request, again while `Attempts` allows; returns the last outcome and the
    /// number of attempts made.
    async fn execute<E: ApiError>(mut self) -> (Result<Reply, Error<E>>, u32) {
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
        let mut attempts = Attempts::start(client, self.endpoint);
        // The last retryable answer: what the call ends with if a later attempt times out.
        let mut retried: Option<Reply> = None;
        loop {
            let request = self.request(client, attempts.time_left());
            let (outcome, wait) = match client.http().execute(request).await {
                Ok(response) => {
                    let reply = reply::read(response, client).await;
                    let wait = attempts.after_reply(&reply);
                    (reply, wait)
                }
                Err(error) => {
                    let wait = attempts.after_failure(&error);
                    (Err(Error::transport(error)), wait)
                }
            };
            let Some(wait) = wait else {
                let outcome = match (outcome, retried) {
                    (Err(error), Some(answer)) if error.is_timeout() => Ok(answer),
                    (outcome, _) => outcome,
                };
                return (outcome, attempts.made());
            };
            if let Ok(answer) = outcome {
                retried = Some(answer);
            }
            tracing::debug!(
                endpoint = self.endpoint.name,
                attempt = attempts.made(),
                wait_ms = wait.as_millis() as u64,
                "retrying"
            );
            (client.retry_sleep().0)(wait).await;
        }
    }

    /// The request of one attempt, built from the call's parts: nothing is cloned up front
    /// for a retry that may never happen.
    fn request(&self, client: &Client, timeout: Duration) -> reqwest::Request {
        let url = client.url(&self.path, self.query.as_str());
        let mut request = reqwest::Request::new(self.endpoint.method.clone(), url);
        let headers = request.headers_mut();
        headers.clone_from(&self.headers);
        for (name, value) in self.endpoint.headers {
            headers.append(name.clone(), value.clone());
        }
        if let Some(body) = &self.body {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            *request.body_mut() = Some(reqwest::Body::from(body.clone()));
        }
        *request.timeout_mut() = Some(timeout);
        request
    }
}
