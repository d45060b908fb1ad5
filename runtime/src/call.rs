//! The [`Call`] an expansion builds: arguments encoded into a request, sent with retries,
//! the reply read as the method's declared result.
//!
//! Generated code is `Call::new(..).path(&a).query(..).send::<Json<T>, E>()`; everything else
//! is here.

use std::borrow::Cow;
use std::future::Future;
use std::time::{Duration, Instant};

use bytes::Bytes;
use reqwest::header::{CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue};
use serde::Serialize;

use crate::endpoint::{Endpoint, Segment};
use crate::reply::Reply;
use crate::shape::{EndpointError, Expect};
use crate::{ApiError, Client, Error, HeaderParam, PathParam, path, query, reply, retry};

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
    /// The next template segment to emit.
    next: usize,
    /// The form-encoded query so far.
    query: String,
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
        Call {
            client,
            endpoint,
            path: String::with_capacity(endpoint.template.len() + 32),
            next: 0,
            query: String::new(),
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

    /// Fills the next placeholder with `value`, encoded as exactly one segment.
    pub fn path<P: PathParam + ?Sized>(mut self, value: &P) -> Self {
        match self.push_literals() {
            Some(param) => {
                self.next += 1;
                let raw = value.path_value();
                match path::check_value(&raw) {
                    Ok(()) => path::push_segment(&mut self.path, &raw),
                    Err(reason) => self.refuse(param, reason),
                }
            }
            None => self.refuse("(path)", "a path value without a placeholder"),
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

    /// Adds the query parameter `name` (argument `param`) from any `Serialize` value.
    pub fn query<V: Serialize + ?Sized>(
        mut self,
        param: &'static str,
        name: &'static str,
        value: &V,
    ) -> Self {
        if let Err(error) = query::append(&mut self.query, name, value) {
            self.refuse(param, error.0);
        }
        self
    }

    /// Adds the header `name` (checked by the macro) from argument `param`.
    pub fn header<V: HeaderParam + ?Sized>(
        mut self,
        param: &'static str,
        name: &'static str,
        value: &V,
    ) -> Self {
        let Some(text) = value.header_value() else {
            return self;
        };
        match (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(&text),
        ) {
            (Ok(name), Ok(value)) => {
                self.headers.append(name, value);
            }
            _ => self.refuse(
                param,
                "the value is not a valid header value (control or non-ASCII character)",
            ),
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

    /// Sends the call and reads the reply as `X` says.
    pub fn send<X: Expect, R: EndpointError>(
        self,
    ) -> impl Future<Output = Result<X::Output, R>> + Send {
        async move {
            let (reply, attempts) = self.execute::<R::Map>().await;
            reply
                .and_then(X::from_reply)
                .map_err(|error| R::from_error(error.after_attempts(attempts)))
        }
    }

    /// Sends the request, retrying as the client's policy and the endpoint allow; returns the
    /// last outcome and the number of attempts made.
    async fn execute<E: ApiError>(mut self) -> (Result<Reply, Error<E>>, u32) {
        let client = match self.prepare() {
            Ok(client) => client,
            Err(error) => return (Err(error), 0),
        };
        let policy = client.retry_policy();
        let max_attempts = if self.endpoint.retries() {
            policy.max_attempts.max(1)
        } else {
            1
        };
        let deadline = self.endpoint.timeout.unwrap_or(client.timeout());
        let started = Instant::now();
        // The wait before another attempt, if one is allowed and fits in the deadline.
        let next_wait = |attempt: u32, headers: Option<&HeaderMap>| {
            let wait = policy.delay(attempt, headers);
            let fits = wait < deadline.saturating_sub(started.elapsed());
            let allowed = attempt < max_attempts && fits;
            (allowed && client.retry_budget().try_withdraw()).then_some(wait)
        };
        let mut attempt = 1;
        loop {
            let request = self.request(client, deadline.saturating_sub(started.elapsed()));
            let (outcome, wait) = match client.http().execute(request).await {
                Ok(response) => {
                    let reply = reply::read(response, client).await;
                    let wait = match &reply {
                        Ok(reply) if reply.status.is_success() => {
                            client.retry_budget().deposit();
                            None
                        }
                        Ok(reply) if retry::retryable_status(reply.status) => {
                            next_wait(attempt, Some(&reply.headers))
                        }
                        // A response that started is not repeated for any other reason.
                        _ => None,
                    };
                    (reply, wait)
                }
                // No response, or a broken one: only the first is worth another attempt.
                Err(error) => {
                    let retry = retry::failed_before_response(&error);
                    let wait = if retry {
                        next_wait(attempt, None)
                    } else {
                        None
                    };
                    (Err(Error::transport(error)), wait)
                }
            };
            let Some(wait) = wait else {
                return (outcome, attempt);
            };
            tracing::debug!(
                endpoint = self.endpoint.name,
                attempt,
                wait_ms = wait.as_millis() as u64,
                "retrying"
            );
            (client.sleeper().0)(wait).await;
            attempt += 1;
        }
    }

    /// Reports a refused argument, or completes the URL and returns the client to send through.
    fn prepare<E>(&mut self) -> Result<&'c Client, Error<E>> {
        if self.push_literals().is_some() {
            self.refuse("(path)", "a placeholder without a value");
        }
        if self.endpoint.headers().is_none() {
            self.refuse("(headers)", "a fixed header of the endpoint is invalid");
        }
        if let Some(Refused { param, reason }) = self.refused.take() {
            return Err(Error::InvalidArgument { param, reason });
        }
        let client = self.client.ok_or(Error::NoClient {
            method: self.endpoint.name,
        })?;
        if self.path.is_empty() {
            self.path.push('/');
        }
        Ok(client)
    }

    /// The request of one attempt, built from the call's parts: nothing is cloned up front
    /// for a retry that may never happen.
    fn request(&self, client: &Client, timeout: Duration) -> reqwest::Request {
        let url = client.url(&self.path, &self.query);
        let mut request = reqwest::Request::new(self.endpoint.method.to_reqwest(), url);
        let headers = request.headers_mut();
        headers.clone_from(&self.headers);
        if let Some(fixed) = self.endpoint.headers() {
            for (name, value) in fixed {
                headers.append(name.clone(), value.clone());
            }
        }
        if let Some(body) = &self.body {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            *request.body_mut() = Some(reqwest::Body::from(body.clone()));
        }
        *request.timeout_mut() = Some(timeout);
        request
    }
}
