//! `HTTP_PROXY` / `HTTPS_PROXY` / `ALL_PROXY` / `NO_PROXY`, pinned: the client honours the
//! standard proxy variables as reqwest does (`HTTP_PROXY` for `http://` origins, `HTTPS_PROXY`
//! for `https://` ones, `ALL_PROXY` for both, lower-case spellings too, `NO_PROXY` to exempt
//! hosts). Each case runs the call in a child process of this test
//! binary, so the variables are set for that process alone.

use std::process::Command;

use phala_api_tests::{Reply, TestServer};

const KMS: &str = r#"{"id":"kms_1","url":"u","version":"1"}"#;
const TARGET: &str = "PHALA_PROXY_TEST_TARGET";

/// Runs in the child: one call to the target, with whatever proxy variables it was given.
#[tokio::test]
#[ignore = "run by proxy_variables_are_honoured in a child process"]
async fn child_calls_the_target() {
    use phala_api::kms::KmsApi;
    let target = std::env::var(TARGET).expect("started by the parent test");
    let client = phala_api::Client::builder()
        .base_url(target)
        .api_key("sk-proxy")
        .build()
        .unwrap();
    client.get_kms_info("kms_1").await.unwrap();
}

/// Runs the child with `vars` and returns (requests at the target, requests at the proxy).
async fn call_with(vars: &[(&str, &str)]) -> (Vec<String>, Vec<String>) {
    let target = TestServer::replying(Reply::json(200, KMS)).await;
    let proxy = TestServer::replying(Reply::json(200, KMS)).await;
    let mut command = Command::new(std::env::current_exe().unwrap());
    command
        .args([
            "--ignored",
            "--exact",
            "child_calls_the_target",
            "--test-threads=1",
        ])
        .env(TARGET, target.url());
    for name in [
        "HTTP_PROXY",
        "http_proxy",
        "HTTPS_PROXY",
        "https_proxy",
        "ALL_PROXY",
        "all_proxy",
        "NO_PROXY",
        "no_proxy",
    ] {
        command.env_remove(name);
    }
    for (name, value) in vars {
        command.env(name, value.replace("{proxy}", &proxy.url()));
    }
    let output = tokio::task::spawn_blocking(move || command.output())
        .await
        .unwrap()
        .unwrap();
    assert!(
        output.status.success(),
        "child failed: {}",
        String::from_utf8_lossy(&output.stdout)
    );
    let targets = |server: &TestServer| server.requests().into_iter().map(|r| r.target).collect();
    (targets(&target), targets(&proxy))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn proxy_variables_are_honoured() {
    let path = "/api/v1/kms/kms_1".to_owned();

    let (direct, proxied) = call_with(&[]).await;
    assert_eq!(
        (direct, proxied),
        (vec![path.clone()], vec![]),
        "no variables: direct"
    );

    let (direct, proxied) = call_with(&[("HTTP_PROXY", "{proxy}")]).await;
    assert_eq!(
        direct,
        Vec::<String>::new(),
        "HTTP_PROXY: through the proxy"
    );
    assert_eq!(proxied.len(), 1);
    assert!(
        proxied[0].starts_with("http://127.0.0.1:") && proxied[0].ends_with(&path),
        "{proxied:?}"
    );

    let (direct, proxied) = call_with(&[("HTTPS_PROXY", "{proxy}")]).await;
    assert_eq!(
        (direct, proxied),
        (vec![path.clone()], vec![]),
        "HTTPS_PROXY: not for http://"
    );

    for all in ["ALL_PROXY", "all_proxy"] {
        let (direct, proxied) = call_with(&[(all, "{proxy}")]).await;
        assert_eq!(direct, Vec::<String>::new(), "{all}: through the proxy");
        assert_eq!(proxied.len(), 1, "{all}");
        assert!(proxied[0].ends_with(&path), "{proxied:?}");
    }

    let (direct, proxied) = call_with(&[("ALL_PROXY", "{proxy}"), ("NO_PROXY", "127.0.0.1")]).await;
    assert_eq!(
        (direct, proxied),
        (vec![path.clone()], vec![]),
        "NO_PROXY exempts the host from ALL_PROXY too"
    );

    let (direct, proxied) =
        call_with(&[("HTTP_PROXY", "{proxy}"), ("NO_PROXY", "127.0.0.1")]).await;
    assert_eq!(
        (direct, proxied),
        (vec![path], vec![]),
        "NO_PROXY exempts the host"
    );
}
