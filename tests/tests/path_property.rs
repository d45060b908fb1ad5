//! Property: any string as a path value is either refused before any I/O, or arrives at the
//! server as exactly one segment that percent-decodes to the input. `PROPTEST_CASES` raises the
//! count (default 512).

use std::sync::OnceLock;

use phala_api::kms::KmsApi;
use phala_api::{Client, Error};
use phala_api_tests::{Reply, TestServer, percent_decode};
use proptest::prelude::*;

/// One runtime, server and client for all cases.
struct Harness {
    runtime: tokio::runtime::Runtime,
    server: TestServer,
    client: Client,
}

fn harness() -> &'static Harness {
    static HARNESS: OnceLock<Harness> = OnceLock::new();
    HARNESS.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let server = runtime.block_on(TestServer::replying(Reply::status(404)));
        let client = server.client();
        Harness {
            runtime,
            server,
            client,
        }
    })
}

/// Strings rich in what matters to paths: dots, slashes, escapes, controls, non-ASCII.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[./%2eE\\\\?#;+ a\\t\\n\\r\\u{0}\\u{7f}é]{0,8}",
        Just(String::new()),
    ]
}

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok());
    ProptestConfig::with_cases(cases.unwrap_or(512))
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn one_segment_or_refused(value in value()) {
        let h = harness();
        let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
        let before = h.server.requests().len();
        let result = h.runtime.block_on(h.client.get_kms_info(&value));
        let requests = h.server.requests();
        match result {
            Err(Error::InvalidArgument { param, .. }) => {
                prop_assert_eq!(param, "kms_id");
                prop_assert_eq!(requests.len(), before, "a refused value sent nothing");
            }
            Err(error) if error.is_not_found() => {
                prop_assert_eq!(requests.len(), before + 1);
                let target = &requests[before].target;
                let segment = target.strip_prefix("/api/v1/kms/").expect("under the prefix");
                prop_assert!(!segment.contains(['/', '?', '#']), "{:?} sent as {:?}", value, target);
                prop_assert_eq!(percent_decode(segment), value);
            }
            other => prop_assert!(false, "unexpected result for {:?}: {:?}", value, other),
        }
    }
}

/// Cases compare request counts before and after, so they run one at a time.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());
