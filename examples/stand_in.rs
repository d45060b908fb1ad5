//! Serves the KMS stand-in on 127.0.0.1 until Ctrl-C, to try the `kms` example offline:
//!
//! ```text
//! cargo run --example stand_in            # listens on 127.0.0.1:8731 (or the port given)
//! PHALA_CLOUD_API_PREFIX=http://127.0.0.1:8731/api/v1 PHALA_CLOUD_API_KEY=demo \
//!     cargo run --example kms -- list
//! ```

use std::process::ExitCode;

use phala_api_tests::TestServer;
use phala_api_tests::stand_in;
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
    let server = TestServer::serve_on(listener, stand_in::answer);
    println!("KMS stand-in at {}/api/v1 (Ctrl-C stops it)", server.url());
    let _ = tokio::signal::ctrl_c().await;
    ExitCode::SUCCESS
}
