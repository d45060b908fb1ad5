//! Serves the stand-in of Phala Cloud (CVMs, apps, webhooks, KMS) on 127.0.0.1 until Ctrl-C,
//! so several runs of the `phala` example share its CVMs:
//!
//! ```text
//! cargo run --example stand_in            # listens on 127.0.0.1:8731 (or the port given)
//! PHALA_CLOUD_API_PREFIX=http://127.0.0.1:8731/api/v1 PHALA_CLOUD_API_KEY=demo \
//!     cargo run --example phala -- cvms list
//! ```

use std::process::ExitCode;

use phala_api_tests::TestServer;
use phala_api_tests::cloud_stand_in;
use tokio::net::TcpListener;

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let port = std::env::args().nth(1).unwrap_or_else(|| "8731".to_owned());
    let Ok(port) = port.parse::<u16>() else {
        eprintln!("usage: stand_in [port]");
        return ExitCode::from(2);
    };
    let listener = match TcpListener::bind(("127.0.0.1", port)).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("error: cannot listen on 127.0.0.1:{port}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let server = TestServer::serve_on(listener, cloud_stand_in::answering());
    println!(
        "Phala Cloud stand-in at {}/api/v1 (Ctrl-C stops it)",
        server.url()
    );
    let _ = tokio::signal::ctrl_c().await;
    ExitCode::SUCCESS
}
