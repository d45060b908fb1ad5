//! The loopback HTTP/1.1 server: hyper, keep-alive, one pre-serialised ~250-byte `KmsInfo`
//! body, on a thread and runtime of its own so the client's thread measures only the client.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::process::ExitCode;

use bytes::Bytes;
use http_body_util::Full;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

/// The body every request gets: a realistic `KmsInfo`.
pub(crate) const BODY: &str = r#"{"id":"kms_0123abcd","slug":"phala-prod9","url":"https://kms.phala-prod9.phala.network","version":"v0.5.3","chain_id":8453,"kms_contract_address":"0x2f83172A49584C017F2B256F0FB2Dca14126Ba9C","gateway_app_id":"0x39F2f3373CEcFf2a6Bb9Bd8Af0D4F1F5e2B4B2F3"}"#;

/// A running server.
pub(crate) struct Server {
    pub(crate) url: String,
}

/// Starts the server on its own thread; it runs until the process ends.
pub(crate) fn start() -> Server {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build();
        let Ok(runtime) = runtime else { return };
        runtime.block_on(async move {
            let Ok(listener) = TcpListener::bind(("127.0.0.1", 0)).await else {
                return;
            };
            let Ok(addr) = listener.local_addr() else {
                return;
            };
            let _ = sender.send(addr);
            accept(listener).await;
        });
    });
    let addr: SocketAddr = receiver
        .recv()
        .unwrap_or_else(|_| SocketAddr::from(([127, 0, 0, 1], 0)));
    Server {
        url: format!("http://{addr}"),
    }
}

/// Serves on `port` in the foreground (for measuring a client process alone).
pub(crate) fn serve_forever(port: u16) -> ExitCode {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build();
    let Ok(runtime) = runtime else {
        return ExitCode::FAILURE;
    };
    runtime.block_on(async move {
        match TcpListener::bind(("127.0.0.1", port)).await {
            Ok(listener) => {
                println!("serving on http://127.0.0.1:{port}");
                accept(listener).await;
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("error: {error}");
                ExitCode::FAILURE
            }
        }
    })
}

async fn accept(listener: TcpListener) {
    let body = Bytes::from_static(BODY.as_bytes());
    while let Ok((stream, _)) = listener.accept().await {
        let _ = stream.set_nodelay(true);
        let body = body.clone();
        tokio::spawn(async move {
            let service = service_fn(move |_request| {
                let response = hyper::Response::builder()
                    .header("content-type", "application/json")
                    .body(Full::new(body.clone()));
                async move { Ok::<_, Infallible>(response.unwrap_or_default()) }
            });
            let _ = http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}
