//! The expansion compiles under `#![deny(warnings)]` inside a module that shadows `core`, `std`,
//! `reqwest`, `serde` and `Result`, and names its arguments like the expansion's own items: it
//! refers to everything by absolute path.

#![deny(warnings)]

mod shadowing {
    #![allow(dead_code, non_camel_case_types)] // the shadowing items themselves are unused
    mod core {}
    mod std {}
    mod reqwest {}
    mod serde {}
    type Result = ();
    struct Call;
    struct Endpoint;
    type __PHALA_ENDPOINT = ();
    type __PHALA_HEADERS = ();

    /// A documented trait, as `deny(missing_docs)` users write them.
    pub(crate) trait Hygienic: ::phala_api::Api {
        /// Gets a thing.
        #[::phala_api::api_endpoint(GET "/a/<call>/<client>", header("X-V" = "1"))]
        async fn get(
            &self,
            call: &str,
            client: u8,
        ) -> ::core::result::Result<::phala_api::kms::KmsInfo, ::phala_api::Error>;

        /// Puts a thing.
        #[::phala_api::api_endpoint(PUT "/b")]
        fn put(
            &self,
        ) -> impl ::core::future::Future<Output = ::core::result::Result<(), ::phala_api::Error>>
        + ::core::marker::Send;
    }

    impl Hygienic for ::phala_api::Client {}
}

#[tokio::test]
async fn the_shadowing_module_compiles_and_its_methods_run() {
    use shadowing::Hygienic;
    let client = phala_api::Client::builder()
        .base_url("http://127.0.0.1:9")
        .build()
        .unwrap();
    // Port 9 (discard) is closed on loopback: both calls fail to connect, after building the URL.
    assert!(matches!(
        client.get("x", 1).await,
        Err(phala_api::Error::Connect { .. })
    ));
    assert!(matches!(
        client.put().await,
        Err(phala_api::Error::Connect { .. })
    ));
}
