//! Redirects are refused, so the API key never reaches a second origin.

use phala_api::kms::KmsApi;
use phala_api::{Error, StatusCode};
use phala_api_tests::{Reply, TestServer};

#[tokio::test]
async fn a_redirect_to_another_origin_is_refused_and_not_followed() {
    let second = TestServer::replying(Reply::json(200, "{}")).await;
    let location = format!("{}/api/v1/kms/kms_1", second.url());
    for status in [301, 302, 303, 307, 308] {
        let first = TestServer::replying(Reply::status(status).header("location", &location)).await;
        let error = first.client().get_kms_info("kms_1").await.unwrap_err();
        let Error::Redirect {
            status: got,
            location: got_location,
            attempts: 1,
        } = &error
        else {
            panic!("{status}: expected a redirect error, got {error:?}");
        };
        assert_eq!(*got, StatusCode::from_u16(status).unwrap());
        assert_eq!(got_location.as_deref(), Some(location.as_str()));
        assert_eq!(error.status(), Some(*got));
        assert_eq!(first.requests().len(), 1);
    }
    assert_eq!(second.requests().len(), 0);
}

#[tokio::test]
async fn configure_reqwest_cannot_turn_redirects_back_on() {
    let second = TestServer::replying(Reply::json(200, "{}")).await;
    let location = format!("{}/api/v1/kms/kms_1", second.url());
    let first = TestServer::replying(Reply::status(302).header("location", &location)).await;
    let client = first
        .client_builder()
        .configure_reqwest(|builder| {
            builder.redirect(phala_api::reqwest::redirect::Policy::limited(10))
        })
        .build()
        .unwrap();
    let error = client.get_kms_info("kms_1").await.unwrap_err();
    assert!(matches!(error, Error::Redirect { .. }), "{error:?}");
    assert_eq!(second.requests().len(), 0);
}

/// Only 301, 302, 303, 307 and 308 redirect: 300 (a choice), 304 (not modified), 305 and 306 are
/// the statuses they are, and say so.
#[tokio::test]
async fn other_3xx_statuses_are_not_redirects() {
    for status in [300, 304, 305, 306] {
        let server = TestServer::replying(Reply::status(status).header("location", "/x")).await;
        let error = server.client().get_kms_info("kms_1").await.unwrap_err();
        assert!(
            matches!(&error, Error::Status { status: got, .. } if got.as_u16() == status),
            "{status}: {error:?}"
        );
        assert!(!error.to_string().contains("redirect"), "{error}");
    }
}
