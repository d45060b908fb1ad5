//! mockall doubles of an endpoint trait, in both forms: `#[automock]` below the trait's
//! `#[phala_api::api]` (which expands the methods first, so automock reads ordinary methods),
//! and `mock!` for a trait that has no trait attribute.

use mockall::predicate::eq;
use phala_api::kms::KmsInfo;
use phala_api::{Api, Error, api_endpoint};

#[phala_api::api(header("X-Phala-Version" = "2026-05-22"))]
#[mockall::automock]
trait Kms: Api {
    #[api_endpoint(GET "/api/v1/kms/<kms_id>")]
    async fn get_kms_info(&self, kms_id: &str) -> Result<KmsInfo, Error>;

    #[api_endpoint(GET "/api/v1/kms", timeout = "5s")]
    async fn list_kms(&self, #[query] page: Option<u32>) -> Result<Vec<KmsInfo>, Error>;
}

impl Api for MockKms {}

/// Code under test, generic over the trait, as an application would be.
async fn describe(api: &impl Kms, id: &str) -> String {
    match api.get_kms_info(id).await {
        Ok(kms) => format!("{} runs {}", kms.id, kms.version),
        Err(error) if error.is_not_found() => format!("{id}: no such KMS"),
        Err(error) => format!("{id}: {error}"),
    }
}

fn kms(id: &str) -> KmsInfo {
    KmsInfo {
        id: id.to_owned(),
        version: "v0.5.3".into(),
        ..KmsInfo::default()
    }
}

#[tokio::test]
async fn automock_answers_as_told() {
    let mut mock = MockKms::new();
    mock.expect_get_kms_info()
        .with(eq("kms_1"))
        .times(1)
        .returning(|id| Box::pin(std::future::ready(Ok(kms(id)))));
    mock.expect_get_kms_info().with(eq("kms_2")).returning(|_| {
        Box::pin(std::future::ready(Err(Error::NotFound {
            request_id: None,
            excerpt: String::new(),
            attempts: 1,
        })))
    });
    mock.expect_list_kms()
        .with(eq(Some(2)))
        .returning(|_| Box::pin(std::future::ready(Ok(vec![kms("kms_3")]))));

    assert_eq!(describe(&mock, "kms_1").await, "kms_1 runs v0.5.3");
    assert_eq!(describe(&mock, "kms_2").await, "kms_2: no such KMS");
    assert_eq!(mock.list_kms(Some(2)).await.unwrap()[0].id, "kms_3");
}

/// A trait without `#[phala_api::api]`: `mock!` restates the signatures.
trait Apps: Api {
    #[api_endpoint(GET "/api/v1/apps/<app_id>")]
    async fn app_name(&self, app_id: &str) -> Result<String, Error>;
}

mockall::mock! {
    Apps {}
    impl Api for Apps {}
    impl Apps for Apps {
        fn app_name(&self, app_id: &str) -> impl std::future::Future<Output = Result<String, Error>> + Send;
    }
}

#[tokio::test]
async fn mock_macro_answers_as_told() {
    let mut mock = MockApps::new();
    mock.expect_app_name()
        .returning(|id| Box::pin(std::future::ready(Ok(format!("app {id}")))));
    assert_eq!(mock.app_name("a1").await.unwrap(), "app a1");
}
