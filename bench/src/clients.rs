//! The three clients, each making the same call: `GET /api/v1/kms/kms_0123abcd` with the same
//! headers, decoded into `KmsInfo`.

use std::fmt;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Empty};
use hyper::client::conn::http1::SendRequest;
use hyper_util::rt::TokioIo;
use phala_api::kms::{KmsApi, KmsInfo};
use reqwest::header::{ACCEPT, HeaderMap, HeaderValue, USER_AGENT};
use tokio::sync::Mutex;

use crate::{Sample, timed};

const ID: &str = "kms_0123abcd";
const KEY: &str = "sk-bench-0123456789abcdef";
const VERSION: &str = "2026-05-22";

/// Which client.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Kind {
    /// (1) `KmsApi::get_kms_info` through `phala_api::Client`.
    Ours,
    /// (2) The call hand-written with an identically configured `reqwest::Client`.
    Reqwest,
    /// (3) Raw hyper and serde_json on dedicated connections: the floor.
    Hyper,
}

impl Kind {
    pub(crate) const ALL: [Kind; 3] = [Kind::Ours, Kind::Reqwest, Kind::Hyper];

    pub(crate) fn name(self) -> &'static str {
        match self {
            Kind::Ours => "ours",
            Kind::Reqwest => "reqwest",
            Kind::Hyper => "hyper",
        }
    }

    pub(crate) fn parse(text: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.name() == text)
    }
}

/// A failed benchmark request (the benchmark stops: numbers over failures mean nothing).
#[derive(Debug)]
pub(crate) struct BenchError(pub(crate) String);

impl fmt::Display for BenchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

macro_rules! bench_error_from {
    ($($t:ty),*) => {$(
        impl From<$t> for BenchError {
            fn from(error: $t) -> Self {
                BenchError(error.to_string())
            }
        }
    )*};
}
bench_error_from!(
    phala_api::Error,
    reqwest::Error,
    hyper::Error,
    hyper::http::Error,
    serde_json::Error,
    std::io::Error
);

/// All three clients, connected to one server.
pub(crate) struct Clients {
    ours: phala_api::Client,
    reqwest: reqwest::Client,
    base: Arc<str>,
    /// One raw connection per task.
    hyper: Arc<Vec<Mutex<SendRequest<Empty<Bytes>>>>>,
    host: Arc<str>,
}

impl Clients {
    pub(crate) async fn new(base: &str, connections: usize) -> Result<Clients, BenchError> {
        let ours = phala_api::Client::builder()
            .base_url(base)
            .api_key(KEY)
            .build()?;
        let reqwest = reqwest_client()?;
        let host = base.trim_start_matches("http://").to_owned();
        let mut hyper = Vec::with_capacity(connections);
        for _ in 0..connections {
            hyper.push(Mutex::new(connect(&host).await?));
        }
        Ok(Clients {
            ours,
            reqwest,
            base: base.into(),
            hyper: Arc::new(hyper),
            host: host.into(),
        })
    }

    /// `n` calls of `kind` over `tasks` tasks.
    pub(crate) async fn measure(
        &self,
        kind: Kind,
        n: usize,
        tasks: usize,
    ) -> Result<Sample, BenchError> {
        match kind {
            Kind::Ours => {
                let client = self.ours.clone();
                timed(n, tasks, move |_| {
                    let client = client.clone();
                    async move { ours(&client).await }
                })
                .await
            }
            Kind::Reqwest => {
                let (client, base) = (self.reqwest.clone(), Arc::clone(&self.base));
                timed(n, tasks, move |_| {
                    let (client, base) = (client.clone(), Arc::clone(&base));
                    async move { by_hand(&client, &base).await }
                })
                .await
            }
            Kind::Hyper => {
                let (senders, host) = (Arc::clone(&self.hyper), Arc::clone(&self.host));
                timed(n, tasks, move |task| {
                    let (senders, host) = (Arc::clone(&senders), Arc::clone(&host));
                    async move { raw(&senders[task], &host).await }
                })
                .await
            }
        }
    }
}

/// The `reqwest::Client` a careful user would build: configured as `phala_api::Client` is.
fn reqwest_client() -> Result<reqwest::Client, reqwest::Error> {
    let mut headers = HeaderMap::new();
    headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
    headers.insert(USER_AGENT, HeaderValue::from_static("phala-api/0.1.0"));
    let mut key = HeaderValue::from_static(KEY);
    key.set_sensitive(true);
    headers.insert("x-api-key", key);
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .retry(reqwest::retry::never())
        .timeout(Duration::from_secs(30))
        .connect_timeout(Duration::from_secs(10))
        .default_headers(headers)
        .build()
}

/// (1)
async fn ours(client: &phala_api::Client) -> Result<(), BenchError> {
    let kms = client.get_kms_info(ID).await?;
    check(&kms)
}

/// (2): `get(format!(…)).send().await?.json()`, as a careful user writes it.
async fn by_hand(client: &reqwest::Client, base: &str) -> Result<(), BenchError> {
    let kms: KmsInfo = client
        .get(format!("{base}/api/v1/kms/{ID}"))
        .header("X-Phala-Version", VERSION)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    check(&kms)
}

/// (3): one request on a dedicated HTTP/1.1 connection, body decoded with serde_json.
async fn raw(sender: &Mutex<SendRequest<Empty<Bytes>>>, host: &str) -> Result<(), BenchError> {
    let request = hyper::Request::get(format!("/api/v1/kms/{ID}"))
        .header("host", host)
        .header("accept", "application/json")
        .header("user-agent", "phala-api/0.1.0")
        .header("x-api-key", KEY)
        .header("x-phala-version", VERSION)
        .body(Empty::<Bytes>::new())?;
    let response = sender.lock().await.send_request(request).await?;
    let body = response.into_body().collect().await?.to_bytes();
    let kms: KmsInfo = serde_json::from_slice(&body)?;
    check(&kms)
}

fn check(kms: &KmsInfo) -> Result<(), BenchError> {
    if kms.id == ID {
        Ok(())
    } else {
        Err(BenchError(format!("unexpected id {}", kms.id)))
    }
}

async fn connect(host: &str) -> Result<SendRequest<Empty<Bytes>>, BenchError> {
    let stream = tokio::net::TcpStream::connect(host).await?;
    stream.set_nodelay(true)?;
    let (sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream)).await?;
    tokio::spawn(connection);
    Ok(sender)
}

/// `count` sequential calls of `kind` against `url` after a warm-up, and nothing else: the
/// process callgrind measures (see BENCHMARKS.md).
pub(crate) fn run_alone(kind: Kind, count: usize, url: &str) -> ExitCode {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build();
    let Ok(runtime) = runtime else {
        return ExitCode::FAILURE;
    };
    let result = runtime.block_on(async {
        let clients = Clients::new(url, 1).await?;
        clients.measure(kind, 100, 1).await?;
        clients.measure(kind, count, 1).await
    });
    match result {
        Ok(_) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}
