//! A test double: a user's annotated trait implemented by a fake that answers from memory, with
//! no HTTP and no server.

use std::collections::HashMap;

use phala_api::kms::KmsInfo;
use phala_api::{Api, Error, api_endpoint};

/// The trait under test, as a user would write it.
trait Kms: Api {
    #[api_endpoint(GET "/api/v1/kms/<kms_id>", header("X-Phala-Version" = "2026-05-22"))]
    async fn get_kms_info(&self, kms_id: &str) -> Result<KmsInfo, Error>;

    #[api_endpoint(GET "/api/v1/kms/<kms_id>")]
    async fn find_kms(&self, kms_id: &str) -> Result<Option<KmsInfo>, Error>;
}

/// Answers from a map; all the boilerplate it needs is `impl Api for FakeKms {}`.
struct FakeKms(HashMap<&'static str, KmsInfo>);

impl Api for FakeKms {}

impl Kms for FakeKms {
    async fn get_kms_info(&self, kms_id: &str) -> Result<KmsInfo, Error> {
        self.0.get(kms_id).cloned().ok_or(Error::NotFound {
            request_id: None,
            excerpt: String::new(),
            attempts: 1,
        })
    }
    // `find_kms` is not overridden: it must fail without sending anything.
}

/// Code under test, generic over the trait, as an application would be.
async fn describe(api: &impl Kms, id: &str) -> String {
    match api.get_kms_info(id).await {
        Ok(kms) => format!("{} runs {}", kms.id, kms.version),
        Err(error) if error.is_not_found() => format!("{id}: no such KMS"),
        Err(error) => format!("{id}: {error}"),
    }
}

#[tokio::test]
async fn a_fake_answers_from_memory() {
    let kms = KmsInfo {
        id: "kms_1".into(),
        version: "v0.5.3".into(),
        ..KmsInfo::default()
    };
    let fake = FakeKms(HashMap::from([("kms_1", kms)]));
    assert_eq!(describe(&fake, "kms_1").await, "kms_1 runs v0.5.3");
    assert_eq!(describe(&fake, "kms_2").await, "kms_2: no such KMS");

    let error = fake.find_kms("kms_1").await.unwrap_err();
    assert!(
        matches!(error, Error::NoClient { method: "find_kms" }),
        "{error:?}"
    );
    assert!(
        error.to_string().starts_with("`find_kms` has no client"),
        "{error}"
    );
}
