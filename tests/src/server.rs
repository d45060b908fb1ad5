//! A real HTTP server (hyper: HTTP/1.1, and HTTP/2 to a client that speaks it from the
//! start) on 127.0.0.1 that records every request it receives and answers from a handler.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, PoisonError};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

/// A request exactly as the server received it.
#[derive(Debug, Clone)]
pub struct Recorded {
    /// `GET`, `POST`, …
    pub method: String,
    /// The request target as sent, still percent-encoded: `/api/v1/kms/a%2Fb`.
    pub target: String,
    /// `HTTP/1.1`, `HTTP/2.0`.
    pub version: String,
    /// Every header line, names lower case, in arrival order per name.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
}

impl Recorded {
    /// `GET /path HTTP/1.1`.
    pub fn request_line(&self) -> String {
        format!("{} {} {}", self.method, self.target, self.version)
    }

    /// Every value of header `name` (case-insensitive).
    pub fn header_values(&self, name: &str) -> Vec<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .filter(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The value of header `name` if it was sent exactly once.
    pub fn header(&self, name: &str) -> Option<&str> {
        match self.header_values(name)[..] {
            [value] => Some(value),
            _ => None,
        }
    }
}

/// What the handler answers.
#[derive(Debug, Clone)]
pub struct Reply {
    /// The status code.
    pub status: u16,
    /// Extra headers.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
}

impl Reply {
    /// A reply with no body.
    pub fn status(status: u16) -> Self {
        Reply {
            status,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    /// A JSON reply.
    pub fn json(status: u16, body: &str) -> Self {
        Reply::status(status)
            .header("content-type", "application/json")
            .body(body)
    }

    /// Adds a header.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Sets the body.
    pub fn body(mut self, body: impl Into<Vec<u8>>) -> Self {
        self.body = body.into();
        self
    }
}

type Handler = dyn Fn(&Recorded) -> Reply + Send + Sync;

/// The server; it stops when dropped.
pub struct TestServer {
    addr: SocketAddr,
    requests: Arc<Mutex<Vec<Recorded>>>,
    task: JoinHandle<()>,
}

impl TestServer {
    /// Starts a server on an ephemeral port of 127.0.0.1.
    pub async fn start(handler: impl Fn(&Recorded) -> Reply + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind(("127.0.0.1", 0))
            .await
            .expect("bind 127.0.0.1");
        TestServer::serve_on(listener, handler)
    }

    /// Serves on a listener the caller bound (e.g. to a fixed port).
    pub fn serve_on(
        listener: TcpListener,
        handler: impl Fn(&Recorded) -> Reply + Send + Sync + 'static,
    ) -> Self {
        let addr = listener.local_addr().expect("local address");
        let requests = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let task = tokio::spawn(serve(listener, handler, Arc::clone(&requests)));
        TestServer {
            addr,
            requests,
            task,
        }
    }

    /// Starts a server that answers every request with `reply`.
    pub async fn replying(reply: Reply) -> Self {
        TestServer::start(move |_| reply.clone()).await
    }

    /// `http://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Every request received so far.
    pub fn requests(&self) -> Vec<Recorded> {
        self.requests
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// The only request received; fails the test if there were more or none.
    pub fn only_request(&self) -> Recorded {
        let requests = self.requests();
        assert_eq!(
            requests.len(),
            1,
            "expected exactly one request: {requests:#?}"
        );
        requests.into_iter().next().expect("one request")
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn serve(listener: TcpListener, handler: Arc<Handler>, requests: Arc<Mutex<Vec<Recorded>>>) {
    while let Ok((stream, _)) = listener.accept().await {
        let handler = Arc::clone(&handler);
        let requests = Arc::clone(&requests);
        tokio::spawn(async move {
            let service = service_fn(move |request| {
                let handler = Arc::clone(&handler);
                let requests = Arc::clone(&requests);
                async move {
                    let recorded = record(request).await;
                    let reply = handler(&recorded);
                    requests
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .push(recorded);
                    Ok::<_, Infallible>(response(reply))
                }
            });
            // A client that goes away mid-request is not this server's problem.
            let _ = auto::Builder::new(TokioExecutor::new())
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

async fn record(request: hyper::Request<Incoming>) -> Recorded {
    let (parts, body) = request.into_parts();
    let body = body
        .collect()
        .await
        .map(|collected| collected.to_bytes().to_vec())
        .unwrap_or_default();
    Recorded {
        method: parts.method.to_string(),
        target: parts.uri.to_string(),
        version: format!("{:?}", parts.version),
        headers: parts
            .headers
            .iter()
            .map(|(name, value)| {
                let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
                (name.as_str().to_owned(), value)
            })
            .collect(),
        body,
    }
}

fn response(reply: Reply) -> hyper::Response<Full<Bytes>> {
    let mut response = hyper::Response::new(Full::new(Bytes::from(reply.body)));
    *response.status_mut() =
        hyper::StatusCode::from_u16(reply.status).expect("a valid status code");
    for (name, value) in reply.headers {
        let name = hyper::header::HeaderName::from_bytes(name.as_bytes()).expect("header name");
        let value = hyper::header::HeaderValue::from_str(&value).expect("header value");
        response.headers_mut().append(name, value);
    }
    response
}

/// The API key test clients send.
pub const TEST_API_KEY: &str = "sk-test-0123456789abcdef";

impl TestServer {
    /// A client for this server, with [`TEST_API_KEY`].
    pub fn client(&self) -> phala_api::Client {
        self.client_builder().build().expect("a valid client")
    }

    /// A builder for this server, with [`TEST_API_KEY`], to adjust before building.
    pub fn client_builder(&self) -> phala_api::ClientBuilder {
        phala_api::Client::builder()
            .base_url(self.url())
            .api_key(TEST_API_KEY)
    }
}

/// A server on 127.0.0.1 that accepts connections and never answers; aborted when dropped.
pub struct SilentServer {
    addr: SocketAddr,
    task: JoinHandle<()>,
}

impl SilentServer {
    /// Starts it.
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .unwrap_or_else(|error| panic!("binding a loopback port: {error}"));
        let addr = listener
            .local_addr()
            .unwrap_or_else(|error| panic!("the bound address: {error}"));
        let task = tokio::spawn(async move {
            let mut held = Vec::new();
            while let Ok((stream, _)) = listener.accept().await {
                held.push(stream);
            }
        });
        SilentServer { addr, task }
    }

    /// A client of it whose own deadline is far away (600 s), so only a method's or a trait's
    /// timeout can end a call in a test.
    pub fn patient_client(&self) -> phala_api::Client {
        phala_api::Client::builder()
            .base_url(format!("http://{}", self.addr))
            .timeout(std::time::Duration::from_secs(600))
            .build()
            .unwrap_or_else(|error| panic!("a loopback client: {error}"))
    }
}

impl Drop for SilentServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}
