//! A scripted raw-TCP HTTP server on 127.0.0.1 for fault injection: the test writes the exact
//! bytes, and can stall, drip, reset or close early, which a well-behaved HTTP library cannot.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// One step of a connection's script.
#[derive(Debug, Clone)]
pub enum Step {
    /// Writes these bytes.
    Write(Vec<u8>),
    /// Waits.
    Sleep(Duration),
    /// Writes these bytes one at a time, waiting between them.
    Drip(Vec<u8>, Duration),
    /// Writes `count` chunks of chunked encoding, each `size` bytes, until the peer stops
    /// reading; the bytes written are counted in [`RawServer::written`].
    Chunks { size: usize, count: usize },
    /// Closes the connection with a reset (RST) instead of a clean close.
    Reset,
    /// Keeps the connection open and silent until the client goes away.
    Hang,
}

impl Step {
    /// Writes text.
    pub fn text(text: &str) -> Step {
        Step::Write(text.as_bytes().to_vec())
    }

    /// A complete response with `Content-Length` and `Connection: close`.
    pub fn response(status: &str, headers: &[(&str, &str)], body: &[u8]) -> Step {
        let mut head = format!(
            "HTTP/1.1 {status}\r\ncontent-length: {}\r\nconnection: close\r\n",
            body.len()
        );
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        let mut bytes = head.into_bytes();
        bytes.extend_from_slice(body);
        Step::Write(bytes)
    }
}

type Script = dyn Fn(usize) -> Vec<Step> + Send + Sync;

/// The server; it stops when dropped.
pub struct RawServer {
    port: u16,
    requests: Arc<Mutex<Vec<String>>>,
    written: Arc<AtomicUsize>,
    task: JoinHandle<()>,
}

impl RawServer {
    /// Starts a server whose `n`-th connection (from 0) runs `script(n)` after reading the
    /// request head.
    pub async fn start(script: impl Fn(usize) -> Vec<Step> + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind(("127.0.0.1", 0))
            .await
            .expect("bind 127.0.0.1");
        let port = listener.local_addr().expect("local address").port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let written = Arc::new(AtomicUsize::new(0));
        let script: Arc<Script> = Arc::new(script);
        let task = tokio::spawn(accept(
            listener,
            script,
            Arc::clone(&requests),
            Arc::clone(&written),
        ));
        RawServer {
            port,
            requests,
            written,
            task,
        }
    }

    /// Starts a server that runs the same script on every connection.
    pub async fn always(steps: Vec<Step>) -> Self {
        RawServer::start(move |_| steps.clone()).await
    }

    /// `http://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The request heads received, one per connection that sent one.
    pub fn requests(&self) -> Vec<String> {
        self.requests
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Bytes written by [`Step::Chunks`] steps so far.
    pub fn written(&self) -> usize {
        self.written.load(Ordering::SeqCst)
    }
}

impl Drop for RawServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn accept(
    listener: TcpListener,
    script: Arc<Script>,
    requests: Arc<Mutex<Vec<String>>>,
    written: Arc<AtomicUsize>,
) {
    let mut index = 0;
    while let Ok((stream, _)) = listener.accept().await {
        let steps = script(index);
        index += 1;
        let requests = Arc::clone(&requests);
        let written = Arc::clone(&written);
        tokio::spawn(async move {
            let _ = serve(stream, steps, requests, written).await;
        });
    }
}

async fn serve(
    mut stream: TcpStream,
    steps: Vec<Step>,
    requests: Arc<Mutex<Vec<String>>>,
    written: Arc<AtomicUsize>,
) -> std::io::Result<()> {
    let head = read_head(&mut stream).await?;
    requests
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .push(head);
    for step in steps {
        match step {
            Step::Write(bytes) => stream.write_all(&bytes).await?,
            Step::Sleep(duration) => tokio::time::sleep(duration).await,
            Step::Drip(bytes, every) => {
                for byte in bytes {
                    stream.write_all(&[byte]).await?;
                    tokio::time::sleep(every).await;
                }
            }
            Step::Chunks { size, count } => {
                let chunk = format!("{size:x}\r\n{}\r\n", "x".repeat(size));
                for _ in 0..count {
                    stream.write_all(chunk.as_bytes()).await?;
                    written.fetch_add(size, Ordering::SeqCst);
                }
                stream.write_all(b"0\r\n\r\n").await?;
            }
            Step::Reset => {
                // A zero linger makes the close abortive (RST) and does not block.
                #[allow(deprecated)]
                stream.set_linger(Some(Duration::ZERO))?;
                return Ok(());
            }
            Step::Hang => {
                let mut sink = [0u8; 1024];
                while stream.read(&mut sink).await? > 0 {}
                return Ok(());
            }
        }
    }
    stream.shutdown().await
}

/// Reads up to the end of the request head (and a `Content-Length` body), at most 1 MiB.
async fn read_head(stream: &mut TcpStream) -> std::io::Result<String> {
    let mut buffer = Vec::new();
    let mut byte = [0u8; 1];
    while !buffer.ends_with(b"\r\n\r\n") && buffer.len() < 1 << 20 {
        if stream.read(&mut byte).await? == 0 {
            break;
        }
        buffer.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&buffer).into_owned();
    let length = head
        .lines()
        .find_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse::<usize>().ok())?
        })
        .unwrap_or(0);
    let mut body = vec![0u8; length.min(1 << 20)];
    stream.read_exact(&mut body).await?;
    Ok(head)
}
