//! Bindings of "Phala Cloud API" 0.1.0 (OpenAPI 3.1.0), written by `phala-api-scaffold` from
//! `openapi/phala-cloud.json`. Edit freely: the contract check says where this code and the document part.
#![allow(clippy::too_many_arguments, clippy::large_enum_variant, clippy::doc_lazy_continuation)]
#![allow(rustdoc::broken_intra_doc_links, rustdoc::bare_urls, rustdoc::invalid_html_tags)]

use phala_api::api_endpoint;

/// Apps: App template management and CVM deployment from app blueprints
#[phala_api::api(
    spec = "openapi/phala-cloud.json",
    header("X-Phala-Version" = "2026-06-23")
)]
pub trait Apps: phala_api::Api {
    /// List apps
    ///
    /// Returns paginated app list with filtering. Response schema varies by API version.
    #[api_endpoint(GET "/api/v1/apps")]
    async fn get_app_list(
        &self,
        #[query("page")]
        page: Option<i64>,
        #[query("page_size")]
        page_size: Option<i64>,
        #[query("search")]
        search: Option<&str>,
        #[query("status")]
        status: Option<&[&str]>,
        #[query("listed")]
        listed: Option<bool>,
        #[query("base_image")]
        base_image: Option<&str>,
        #[query("instance_type")]
        instance_type: Option<&str>,
        #[query("kms_slug")]
        kms_slug: Option<&str>,
        #[query("kms_type")]
        kms_type: Option<&str>,
        #[query("node")]
        node: Option<&str>,
        #[query("region")]
        region: Option<&str>,
    ) -> Result<
        V20260121SchemasDstackAppListResponse,
        phala_api::Error<UnauthorizedOrUnprocessableEntityError>,
    >;
    /// Get app filter options
    ///
    /// Returns distinct values for each filterable field based on user's apps.
    #[api_endpoint(GET "/api/v1/apps/filter-options")]
    async fn get_app_filter_options(
        &self,
    ) -> Result<FilterOptionsResponse, phala_api::Error>;
    /// Get app details
    ///
    /// Returns app metadata and current CVM configuration. Response schema varies by API version.
    #[api_endpoint(GET "/api/v1/apps/<app_id>")]
    async fn get_app_info(
        &self,
        app_id: &str,
    ) -> Result<GetAppInfoResponse, phala_api::Error<Status401To422Error>>;
    /// Get app attestation data
    ///
    /// Returns TEE attestation quotes, event logs, and KMS configuration for running CVMs.
    #[api_endpoint(GET "/api/v1/apps/<app_id>/attestations")]
    async fn get_app_attestation(
        &self,
        app_id: &str,
    ) -> Result<AppAttestation, phala_api::Error<NotFoundOrUnprocessableEntityError>>;
    /// Run app TCB evaluation
    ///
    /// Runs a live Intel PCS early collateral evaluation for each running CVM without using Redis collateral cache.
    #[api_endpoint(GET "/api/v1/apps/<app_id>/attestations/tcb-evaluation")]
    async fn get_app_tcb_evaluation(
        &self,
        app_id: &str,
    ) -> Result<
        TcbEvaluationResponse,
        phala_api::Error<NotFoundOrUnprocessableEntityError>,
    >;
    /// List app CVMs
    ///
    /// Returns CVM instances for an app. Admins see all instances; users see only their own.
    #[api_endpoint(GET "/api/v1/apps/<app_id>/cvms")]
    async fn get_app_cvms(
        &self,
        app_id: &str,
    ) -> Result<Vec<SchemasCvmInfo>, phala_api::Error<Status401To422Error>>;
    /// Batch check on-chain deployment allowance for all CVMs under an app
    #[api_endpoint(POST "/api/v1/apps/<app_id>/cvms/is-allowed")]
    async fn check_app_cvms_is_allowed(
        &self,
        app_id: &str,
    ) -> Result<
        AppCvmsBatchIsAllowedResponse,
        phala_api::Error<UnprocessableEntityError>,
    >;
    /// Create CVM replica
    ///
    /// Clones a CVM to a target node. Uses source node if target not specified.
    #[api_endpoint(POST "/api/v1/apps/<app_id>/cvms/<vm_uuid>/replicas")]
    async fn replicate_app_cvm(
        &self,
        app_id: &str,
        vm_uuid: &str,
        #[header("X-Prepare-Only")]
        x_prepare_only: Option<&str>,
        #[body]
        body: Option<&ReplicateRequest>,
    ) -> Result<Vm, phala_api::Error<ReplicateAppCvmError>>;
    /// Get device allowlist status
    ///
    /// Returns the device_id allowlist status for an app's CVMs. For on-chain KMS apps, queries the blockchain in real-time to check which devices are registered in the app contract.
    #[api_endpoint(GET "/api/v1/apps/<app_id>/device-allowlist")]
    async fn get_app_device_allowlist(
        &self,
        app_id: &str,
    ) -> Result<DeviceAllowlistResponse, phala_api::Error<Status401To422Error2>>;
    /// Create a new instance under an existing app
    ///
    /// Deploy a new CVM instance under an existing app, optionally with a new Docker Compose file. For on-chain KMS apps, this uses a two-phase flow: the first request returns HTTP 465 with a commit token; after registering the compose hash on-chain, the second request commits with the token and transaction hash.
    #[api_endpoint(POST "/api/v1/apps/<app_id>/instances")]
    async fn create_app_instance(
        &self,
        app_id: &str,
        #[body]
        body: Option<&CreateAppInstanceRequest>,
    ) -> Result<Vm, phala_api::Error<Status400To500Error>>;
    /// Check if app deployment is allowed on-chain
    #[api_endpoint(POST "/api/v1/apps/<app_id>/is-allowed")]
    async fn check_app_is_allowed(
        &self,
        app_id: &str,
        #[body]
        body: &AppIsAllowedRequest,
    ) -> Result<AppIsAllowedResponse, phala_api::Error<UnprocessableEntityError>>;
    /// Get app on-chain KMS info
    ///
    /// Returns on-chain KMS metadata for an app: chain, KMS contract, app contract, deployer address, and deployer type detection (EOA, Safe multisig, legacy multisig, ERC-4337, or generic contract).
    #[api_endpoint(GET "/api/v1/apps/<app_id>/kms-info")]
    async fn get_app_kms_info(
        &self,
        app_id: &str,
    ) -> Result<AppKmsInfoResponse, phala_api::Error<Status401To422Error2>>;
    /// Get pending compose updates
    ///
    /// Returns provisioned compose file updates that have been signed on-chain but not yet applied to CVMs.
    #[api_endpoint(GET "/api/v1/apps/<app_id>/pending-updates")]
    async fn get_pending_updates(
        &self,
        app_id: &str,
    ) -> Result<PendingUpdatesResponse, phala_api::Error<Status401To422Error2>>;
    /// Preview a pending compose update
    ///
    /// Returns current and pending docker compose file and pre-launch script for diffing before applying an update.
    #[api_endpoint(
        GET
        "/api/v1/apps/<app_id>/pending-updates/<vm_uuid>/<compose_hash>/preview"
    )]
    async fn get_pending_update_preview(
        &self,
        app_id: &str,
        vm_uuid: &str,
        compose_hash: &str,
    ) -> Result<PendingUpdatePreview, phala_api::Error<Status401To422Error2>>;
    /// List app revisions
    ///
    /// Returns deployment history with compose hashes, operation types, and user refs.
    #[api_endpoint(GET "/api/v1/apps/<app_id>/revisions")]
    async fn get_app_revisions(
        &self,
        app_id: &str,
        #[query("page")]
        page: Option<i64>,
        #[query("page_size")]
        page_size: Option<i64>,
    ) -> Result<AppRevisionsResponse, phala_api::Error<Status401To422Error>>;
    /// Get revision detail
    ///
    /// Returns full revision data including compose file, encrypted env, and user config.
    #[api_endpoint(GET "/api/v1/apps/<app_id>/revisions/<revision_id>")]
    async fn get_app_revision_detail(
        &self,
        app_id: &str,
        revision_id: &str,
        #[query("raw_compose_file")]
        raw_compose_file: Option<bool>,
    ) -> Result<AppRevisionDetailResponse, phala_api::Error<Status401To422Error>>;
    /// Redeploy app from a specific revision
    ///
    /// Redeploy a CVM to a specific revision. If the app has exactly one CVM, it will be redeployed by default. If the app has multiple CVMs, you must specify target vm_uuids in request body. This schedules async CVM update task(s).
    ///
    /// The document does not describe the answer's shape: it is read as `serde_json::Value`.
    #[api_endpoint(POST "/api/v1/apps/<app_id>/revisions/<revision_id>/redeploy")]
    async fn redeploy_app_revision(
        &self,
        app_id: &str,
        revision_id: &str,
        #[query("transaction_hash")]
        transaction_hash: Option<&str>,
        #[body]
        body: Option<&RedeployRevisionRequest>,
    ) -> Result<serde_json::Value, phala_api::Error<Status401To465Error>>;
    /// Get app metered usage
    ///
    /// Returns billing usage records from ClickHouse. Defaults to 7-day window if dates not specified.
    #[api_endpoint(GET "/api/v1/apps/<app_id>/usage")]
    async fn get_app_usage(
        &self,
        app_id: &str,
        #[query("start_date")]
        start_date: Option<&str>,
        #[query("end_date")]
        end_date: Option<&str>,
        #[query("limit")]
        limit: Option<i64>,
        #[query("offset")]
        offset: Option<i64>,
    ) -> Result<AppUsageResponse, phala_api::Error<Status400To422Error>>;
}

impl Apps for phala_api::Client {}

/// Attestations: Remote attestation and TEE verification endpoints
#[phala_api::api(
    spec = "openapi/phala-cloud.json",
    header("X-Phala-Version" = "2026-06-23")
)]
pub trait Attestations: phala_api::Api {
    /// Get quote collateral
    ///
    /// Returns TCB collateral data for quote verification. Cached for 24 hours.
    ///
    /// The document does not describe the answer's shape: it is read as `serde_json::Value`.
    #[api_endpoint(GET "/api/v1/attestations/collateral/<checksum>")]
    async fn get_collateral(
        &self,
        checksum: &str,
    ) -> Result<serde_json::Value, phala_api::Error<GetCollateralError>>;
    /// List node device IDs
    ///
    /// Public endpoint. Returns device_id list from nodes table (excluding deleted).
    ///
    /// The document does not describe the answer's shape: it is read as `serde_json::Value`.
    #[api_endpoint(GET "/api/v1/attestations/device_ids")]
    async fn list_attested_device_ids(
        &self,
    ) -> Result<serde_json::Value, phala_api::Error>;
    /// List nodes
    ///
    /// Public endpoint. Returns NodeRef list derived from nodes table (excluding deleted).
    #[api_endpoint(GET "/api/v1/attestations/nodes")]
    async fn list_attested_nodes(&self) -> Result<Vec<NodeRef>, phala_api::Error>;
    /// List node PPIDs
    ///
    /// Public endpoint. Returns PPID list from nodes table (excluding deleted).
    ///
    /// The document does not describe the answer's shape: it is read as `serde_json::Value`.
    #[api_endpoint(GET "/api/v1/attestations/ppids")]
    async fn list_attested_ppids(&self) -> Result<serde_json::Value, phala_api::Error>;
    /// Download raw quote
    ///
    /// Returns raw quote bytes as binary file attachment.
    ///
    /// The document does not describe the answer's shape: it is read as `serde_json::Value`.
    #[api_endpoint(GET "/api/v1/attestations/raw/<checksum>")]
    async fn get_raw_attestation(
        &self,
        checksum: &str,
    ) -> Result<serde_json::Value, phala_api::Error<NotFoundOrUnprocessableEntityError>>;
    /// Check raw quote exists
    ///
    /// Returns headers without body. Use to check existence and get Content-Length.
    ///
    /// The document does not describe the answer's shape: it is read as `serde_json::Value`.
    #[api_endpoint(HEAD "/api/v1/attestations/raw/<checksum>")]
    async fn check_raw_attestation(
        &self,
        checksum: &str,
    ) -> Result<serde_json::Value, phala_api::Error<NotFoundOrUnprocessableEntityError>>;
    /// List recent quotes
    ///
    /// Public endpoint. Returns recently uploaded quotes ordered by timestamp.
    ///
    /// The document does not describe the answer's shape: it is read as `serde_json::Value`.
    #[api_endpoint(GET "/api/v1/attestations/recent")]
    async fn list_recent_attestations(
        &self,
        #[query("skip")]
        skip: Option<i64>,
        #[query("limit")]
        limit: Option<i64>,
    ) -> Result<serde_json::Value, phala_api::Error<UnprocessableEntityError>>;
    /// Verify TEE quote
    ///
    /// Accepts quote as file upload, form hex, or JSON hex. 0x prefix handled automatically.
    ///
    /// The body is `multipart/form-data`: phala-api's `multipart` feature sends it.
    ///
    /// The document makes the body optional; this method always sends one.
    #[api_endpoint(POST "/api/v1/attestations/verify")]
    async fn upload_and_verify_attestation(
        &self,
        #[body(multipart)]
        body: BodyHandleUploadAndVerifyApiV1AttestationsVerifyPost,
    ) -> Result<VerificationResponse, phala_api::Error<UploadAndVerifyAttestationError>>;
    /// View quote details
    ///
    /// Public endpoint. Returns parsed quote data with verification status.
    ///
    /// The document does not describe the answer's shape: it is read as `serde_json::Value`.
    #[api_endpoint(GET "/api/v1/attestations/view/<checksum>")]
    async fn view_attestation(
        &self,
        checksum: &str,
    ) -> Result<serde_json::Value, phala_api::Error<NotFoundOrUnprocessableEntityError>>;
}

impl Attestations for phala_api::Client {}

/// The operations tagged `Auth`.
#[phala_api::api(
    spec = "openapi/phala-cloud.json",
    header("X-Phala-Version" = "2026-06-23")
)]
pub trait Auth: phala_api::Api {
    /// The user, workspace and credits of the API key
    ///
    /// Not in the public document; bound as Phala's SDKs call it. Source: npm @phala/cloud 0.2.9, dist/index.js (getCurrentUser); PyPI phala-cloud 0.2.0, phala_cloud/full_client.py.
    #[api_endpoint(GET "/api/v1/auth/me")]
    async fn get_current_user(
        &self,
    ) -> Result<CurrentUser, phala_api::Error<NotFoundOrUnprocessableEntityError>>;
    /// Revoke the API key this client authenticates with (it stops working at once)
    ///
    /// Not in the public document; bound as Phala's SDKs call it. Source: repository Phala-Network/phala-cloud, js/src/actions/api_tokens/revoke_current_api_token.ts at e3b7d17 (revokeCurrentApiToken, whose answer is discarded).
    #[api_endpoint(DELETE "/api/v1/tokens/self")]
    async fn revoke_current_api_token(
        &self,
    ) -> Result<(), phala_api::Error<NotFoundOrUnprocessableEntityError>>;
}

impl Auth for phala_api::Client {}

/// CVMs: Confidential Virtual Machine (CVM) lifecycle management on Phala Network
#[phala_api::api(
    spec = "openapi/phala-cloud.json",
    header("X-Phala-Version" = "2026-06-23")
)]
pub trait Cvms: phala_api::Api {
    /// List CVMs
    ///
    /// Returns CVMs in current workspace. Admins can filter by user_id or teepod_id.
    #[api_endpoint(GET "/api/v1/cvms")]
    async fn list_cvms(
        &self,
        #[query("user_id")]
        user_id: Option<&str>,
        #[query("teepod_id")]
        teepod_id: Option<i64>,
    ) -> Result<
        Vec<SchemasCvmInfo>,
        phala_api::Error<UnauthorizedOrUnprocessableEntityError>,
    >;
    /// Create CVM from provision
    ///
    /// Creates a CVM using cached provision data from /cvms/provision. Requires compose_hash from the provision response.
    #[api_endpoint(POST "/api/v1/cvms")]
    async fn commit_cvm_provision(
        &self,
        #[body]
        body: &CreateTappRequest,
    ) -> Result<Vm, phala_api::Error>;
    /// Batch stop CVMs
    ///
    /// Force stop multiple CVMs at once. Non-admin users can only stop CVMs in their current workspace. Admin users can stop any CVM. Max 50 per request.
    #[api_endpoint(POST "/api/v1/cvms/batch-stop")]
    async fn batch_stop_cvms(
        &self,
        #[body]
        body: &BatchStopRequest,
    ) -> Result<BatchStopResponse, phala_api::Error<Status400To422Error2>>;
    /// Create Eliza from provision
    ///
    /// Creates an Eliza CVM using cached provision data from /cvms/provision/eliza. Requires compose_hash from the provision response.
    #[api_endpoint(POST "/api/v1/cvms/eliza")]
    async fn create_eliza_cvm(
        &self,
        #[body]
        body: &CreateTappRequest,
    ) -> Result<Vm, phala_api::Error>;
    /// Batch refresh CVM instance IDs
    ///
    /// Resolves and persists missing instance_id values. Admin can pass cross-workspace CVM IDs.
    #[api_endpoint(PATCH "/api/v1/cvms/instance-ids")]
    async fn refresh_cvm_instance_ids(
        &self,
        #[body]
        body: &BatchInstanceIdRefreshRequest,
    ) -> Result<
        BatchInstanceIdRefreshResponse,
        phala_api::Error<UnprocessableEntityError>,
    >;
    /// List CVMs (paginated)
    ///
    /// Returns paginated CVMs in current workspace with total count.
    #[api_endpoint(GET "/api/v1/cvms/paginated")]
    async fn get_cvm_list(
        &self,
        #[query("user_id")]
        user_id: Option<&str>,
        #[query("teepod_id")]
        teepod_id: Option<i64>,
        #[query("page")]
        page: Option<i64>,
        #[query("page_size")]
        page_size: Option<i64>,
    ) -> Result<
        PaginatedCvmInfos,
        phala_api::Error<UnauthorizedOrUnprocessableEntityError>,
    >;
    /// Provision DStack app
    ///
    /// Validates Docker Compose configuration and caches it for 14 days. Returns compose_hash and KMS info for on-chain registration before creation.
    #[api_endpoint(POST "/api/v1/cvms/provision")]
    async fn provision_cvm(
        &self,
        #[body]
        body: &ProvisionDstackAppRequestV2,
    ) -> Result<ProvisionCvm, phala_api::Error>;
    /// Provision Eliza app
    ///
    /// Validates Eliza configuration and caches it for 14 days. Returns compose_hash and KMS info for on-chain registration.
    ///
    /// The document does not describe the answer's shape: it is read as `serde_json::Value`.
    #[api_endpoint(POST "/api/v1/cvms/provision/eliza")]
    async fn provision_eliza_cvm(
        &self,
        #[body]
        body: &ProvisionElizaRequest,
    ) -> Result<serde_json::Value, phala_api::Error<Status400To422Error2>>;
    /// Create GPU workload CVM
    ///
    /// Creates a CVM for GPU workloads. Node is auto-selected from available GPU nodes.
    #[api_endpoint(POST "/api/v1/cvms/workload")]
    async fn create_workload_cvm(
        &self,
        #[body]
        body: &CreateWorkloadTappRequest,
    ) -> Result<Vm, phala_api::Error<CreateWorkloadCvmError>>;
    /// Get CVM details
    ///
    /// Returns full CVM details including status, network info, and KMS configuration.
    #[api_endpoint(GET "/api/v1/cvms/<cvm_id>")]
    async fn get_cvm_info(
        &self,
        cvm_id: &str,
    ) -> Result<CvmInfoDetail, phala_api::Error<Status401To422Error>>;
    /// Delete CVM
    ///
    /// Stops and permanently deletes CVM. Data is not recoverable.
    #[api_endpoint(DELETE "/api/v1/cvms/<cvm_id>")]
    async fn delete_cvm(
        &self,
        cvm_id: &str,
    ) -> Result<(), phala_api::Error<Status401To422Error>>;
    /// Update CVM
    ///
    /// Unified PATCH endpoint for CVM updates. Only fields present in the request body are applied. Handles resource resize, compose configuration, visibility, environment, and OS image updates. For contract-owned KMS, compose-hash-affecting changes require two-phase flow with on-chain hash registration.
    ///
    /// The document does not describe the answer's shape: it is read as `serde_json::Value`.
    #[api_endpoint(PATCH "/api/v1/cvms/<cvm_id>")]
    async fn update_cvm_endpoint(
        &self,
        cvm_id: &str,
        #[header("X-Compose-Hash")]
        x_compose_hash: Option<&str>,
        #[header("X-Transaction-Hash")]
        x_transaction_hash: Option<&str>,
        #[header("X-Prepare-Only")]
        x_prepare_only: Option<&str>,
        #[body]
        body: &UpdateCvmRequest,
    ) -> Result<serde_json::Value, phala_api::Error<UpdateCvmEndpointError>>;
    /// Get CVM attestation
    ///
    /// Returns TEE attestation data including TCB info and app certificates.
    #[api_endpoint(GET "/api/v1/cvms/<cvm_id>/attestation")]
    async fn get_cvm_attestation(
        &self,
        cvm_id: &str,
    ) -> Result<CvmAttestation, phala_api::Error<Status401To422Error>>;
    /// List available OS images
    ///
    /// Returns OS images this CVM can upgrade to, filtered by node availability, KMS allowlist, dev/prod upgrade rules, and GPU compatibility.
    #[api_endpoint(GET "/api/v1/cvms/<cvm_id>/available-os-images")]
    async fn get_available_os_images(
        &self,
        cvm_id: &str,
    ) -> Result<
        Vec<PatchComposeFileAvailableOsImage>,
        phala_api::Error<Status401To422Error>,
    >;
    /// Commit CVM replica (token-based, no auth required)
    ///
    /// Completes a two-phase CVM replication using a one-time commit token. The token was generated during a prepare-only or hash-required replica request.
    ///
    /// The document does not describe the answer's shape: it is read as `serde_json::Value`.
    #[api_endpoint(POST "/api/v1/cvms/<cvm_id>/commit-replica")]
    async fn commit_cvm_replica(
        &self,
        cvm_id: &str,
        #[query("token")]
        token: Option<&str>,
        #[body]
        body: Option<&CommitUpdateRequest>,
    ) -> Result<serde_json::Value, phala_api::Error<UnprocessableEntityError>>;
    /// Get commit token info (no auth required)
    ///
    /// Read-only lookup of commit token metadata for the confirm-update page.
    ///
    /// The document does not describe the answer's shape: it is read as `serde_json::Value`.
    #[api_endpoint(GET "/api/v1/cvms/<cvm_id>/commit-update")]
    async fn get_commit_update_info(
        &self,
        cvm_id: &str,
        #[query("token")]
        token: &str,
    ) -> Result<serde_json::Value, phala_api::Error<UnprocessableEntityError>>;
    /// Commit CVM update (token-based, no auth required)
    ///
    /// Completes a two-phase CVM update using a one-time commit token. The token was generated during a prepare-only PATCH request. No workspace authentication is required — the commit token is the credential.
    ///
    /// The document does not describe the answer's shape: it is read as `serde_json::Value`.
    #[api_endpoint(POST "/api/v1/cvms/<cvm_id>/commit-update")]
    async fn commit_cvm_update(
        &self,
        cvm_id: &str,
        #[query("token")]
        token: Option<&str>,
        #[body]
        body: Option<&CommitUpdateRequest>,
    ) -> Result<serde_json::Value, phala_api::Error<UnprocessableEntityError>>;
    /// Get raw compose file
    ///
    /// Returns the complete compose file as JSON or raw text based on query param.
    ///
    /// The document does not describe the answer's shape: it is read as `serde_json::Value`.
    #[api_endpoint(GET "/api/v1/cvms/<cvm_id>/compose_file")]
    async fn get_cvm_compose_file(
        &self,
        cvm_id: &str,
        #[query("raw")]
        raw: Option<&str>,
    ) -> Result<serde_json::Value, phala_api::Error<GetCvmComposeFileError>>;
    /// Submit compose file update
    ///
    /// Submit complete compose file with hash verification. Use when you have pre-computed compose_hash and want to skip provision step.
    ///
    /// The document does not describe the answer's shape: it is read as `serde_json::Value`.
    #[api_endpoint(POST "/api/v1/cvms/<cvm_id>/compose_file")]
    async fn submit_cvm_compose_file_update(
        &self,
        cvm_id: &str,
        #[body]
        body: &ComposeFileUpdateRequest,
    ) -> Result<serde_json::Value, phala_api::Error>;
    /// Trigger compose file update
    ///
    /// Applies a provisioned compose file update. Requires compose_hash from provision endpoint. Restarts the CVM with new configuration.
    ///
    /// The document does not describe the answer's shape: it is read as `serde_json::Value`.
    #[api_endpoint(PATCH "/api/v1/cvms/<cvm_id>/compose_file")]
    async fn trigger_cvm_compose_file_update(
        &self,
        cvm_id: &str,
        #[body]
        body: &ComposeFilePatch,
    ) -> Result<serde_json::Value, phala_api::Error<TriggerCvmComposeFileUpdateError>>;
    /// Provision compose file update
    ///
    /// Validates new compose file and returns compose_hash for on-chain registration. Cache expires after 14 days.
    #[api_endpoint(POST "/api/v1/cvms/<cvm_id>/compose_file/provision")]
    async fn provision_for_cvm_compose_file_update(
        &self,
        cvm_id: &str,
        #[body]
        body: &ProvisionComposeFileUpdateRequest,
    ) -> Result<ComposeFileProvisionResponse, phala_api::Error>;
    /// A CVM's containers and compose file as the guest reports them
    ///
    /// Not in the public document; bound as Phala's SDKs call it. Source: npm @phala/cloud 0.2.9, dist/index.js (getCvmContainersStats). The answer is the document's own CvmComposition, which no documented operation refers to.
    #[api_endpoint(GET "/api/v1/cvms/<cvm_id>/composition")]
    async fn get_cvm_containers_stats(
        &self,
        cvm_id: &str,
    ) -> Result<CvmComposition, phala_api::Error<NotFoundOrUnprocessableEntityError>>;
    /// Diagnose custom domain DNS
    ///
    /// Verify DNS records for custom domain configuration. Checks CNAME pointing to CVM, TXT records for app verification, and CAA records.
    #[api_endpoint(POST "/api/v1/cvms/<cvm_id>/customize-domain-diagnose")]
    async fn diagnose_custom_domains(
        &self,
        cvm_id: &str,
        #[body]
        body: &DiagnoseDomainsRequest,
    ) -> Result<DiagnosisResponse, phala_api::Error<Status400To422Error>>;
    /// Update Docker Compose file
    ///
    /// Replaces the docker-compose.yml and restarts the CVM. For contract-owned KMS, requires two-phase flow with on-chain hash registration.
    ///
    /// The body is `multipart/form-data`: phala-api's `multipart` feature sends it.
    ///
    /// The document makes the body optional; this method always sends one.
    #[api_endpoint(PATCH "/api/v1/cvms/<cvm_id>/docker-compose")]
    async fn update_cvm_docker_compose(
        &self,
        cvm_id: &str,
        #[header("X-Compose-Hash")]
        x_compose_hash: Option<&str>,
        #[header("X-Transaction-Hash")]
        x_transaction_hash: Option<&str>,
        #[body(multipart)]
        body: BodyUpdateCvmDockerComposeApiV1CvmsCvmIdDockerComposePatch,
    ) -> Result<InProgress, phala_api::Error<Status400To500Error2>>;
    /// Get Docker Compose file
    ///
    /// Returns the raw Docker Compose YAML content from the CVM configuration.
    #[api_endpoint(GET "/api/v1/cvms/<cvm_id>/docker-compose.yml")]
    async fn get_cvm_docker_compose(
        &self,
        cvm_id: &str,
    ) -> Result<String, phala_api::Error<Status401To422Error>>;
    /// Update environment variables
    ///
    /// Updates encrypted environment variables. If env_keys changes for contract-owned KMS, requires two-phase flow with on-chain hash registration.
    #[api_endpoint(PATCH "/api/v1/cvms/<cvm_id>/envs")]
    async fn update_cvm_envs(
        &self,
        cvm_id: &str,
        #[body]
        body: &EnvsPatch,
    ) -> Result<InProgress, phala_api::Error<UpdateCvmEnvsError>>;
    /// Get firewall availability for this CVM's node
    ///
    /// Checks teescope capabilities.firewall on the node hosting this CVM.
    #[api_endpoint(GET "/api/v1/cvms/<cvm_id>/firewall-status")]
    async fn get_cvm_firewall_status(
        &self,
        cvm_id: &str,
    ) -> Result<FirewallStatusResponse, phala_api::Error<UnprocessableEntityError>>;
    /// Refresh CVM instance ID
    ///
    /// Resolve and persist instance_id for a CVM. Default behavior only backfills missing values.
    #[api_endpoint(PATCH "/api/v1/cvms/<cvm_id>/instance-id")]
    async fn refresh_cvm_instance_id(
        &self,
        cvm_id: &str,
        #[body]
        body: Option<&InstanceIdRefreshRequest>,
    ) -> Result<InstanceIdRefreshResult, phala_api::Error<UnprocessableEntityError>>;
    /// Whether the CVM's compose hash and device are allowed on chain
    ///
    /// Not in the public document; bound as Phala's SDKs call it. Source: PyPI phala-cloud 0.2.0, phala_cloud/models/cvms.py; npm @phala/cloud 0.2.9, dist/index.js (checkCvmIsAllowed).
    #[api_endpoint(POST "/api/v1/cvms/<cvm_id>/is-allowed")]
    async fn check_cvm_is_allowed(
        &self,
        cvm_id: &str,
        #[body]
        body: &IsAllowedRequest,
    ) -> Result<IsAllowedResult, phala_api::Error<NotFoundOrUnprocessableEntityError>>;
    /// Handle Update Cvm Listed
    #[api_endpoint(PATCH "/api/v1/cvms/<cvm_id>/listed")]
    async fn update_cvm_listed(
        &self,
        cvm_id: &str,
        #[body]
        body: &ListedPatch,
    ) -> Result<Vm, phala_api::Error<UnprocessableEntityError>>;
    /// Handle Update Cvm Name
    ///
    /// Update CVM name with RFC 1123 validation and availability check
    #[api_endpoint(PATCH "/api/v1/cvms/<cvm_id>/name")]
    async fn update_cvm_name(
        &self,
        cvm_id: &str,
        #[body]
        body: &NamePatch,
    ) -> Result<(), phala_api::Error<UnprocessableEntityError>>;
    /// Get CVM network info
    ///
    /// Returns network status including internal IP, handshake time, and public URLs.
    #[api_endpoint(GET "/api/v1/cvms/<cvm_id>/network")]
    async fn get_cvm_network(
        &self,
        cvm_id: &str,
    ) -> Result<CvmNetwork, phala_api::Error<Status401To422Error>>;
    /// Get network configuration
    ///
    /// Returns real-time KMS URLs, Gateway URLs, and port mappings from VMM.
    #[api_endpoint(GET "/api/v1/cvms/<cvm_id>/network-config")]
    async fn get_cvm_network_config(
        &self,
        cvm_id: &str,
    ) -> Result<NetworkConfigResponse, phala_api::Error<Status404To500Error>>;
    /// Update KMS/Gateway URLs
    ///
    /// Update KMS and/or Gateway URLs for this CVM. Requires VMM >= 0.5.7.
    #[api_endpoint(PATCH "/api/v1/cvms/<cvm_id>/network-config")]
    async fn update_cvm_network_config(
        &self,
        cvm_id: &str,
        #[body]
        body: &UpdateNetworkConfigRequest,
    ) -> Result<NetworkConfigResponse, phala_api::Error<UpdateCvmNetworkConfigError>>;
    /// Get operation status
    ///
    /// Returns current in-progress operation details including Celery task status.
    ///
    /// The document does not describe the answer's shape: it is read as `serde_json::Value`.
    #[api_endpoint(GET "/api/v1/cvms/<cvm_id>/operation-status")]
    async fn get_operation_status(
        &self,
        cvm_id: &str,
    ) -> Result<serde_json::Value, phala_api::Error<Status401To422Error>>;
    /// List CVM operations
    ///
    /// Returns operation records grouped by correlation_id. Only includes events with correlation_id (new format since 2024-01). Error messages are sanitized for non-admin users.
    #[api_endpoint(GET "/api/v1/cvms/<cvm_id>/operations")]
    async fn get_cvm_operations(
        &self,
        cvm_id: &str,
        #[query("cursor")]
        cursor: Option<&str>,
        #[query("limit")]
        limit: Option<i64>,
        #[query("start_time")]
        start_time: Option<&str>,
        #[query("end_time")]
        end_time: Option<&str>,
        #[query("operation_types")]
        operation_types: Option<&[&str]>,
    ) -> Result<PaginatedCvmOperationsResponse, phala_api::Error<Status401To422Error>>;
    /// Cancel in-progress CVM operation
    ///
    /// Cancel the current in-progress operation for a CVM. Revokes the Celery task and clears the operation lock.
    #[api_endpoint(POST "/api/v1/cvms/<cvm_id>/operations/cancel")]
    async fn cancel_cvm_operation(
        &self,
        cvm_id: &str,
    ) -> Result<CancelOperationRequest, phala_api::Error<Status401To422Error3>>;
    /// Update OS image
    ///
    /// Upgrades the CVM to a different OS image. Shuts down, updates, and restarts. Takes several minutes. Track progress via correlation_id.
    ///
    /// The document does not describe the answer's shape: it is read as `serde_json::Value`.
    #[api_endpoint(PATCH "/api/v1/cvms/<cvm_id>/os-image")]
    async fn update_cvm_os_image(
        &self,
        cvm_id: &str,
        #[body]
        body: &OsImagePatch,
    ) -> Result<serde_json::Value, phala_api::Error<Status400To422Error3>>;
    /// Get port mappings
    ///
    /// Returns persisted port mappings for this CVM.
    #[api_endpoint(GET "/api/v1/cvms/<cvm_id>/ports")]
    async fn get_cvm_port_mappings(
        &self,
        cvm_id: &str,
    ) -> Result<
        Vec<PortMappingResponse>,
        phala_api::Error<NotFoundOrUnprocessableEntityError>,
    >;
    /// Set port mappings
    ///
    /// Bulk-replace all port mappings for this CVM. Writes to DB and applies to VMM.
    #[api_endpoint(PUT "/api/v1/cvms/<cvm_id>/ports")]
    async fn set_cvm_port_mappings(
        &self,
        cvm_id: &str,
        #[body]
        body: &UpdatePortMappingsRequest,
    ) -> Result<Vec<PortMappingResponse>, phala_api::Error<SetCvmPortMappingsError>>;
    /// Get pre-launch script
    ///
    /// Returns the shell script that runs before containers start.
    #[api_endpoint(GET "/api/v1/cvms/<cvm_id>/pre-launch-script")]
    async fn get_cvm_prelaunch_script(
        &self,
        cvm_id: &str,
    ) -> Result<String, phala_api::Error<Status401To422Error>>;
    /// Update pre-launch script
    ///
    /// Replaces the pre-launch script and restarts the CVM. For contract-owned KMS, requires two-phase flow with on-chain hash registration.
    ///
    /// The body is `multipart/form-data`: phala-api's `multipart` feature sends it.
    ///
    /// The document makes the body optional; this method always sends one.
    #[api_endpoint(PATCH "/api/v1/cvms/<cvm_id>/pre-launch-script")]
    async fn update_cvm_pre_launch_script(
        &self,
        cvm_id: &str,
        #[header("X-Compose-Hash")]
        x_compose_hash: Option<&str>,
        #[header("X-Transaction-Hash")]
        x_transaction_hash: Option<&str>,
        #[body(multipart)]
        body: BodyUpdateCvmPreLaunchScriptApiV1CvmsCvmIdPreLaunchScriptPatch,
    ) -> Result<InProgress, phala_api::Error<Status400To500Error2>>;
    /// Whether the CVM runs the official pre-launch script, and whether a newer one exists
    ///
    /// Not in the public document; bound as Phala's SDKs call it. Source: repository Phala-Network/phala-cloud, js/src/actions/cvms/get_prelaunch_script_upgrade_status.ts at c1c48d2.
    #[api_endpoint(GET "/api/v1/cvms/<cvm_id>/pre-launch-script/upgrade-status")]
    async fn get_pre_launch_script_upgrade_status(
        &self,
        cvm_id: &str,
    ) -> Result<
        PreLaunchScriptUpgradeStatus,
        phala_api::Error<NotFoundOrUnprocessableEntityError>,
    >;
    /// Replace the CVM's pre-launch script with the latest official one (for contract-owned KMS, a 465 first asks for the compose hash to be registered on chain; then call again with both headers)
    ///
    /// Not in the public document; bound as Phala's SDKs call it. Source: repository Phala-Network/phala-cloud, js/src/actions/cvms/upgrade_prelaunch_script.ts at d139086 (the in_progress answer; precondition_required is the 465 error).
    #[api_endpoint(
        POST
        "/api/v1/cvms/<cvm_id>/pre-launch-script/upgrade-to-latest-official"
    )]
    async fn upgrade_pre_launch_script(
        &self,
        cvm_id: &str,
        #[header("X-Compose-Hash")]
        x_compose_hash: Option<&str>,
        #[header("X-Transaction-Hash")]
        x_transaction_hash: Option<&str>,
    ) -> Result<InProgress, phala_api::Error<NotFoundOrUnprocessableEntityError>>;
    /// Replicate CVM
    ///
    /// Create a replica of the CVM on a target node. If request body is omitted, it replicates to the source node and reuses existing env.
    #[api_endpoint(POST "/api/v1/cvms/<cvm_id>/replicas")]
    async fn replicate_cvm(
        &self,
        cvm_id: &str,
        #[header("X-Prepare-Only")]
        x_prepare_only: Option<&str>,
        #[body]
        body: Option<&ReplicateRequest>,
    ) -> Result<SchemasCvmInfo, phala_api::Error<Status400To500Error>>;
    /// Resize a CVM (vCPU, memory, disk or instance type)
    ///
    /// Not in the public document; bound as Phala's SDKs call it. Source: npm @phala/cloud 0.2.9, dist/index.js (updateCvmResources, whose answer is discarded); PyPI phala-cloud 0.2.0, phala_cloud/full_client.py (no body).
    #[api_endpoint(PATCH "/api/v1/cvms/<cvm_id>/resources")]
    async fn update_cvm_resources(
        &self,
        cvm_id: &str,
        #[body]
        body: &UpdateCvmResources,
    ) -> Result<(), phala_api::Error<NotFoundOrUnprocessableEntityError>>;
    /// Restart CVM
    ///
    /// Stops and starts CVM. Use force=true to skip graceful shutdown.
    #[api_endpoint(POST "/api/v1/cvms/<cvm_id>/restart")]
    async fn restart_cvm(
        &self,
        cvm_id: &str,
        #[body]
        body: Option<&RestartPost>,
    ) -> Result<Vm, phala_api::Error<Status400To422Error3>>;
    /// Redeploy CVM from a specific revision
    ///
    /// Switch/rollback a CVM to a specified app revision (compose_hash).
    ///
    /// The document does not describe the answer's shape: it is read as `serde_json::Value`.
    #[api_endpoint(POST "/api/v1/cvms/<cvm_id>/revisions/<revision_id>/redeploy")]
    async fn redeploy_cvm_revision(
        &self,
        cvm_id: &str,
        revision_id: &str,
        #[query("transaction_hash")]
        transaction_hash: Option<&str>,
    ) -> Result<serde_json::Value, phala_api::Error<Status401To465Error>>;
    /// Handle Update Cvm Scheduled Delete
    ///
    /// Update CVM scheduled delete time
    #[api_endpoint(PATCH "/api/v1/cvms/<cvm_id>/scheduled-delete")]
    async fn update_cvm_scheduled_delete(
        &self,
        cvm_id: &str,
        #[body]
        body: Option<&ScheduledDeletePatch>,
    ) -> Result<Vm, phala_api::Error<UnprocessableEntityError>>;
    /// Shutdown CVM
    ///
    /// Gracefully shuts down CVM (SIGTERM then SIGKILL after timeout). Triggers billing.
    #[api_endpoint(POST "/api/v1/cvms/<cvm_id>/shutdown")]
    async fn shutdown_cvm(
        &self,
        cvm_id: &str,
    ) -> Result<Vm, phala_api::Error<Status401To422Error3>>;
    /// Start CVM
    ///
    /// Powers on a stopped CVM. GPU allocation happens during start.
    #[api_endpoint(POST "/api/v1/cvms/<cvm_id>/start")]
    async fn start_cvm(
        &self,
        cvm_id: &str,
    ) -> Result<Vm, phala_api::Error<StartCvmError>>;
    /// Handle Get Cvm State
    ///
    /// Get CVM state. Supports two modes:
    ///
    /// 1. Immediate mode (no target): Returns current state immediately
    /// 2. SSE mode (with target): Streams state updates until status matches target or timeout
    ///
    /// Example:
    /// GET /cvms/{cvm_id}/state - Returns current state
    /// GET /cvms/{cvm_id}/state?target=running - Streams until status becomes 'running'
    ///
    /// SSE connection limit: 5 concurrent connections per user
    ///
    /// The document does not describe the answer's shape: it is read as `serde_json::Value`.
    #[api_endpoint(GET "/api/v1/cvms/<cvm_id>/state")]
    async fn get_cvm_state_json(
        &self,
        cvm_id: &str,
        #[query("target")]
        target: Option<&str>,
        #[query("interval")]
        interval: Option<i64>,
        #[query("timeout")]
        timeout: Option<i64>,
    ) -> Result<serde_json::Value, phala_api::Error<UnprocessableEntityError>>;
    /// Get CVM system stats
    ///
    /// Returns live system metrics (CPU, memory, disk) from the running CVM.
    #[api_endpoint(GET "/api/v1/cvms/<cvm_id>/stats")]
    async fn get_cvm_stats(
        &self,
        cvm_id: &str,
    ) -> Result<CvmSystemInfo, phala_api::Error<Status401To422Error>>;
    /// Force stop CVM
    ///
    /// Immediately stops CVM (like pulling power). Cancels any in-progress operation. Triggers billing.
    #[api_endpoint(POST "/api/v1/cvms/<cvm_id>/stop")]
    async fn stop_cvm(
        &self,
        cvm_id: &str,
    ) -> Result<Vm, phala_api::Error<Status401To422Error>>;
    /// Get CVM user config
    ///
    /// Returns the user_config stored in Teepod for this CVM, including injected SSH keys.
    #[api_endpoint(GET "/api/v1/cvms/<cvm_id>/user_config")]
    async fn get_cvm_user_config(
        &self,
        cvm_id: &str,
    ) -> Result<CvmUserConfig, phala_api::Error<GetCvmUserConfigError>>;
    /// Choose what of a CVM is public: system info, logs, TCB info
    ///
    /// Not in the public document; bound as Phala's SDKs call it. Source: npm @phala/cloud 0.2.9, dist/index.js (updateCvmVisibility). The answer is left untyped: the JS SDK reads the 2025-10-28 CVM shape and the Python SDK its own CvmVisibilityResponse.
    ///
    /// The document does not describe the answer's shape: it is read as `serde_json::Value`.
    #[api_endpoint(PATCH "/api/v1/cvms/<cvm_id>/visibility")]
    async fn update_cvm_visibility(
        &self,
        cvm_id: &str,
        #[body]
        body: &UpdateCvmVisibility,
    ) -> Result<serde_json::Value, phala_api::Error<NotFoundOrUnprocessableEntityError>>;
    /// Handle Batch Cvm Status
    ///
    /// Batch query CVM real-time status.
    ///
    /// Groups by teepod and queries in parallel, returns status updates with
    /// complete async operation information.
    #[api_endpoint(POST "/api/v1/status/batch")]
    async fn get_cvm_status_batch(
        &self,
        #[body]
        body: &BatchStatusRequest,
    ) -> Result<
        std::collections::BTreeMap<String, CvmStatus>,
        phala_api::Error<UnprocessableEntityError>,
    >;
}

impl Cvms for phala_api::Client {}

/// Instance Types: Available hardware configurations for CVM deployment
#[phala_api::api(
    spec = "openapi/phala-cloud.json",
    header("X-Phala-Version" = "2026-06-23")
)]
pub trait InstanceTypes: phala_api::Api {
    /// List instance type families
    ///
    /// Public endpoint. Returns all families with their public instance types grouped.
    #[api_endpoint(GET "/api/v1/instance-types")]
    async fn list_all_instance_type_families(
        &self,
    ) -> Result<AllFamiliesResponse, phala_api::Error>;
    /// List family instance types
    ///
    /// Public endpoint. Returns all public instance types for a specific family.
    #[api_endpoint(GET "/api/v1/instance-types/<family>")]
    async fn list_family_instance_types(
        &self,
        family: &str,
    ) -> Result<FamilyInstanceTypesResponse, phala_api::Error<Status404To500Error>>;
}

impl InstanceTypes for phala_api::Client {}

/// The operations tagged `Nodes`.
#[phala_api::api(
    spec = "openapi/phala-cloud.json",
    header("X-Phala-Version" = "2026-06-23")
)]
pub trait Nodes: phala_api::Api {
    /// The nodes, OS images and KMS a new CVM can use
    ///
    /// Not in the public document; bound as Phala's SDKs call it. Source: PyPI phala-cloud 0.2.0, phala_cloud/models/nodes.py (AvailableNodes); npm @phala/cloud 0.2.9, dist/index.js (getAvailableNodes). The answer is the document's own TierCapacity, which no documented operation refers to.
    #[api_endpoint(GET "/api/v1/teepods/available")]
    async fn get_available_nodes(
        &self,
    ) -> Result<TierCapacity, phala_api::Error<NotFoundOrUnprocessableEntityError>>;
    /// Everything a new CVM can be placed on: nodes, KMS, gateways, instance types
    ///
    /// Not in the public document; bound as Phala's SDKs call it. Source: PyPI phala-cloud 0.2.0, phala_cloud/client.py (get_cvm_create_resources).
    #[api_endpoint(GET "/api/v1/teepods/cvm-create-resources")]
    async fn get_cvm_create_resources(
        &self,
    ) -> Result<
        CvmCreateResources,
        phala_api::Error<NotFoundOrUnprocessableEntityError>,
    >;
}

impl Nodes for phala_api::Client {}

/// The operations tagged `OS images`.
#[phala_api::api(
    spec = "openapi/phala-cloud.json",
    header("X-Phala-Version" = "2026-06-23")
)]
pub trait OsImages: phala_api::Api {
    /// List the public OS images
    ///
    /// Not in the public document; bound as Phala's SDKs call it. Source: npm @phala/cloud 0.2.9, dist/index.js (getOsImages). The answer is the document's own OSImageListResponse, which no documented operation refers to.
    #[api_endpoint(GET "/api/v1/os-images")]
    async fn get_os_images(
        &self,
        #[query("page")]
        page: Option<i64>,
        #[query("page_size")]
        page_size: Option<i64>,
        #[query("is_dev")]
        is_dev: Option<bool>,
    ) -> Result<
        OsImageListResponse,
        phala_api::Error<NotFoundOrUnprocessableEntityError>,
    >;
}

impl OsImages for phala_api::Client {}

/// SSH Keys: SSH public key management for CVM access
#[phala_api::api(
    spec = "openapi/phala-cloud.json",
    header("X-Phala-Version" = "2026-06-23")
)]
pub trait SshKeys: phala_api::Api {
    /// List user SSH keys
    ///
    /// Returns all SSH keys belonging to the authenticated user.
    #[api_endpoint(GET "/api/v1/user/ssh-keys")]
    async fn list_ssh_keys(&self) -> Result<Vec<SshKeyResponse>, phala_api::Error>;
    /// Add SSH key
    ///
    /// Validates and stores an SSH public key. Minimum RSA 2048-bit, Ed25519 recommended.
    #[api_endpoint(POST "/api/v1/user/ssh-keys")]
    async fn create_ssh_key(
        &self,
        #[body]
        body: &SshKeyCreateRequest,
    ) -> Result<SshKeyResponse, phala_api::Error<Status400To422Error2>>;
    /// Import keys from GitHub profile
    ///
    /// Fetches public SSH keys from any GitHub user's profile via the unauthenticated GitHub API. Deduplicates against the user's existing keys by fingerprint.
    #[api_endpoint(POST "/api/v1/user/ssh-keys/github-profile")]
    async fn import_github_profile(
        &self,
        #[body]
        body: &GithubProfileImportRequest,
    ) -> Result<GithubProfileImportResponse, phala_api::Error<Status400To422Error2>>;
    /// Sync keys from GitHub
    ///
    /// Imports SSH keys from linked GitHub account. Adds new keys, updates existing, removes deleted.
    #[api_endpoint(POST "/api/v1/user/ssh-keys/github-sync")]
    async fn sync_github_ssh_keys(&self) -> Result<GithubSyncResponse, phala_api::Error>;
    /// Delete SSH key
    ///
    /// Soft-deletes an SSH key. Key must belong to the authenticated user.
    #[api_endpoint(DELETE "/api/v1/user/ssh-keys/<key_id>")]
    async fn delete_ssh_key(
        &self,
        key_id: &str,
    ) -> Result<(), phala_api::Error<DeleteSshKeyError>>;
}

impl SshKeys for phala_api::Client {}

/// Webhooks: Manage webhook endpoints and monitor delivery history
#[phala_api::api(
    spec = "openapi/phala-cloud.json",
    header("X-Phala-Version" = "2026-06-23")
)]
pub trait Webhooks: phala_api::Api {
    /// List workspace webhooks
    #[api_endpoint(GET "/api/v1/workspace/webhooks")]
    async fn list_webhooks(&self) -> Result<Vec<WebhookResponse>, phala_api::Error>;
    /// Create workspace webhook
    #[api_endpoint(POST "/api/v1/workspace/webhooks")]
    async fn create_webhook(
        &self,
        #[body]
        body: &WebhookCreateRequest,
    ) -> Result<WebhookResponse, phala_api::Error<UnprocessableEntityError>>;
    /// Get webhook details
    #[api_endpoint(GET "/api/v1/workspace/webhooks/<webhook_id>")]
    async fn get_webhook(
        &self,
        webhook_id: &str,
    ) -> Result<WebhookResponse, phala_api::Error<UnprocessableEntityError>>;
    /// Update webhook
    #[api_endpoint(PUT "/api/v1/workspace/webhooks/<webhook_id>")]
    async fn update_webhook(
        &self,
        webhook_id: &str,
        #[body]
        body: &WebhookUpdateRequest,
    ) -> Result<WebhookResponse, phala_api::Error<UnprocessableEntityError>>;
    /// Delete webhook
    #[api_endpoint(DELETE "/api/v1/workspace/webhooks/<webhook_id>")]
    async fn delete_webhook(
        &self,
        webhook_id: &str,
    ) -> Result<(), phala_api::Error<UnprocessableEntityError>>;
    /// List webhook deliveries
    #[api_endpoint(GET "/api/v1/workspace/webhooks/<webhook_id>/deliveries")]
    async fn list_deliveries(
        &self,
        webhook_id: &str,
        #[query("limit")]
        limit: Option<i64>,
        #[query("offset")]
        offset: Option<i64>,
    ) -> Result<
        Vec<WebhookDeliveryResponse>,
        phala_api::Error<UnprocessableEntityError>,
    >;
    /// Resend a webhook delivery
    ///
    /// The document does not describe the answer's shape: it is read as `serde_json::Value`.
    #[api_endpoint(
        POST
        "/api/v1/workspace/webhooks/<webhook_id>/deliveries/<event_id>/resend"
    )]
    async fn resend_delivery(
        &self,
        webhook_id: &str,
        event_id: &str,
    ) -> Result<serde_json::Value, phala_api::Error<UnprocessableEntityError>>;
    /// Reveal webhook secret (requires 2FA)
    ///
    /// The document does not describe the answer's shape: it is read as `serde_json::Value`.
    #[api_endpoint(POST "/api/v1/workspace/webhooks/<webhook_id>/reveal-secret")]
    async fn reveal_webhook_secret(
        &self,
        webhook_id: &str,
    ) -> Result<serde_json::Value, phala_api::Error<UnprocessableEntityError>>;
    /// Rotate webhook secret (requires 2FA)
    ///
    /// The document does not describe the answer's shape: it is read as `serde_json::Value`.
    #[api_endpoint(POST "/api/v1/workspace/webhooks/<webhook_id>/rotate-secret")]
    async fn rotate_webhook_secret(
        &self,
        webhook_id: &str,
    ) -> Result<serde_json::Value, phala_api::Error<UnprocessableEntityError>>;
    /// Get webhook delivery stats
    #[api_endpoint(GET "/api/v1/workspace/webhooks/<webhook_id>/stats")]
    async fn webhook_stats(
        &self,
        webhook_id: &str,
    ) -> Result<WebhookStatsResponse, phala_api::Error<UnprocessableEntityError>>;
    /// Send test webhook event
    ///
    /// The document does not describe the answer's shape: it is read as `serde_json::Value`.
    #[api_endpoint(POST "/api/v1/workspace/webhooks/<webhook_id>/test")]
    async fn test_webhook(
        &self,
        webhook_id: &str,
    ) -> Result<serde_json::Value, phala_api::Error<UnprocessableEntityError>>;
}

impl Webhooks for phala_api::Client {}

/// The operations tagged `Workspaces`.
#[phala_api::api(
    spec = "openapi/phala-cloud.json",
    header("X-Phala-Version" = "2026-06-23")
)]
pub trait Workspaces: phala_api::Api {
    /// List the workspaces the user belongs to
    ///
    /// Not in the public document; bound as Phala's SDKs call it. Source: npm @phala/cloud 0.2.9, dist/index.js (listWorkspaces: cursor and limit). The answer is the document's own WorkspacesListResponse, which no documented operation refers to.
    #[api_endpoint(GET "/api/v1/workspaces")]
    async fn list_workspaces(
        &self,
        #[query("cursor")]
        cursor: Option<&str>,
        #[query("limit")]
        limit: Option<i64>,
    ) -> Result<
        WorkspacesListResponse,
        phala_api::Error<NotFoundOrUnprocessableEntityError>,
    >;
    /// Get a workspace by slug
    ///
    /// Not in the public document; bound as Phala's SDKs call it. Source: npm @phala/cloud 0.2.9, dist/index.js (getWorkspace). The answer is the document's own WorkspaceResponse, which no documented operation refers to.
    #[api_endpoint(GET "/api/v1/workspaces/<team_slug>")]
    async fn get_workspace(
        &self,
        team_slug: &str,
    ) -> Result<WorkspaceResponse, phala_api::Error<NotFoundOrUnprocessableEntityError>>;
    /// List a workspace's nodes
    ///
    /// Not in the public document; bound as Phala's SDKs call it. Source: npm @phala/cloud 0.2.9, dist/index.js (getWorkspaceNodes). The answer is the document's own PaginatedWorkspaceNodesResponse, which no documented operation refers to.
    #[api_endpoint(GET "/api/v1/workspaces/<team_slug>/nodes")]
    async fn get_workspace_nodes(
        &self,
        team_slug: &str,
        #[query("page")]
        page: Option<i64>,
        #[query("page_size")]
        page_size: Option<i64>,
    ) -> Result<
        PaginatedWorkspaceNodesResponse,
        phala_api::Error<NotFoundOrUnprocessableEntityError>,
    >;
    /// A workspace's quotas and what remains of them
    ///
    /// Not in the public document; bound as Phala's SDKs call it. Source: npm @phala/cloud 0.2.9, dist/index.js (getWorkspaceQuotas). The answer is the document's own WorkspaceQuotasResponse, which no documented operation refers to.
    #[api_endpoint(GET "/api/v1/workspaces/<team_slug>/quotas")]
    async fn get_workspace_quotas(
        &self,
        team_slug: &str,
    ) -> Result<
        WorkspaceQuotasResponse,
        phala_api::Error<NotFoundOrUnprocessableEntityError>,
    >;
}

impl Workspaces for phala_api::Client {}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum UnauthorizedOrUnprocessableEntityError {
    #[status(401)]
    Unauthorized,
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum Status401To422Error {
    #[status(401)]
    Unauthorized,
    #[status(403)]
    Forbidden,
    #[status(404)]
    NotFound,
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum NotFoundOrUnprocessableEntityError {
    #[status(404)]
    NotFound,
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum UnprocessableEntityError {
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum ReplicateAppCvmError {
    #[status(400)]
    BadRequest,
    #[status(401)]
    Unauthorized,
    #[status(403)]
    Forbidden,
    #[status(404)]
    NotFound,
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
    #[status(500)]
    InternalServerError,
}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum Status401To422Error2 {
    #[status(401)]
    Unauthorized,
    #[status(404)]
    NotFound,
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum Status400To500Error {
    #[status(400)]
    BadRequest,
    #[status(401)]
    Unauthorized,
    #[status(403)]
    Forbidden,
    #[status(404)]
    NotFound,
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
    #[status(465)]
    Status465,
    #[status(500)]
    InternalServerError,
}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum Status401To465Error {
    #[status(401)]
    Unauthorized,
    #[status(403)]
    Forbidden,
    #[status(404)]
    NotFound,
    #[status(409)]
    Conflict,
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
    #[status(465)]
    Status465,
}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum Status400To422Error {
    #[status(400)]
    BadRequest,
    #[status(401)]
    Unauthorized,
    #[status(403)]
    Forbidden,
    #[status(404)]
    NotFound,
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum GetCollateralError {
    #[status(400)]
    BadRequest,
    #[status(404)]
    NotFound,
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum UploadAndVerifyAttestationError {
    #[status(400)]
    BadRequest,
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum Status400To422Error2 {
    #[status(400)]
    BadRequest,
    #[status(401)]
    Unauthorized,
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum CreateWorkloadCvmError {
    #[status(400)]
    BadRequest,
    #[status(401)]
    Unauthorized,
    #[status(409)]
    Conflict,
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum UpdateCvmEndpointError {
    #[status(400)]
    BadRequest,
    #[status(401)]
    Unauthorized,
    #[status(403)]
    Forbidden,
    #[status(404)]
    NotFound,
    #[status(409)]
    Conflict,
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
    #[status(465)]
    Status465,
    #[status(466)]
    Status466,
    #[status(467)]
    Status467,
    #[status(468)]
    Status468,
}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum GetCvmComposeFileError {
    #[status(401)]
    Unauthorized,
    #[status(403)]
    Forbidden,
    #[status(404)]
    NotFound,
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
    #[status(500)]
    InternalServerError,
}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum TriggerCvmComposeFileUpdateError {
    #[status(400)]
    BadRequest,
    #[status(401)]
    Unauthorized,
    #[status(403)]
    Forbidden,
    #[status(404)]
    NotFound,
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
    #[status(503)]
    ServiceUnavailable,
}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum Status400To500Error2 {
    #[status(400)]
    BadRequest,
    #[status(401)]
    Unauthorized,
    #[status(403)]
    Forbidden,
    #[status(404)]
    NotFound,
    #[status(409)]
    Conflict,
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
    #[status(465)]
    Status465,
    #[status(466)]
    Status466,
    #[status(467)]
    Status467,
    #[status(468)]
    Status468,
    #[status(500)]
    InternalServerError,
}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum UpdateCvmEnvsError {
    #[status(401)]
    Unauthorized,
    #[status(403)]
    Forbidden,
    #[status(404)]
    NotFound,
    #[status(409)]
    Conflict,
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
    #[status(465)]
    Status465,
    #[status(466)]
    Status466,
    #[status(467)]
    Status467,
    #[status(468)]
    Status468,
    #[status(500)]
    InternalServerError,
}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum Status404To500Error {
    #[status(404)]
    NotFound,
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
    #[status(500)]
    InternalServerError,
}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum UpdateCvmNetworkConfigError {
    #[status(400)]
    BadRequest,
    #[status(403)]
    Forbidden,
    #[status(404)]
    NotFound,
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum Status401To422Error3 {
    #[status(401)]
    Unauthorized,
    #[status(403)]
    Forbidden,
    #[status(404)]
    NotFound,
    #[status(409)]
    Conflict,
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum Status400To422Error3 {
    #[status(400)]
    BadRequest,
    #[status(401)]
    Unauthorized,
    #[status(403)]
    Forbidden,
    #[status(404)]
    NotFound,
    #[status(409)]
    Conflict,
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum SetCvmPortMappingsError {
    #[status(400)]
    BadRequest,
    #[status(403)]
    Forbidden,
    #[status(404)]
    NotFound,
    #[status(409)]
    Conflict,
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum StartCvmError {
    #[status(400)]
    BadRequest,
    #[status(401)]
    Unauthorized,
    #[status(403)]
    Forbidden,
    #[status(404)]
    NotFound,
    #[status(409)]
    Conflict,
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
    #[status(500)]
    InternalServerError,
}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum GetCvmUserConfigError {
    #[status(400)]
    BadRequest,
    #[status(401)]
    Unauthorized,
    #[status(404)]
    NotFound,
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
    #[status(502)]
    BadGateway,
}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum DeleteSshKeyError {
    #[status(400)]
    BadRequest,
    #[status(401)]
    Unauthorized,
    #[status(404)]
    NotFound,
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
}

/// AcmeFetchResult
///
/// Result of an ACME account fetch attempt.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("AcmeFetchResult", spec = "openapi/phala-cloud.json")]
pub struct AcmeFetchResult {
    /// Error
    ///
    /// Error message if request failed
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Http Ok
    ///
    /// True if HTTP 200 response received
    pub http_ok: bool,
    /// Status Code
    ///
    /// HTTP status code returned
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_code: Option<i64>,
    /// Uri
    ///
    /// Account URI from response body
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    /// Url
    ///
    /// ACME endpoint URL queried
    pub url: String,
}

/// AllFamiliesResponse
///
/// All instance type families with their types.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("AllFamiliesResponse", spec = "openapi/phala-cloud.json")]
pub struct AllFamiliesResponse {
    /// Result
    ///
    /// List of family groups
    pub result: Vec<FamilyGroup>,
}

/// AppAttestation
///
/// Source: npm @phala/cloud 0.2.9, dist/index.js (AppAttestationResponseSchema).
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("AppAttestation", spec = "openapi/phala-cloud.json")]
pub struct AppAttestation {
    pub app_id: String,
    pub contract_address: String,
    pub gateway_guest_agent_info: Option<AttestationGuestAgent>,
    pub instances: Vec<AppAttestationInstance>,
    pub kms_guest_agent_info: Option<AttestationGuestAgent>,
    /// AppAttestationKms
    ///
    /// Source: npm @phala/cloud 0.2.9, dist/index.js (get_app_attestation.ts KmsInfoSchema).
    pub kms_info: AppAttestationKms,
    pub qemu_version: Option<String>,
}

/// AppAttestationInstance
///
/// Source: npm @phala/cloud 0.2.9, dist/index.js (AppAttestationInstanceSchema; tcb_info and app_certificates kept as JSON).
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("AppAttestationInstance", spec = "openapi/phala-cloud.json")]
pub struct AppAttestationInstance {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_certificates: Option<
        Vec<std::collections::BTreeMap<String, serde_json::Value>>,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compose_file: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ppid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tcb_info: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vm_uuid: Option<String>,
}

/// AppAttestationKms
///
/// Source: npm @phala/cloud 0.2.9, dist/index.js (get_app_attestation.ts KmsInfoSchema).
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("AppAttestationKms", spec = "openapi/phala-cloud.json")]
pub struct AppAttestationKms {
    pub chain_id: Option<String>,
    pub contract_address: String,
    pub gateway_app_id: Option<String>,
    pub gateway_app_url: String,
    pub kms_type: String,
    pub url: String,
    pub version: String,
}

/// AppComposeV2
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("AppComposeV2", spec = "openapi/phala-cloud.json")]
pub struct AppComposeV2 {
    /// Allowed Envs
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_envs: Option<Vec<String>>,
    /// Bash Script
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bash_script: Option<String>,
    /// Default Gateway Domain
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_gateway_domain: Option<String>,
    /// Docker Compose File
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docker_compose_file: Option<String>,
    /// Features
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub features: Option<Vec<String>>,
    /// Gateway Enabled
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_enabled: Option<bool>,
    /// Init Script
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub init_script: Option<String>,
    /// Kms Enabled
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_enabled: Option<bool>,
    /// Local Key Provider Enabled
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_key_provider_enabled: Option<bool>,
    /// Manifest Version
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manifest_version: Option<i64>,
    /// Name
    pub name: String,
    /// No Instance Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_instance_id: Option<bool>,
    /// Pre Launch Script
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre_launch_script: Option<String>,
    /// Public Logs
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_logs: Option<bool>,
    /// Public Sysinfo
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_sysinfo: Option<bool>,
    /// Public Tcbinfo
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_tcbinfo: Option<bool>,
    /// Runner
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runner: Option<String>,
    /// Salt
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salt: Option<String>,
    /// Secure Time
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secure_time: Option<bool>,
    /// Storage Fs
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_fs: Option<AppComposeV2StorageFs>,
    /// Tproxy Enabled
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tproxy_enabled: Option<bool>,
}

/// Storage Fs
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "#/components/schemas/AppComposeV2/properties/storage_fs",
    spec = "openapi/phala-cloud.json"
)]
#[serde(untagged)]
pub enum AppComposeV2StorageFs {
    String(String),
}

/// AppCvmsBatchIsAllowedResponse
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("AppCvmsBatchIsAllowedResponse", spec = "openapi/phala-cloud.json")]
pub struct AppCvmsBatchIsAllowedResponse {
    /// Allowed Count
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_count: Option<i64>,
    /// Denied Count
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub denied_count: Option<i64>,
    /// Error Count
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_count: Option<i64>,
    /// Is Onchain
    ///
    /// Whether this app uses on-chain KMS
    pub is_onchain: bool,
    /// Results
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<CvmIsAllowedItem>>,
    /// Skipped Cvm Ids
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skipped_cvm_ids: Option<Vec<i64>>,
    /// Total
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}

/// AppIsAllowedRequest
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("AppIsAllowedRequest", spec = "openapi/phala-cloud.json")]
pub struct AppIsAllowedRequest {
    /// Chain Id
    ///
    /// Chain ID for RPC URL resolution. If omitted, resolved from DB via CVM/KMS records.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chain_id: Option<i64>,
    /// Compose Hash
    ///
    /// Compose hash to check (hex)
    pub compose_hash: String,
    /// Device Id
    ///
    /// Device ID (hex, direct)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// Node Id
    ///
    /// Node ID (resolves device_id from DB)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<i64>,
}

/// AppIsAllowedResponse
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("AppIsAllowedResponse", spec = "openapi/phala-cloud.json")]
pub struct AppIsAllowedResponse {
    /// Allow Any Device
    pub allow_any_device: bool,
    /// App Contract Address
    pub app_contract_address: String,
    /// Compose Hash
    pub compose_hash: String,
    /// Compose Hash Allowed
    pub compose_hash_allowed: bool,
    /// Device Id
    pub device_id: String,
    /// Device Id Allowed
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id_allowed: Option<bool>,
    /// Error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Is Allowed
    pub is_allowed: bool,
}

/// AppKmsInfoResponse
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("AppKmsInfoResponse", spec = "openapi/phala-cloud.json")]
pub struct AppKmsInfoResponse {
    /// App Contract Address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_contract_address: Option<String>,
    /// Chain Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chain_id: Option<i64>,
    /// Deployer Address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployer_address: Option<String>,
    /// Deployer Type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployer_type: Option<String>,
    /// Is Contract
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_contract: Option<bool>,
    /// Is Onchain Kms
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_onchain_kms: Option<bool>,
    /// Kms Contract Address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_contract_address: Option<String>,
    /// Safe App Url
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safe_app_url: Option<String>,
}

/// AppRevisionDetailResponse
///
/// Full revision detail with configuration data.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("AppRevisionDetailResponse", spec = "openapi/phala-cloud.json")]
pub struct AppRevisionDetailResponse {
    /// App Id
    ///
    /// Hex app identifier
    pub app_id: String,
    /// Compose File
    ///
    /// Docker compose content (dict or raw string)
    pub compose_file: Option<AppRevisionDetailResponseComposeFile>,
    /// Compose Hash
    ///
    /// SHA-256 hash of compose file
    pub compose_hash: String,
    /// Created At
    ///
    /// Revision timestamp (ISO 8601)
    pub created_at: String,
    /// CVM reference
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cvm: Option<CvmRef>,
    /// Encrypted Env
    ///
    /// Hex-encoded encrypted environment variables
    pub encrypted_env: String,
    /// Operation Type
    ///
    /// Operation: deploy, update, restart, etc.
    pub operation_type: String,
    /// Revision Id
    ///
    /// Revision record identifier (hashid of snowflake_id)
    pub revision_id: String,
    /// Trace Id
    ///
    /// Request trace ID for debugging
    pub trace_id: Option<String>,
    /// User who triggered the operation
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub triggered_by: Option<UserRef>,
    /// User Config
    ///
    /// JSON user configuration string
    pub user_config: String,
    /// Vm Uuid
    ///
    /// CVM UUID
    pub vm_uuid: String,
    /// Workspace reference
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace: Option<WorkspaceRef>,
}

/// Compose File
///
/// Docker compose content (dict or raw string)
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "#/components/schemas/AppRevisionDetailResponse/properties/compose_file",
    spec = "openapi/phala-cloud.json"
)]
#[serde(untagged)]
pub enum AppRevisionDetailResponseComposeFile {
    String(String),
    Other(serde_json::Value),
}

/// AppRevisionResponse
///
/// App deployment revision summary.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("AppRevisionResponse", spec = "openapi/phala-cloud.json")]
pub struct AppRevisionResponse {
    /// App Id
    ///
    /// Hex app identifier
    pub app_id: String,
    /// Compose Hash
    ///
    /// SHA-256 hash of compose file
    pub compose_hash: String,
    /// Created At
    ///
    /// Revision timestamp (ISO 8601)
    pub created_at: String,
    /// CVM reference
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cvm: Option<CvmRef>,
    /// Operation Type
    ///
    /// Operation: deploy, update, restart, etc.
    pub operation_type: String,
    /// Revision Id
    ///
    /// Revision record identifier (hashid of snowflake_id)
    pub revision_id: String,
    /// Trace Id
    ///
    /// Request trace ID for debugging
    pub trace_id: Option<String>,
    /// User who triggered the operation
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub triggered_by: Option<UserRef>,
    /// Vm Uuid
    ///
    /// CVM UUID
    pub vm_uuid: String,
    /// Workspace reference
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace: Option<WorkspaceRef>,
}

/// AppRevisionsResponse
///
/// Paginated revision list.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("AppRevisionsResponse", spec = "openapi/phala-cloud.json")]
pub struct AppRevisionsResponse {
    /// Page
    ///
    /// Current page number
    pub page: i64,
    /// Page Size
    ///
    /// Items per page
    pub page_size: i64,
    /// Revisions
    ///
    /// Revision records
    pub revisions: Vec<AppRevisionResponse>,
    /// Total
    ///
    /// Total revision count
    pub total: i64,
    /// Total Pages
    ///
    /// Total page count
    pub total_pages: i64,
}

/// AppUsageResponse
///
/// App usage response with cost summary.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("AppUsageResponse", spec = "openapi/phala-cloud.json")]
pub struct AppUsageResponse {
    /// Total
    ///
    /// Number of records returned
    pub total: i64,
    /// Total Cost
    ///
    /// Sum of costs in USD
    pub total_cost: f64,
    /// Usage
    ///
    /// Usage records
    pub usage: Vec<MeteredUsageResponse>,
}

/// AttestationGuestAgent
///
/// Source: npm @phala/cloud 0.2.9, dist/index.js (GuestAgentInfoSchema).
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("AttestationGuestAgent", spec = "openapi/phala-cloud.json")]
pub struct AttestationGuestAgent {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
}

/// AttestationKeyType
///
/// Attestation key type (subset used in SGX/TDX DCAP quotes).
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("AttestationKeyType", spec = "openapi/phala-cloud.json")]
pub struct AttestationKeyType(pub i64);

/// BatchInstanceIdRefreshRequest
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("BatchInstanceIdRefreshRequest", spec = "openapi/phala-cloud.json")]
pub struct BatchInstanceIdRefreshRequest {
    /// Cvm Ids
    ///
    /// Optional CVM identifiers. Admin can pass cross-workspace IDs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cvm_ids: Option<Vec<String>>,
    /// Dry Run
    ///
    /// Preview changes without persisting
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
    /// Limit
    ///
    /// Max CVMs to process in one request
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Missing Only
    ///
    /// Only process CVMs with missing instance_id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missing_only: Option<bool>,
    /// Overwrite
    ///
    /// Overwrite existing instance_id when different
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overwrite: Option<bool>,
    /// Running Only
    ///
    /// Only process CVMs with status=running
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub running_only: Option<bool>,
}

/// BatchInstanceIdRefreshResponse
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("BatchInstanceIdRefreshResponse", spec = "openapi/phala-cloud.json")]
pub struct BatchInstanceIdRefreshResponse {
    /// Conflicts
    pub conflicts: i64,
    /// Errors
    pub errors: i64,
    /// Items
    pub items: Vec<InstanceIdRefreshResult>,
    /// Scanned
    pub scanned: i64,
    /// Skipped
    pub skipped: i64,
    /// Total
    pub total: i64,
    /// Unchanged
    pub unchanged: i64,
    /// Updated
    pub updated: i64,
}

/// BatchItemResult
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("BatchItemResult", spec = "openapi/phala-cloud.json")]
pub struct BatchItemResult {
    /// Allow Any Device
    pub allow_any_device: bool,
    /// App Contract Address
    pub app_contract_address: String,
    /// Compose Hash
    pub compose_hash: String,
    /// Compose Hash Allowed
    pub compose_hash_allowed: bool,
    /// Cvm Id
    pub cvm_id: i64,
    /// Device Id
    pub device_id: String,
    /// Device Id Allowed
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id_allowed: Option<bool>,
    /// Error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Is Allowed
    pub is_allowed: bool,
}

/// BatchStatusRequest
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("BatchStatusRequest", spec = "openapi/phala-cloud.json")]
pub struct BatchStatusRequest {
    /// Vm Uuids
    pub vm_uuids: Vec<String>,
}

/// BatchStopErrorEntry
///
/// Error detail for a single CVM in batch stop.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("BatchStopErrorEntry", spec = "openapi/phala-cloud.json")]
pub struct BatchStopErrorEntry {
    /// Cvm Id
    ///
    /// Hashed CVM ID
    pub cvm_id: String,
    /// Error
    ///
    /// Error message
    pub error: String,
}

/// BatchStopRequest
///
/// Request to batch stop multiple CVMs.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("BatchStopRequest", spec = "openapi/phala-cloud.json")]
pub struct BatchStopRequest {
    /// Cvm Ids
    ///
    /// List of CVM hash IDs to stop
    pub cvm_ids: Vec<String>,
}

/// BatchStopResponse
///
/// Summary of batch stop operation.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("BatchStopResponse", spec = "openapi/phala-cloud.json")]
pub struct BatchStopResponse {
    /// Errors
    ///
    /// CVMs that failed to stop
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<BatchStopErrorEntry>>,
    /// Skipped
    ///
    /// CVMs skipped (in_progress, no vm_uuid, GPU rental managed)
    pub skipped: i64,
    /// Stopped
    ///
    /// CVMs successfully scheduled for stop
    pub stopped: i64,
    /// Total
    ///
    /// Total CVMs requested
    pub total: i64,
}

/// BillingPeriod
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("BillingPeriod", spec = "openapi/phala-cloud.json")]
pub enum BillingPeriod {
    #[serde(rename = "skip")]
    Skip,
    #[serde(rename = "hourly")]
    Hourly,
    #[serde(rename = "monthly")]
    Monthly,
    /// A value the document did not list (one added later): read, never sent.
    #[serde(other)]
    Unknown,
}

/// Body_handle_upload_and_verify_api_v1_attestations_verify_post
///
/// Sent as `multipart/form-data`, a part per field (phala-api's `multipart` feature).
#[derive(Debug, phala_api::Multipart, phala_api::Schema)]
#[schema(
    "Body_handle_upload_and_verify_api_v1_attestations_verify_post",
    spec = "openapi/phala-cloud.json"
)]
pub struct BodyHandleUploadAndVerifyApiV1AttestationsVerifyPost {
    /// File
    pub file: Option<phala_api::multipart::Part>,
    /// Hex
    pub hex: Option<String>,
}

/// Body_update_cvm_docker_compose_api_v1_cvms__cvm_id__docker_compose_patch
///
/// Sent as `multipart/form-data`, a part per field (phala-api's `multipart` feature).
#[derive(Debug, phala_api::Multipart, phala_api::Schema)]
#[schema(
    "Body_update_cvm_docker_compose_api_v1_cvms__cvm_id__docker_compose_patch",
    spec = "openapi/phala-cloud.json"
)]
pub struct BodyUpdateCvmDockerComposeApiV1CvmsCvmIdDockerComposePatch {
    /// File
    ///
    /// Docker Compose YAML file to upload
    pub file: Option<phala_api::multipart::Part>,
}

/// Body_update_cvm_pre_launch_script_api_v1_cvms__cvm_id__pre_launch_script_patch
///
/// Sent as `multipart/form-data`, a part per field (phala-api's `multipart` feature).
#[derive(Debug, phala_api::Multipart, phala_api::Schema)]
#[schema(
    "Body_update_cvm_pre_launch_script_api_v1_cvms__cvm_id__pre_launch_script_patch",
    spec = "openapi/phala-cloud.json"
)]
pub struct BodyUpdateCvmPreLaunchScriptApiV1CvmsCvmIdPreLaunchScriptPatch {
    /// File
    ///
    /// Shell script file to upload
    pub file: Option<phala_api::multipart::Part>,
}

/// CaaCheckResult
///
/// CAA record check result (informational, not required for validation).
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CaaCheckResult", spec = "openapi/phala-cloud.json")]
pub struct CaaCheckResult {
    /// Accounturi
    ///
    /// Account URI extracted from CAA record
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accounturi: Option<String>,
    /// Acme Fetches
    ///
    /// ACME endpoint query attempts
    pub acme_fetches: Vec<AcmeFetchResult>,
    /// Caa Records
    ///
    /// Raw CAA DNS records found
    pub caa_records: Vec<String>,
    /// Expected Uri
    ///
    /// Expected URI from ACME account
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_uri: Option<String>,
    /// Info Message
    ///
    /// Additional context or guidance
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub info_message: Option<String>,
    /// Is Match
    ///
    /// True if CAA accounturi matches ACME account
    pub is_match: bool,
}

/// CancelOperationRequest
///
/// Response for cancel operation.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CancelOperationRequest", spec = "openapi/phala-cloud.json")]
pub struct CancelOperationRequest {
    /// Cancelled
    ///
    /// Whether an operation was actually cancelled
    pub cancelled: bool,
    /// Correlation Id
    ///
    /// Correlation ID of the cancelled op
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
}

/// Certificate
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("Certificate", spec = "openapi/phala-cloud.json")]
pub struct Certificate {
    /// App Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    /// Cert Usage
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cert_usage: Option<String>,
    /// Fingerprint
    pub fingerprint: String,
    /// Is Ca
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_ca: Option<bool>,
    /// CertificateIssuer
    pub issuer: CertificateIssuer,
    /// Not After
    pub not_after: String,
    /// Not Before
    pub not_before: String,
    /// Position In Chain
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position_in_chain: Option<i64>,
    /// Quote
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// Sans
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sans: Option<Vec<String>>,
    /// Serial Number
    pub serial_number: String,
    /// Signature Algorithm
    pub signature_algorithm: String,
    /// CertificateSubject
    pub subject: CertificateSubject,
    /// Version
    pub version: String,
}

/// CertificateIssuer
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CertificateIssuer", spec = "openapi/phala-cloud.json")]
pub struct CertificateIssuer {
    /// Common Name
    ///
    /// Issuer common name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub common_name: Option<String>,
    /// Country
    ///
    /// Issuer country code
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Organization
    ///
    /// Issuer organization
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
}

/// CertificateSubject
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CertificateSubject", spec = "openapi/phala-cloud.json")]
pub struct CertificateSubject {
    /// Common Name
    ///
    /// Certificate subject common name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub common_name: Option<String>,
    /// Country
    ///
    /// Country code
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Locality
    ///
    /// Locality name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locality: Option<String>,
    /// Organization
    ///
    /// Organization name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// State
    ///
    /// State or province
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
}

/// CommitUpdateRequest
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CommitUpdateRequest", spec = "openapi/phala-cloud.json")]
pub struct CommitUpdateRequest {
    /// Compose Hash
    ///
    /// Compose hash from Phase 1. If omitted, auto-read from commit token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compose_hash: Option<String>,
    /// Token
    ///
    /// Commit token (can also be passed as ?token= query param)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// Transaction Hash
    ///
    /// Transaction hash proving on-chain registration. Leave empty or use 'already-registered' if the hash was already registered on-chain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_hash: Option<String>,
}

/// Body_trigger_cvm_compose_file_update_api_v1_cvms__cvm_id__compose_file_patch
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "Body_trigger_cvm_compose_file_update_api_v1_cvms__cvm_id__compose_file_patch",
    spec = "openapi/phala-cloud.json"
)]
pub struct ComposeFilePatch {
    /// Compose Hash
    ///
    /// Hash from provision response
    pub compose_hash: String,
    /// Encrypted Env
    ///
    /// New encrypted env blob (hex)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encrypted_env: Option<String>,
    /// Env Keys
    ///
    /// Allowed env var names
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env_keys: Option<Vec<String>>,
    /// Update Env Vars
    ///
    /// Update allowed_envs list
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_env_vars: Option<bool>,
}

/// ComposeFileProvisionResponse
///
/// API response model for compose file provision
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("ComposeFileProvisionResponse", spec = "openapi/phala-cloud.json")]
pub struct ComposeFileProvisionResponse {
    /// App Id
    pub app_id: String,
    /// Compose Hash
    pub compose_hash: String,
    /// Compose Hash Registered
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compose_hash_registered: Option<bool>,
    /// Device Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_info: Option<KmsInfo>,
}

/// ComposeFileUpdateRequest
///
/// API request model for updating CVM compose files
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("ComposeFileUpdateRequest", spec = "openapi/phala-cloud.json")]
pub struct ComposeFileUpdateRequest {
    /// AppComposeV2
    pub compose_file: AppComposeV2,
    /// Compose Hash
    pub compose_hash: String,
    /// Encrypted Env
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encrypted_env: Option<String>,
    /// Env Keys
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env_keys: Option<Vec<String>>,
}

/// CreateAppInstanceRequest
///
/// Request model for creating a new instance under an existing app.
///
/// Inherits node_id, encrypted_env, compose_hash and their validators from ReplicateRequest.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CreateAppInstanceRequest", spec = "openapi/phala-cloud.json")]
pub struct CreateAppInstanceRequest {
    /// Compose Hash
    ///
    /// Explicit compose hash to replicate. Required when the source app has multiple live instances.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compose_hash: Option<String>,
    /// Docker Compose File
    ///
    /// New Docker Compose YAML content
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docker_compose_file: Option<String>,
    /// Encrypted Env
    ///
    /// New encrypted env blob (hex)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encrypted_env: Option<String>,
    /// Node Id
    ///
    /// Target node ID for the replica
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<i64>,
    /// Pre Launch Script
    ///
    /// New pre-launch script content
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre_launch_script: Option<String>,
    /// Teepod Id
    ///
    /// Target node ID (deprecated, use node_id)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub teepod_id: Option<i64>,
    /// Token
    ///
    /// Commit token returned by a prior prepare-only request. When set, this request commits the previously-prepared instance instead of preparing a new one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// Transaction Hash
    ///
    /// On-chain transaction hash proving compose-hash registration. Use 'already-registered' (or omit) when the hash was registered earlier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_hash: Option<String>,
}

/// CreateTappRequest
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CreateTappRequest", spec = "openapi/phala-cloud.json")]
pub struct CreateTappRequest {
    /// App Id
    ///
    /// The calculated app ID from compose file.
    pub app_id: String,
    /// Compose Hash
    ///
    /// The compose hash of the app compose file.
    pub compose_hash: String,
    /// Contract Address
    ///
    /// The contract address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contract_address: Option<String>,
    /// Deployer Address
    ///
    /// The deployer address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployer_address: Option<String>,
    /// Encrypted Env
    ///
    /// The encrypted environment variables.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encrypted_env: Option<String>,
    /// Env Keys
    ///
    /// The environment variables to use for the app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env_keys: Option<Vec<String>>,
    /// Kms Id
    ///
    /// The KMS ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_id: Option<String>,
}

/// CreateWorkloadTappRequest
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CreateWorkloadTappRequest", spec = "openapi/phala-cloud.json")]
pub struct CreateWorkloadTappRequest {
    /// Instance Type
    ///
    /// The instance_type of the tapp.
    pub instance_type: String,
    /// Model Id
    ///
    /// The model_id of the tapp.
    pub model_id: String,
    /// Name
    ///
    /// The name of the tapp.
    pub name: String,
    /// Scheduled Delete At
    ///
    /// The scheduled delete time of the tapp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduled_delete_at: Option<String>,
}

/// CurrentUser
///
/// Source: PyPI phala-cloud 0.2.0, phala_cloud/models/auth.py (CurrentUserV20260121, the shape of every version from 2026-01-21).
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CurrentUser", spec = "openapi/phala-cloud.json")]
pub struct CurrentUser {
    /// CurrentUserCredits
    ///
    /// Source: PyPI phala-cloud 0.2.0, phala_cloud/models/auth.py (CreditsInfo: `str | float`).
    pub credits: CurrentUserCredits,
    /// CurrentUserProfile
    ///
    /// Source: PyPI phala-cloud 0.2.0, phala_cloud/models/auth.py (UserInfo); npm @phala/cloud 0.2.9, dist/index.js (UserInfoSchema).
    pub user: CurrentUserProfile,
    /// CurrentUserWorkspace
    ///
    /// Source: PyPI phala-cloud 0.2.0, phala_cloud/models/auth.py (WorkspaceInfo).
    pub workspace: CurrentUserWorkspace,
}

/// CurrentUserCredits
///
/// Source: PyPI phala-cloud 0.2.0, phala_cloud/models/auth.py (CreditsInfo: `str | float`).
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CurrentUserCredits", spec = "openapi/phala-cloud.json")]
pub struct CurrentUserCredits {
    pub balance: CurrentUserCreditsBalance,
    pub granted_balance: CurrentUserCreditsGrantedBalance,
    pub is_post_paid: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outstanding_amount: Option<CurrentUserCreditsOutstandingAmount>,
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "#/components/schemas/CurrentUserCredits/properties/balance",
    spec = "openapi/phala-cloud.json"
)]
#[serde(untagged)]
pub enum CurrentUserCreditsBalance {
    String(String),
    Number(f64),
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "#/components/schemas/CurrentUserCredits/properties/granted_balance",
    spec = "openapi/phala-cloud.json"
)]
#[serde(untagged)]
pub enum CurrentUserCreditsGrantedBalance {
    String(String),
    Number(f64),
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "#/components/schemas/CurrentUserCredits/properties/outstanding_amount/anyOf/0",
    spec = "openapi/phala-cloud.json"
)]
#[serde(untagged)]
pub enum CurrentUserCreditsOutstandingAmount {
    String(String),
    Number(f64),
}

/// CurrentUserProfile
///
/// Source: PyPI phala-cloud 0.2.0, phala_cloud/models/auth.py (UserInfo); npm @phala/cloud 0.2.9, dist/index.js (UserInfoSchema).
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CurrentUserProfile", spec = "openapi/phala-cloud.json")]
pub struct CurrentUserProfile {
    pub avatar: String,
    pub email: String,
    pub email_verified: bool,
    pub flag_has_password: bool,
    pub has_backup_codes: bool,
    pub role: String,
    pub totp_enabled: bool,
    pub username: String,
}

/// CurrentUserWorkspace
///
/// Source: PyPI phala-cloud 0.2.0, phala_cloud/models/auth.py (WorkspaceInfo).
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CurrentUserWorkspace", spec = "openapi/phala-cloud.json")]
pub struct CurrentUserWorkspace {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    pub id: String,
    pub name: String,
    pub role: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    pub tier: String,
}

/// CvmAttestation
///
/// Model representing CVM attestation information
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CvmAttestation", spec = "openapi/phala-cloud.json")]
pub struct CvmAttestation {
    /// App Certificates
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_certificates: Option<Vec<Certificate>>,
    /// Compose File
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compose_file: Option<String>,
    /// Error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Is Online
    pub is_online: bool,
    /// Is Public
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_public: Option<bool>,
    /// Name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tcb_info: Option<TcbInfo>,
}

/// CvmComposition
///
/// Model representing CVM container list information
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CvmComposition", spec = "openapi/phala-cloud.json")]
pub struct CvmComposition {
    /// Containers
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub containers: Option<Vec<ExtendedContainer>>,
    /// Docker Compose File
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docker_compose_file: Option<String>,
    /// Error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Features
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub features: Option<Vec<String>>,
    /// Is Online
    pub is_online: bool,
    /// Is Public
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_public: Option<bool>,
    /// Manifest Version
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manifest_version: Option<i64>,
    /// Runner
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runner: Option<String>,
    /// Version
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

/// CvmCreateGatewayResource
///
/// Source: PyPI phala-cloud 0.2.0, phala_cloud/models/nodes.py (CvmCreateGatewayResourceV20260522).
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CvmCreateGatewayResource", spec = "openapi/phala-cloud.json")]
pub struct CvmCreateGatewayResource {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain_suffix: Option<String>,
    pub enabled: bool,
    pub id: String,
    pub kms_contract_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rpc_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub teepod_id: Option<i64>,
}

/// CvmCreateInstanceType
///
/// Source: PyPI phala-cloud 0.2.0, phala_cloud/models/nodes.py (CvmCreateInstanceTypeResource).
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CvmCreateInstanceType", spec = "openapi/phala-cloud.json")]
pub struct CvmCreateInstanceType {
    pub default_disk_size_gb: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_order: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    pub id: String,
    pub memory_mb: i64,
    pub name: String,
    pub requires_gpu: bool,
    pub requires_gpu_count: i64,
    pub vcpu: i64,
}

/// CvmCreateKmsResource
///
/// Source: PyPI phala-cloud 0.2.0, phala_cloud/models/nodes.py (CvmCreateKmsResourceV20260522).
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CvmCreateKmsResource", spec = "openapi/phala-cloud.json")]
pub struct CvmCreateKmsResource {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chain_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_app_id: Option<String>,
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_contract_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_contract_id: Option<String>,
    pub kms_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supported_os_images: Option<Vec<String>>,
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

/// CvmCreateNodeKmsRelation
///
/// Source: PyPI phala-cloud 0.2.0, phala_cloud/models/nodes.py (CvmCreateNodeKmsRelationV20260522).
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CvmCreateNodeKmsRelation", spec = "openapi/phala-cloud.json")]
pub struct CvmCreateNodeKmsRelation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_contract_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_contract_id: Option<String>,
    pub kms_id: String,
    pub kms_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supported_os_images: Option<Vec<String>>,
    pub teepod_id: i64,
}

/// CvmCreateResources
///
/// Source: PyPI phala-cloud 0.2.0, phala_cloud/models/nodes.py (CvmCreateResourceGraphV20260522, the shape from 2026-05-22 on).
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CvmCreateResources", spec = "openapi/phala-cloud.json")]
pub struct CvmCreateResources {
    /// ResourceThreshold
    ///
    /// Resource threshold for VM creation.
    pub capacity: ResourceThreshold,
    pub gateway_nodes: Vec<CvmCreateGatewayResource>,
    /// GpuAvailability
    ///
    /// GPU availability information for the current team
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gpu_availability: Option<GpuAvailability>,
    pub instance_types: Vec<CvmCreateInstanceType>,
    pub kms_nodes: Vec<CvmCreateKmsResource>,
    pub node_kms_relations: Vec<CvmCreateNodeKmsRelation>,
    pub nodes: Vec<PreflightTeepodCapacity>,
    pub tier: String,
}

/// CVMGatewayInfo
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CVMGatewayInfo", spec = "openapi/phala-cloud.json")]
pub struct CvmGatewayInfo {
    /// Base Domain
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_domain: Option<String>,
    /// Cname
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cname: Option<String>,
}

/// CVMInfoDetail
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CVMInfoDetail", spec = "openapi/phala-cloud.json")]
pub struct CvmInfoDetail {
    /// App Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    /// Compose File
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compose_file: Option<CvmInfoDetailComposeFile>,
    /// Compose Hash
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compose_hash: Option<String>,
    /// Created At
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator: Option<UserRef>,
    /// Deleted At
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_at: Option<String>,
    /// Docker Compose Hash
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docker_compose_hash: Option<String>,
    /// Endpoints
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoints: Option<Vec<CvmNetworkUrls>>,
    /// CVMGatewayInfo
    pub gateway: CvmGatewayInfo,
    /// Gateway Enabled
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_enabled: Option<bool>,
    /// HashedId[cvms]
    ///
    /// A hashed identifier that maps to an internal database ID
    pub id: String,
    /// In Progress
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_progress: Option<bool>,
    /// Instance Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_info: Option<CvmKmsInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_type: Option<KmsType>,
    /// Listed
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listed: Option<bool>,
    /// CVMLogUrls
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logs: Option<CvmLogUrls>,
    /// Name
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_info: Option<NodeRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub os: Option<CvmosInfo>,
    /// Pre Launch Script Hash
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre_launch_script_hash: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<CvmProgressInfo>,
    /// Project Type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_type: Option<String>,
    /// Public Logs
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_logs: Option<bool>,
    /// Public Sysinfo
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_sysinfo: Option<bool>,
    /// Public Tcbinfo
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_tcbinfo: Option<bool>,
    /// CVMResourceInfo
    pub resource: CvmResourceInfo,
    /// Secure Time
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secure_time: Option<bool>,
    /// Services
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<std::collections::BTreeMap<String, serde_json::Value>>>,
    /// Status
    pub status: String,
    /// Storage Fs
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_fs: Option<String>,
    /// Vm Uuid
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vm_uuid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace: Option<WorkspaceRef>,
}

/// Compose File
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "#/components/schemas/CVMInfoDetail/properties/compose_file",
    spec = "openapi/phala-cloud.json"
)]
#[serde(untagged)]
pub enum CvmInfoDetailComposeFile {
    String(String),
    Other(serde_json::Value),
}

/// `CvmIsAllowedItem`: the same schema as `BatchItemResult`.
pub type CvmIsAllowedItem = BatchItemResult;

/// CVMKmsInfo
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CVMKmsInfo", spec = "openapi/phala-cloud.json")]
pub struct CvmKmsInfo {
    /// Chain Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chain_id: Option<i64>,
    /// Deployer Address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployer_address: Option<String>,
    /// Dstack App Address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dstack_app_address: Option<String>,
    /// Dstack Kms Address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dstack_kms_address: Option<String>,
    /// Encrypted Env Pubkey
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encrypted_env_pubkey: Option<String>,
    /// Rpc Endpoint
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rpc_endpoint: Option<String>,
}

/// CVMLogUrls
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CVMLogUrls", spec = "openapi/phala-cloud.json")]
pub struct CvmLogUrls {
    /// Container Log Base
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_log_base: Option<String>,
    /// Serial
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serial: Option<String>,
    /// Stderr
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stderr: Option<String>,
    /// Stdout
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stdout: Option<String>,
}

/// CvmNetwork
///
/// Model representing CVM network information
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CvmNetwork", spec = "openapi/phala-cloud.json")]
pub struct CvmNetwork {
    /// Error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Internal Ip
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_ip: Option<String>,
    /// Is Online
    pub is_online: bool,
    /// Is Public
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_public: Option<bool>,
    /// Latest Handshake
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_handshake: Option<String>,
    /// Public Urls
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_urls: Option<Vec<CvmNetworkUrls>>,
}

/// CvmNetworkUrls
///
/// Model representing public URLs for a CVM port
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CvmNetworkUrls", spec = "openapi/phala-cloud.json")]
pub struct CvmNetworkUrls {
    /// App
    pub app: String,
    /// Instance
    pub instance: String,
}

/// CvmOperationResponse
///
/// Aggregated operation record grouped by correlation_id.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CvmOperationResponse", spec = "openapi/phala-cloud.json")]
pub struct CvmOperationResponse {
    /// Completed At
    ///
    /// UTC timestamp of last event
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_at: Option<String>,
    /// Compose Hash
    ///
    /// Hash identifying compose configuration
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compose_hash: Option<String>,
    /// Correlation Id
    ///
    /// Unique ID linking all events in this operation
    pub correlation_id: String,
    /// Duration Ms
    ///
    /// Total duration from start to completion
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_ms: Option<i64>,
    /// Error Message
    ///
    /// Failure reason (sanitized for non-admins)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
    /// Events
    ///
    /// Chronological event timeline
    pub events: Vec<OperationEventDetail>,
    /// Instance Name
    ///
    /// CVM name at operation time
    pub instance_name: String,
    /// Operation Type
    ///
    /// Type: compose_update, power_on, resize, etc.
    pub operation_type: String,
    /// Started At
    ///
    /// UTC timestamp of first event
    pub started_at: String,
    /// Status
    ///
    /// Current status: completed, in_progress, or failed
    pub status: String,
    /// Sub Operations
    ///
    /// Ordered list of sub-operation types
    pub sub_operations: Vec<String>,
    /// Target State
    ///
    /// Expected CVM state after completion
    pub target_state: String,
    /// Triggered By
    ///
    /// User ID who initiated the operation
    pub triggered_by: i64,
    /// Triggered By Email
    ///
    /// Email if available
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub triggered_by_email: Option<String>,
    /// Triggered By Username
    ///
    /// Username if available
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub triggered_by_username: Option<String>,
}

/// CVMProgressInfo
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CVMProgressInfo", spec = "openapi/phala-cloud.json")]
pub struct CvmProgressInfo {
    /// Correlation Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// Started At
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<String>,
    /// Target
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
}

/// CvmRef
///
/// Minimal CVM reference for embedding in responses.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CvmRef", spec = "openapi/phala-cloud.json")]
pub struct CvmRef {
    /// App Id
    ///
    /// Deterministic app identifier from manifest
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    /// Name
    ///
    /// User-assigned CVM name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Object Type
    ///
    /// Fixed value 'cvm'
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_type: Option<String>,
    /// Vm Uuid
    ///
    /// CVM instance UUID
    pub vm_uuid: String,
}

/// CVMResourceInfo
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CVMResourceInfo", spec = "openapi/phala-cloud.json")]
pub struct CvmResourceInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_period: Option<BillingPeriod>,
    /// Compute Billing Price
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compute_billing_price: Option<String>,
    /// Disk In Gb
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disk_in_gb: Option<i64>,
    /// Gpus
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gpus: Option<i64>,
    /// Instance Type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_type: Option<String>,
    /// Memory In Gb
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory_in_gb: Option<f64>,
    /// Vcpu
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vcpu: Option<i64>,
}

/// CvmStatus
///
/// CVM status information for API response.
///
/// This schema is used for both internal status determination and API responses.
/// Contains current state, progress information, and async operation tracking.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CvmStatus", spec = "openapi/phala-cloud.json")]
pub struct CvmStatus {
    /// Boot Error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub boot_error: Option<String>,
    /// Boot Progress
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub boot_progress: Option<String>,
    /// Correlation Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// Events
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<GuestEvent>>,
    /// In Progress
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_progress: Option<bool>,
    /// Operation Started At
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation_started_at: Option<String>,
    /// Operation Type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation_type: Option<String>,
    /// Shutdown Progress
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shutdown_progress: Option<String>,
    /// Status
    pub status: String,
    /// Uptime
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uptime: Option<String>,
    /// Vm Uuid
    pub vm_uuid: String,
}

/// CvmSystemInfo
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CvmSystemInfo", spec = "openapi/phala-cloud.json")]
pub struct CvmSystemInfo {
    /// Boot Error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub boot_error: Option<String>,
    /// Boot Progress
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub boot_progress: Option<String>,
    /// Error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// In Progress
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_progress: Option<bool>,
    /// Is Online
    pub is_online: bool,
    /// Is Public
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_public: Option<bool>,
    /// Status
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sysinfo: Option<SystemInfo>,
}

/// CvmUserConfig
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CvmUserConfig", spec = "openapi/phala-cloud.json")]
pub struct CvmUserConfig {
    /// Default Gateway Domain
    ///
    /// Default gateway domain
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_gateway_domain: Option<String>,
    /// Hostname
    ///
    /// CVM hostname
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    /// Ssh Authorized Keys
    ///
    /// SSH public keys injected at launch
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssh_authorized_keys: Option<Vec<String>>,
}

/// CVMOSInfo
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("CVMOSInfo", spec = "openapi/phala-cloud.json")]
pub struct CvmosInfo {
    /// Is Dev
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_dev: Option<bool>,
    /// Name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Os Image Hash
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub os_image_hash: Option<String>,
    /// Version
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

/// DeviceAllowlistItem
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("DeviceAllowlistItem", spec = "openapi/phala-cloud.json")]
pub struct DeviceAllowlistItem {
    /// Allowed Onchain
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_onchain: Option<bool>,
    /// Cvm Ids
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cvm_ids: Option<Vec<i64>>,
    /// Device Id
    pub device_id: String,
    /// Node Name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_name: Option<String>,
    /// Status
    pub status: String,
}

/// DeviceAllowlistResponse
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("DeviceAllowlistResponse", spec = "openapi/phala-cloud.json")]
pub struct DeviceAllowlistResponse {
    /// Allow Any Device
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_any_device: Option<bool>,
    /// App Contract Address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_contract_address: Option<String>,
    /// Chain Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chain_id: Option<i64>,
    /// Devices
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub devices: Option<Vec<DeviceAllowlistItem>>,
    /// Is Onchain Kms
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_onchain_kms: Option<bool>,
}

/// DiagnoseDomainsRequest
///
/// Request for diagnosing custom domain DNS configuration.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("DiagnoseDomainsRequest", spec = "openapi/phala-cloud.json")]
pub struct DiagnoseDomainsRequest {
    /// Domains
    ///
    /// List of domain and port pairs to check
    pub domains: Vec<DomainCheckRequest>,
}

/// DiagnosisResponse
///
/// Response containing diagnosis results for all requested domains.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("DiagnosisResponse", spec = "openapi/phala-cloud.json")]
pub struct DiagnosisResponse {
    /// Results
    ///
    /// Diagnosis results in request order
    pub results: Vec<DomainDiagnosisResult>,
}

/// DiskInfo
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("DiskInfo", spec = "openapi/phala-cloud.json")]
pub struct DiskInfo {
    /// Free Size
    pub free_size: i64,
    /// Mount Point
    pub mount_point: String,
    /// Name
    pub name: String,
    /// Total Size
    pub total_size: i64,
}

/// DnsRecordResult
///
/// DNS record check result.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("DnsRecordResult", spec = "openapi/phala-cloud.json")]
pub struct DnsRecordResult {
    /// Actual Value
    ///
    /// Actual value found, null if missing
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual_value: Option<String>,
    /// Expected Value
    ///
    /// Expected record value
    pub expected_value: String,
    /// Is Deprecated
    ///
    /// True if this record format is deprecated
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_deprecated: Option<bool>,
    /// Is Valid
    ///
    /// True if actual matches expected
    pub is_valid: bool,
    /// Query Name
    ///
    /// Domain name queried
    pub query_name: String,
    /// Record Type
    ///
    /// Record type: CNAME or TXT
    pub record_type: String,
    /// Warning Message
    ///
    /// Deprecation or migration warning
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning_message: Option<String>,
}

/// DomainCheckRequest
///
/// Single domain check entry.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("DomainCheckRequest", spec = "openapi/phala-cloud.json")]
pub struct DomainCheckRequest {
    /// Domain
    ///
    /// Domain name to diagnose (e.g., app.example.com)
    pub domain: String,
    /// Port
    ///
    /// Port number the domain routes to
    pub port: i64,
}

/// DomainDiagnosisResult
///
/// Diagnosis result for a single domain.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("DomainDiagnosisResult", spec = "openapi/phala-cloud.json")]
pub struct DomainDiagnosisResult {
    /// CAA record check (informational only)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caa_check: Option<CaaCheckResult>,
    /// Domain
    ///
    /// Domain name checked
    pub domain: String,
    /// Is Valid
    ///
    /// True if all required records (CNAME, TXT) are correct
    pub is_valid: bool,
    /// Port
    ///
    /// Port number checked
    pub port: i64,
    /// Records
    ///
    /// DNS record check results
    pub records: Vec<DnsRecordResult>,
}

/// DstackAppMinimalResponse
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("DstackAppMinimalResponse", spec = "openapi/phala-cloud.json")]
pub struct DstackAppMinimalResponse {
    /// App Icon Url
    /// Untyped in the document: any JSON, unchecked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_icon_url: Option<serde_json::Value>,
    /// App Id
    pub app_id: String,
    /// App Provision Type
    /// Untyped in the document: any JSON, unchecked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_provision_type: Option<serde_json::Value>,
    /// Created At
    /// Untyped in the document: any JSON, unchecked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<serde_json::Value>,
    /// Current Cvm
    /// Untyped in the document: any JSON, unchecked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_cvm: Option<serde_json::Value>,
    /// Cvm Count
    /// Untyped in the document: any JSON, unchecked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cvm_count: Option<serde_json::Value>,
    /// Cvms
    /// Untyped in the document: any JSON, unchecked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cvms: Option<serde_json::Value>,
    /// Id
    /// Untyped in the document: any JSON, unchecked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<serde_json::Value>,
    /// Kms Type
    /// Untyped in the document: any JSON, unchecked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_type: Option<serde_json::Value>,
    /// Name
    /// Untyped in the document: any JSON, unchecked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<serde_json::Value>,
    /// Profile
    /// Untyped in the document: any JSON, unchecked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<serde_json::Value>,
}

/// Body_update_cvm_envs_api_v1_cvms__cvm_id__envs_patch
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "Body_update_cvm_envs_api_v1_cvms__cvm_id__envs_patch",
    spec = "openapi/phala-cloud.json"
)]
pub struct EnvsPatch {
    /// Compose Hash
    ///
    /// Hash from Phase 1 response (Phase 2 only)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compose_hash: Option<String>,
    /// Encrypted Env
    ///
    /// Encrypted env blob as hex string
    pub encrypted_env: String,
    /// Env Keys
    ///
    /// Allowed env var names. Changes trigger verification for contract-owned KMS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env_keys: Option<Vec<String>>,
    /// Transaction Hash
    ///
    /// Transaction hash proving on-chain registration (Phase 2 only)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_hash: Option<String>,
}

/// EventLog
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("EventLog", spec = "openapi/phala-cloud.json")]
pub struct EventLog {
    /// Digest
    pub digest: String,
    /// Event
    pub event: String,
    /// Event Payload
    pub event_payload: String,
    /// Event Type
    pub event_type: i64,
    /// Imr
    pub imr: i64,
}

/// ExtendedContainer
///
/// Extended Container with the public log endpoint if any.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("ExtendedContainer", spec = "openapi/phala-cloud.json")]
pub struct ExtendedContainer {
    /// Command
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,
    /// Created
    pub created: i64,
    /// Id
    pub id: String,
    /// Image
    pub image: String,
    /// Image Id
    pub image_id: String,
    /// Log Endpoint
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_endpoint: Option<String>,
    /// Names
    pub names: Vec<String>,
    /// State
    pub state: String,
    /// Status
    pub status: String,
}

/// FamilyGroup
///
/// Instance types grouped by family.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("FamilyGroup", spec = "openapi/phala-cloud.json")]
pub struct FamilyGroup {
    /// Items
    ///
    /// Instance types in family
    pub items: Vec<InstanceTypePublic>,
    /// Name
    ///
    /// Family name
    pub name: String,
    /// Total
    ///
    /// Count of types in family
    pub total: i64,
}

/// FamilyInstanceTypesResponse
///
/// Instance types for one family.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("FamilyInstanceTypesResponse", spec = "openapi/phala-cloud.json")]
pub struct FamilyInstanceTypesResponse {
    /// Family
    ///
    /// Family name
    pub family: String,
    /// Items
    ///
    /// Instance types
    pub items: Vec<InstanceTypePublic>,
    /// Total
    ///
    /// Total count
    pub total: i64,
}

/// FilterOptionsResponse
///
/// Available filter values for app list queries.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("FilterOptionsResponse", spec = "openapi/phala-cloud.json")]
pub struct FilterOptionsResponse {
    /// Image Versions
    ///
    /// Distinct OS image names
    pub image_versions: Vec<String>,
    /// Instance Types
    ///
    /// Distinct instance type identifiers
    pub instance_types: Vec<String>,
    /// Kms Slugs
    ///
    /// Distinct KMS slug values
    pub kms_slugs: Vec<String>,
    /// Kms Types
    ///
    /// Distinct KMS type values
    pub kms_types: Vec<String>,
    /// Nodes
    ///
    /// Distinct node names (union of teepod and node names)
    pub nodes: Vec<String>,
    /// Regions
    ///
    /// Distinct region identifiers
    pub regions: Vec<String>,
    /// Statuses
    ///
    /// Distinct CVM status values
    pub statuses: Vec<String>,
}

/// FirewallStatusResponse
///
/// Firewall availability for the node hosting a CVM.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("FirewallStatusResponse", spec = "openapi/phala-cloud.json")]
pub struct FirewallStatusResponse {
    /// Available
    ///
    /// Whether firewall/port-mapping is available
    pub available: bool,
    /// Reason
    ///
    /// Why it is unavailable
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "#/paths/~1api~1v1~1apps~1{app_id}/get/responses/200/content/application~1json/schema",
    spec = "openapi/phala-cloud.json"
)]
#[serde(untagged)]
pub enum GetAppInfoResponse {
    V20260121SchemasDstackAppFullResponse(V20260121SchemasDstackAppFullResponse),
    DstackAppMinimalResponse(DstackAppMinimalResponse),
}

/// GithubProfileImportRequest
///
/// Request model for importing SSH keys from a GitHub profile.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("GithubProfileImportRequest", spec = "openapi/phala-cloud.json")]
pub struct GithubProfileImportRequest {
    /// Github Username
    ///
    /// GitHub username to import SSH keys from
    pub github_username: String,
}

/// GithubProfileImportResponse
///
/// Result of importing SSH keys from a GitHub profile.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("GithubProfileImportResponse", spec = "openapi/phala-cloud.json")]
pub struct GithubProfileImportResponse {
    /// Errors
    ///
    /// Per-key errors encountered
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<String>>,
    /// Github Username
    ///
    /// GitHub username that was imported
    pub github_username: String,
    /// Keys Added
    ///
    /// New keys added
    pub keys_added: i64,
    /// Keys Skipped
    ///
    /// Keys skipped (already exist by fingerprint)
    pub keys_skipped: i64,
}

/// GithubSyncResponse
///
/// Result of GitHub SSH key sync operation.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("GithubSyncResponse", spec = "openapi/phala-cloud.json")]
pub struct GithubSyncResponse {
    /// Errors
    ///
    /// Sync errors encountered
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<String>>,
    /// Keys Added
    ///
    /// New keys added
    pub keys_added: i64,
    /// Keys Removed
    ///
    /// Stale keys removed
    pub keys_removed: i64,
    /// Keys Updated
    ///
    /// Existing keys updated
    pub keys_updated: i64,
    /// Synced Count
    ///
    /// Total keys synced from GitHub
    pub synced_count: i64,
}

/// GpuAvailability
///
/// GPU availability information for the current team
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("GpuAvailability", spec = "openapi/phala-cloud.json")]
pub struct GpuAvailability {
    /// Has Public Gpus
    ///
    /// Whether there are public GPUs available
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_public_gpus: Option<bool>,
    /// Has Reserved Gpus
    ///
    /// Whether team has reserved GPU access
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_reserved_gpus: Option<bool>,
    /// Public Gpu Count
    ///
    /// Number of public GPUs available
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_gpu_count: Option<i64>,
    /// Reserved Gpu Count
    ///
    /// Number of reserved GPUs available to use
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserved_gpu_count: Option<i64>,
}

/// GpuConfig
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("GpuConfig", spec = "openapi/phala-cloud.json")]
pub struct GpuConfig {
    /// Attach Mode
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attach_mode: Option<GpuConfigAttachMode>,
    /// Gpus
    pub gpus: Vec<GpuSpec>,
}

/// Attach Mode
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "#/components/schemas/GpuConfig/properties/attach_mode",
    spec = "openapi/phala-cloud.json"
)]
#[serde(untagged)]
pub enum GpuConfigAttachMode {
    String(String),
}

/// GpuSpec
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("GpuSpec", spec = "openapi/phala-cloud.json")]
pub struct GpuSpec {
    /// Product Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_id: Option<String>,
    /// Slot
    pub slot: String,
}

/// GuestEvent
///
/// Structured lifecycle event emitted by the guest or runtime. Since VMM v0.5.7.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("GuestEvent", spec = "openapi/phala-cloud.json")]
pub struct GuestEvent {
    /// Body
    pub body: String,
    /// Event
    pub event: String,
    /// Timestamp
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<i64>,
}

/// HTTPValidationError
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("HTTPValidationError", spec = "openapi/phala-cloud.json")]
pub struct HttpValidationError {
    /// Detail
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<Vec<ValidationError>>,
}

/// InProgress
///
/// Source: PyPI phala-cloud 0.2.0, phala_cloud/action_responses.py (InProgressResponse); npm @phala/cloud 0.2.9, dist/index.js (UpdateCvmEnvsInProgressSchema). A compose-hash precondition is the 465 error, not this answer.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("InProgress", spec = "openapi/phala-cloud.json")]
pub struct InProgress {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_envs_changed: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

/// InstanceIdRefreshRequest
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("InstanceIdRefreshRequest", spec = "openapi/phala-cloud.json")]
pub struct InstanceIdRefreshRequest {
    /// Dry Run
    ///
    /// Preview changes without persisting
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
    /// Overwrite
    ///
    /// Overwrite existing instance_id when different
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overwrite: Option<bool>,
}

/// InstanceIdRefreshResult
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("InstanceIdRefreshResult", spec = "openapi/phala-cloud.json")]
pub struct InstanceIdRefreshResult {
    /// Cvm Id
    pub cvm_id: i64,
    /// Identifier
    pub identifier: String,
    /// New Instance Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_instance_id: Option<String>,
    /// Old Instance Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_instance_id: Option<String>,
    /// Reason
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Source
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Status
    pub status: String,
    /// Verified With Gateway
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_with_gateway: Option<bool>,
}

/// InstanceTypePublic
///
/// Public instance type specification.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("InstanceTypePublic", spec = "openapi/phala-cloud.json")]
pub struct InstanceTypePublic {
    /// Default Disk Size Gb
    ///
    /// Default disk size in GB
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_disk_size_gb: Option<i64>,
    /// Description
    ///
    /// Type description
    pub description: String,
    /// Family
    ///
    /// Family category (cpu, gpu)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    /// Hourly Rate
    ///
    /// USD per hour as decimal string
    pub hourly_rate: String,
    /// Id
    ///
    /// Instance type identifier
    pub id: String,
    /// Memory Mb
    ///
    /// Memory in megabytes
    pub memory_mb: i64,
    /// Name
    ///
    /// Display name
    pub name: String,
    /// Requires Gpu
    ///
    /// Whether GPU is required
    pub requires_gpu: bool,
    /// Vcpu
    ///
    /// Virtual CPU count
    pub vcpu: i64,
}

/// IsAllowedRequest
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("IsAllowedRequest", spec = "openapi/phala-cloud.json")]
pub struct IsAllowedRequest {
    /// Compose Hash
    ///
    /// Override compose hash to check
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compose_hash: Option<String>,
    /// Device Id
    ///
    /// Override device_id directly
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// Node Id
    ///
    /// Override node (resolves device_id)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<i64>,
}

/// IsAllowedResult
///
/// Source: PyPI phala-cloud 0.2.0, phala_cloud/models/cvms.py (IsAllowedResultV20260522: cvm_id is the hashed id from 2026-05-22 on).
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("IsAllowedResult", spec = "openapi/phala-cloud.json")]
pub struct IsAllowedResult {
    pub allow_any_device: bool,
    pub app_contract_address: String,
    pub compose_hash: String,
    pub compose_hash_allowed: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cvm_id: Option<String>,
    pub device_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id_allowed: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    pub is_allowed: bool,
}

/// KMSInfo
///
/// KMS instance information.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("KMSInfo", spec = "openapi/phala-cloud.json")]
pub struct KmsInfo {
    /// Chain Id
    ///
    /// Blockchain chain ID if onchain
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chain_id: Option<i64>,
    /// Gateway App Id
    ///
    /// Gateway application ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_app_id: Option<String>,
    /// HashedId[kms]
    ///
    /// Hashed KMS identifier (kms_xxxxx)
    pub id: String,
    /// Kms Contract Address
    ///
    /// Smart contract address if onchain
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_contract_address: Option<String>,
    /// Slug
    ///
    /// Human-readable KMS name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Url
    ///
    /// KMS endpoint URL
    pub url: String,
    /// Version
    ///
    /// KMS software version
    pub version: String,
}

/// KmsType
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("KmsType", spec = "openapi/phala-cloud.json")]
pub enum KmsType {
    #[serde(rename = "phala")]
    Phala,
    #[serde(rename = "ethereum")]
    Ethereum,
    #[serde(rename = "base")]
    Base,
    #[serde(rename = "legacy")]
    Legacy,
    /// A value the document did not list (one added later): read, never sent.
    #[serde(other)]
    Unknown,
}

/// KmsWithSupportedOSImage
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("KmsWithSupportedOSImage", spec = "openapi/phala-cloud.json")]
pub struct KmsWithSupportedOsImage {
    /// Chain Id
    ///
    /// Blockchain chain ID if onchain
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chain_id: Option<i64>,
    /// Gateway App Id
    ///
    /// Gateway application ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_app_id: Option<String>,
    /// HashedId[kms]
    ///
    /// Hashed KMS identifier (kms_xxxxx)
    pub id: String,
    /// Kms Contract Address
    ///
    /// Smart contract address if onchain
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_contract_address: Option<String>,
    /// Slug
    ///
    /// Human-readable KMS name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Supported Os Images
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supported_os_images: Option<Vec<String>>,
    /// Url
    ///
    /// KMS endpoint URL
    pub url: String,
    /// Version
    ///
    /// KMS software version
    pub version: String,
}

/// Body_handle_update_cvm_listed_api_v1_cvms__cvm_id__listed_patch
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "Body_handle_update_cvm_listed_api_v1_cvms__cvm_id__listed_patch",
    spec = "openapi/phala-cloud.json"
)]
pub struct ListedPatch {
    /// Listed
    pub listed: bool,
}

/// MeteredUsageResponse
///
/// Single metered usage record.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("MeteredUsageResponse", spec = "openapi/phala-cloud.json")]
pub struct MeteredUsageResponse {
    /// Billing Day
    ///
    /// Billing day bucket
    pub billing_day: String,
    /// Billing End
    ///
    /// Billing period end (date)
    pub billing_end: String,
    /// Billing Hour
    ///
    /// Billing hour bucket
    pub billing_hour: String,
    /// Billing Key
    ///
    /// Unique billing record key
    pub billing_key: String,
    /// Billing Start
    ///
    /// Billing period start (date)
    pub billing_start: String,
    /// Cost
    ///
    /// Cost in USD
    pub cost: f64,
    /// Details
    ///
    /// JSON usage details
    pub details: Option<String>,
    /// Duration Minutes
    ///
    /// Usage duration in minutes
    pub duration_minutes: f64,
    /// Event Type
    ///
    /// Usage event type
    pub event_type: String,
    /// Instance Id
    ///
    /// CVM instance UUID
    pub instance_id: String,
    /// Project Id
    ///
    /// Project database ID
    pub project_id: i64,
    /// Team Id
    ///
    /// Team database ID
    pub team_id: i64,
    /// Timestamp
    ///
    /// Record timestamp (ISO 8601)
    pub timestamp: String,
    /// Usage Type
    ///
    /// Billing category: compute, storage, etc.
    pub usage_type: String,
}

/// Body_handle_update_cvm_name_api_v1_cvms__cvm_id__name_patch
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "Body_handle_update_cvm_name_api_v1_cvms__cvm_id__name_patch",
    spec = "openapi/phala-cloud.json"
)]
pub struct NamePatch {
    /// Name
    pub name: String,
}

/// NetworkConfigPortMappingEntry
///
/// Single port mapping rule returned from VMM network config.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("NetworkConfigPortMappingEntry", spec = "openapi/phala-cloud.json")]
pub struct NetworkConfigPortMappingEntry {
    /// Host Address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_address: Option<String>,
    /// Host Port
    pub host_port: i64,
    /// Protocol
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// Vm Port
    pub vm_port: i64,
}

/// NetworkConfigResponse
///
/// Real-time network configuration from VMM.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("NetworkConfigResponse", spec = "openapi/phala-cloud.json")]
pub struct NetworkConfigResponse {
    /// Gateway Urls
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_urls: Option<Vec<String>>,
    /// Kms Urls
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_urls: Option<Vec<String>>,
    /// Ports
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ports: Option<Vec<NetworkConfigPortMappingEntry>>,
}

/// NodeProvider
///
/// TEE node provider info.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("NodeProvider", spec = "openapi/phala-cloud.json")]
pub struct NodeProvider {
    /// Ppid
    ///
    /// Platform Provisioning ID
    pub ppid: String,
    /// Proof Of Cloud
    ///
    /// Quote from a trusted cloud TEE
    pub proof_of_cloud: bool,
    /// Provider
    ///
    /// Provider label (e.g. 'phala', 'scrt')
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
}

/// NodeRef
///
/// Minimal node/teepod reference for embedding in responses.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("NodeRef", spec = "openapi/phala-cloud.json")]
pub struct NodeRef {
    /// Device Id
    ///
    /// Device ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// Id
    ///
    /// Teepod numeric ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Name
    ///
    /// Node display name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Node Id
    ///
    /// Physical node numeric ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<i64>,
    /// Object Type
    ///
    /// Fixed value 'node'
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_type: Option<String>,
    /// Ppid
    ///
    /// PPID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ppid: Option<String>,
    /// Region
    ///
    /// Region identifier
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Node status
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TeepodStatus>,
    /// Version
    ///
    /// Teepod version
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

/// OperationEventDetail
///
/// Single atomic event within an operation.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("OperationEventDetail", spec = "openapi/phala-cloud.json")]
pub struct OperationEventDetail {
    /// Event Type
    ///
    /// Event type identifier (e.g. instance.power_on.start)
    pub event_type: String,
    /// State
    ///
    /// CVM state at event time (e.g. running, stopped)
    pub state: String,
    /// Timestamp
    ///
    /// UTC timestamp when event occurred
    pub timestamp: String,
}

/// OSImageListResponse
///
/// Paginated OS image list response.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("OSImageListResponse", spec = "openapi/phala-cloud.json")]
pub struct OsImageListResponse {
    /// Items
    pub items: Vec<OsImagePublicOut>,
    /// Page
    pub page: i64,
    /// Page Size
    pub page_size: i64,
    /// Pages
    pub pages: i64,
    /// Total
    pub total: i64,
}

/// Body_update_cvm_os_image_api_v1_cvms__cvm_id__os_image_patch
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "Body_update_cvm_os_image_api_v1_cvms__cvm_id__os_image_patch",
    spec = "openapi/phala-cloud.json"
)]
pub struct OsImagePatch {
    /// Os Image Name
    ///
    /// Image name or slug from available-os-images
    pub os_image_name: String,
}

/// OSImagePublicOut
///
/// Public OS image info.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("OSImagePublicOut", spec = "openapi/phala-cloud.json")]
pub struct OsImagePublicOut {
    /// Is Dev
    ///
    /// Development image
    pub is_dev: bool,
    /// Name
    ///
    /// Image name
    pub name: String,
    /// Os Image Hash
    ///
    /// MR image hash
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub os_image_hash: Option<String>,
    /// Requires Gpu
    ///
    /// Requires GPU
    pub requires_gpu: bool,
    /// Slug
    ///
    /// Image slug
    pub slug: String,
    /// Version
    ///
    /// Version string (x.y.z)
    pub version: String,
}

/// OSImageVariant
///
/// Single OS image variant (production or development build).
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("OSImageVariant", spec = "openapi/phala-cloud.json")]
pub struct OsImageVariant {
    /// Is Current
    ///
    /// True if this is the currently running image
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_current: Option<bool>,
    /// Name
    ///
    /// Human-readable image name (e.g. dstack-0.5.5)
    pub name: String,
    /// Os Image Hash
    ///
    /// SHA256 hash of the OS image
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub os_image_hash: Option<String>,
    /// Slug
    ///
    /// Unique identifier for API calls (e.g. dstack-0.5.5-e18f5407)
    pub slug: String,
}

/// PaginatedCvmInfos
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("PaginatedCvmInfos", spec = "openapi/phala-cloud.json")]
pub struct PaginatedCvmInfos {
    /// Items
    pub items: Vec<SchemasCvmInfo>,
    /// Page
    pub page: i64,
    /// Page Size
    pub page_size: i64,
    /// Pages
    pub pages: i64,
    /// Total
    pub total: i64,
}

/// PaginatedCvmOperationsResponse
///
/// Cursor-paginated list of CVM operations.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("PaginatedCvmOperationsResponse", spec = "openapi/phala-cloud.json")]
pub struct PaginatedCvmOperationsResponse {
    /// Items
    ///
    /// Operations ordered by started_at DESC
    pub items: Vec<CvmOperationResponse>,
    /// Next Cursor
    ///
    /// Opaque cursor for next page, null if last page
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
    /// Total
    ///
    /// Approximate total count (not exact for performance)
    pub total: i64,
}

/// PaginatedWorkspaceNodesResponse
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("PaginatedWorkspaceNodesResponse", spec = "openapi/phala-cloud.json")]
pub struct PaginatedWorkspaceNodesResponse {
    /// Items
    pub items: Vec<NodeRef>,
    /// Page
    pub page: i64,
    /// Page Size
    pub page_size: i64,
    /// Pages
    pub pages: i64,
    /// Total
    pub total: i64,
}

/// AvailableOSImage
///
/// OS image version with production and development variants.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "teehouse__api__routes__cvms__patch_compose_file__AvailableOSImage",
    spec = "openapi/phala-cloud.json"
)]
pub struct PatchComposeFileAvailableOsImage {
    /// Development build (testing)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev: Option<OsImageVariant>,
    /// Production build (stable)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prod: Option<OsImageVariant>,
    /// Version
    ///
    /// Semantic version as tuple (major, minor, patch[, build])
    pub version: PatchComposeFileAvailableOsImageVersion,
}

/// Version
///
/// Semantic version as tuple (major, minor, patch[, build])
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "#/components/schemas/teehouse__api__routes__cvms__patch_compose_file__AvailableOSImage/properties/version",
    spec = "openapi/phala-cloud.json"
)]
#[serde(untagged)]
pub enum PatchComposeFileAvailableOsImageVersion {
    Array(Vec<serde_json::Value>),
}

/// PendingUpdateItem
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("PendingUpdateItem", spec = "openapi/phala-cloud.json")]
pub struct PendingUpdateItem {
    /// Compose Hash
    pub compose_hash: String,
    /// Instance Name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_name: Option<String>,
    /// On Chain
    pub on_chain: bool,
    /// Vm Uuid
    pub vm_uuid: String,
}

/// PendingUpdatePreview
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("PendingUpdatePreview", spec = "openapi/phala-cloud.json")]
pub struct PendingUpdatePreview {
    /// Current Docker Compose
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_docker_compose: Option<String>,
    /// Current Pre Launch Script
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_pre_launch_script: Option<String>,
    /// Pending Docker Compose
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_docker_compose: Option<String>,
    /// Pending Pre Launch Script
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_pre_launch_script: Option<String>,
}

/// PendingUpdatesResponse
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("PendingUpdatesResponse", spec = "openapi/phala-cloud.json")]
pub struct PendingUpdatesResponse {
    /// Items
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<PendingUpdateItem>>,
}

/// PortMapping
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("PortMapping", spec = "openapi/phala-cloud.json")]
pub struct PortMapping {
    /// Host Address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_address: Option<String>,
    /// Host Port
    pub host_port: i64,
    /// Protocol
    pub protocol: String,
    /// Vm Port
    pub vm_port: i64,
}

/// PortMappingEntry
///
/// Single requested port mapping rule.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("PortMappingEntry", spec = "openapi/phala-cloud.json")]
pub struct PortMappingEntry {
    /// Protocol
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// Vm Port
    pub vm_port: i64,
}

/// PortMappingResponse
///
/// Port mapping with server-assigned ID.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("PortMappingResponse", spec = "openapi/phala-cloud.json")]
pub struct PortMappingResponse {
    /// Host Address
    pub host_address: String,
    /// Host Port
    pub host_port: i64,
    /// HashedId[cvm_port_mappings]
    ///
    /// A hashed identifier that maps to an internal database ID
    pub id: String,
    /// Protocol
    pub protocol: String,
    /// Vm Port
    pub vm_port: i64,
}

/// PreLaunchScriptUpgradeStatus
///
/// Source: repository Phala-Network/phala-cloud, js/src/actions/cvms/get_prelaunch_script_upgrade_status.ts at c1c48d2 (PreLaunchScriptUpgradeStatusSchema).
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("PreLaunchScriptUpgradeStatus", spec = "openapi/phala-cloud.json")]
pub struct PreLaunchScriptUpgradeStatus {
    pub can_upgrade: bool,
    pub current_hash: Option<String>,
    pub is_latest: bool,
    pub is_official: bool,
    pub latest_official_hash: String,
}

/// AvailableOSImage
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "teehouse__api__routes__cvms__preflight__AvailableOSImage",
    spec = "openapi/phala-cloud.json"
)]
pub struct PreflightAvailableOsImage {
    /// Is Dev
    pub is_dev: bool,
    /// Name
    pub name: String,
    /// Os Image Hash
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub os_image_hash: Option<String>,
    /// Requires Gpu
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requires_gpu: Option<bool>,
    /// Slug
    pub slug: String,
    /// Version
    pub version: PreflightAvailableOsImageVersion,
}

/// Version
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "#/components/schemas/teehouse__api__routes__cvms__preflight__AvailableOSImage/properties/version",
    spec = "openapi/phala-cloud.json"
)]
#[serde(untagged)]
pub enum PreflightAvailableOsImageVersion {
    Array(Vec<serde_json::Value>),
}

/// TeepodCapacity
///
/// Represents a teepod (remain) capacity
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "teehouse__api__routes__cvms__preflight__TeepodCapacity",
    spec = "openapi/phala-cloud.json"
)]
pub struct PreflightTeepodCapacity {
    /// Dedicated For Team Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dedicated_for_team_id: Option<i64>,
    /// Default Kms
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_kms: Option<String>,
    /// Device Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// Fmspc
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fmspc: Option<String>,
    /// Images
    pub images: Vec<PreflightAvailableOsImage>,
    /// Kms List
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_list: Option<Vec<String>>,
    /// Listed
    pub listed: bool,
    /// Name
    pub name: String,
    /// Region Identifier
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_identifier: Option<String>,
    /// Remaining Cvm Slots
    pub remaining_cvm_slots: i64,
    /// Remaining Disk
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remaining_disk: Option<f64>,
    /// Remaining Memory
    pub remaining_memory: f64,
    /// Remaining Vcpu
    pub remaining_vcpu: f64,
    /// Resource Score
    pub resource_score: f64,
    /// Support Onchain Kms
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support_onchain_kms: Option<bool>,
    /// Teepod Id
    pub teepod_id: i64,
}

/// ProfileGetResponse
///
/// Response model for entity profile - only public display data.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("ProfileGetResponse", spec = "openapi/phala-cloud.json")]
pub struct ProfileGetResponse {
    /// Avatar Url
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
    /// Custom Domain
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_domain: Option<String>,
    /// Description
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Display Name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
}

/// ProvisionComposeFileUpdateRequest
///
/// Request model for provisioning compose file updates.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("ProvisionComposeFileUpdateRequest", spec = "openapi/phala-cloud.json")]
pub struct ProvisionComposeFileUpdateRequest {
    /// Allowed Envs
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_envs: Option<Vec<String>>,
    /// Bash Script
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bash_script: Option<String>,
    /// Default Gateway Domain
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_gateway_domain: Option<String>,
    /// Docker Compose File
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docker_compose_file: Option<String>,
    /// Features
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub features: Option<Vec<String>>,
    /// Gateway Enabled
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_enabled: Option<bool>,
    /// Init Script
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub init_script: Option<String>,
    /// Kms Enabled
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_enabled: Option<bool>,
    /// Local Key Provider Enabled
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_key_provider_enabled: Option<bool>,
    /// Manifest Version
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manifest_version: Option<i64>,
    /// Name
    pub name: String,
    /// No Instance Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_instance_id: Option<bool>,
    /// Pre Launch Script
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre_launch_script: Option<String>,
    /// Public Logs
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_logs: Option<bool>,
    /// Public Sysinfo
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_sysinfo: Option<bool>,
    /// Public Tcbinfo
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_tcbinfo: Option<bool>,
    /// Runner
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runner: Option<String>,
    /// Salt
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salt: Option<String>,
    /// Secure Time
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secure_time: Option<bool>,
    /// Storage Fs
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_fs: Option<ProvisionComposeFileUpdateRequestStorageFs>,
    /// Tproxy Enabled
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tproxy_enabled: Option<bool>,
    /// Update Env Vars
    ///
    /// Whether to also update allowed_envs
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_env_vars: Option<bool>,
}

/// Storage Fs
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "#/components/schemas/ProvisionComposeFileUpdateRequest/properties/storage_fs",
    spec = "openapi/phala-cloud.json"
)]
#[serde(untagged)]
pub enum ProvisionComposeFileUpdateRequestStorageFs {
    String(String),
}

/// ProvisionCvm
///
/// Source: PyPI phala-cloud 0.2.0, phala_cloud/action_responses.py (ProvisionCvmResponse).
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("ProvisionCvm", spec = "openapi/phala-cloud.json")]
pub struct ProvisionCvm {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_env_encrypt_pubkey: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    pub compose_hash: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fmspc: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_contract_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_info: Option<KmsInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub os_image_hash: Option<String>,
}

/// ProvisionDstackAppRequestV2
///
/// Request for provisioning a DStack app with automatic resource matching.
///
/// Most fields are optional and will be automatically determined by the resource
/// matching logic in preflight_dstack_app. Only compose_file and name are required.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("ProvisionDstackAppRequestV2", spec = "openapi/phala-cloud.json")]
pub struct ProvisionDstackAppRequestV2 {
    /// App Id
    ///
    /// Optional app_id for manual specification. Required when nonce is provided. Only works with PHALA KMS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    /// AppComposeV2
    pub compose_file: AppComposeV2,
    /// Disk Size
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disk_size: Option<i64>,
    /// Encrypted Env
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encrypted_env: Option<String>,
    /// Env Keys
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env_keys: Option<Vec<String>>,
    /// Experimental Vpc Server App Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub experimental_vpc_server_app_id: Option<String>,
    /// Gateway Urls
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_urls: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gpus: Option<GpuConfig>,
    /// Hugepages
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hugepages: Option<bool>,
    /// Image
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// Instance Type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms: Option<KmsType>,
    /// Kms Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_id: Option<String>,
    /// Kms Urls
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_urls: Option<Vec<String>>,
    /// Listed
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listed: Option<bool>,
    /// Memory
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<i64>,
    /// Name
    ///
    /// CVM name (used as hostname): 5-63 chars, must start with letter, can contain letters/numbers/hyphens
    pub name: String,
    /// Nonce
    ///
    /// Optional nonce for deterministic app_id generation. When provided, app_id must also be provided. System will verify: app_id == get_create_address(team_wallet, nonce)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nonce: Option<i64>,
    /// Pin Numa
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pin_numa: Option<bool>,
    /// Ports
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ports: Option<Vec<PortMapping>>,
    /// Prefer Dev
    ///
    /// Prefer dev OS image (True) or non-dev OS image (False). When None, auto-selects based on image name or defaults to dev.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefer_dev: Option<bool>,
    /// Region
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Teepod Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub teepod_id: Option<i64>,
    /// User Config
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_config: Option<String>,
    /// Vcpu
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vcpu: Option<i64>,
}

/// ProvisionElizaRequest
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("ProvisionElizaRequest", spec = "openapi/phala-cloud.json")]
pub struct ProvisionElizaRequest {
    /// Characterfile
    ///
    /// The characterfile to use for the a16z/eliza.
    pub characterfile: String,
    /// Env Keys
    ///
    /// The environment variables to use for the a16z/eliza.
    pub env_keys: Vec<String>,
    /// Image
    ///
    /// The image to use for the a16z/eliza. If not provided, it will use the latest image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// Kms Id
    ///
    /// The KMS ID to use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_id: Option<String>,
    /// Name
    ///
    /// The name of the tapp.
    pub name: String,
    /// Teepod Id
    ///
    /// The Teepod ID to use for the a16z/eliza. If not provided, it will auto select an available one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub teepod_id: Option<i64>,
}

/// QuotaMetric
///
/// Quota metric for resource limits and availability.
///
/// Convention:
/// - limit = -1 means unlimited (e.g. enterprise tier)
/// - remaining = -1 means unlimited
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("QuotaMetric", spec = "openapi/phala-cloud.json")]
pub struct QuotaMetric {
    /// Limit
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Remaining
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remaining: Option<i64>,
}

/// Quote
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("Quote", spec = "openapi/phala-cloud.json")]
pub struct Quote {
    /// QuoteBody
    pub body: QuoteBody,
    /// Cert Data
    pub cert_data: Option<String>,
    /// QuoteHeader
    pub header: QuoteHeader,
    /// Verified
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified: Option<bool>,
}

/// QuoteBody
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("QuoteBody", spec = "openapi/phala-cloud.json")]
pub struct QuoteBody {
    /// Mrconfig
    pub mrconfig: String,
    /// Mrowner
    pub mrowner: String,
    /// Mrownerconfig
    pub mrownerconfig: String,
    /// Mrseam
    pub mrseam: String,
    /// Mrsignerseam
    pub mrsignerseam: String,
    /// Mrtd
    pub mrtd: String,
    /// Reportdata
    pub reportdata: String,
    /// Rtmr0
    pub rtmr0: String,
    /// Rtmr1
    pub rtmr1: String,
    /// Rtmr2
    pub rtmr2: String,
    /// Rtmr3
    pub rtmr3: String,
    /// Seamattributes
    pub seamattributes: String,
    /// Tdattributes
    pub tdattributes: String,
    /// Tee Tcb Svn
    pub tee_tcb_svn: String,
    /// Xfam
    pub xfam: String,
}

/// QuoteCollateralV3
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("QuoteCollateralV3", spec = "openapi/phala-cloud.json")]
pub struct QuoteCollateralV3 {
    /// Pck Crl
    pub pck_crl: String,
    /// Pck Crl Issuer Chain
    pub pck_crl_issuer_chain: String,
    /// Qe Identity
    pub qe_identity: String,
    /// Qe Identity Issuer Chain
    pub qe_identity_issuer_chain: String,
    /// Qe Identity Signature
    pub qe_identity_signature: String,
    /// Root Ca Crl
    pub root_ca_crl: Option<String>,
    /// Tcb Info
    pub tcb_info: String,
    /// Tcb Info Issuer Chain
    pub tcb_info_issuer_chain: String,
    /// Tcb Info Signature
    pub tcb_info_signature: String,
}

/// QuoteHeader
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("QuoteHeader", spec = "openapi/phala-cloud.json")]
pub struct QuoteHeader {
    /// AttestationKeyType
    ///
    /// Attestation key type (subset used in SGX/TDX DCAP quotes).
    pub ak_type: AttestationKeyType,
    /// Qe Vendor
    pub qe_vendor: String,
    /// TeeType
    ///
    /// TEE type values used by Intel DCAP quote header.
    pub tee_type: TeeType,
    /// User Data
    pub user_data: String,
    /// Version
    pub version: i64,
}

/// RedeployRevisionRequest
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("RedeployRevisionRequest", spec = "openapi/phala-cloud.json")]
pub struct RedeployRevisionRequest {
    /// Vm Uuids
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vm_uuids: Option<Vec<String>>,
}

/// ReplicateRequest
///
/// Request model for CVM replication.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("ReplicateRequest", spec = "openapi/phala-cloud.json")]
pub struct ReplicateRequest {
    /// Compose Hash
    ///
    /// Explicit compose hash to replicate. Required when the source app has multiple live instances.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compose_hash: Option<String>,
    /// Encrypted Env
    ///
    /// New encrypted env blob (hex)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encrypted_env: Option<String>,
    /// Node Id
    ///
    /// Target node ID for the replica
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<i64>,
    /// Teepod Id
    ///
    /// Target node ID (deprecated, use node_id)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub teepod_id: Option<i64>,
}

/// ResourceThreshold
///
/// Resource threshold for VM creation.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("ResourceThreshold", spec = "openapi/phala-cloud.json")]
pub struct ResourceThreshold {
    /// Max Disk
    pub max_disk: Option<i64>,
    /// Max Disk Each
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_disk_each: Option<i64>,
    /// Max Instances
    pub max_instances: Option<i64>,
    /// Max Memory
    pub max_memory: Option<i64>,
    /// Max Memory Each
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_memory_each: Option<i64>,
    /// Max Vcpu
    pub max_vcpu: Option<i64>,
}

/// Body_handle_restart_cvm_api_v1_cvms__cvm_id__restart_post
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "Body_handle_restart_cvm_api_v1_cvms__cvm_id__restart_post",
    spec = "openapi/phala-cloud.json"
)]
pub struct RestartPost {
    /// Force
    ///
    /// Skip graceful shutdown
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
}

/// Body_handle_update_cvm_scheduled_delete_api_v1_cvms__cvm_id__scheduled_delete_patch
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "Body_handle_update_cvm_scheduled_delete_api_v1_cvms__cvm_id__scheduled_delete_patch",
    spec = "openapi/phala-cloud.json"
)]
pub struct ScheduledDeletePatch {
    /// Scheduled Delete At
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduled_delete_at: Option<String>,
}

/// CVMInfo
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "teehouse__api__routes__cvms__v20260121__schemas__CVMInfo",
    spec = "openapi/phala-cloud.json"
)]
pub struct SchemasCvmInfo {
    /// App Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    /// Compose Hash
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compose_hash: Option<String>,
    /// Created At
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator: Option<UserRef>,
    /// Deleted At
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_at: Option<String>,
    /// Docker Compose Hash
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docker_compose_hash: Option<String>,
    /// Endpoints
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoints: Option<Vec<CvmNetworkUrls>>,
    /// CVMGatewayInfo
    pub gateway: CvmGatewayInfo,
    /// Gateway Enabled
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_enabled: Option<bool>,
    /// HashedId[cvms]
    ///
    /// A hashed identifier that maps to an internal database ID
    pub id: String,
    /// In Progress
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_progress: Option<bool>,
    /// Instance Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_info: Option<CvmKmsInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_type: Option<KmsType>,
    /// Listed
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listed: Option<bool>,
    /// CVMLogUrls
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logs: Option<CvmLogUrls>,
    /// Name
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_info: Option<NodeRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub os: Option<CvmosInfo>,
    /// Pre Launch Script Hash
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre_launch_script_hash: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<CvmProgressInfo>,
    /// Project Type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_type: Option<String>,
    /// Public Logs
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_logs: Option<bool>,
    /// Public Sysinfo
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_sysinfo: Option<bool>,
    /// Public Tcbinfo
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_tcbinfo: Option<bool>,
    /// CVMResourceInfo
    pub resource: CvmResourceInfo,
    /// Secure Time
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secure_time: Option<bool>,
    /// Services
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<std::collections::BTreeMap<String, serde_json::Value>>>,
    /// Status
    pub status: String,
    /// Storage Fs
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_fs: Option<String>,
    /// Vm Uuid
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vm_uuid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace: Option<WorkspaceRef>,
}

/// SshKeyCreateRequest
///
/// Request model for creating an SSH key.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("SshKeyCreateRequest", spec = "openapi/phala-cloud.json")]
pub struct SshKeyCreateRequest {
    /// Name
    ///
    /// Human-readable name for the key
    pub name: String,
    /// Public Key
    ///
    /// OpenSSH format public key
    pub public_key: String,
}

/// SshKeyResponse
///
/// SSH key details returned by API.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("SshKeyResponse", spec = "openapi/phala-cloud.json")]
pub struct SshKeyResponse {
    /// Created At
    ///
    /// Creation timestamp
    pub created_at: String,
    /// Fingerprint
    ///
    /// SHA256 fingerprint
    pub fingerprint: String,
    /// Id
    ///
    /// Key hashid
    pub id: String,
    /// Key Metadata
    ///
    /// Extra data like bit length
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Key Type
    ///
    /// Algorithm (ed25519, rsa, etc)
    pub key_type: String,
    /// Last Synced At
    ///
    /// Last GitHub sync timestamp
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_synced_at: Option<String>,
    /// Name
    ///
    /// Human-readable name
    pub name: String,
    /// Public Key
    ///
    /// OpenSSH format public key
    pub public_key: String,
    /// Source
    ///
    /// Origin: manual or github
    pub source: String,
    /// Updated At
    ///
    /// Last update timestamp
    pub updated_at: String,
    /// User Id
    ///
    /// Owner user hashid
    pub user_id: String,
}

/// SystemInfo
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("SystemInfo", spec = "openapi/phala-cloud.json")]
pub struct SystemInfo {
    /// Available Memory
    pub available_memory: i64,
    /// Cpu Model
    pub cpu_model: String,
    /// Disks
    pub disks: Vec<DiskInfo>,
    /// Free Memory
    pub free_memory: i64,
    /// Free Swap
    pub free_swap: i64,
    /// Kernel Version
    pub kernel_version: String,
    /// Loadavg Fifteen
    pub loadavg_fifteen: i64,
    /// Loadavg Five
    pub loadavg_five: i64,
    /// Loadavg One
    pub loadavg_one: i64,
    /// Num Cpus
    pub num_cpus: i64,
    /// Os Name
    pub os_name: String,
    /// Os Version
    pub os_version: String,
    /// Total Memory
    pub total_memory: i64,
    /// Total Swap
    pub total_swap: i64,
    /// Uptime
    pub uptime: i64,
    /// Used Memory
    pub used_memory: i64,
    /// Used Swap
    pub used_swap: i64,
}

/// TcbEvaluationInstance
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("TcbEvaluationInstance", spec = "openapi/phala-cloud.json")]
pub struct TcbEvaluationInstance {
    /// Device Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// Error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Evaluation Ok
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation_ok: Option<bool>,
    /// Evaluation Status
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation_status: Option<String>,
    /// Evaluation Update
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation_update: Option<String>,
    /// Image Version
    pub image_version: Option<String>,
    /// Instance Id
    pub instance_id: Option<String>,
    /// Name
    pub name: Option<String>,
    /// Ppid
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ppid: Option<String>,
    /// Status
    pub status: Option<String>,
    /// Vm Uuid
    pub vm_uuid: Option<String>,
}

/// TcbEvaluationResponse
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("TcbEvaluationResponse", spec = "openapi/phala-cloud.json")]
pub struct TcbEvaluationResponse {
    /// App Id
    pub app_id: String,
    /// Instances
    pub instances: Vec<TcbEvaluationInstance>,
    /// Update
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update: Option<String>,
}

/// TcbInfo
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("TcbInfo", spec = "openapi/phala-cloud.json")]
pub struct TcbInfo {
    /// App Compose
    pub app_compose: String,
    /// Event Log
    pub event_log: Vec<EventLog>,
    /// Mrtd
    pub mrtd: String,
    /// Rootfs Hash
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rootfs_hash: Option<String>,
    /// Rtmr0
    pub rtmr0: String,
    /// Rtmr1
    pub rtmr1: String,
    /// Rtmr2
    pub rtmr2: String,
    /// Rtmr3
    pub rtmr3: String,
}

/// TeamTier
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("TeamTier", spec = "openapi/phala-cloud.json")]
pub enum TeamTier {
    #[serde(rename = "PRO")]
    Pro,
    #[serde(rename = "ENTERPRISE")]
    Enterprise,
    #[serde(rename = "LEVEL_1")]
    Level1,
    #[serde(rename = "LEVEL_2")]
    Level2,
    /// A value the document did not list (one added later): read, never sent.
    #[serde(other)]
    Unknown,
}

/// TeeType
///
/// TEE type values used by Intel DCAP quote header.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("TeeType", spec = "openapi/phala-cloud.json")]
pub struct TeeType(pub i64);

/// TeepodMeta
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("TeepodMeta", spec = "openapi/phala-cloud.json")]
pub struct TeepodMeta {
    /// Id
    pub id: i64,
    /// Name
    pub name: String,
}

/// TeepodStatus
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("TeepodStatus", spec = "openapi/phala-cloud.json")]
pub enum TeepodStatus {
    #[serde(rename = "ONLINE")]
    Online,
    #[serde(rename = "OFFLINE")]
    Offline,
    #[serde(rename = "MAINTENANCE")]
    Maintenance,
    /// A value the document did not list (one added later): read, never sent.
    #[serde(other)]
    Unknown,
}

/// TierCapacity
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("TierCapacity", spec = "openapi/phala-cloud.json")]
pub struct TierCapacity {
    /// ResourceThreshold
    ///
    /// Resource threshold for VM creation.
    pub capacity: ResourceThreshold,
    /// GpuAvailability
    ///
    /// GPU availability information for the current team
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gpu_availability: Option<GpuAvailability>,
    /// Kms List
    pub kms_list: Vec<KmsWithSupportedOsImage>,
    /// Nodes
    pub nodes: Vec<PreflightTeepodCapacity>,
    /// TeamTier
    pub tier: TeamTier,
}

/// UpdateCvmRequest
///
/// PATCH request body — all fields optional, only set fields are applied.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("UpdateCvmRequest", spec = "openapi/phala-cloud.json")]
pub struct UpdateCvmRequest {
    /// Allow Force Stop
    ///
    /// When true, falls back to hard stop if graceful shutdown times out. Use for zombie CVMs that are unresponsive to shutdown signals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_force_stop: Option<bool>,
    /// Allowed Envs
    ///
    /// Allowed environment variable names (env_keys)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_envs: Option<Vec<String>>,
    /// Disk Size
    ///
    /// Disk size in MB
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disk_size: Option<i64>,
    /// Docker Compose File
    ///
    /// Docker Compose YAML content
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docker_compose_file: Option<String>,
    /// Encrypted Env
    ///
    /// Encrypted environment variables as hex string
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encrypted_env: Option<String>,
    /// GPU configuration
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gpus: Option<GpuConfig>,
    /// Image
    ///
    /// OS image name or slug from available-os-images
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// Memory
    ///
    /// Memory in MB
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<i64>,
    /// Pre Launch Script
    ///
    /// Shell script executed before containers start
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre_launch_script: Option<String>,
    /// Public Logs
    ///
    /// Expose container logs publicly
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_logs: Option<bool>,
    /// Public Sysinfo
    ///
    /// Expose system info publicly
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_sysinfo: Option<bool>,
    /// Public Tcbinfo
    ///
    /// Expose TCB attestation info publicly
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_tcbinfo: Option<bool>,
    /// Shutdown Timeout
    ///
    /// Timeout in seconds for graceful shutdown. null means no timeout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shutdown_timeout: Option<i64>,
    /// User Config
    ///
    /// User configuration string
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_config: Option<String>,
    /// Vcpu
    ///
    /// Number of vCPUs
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vcpu: Option<i64>,
}

/// UpdateCvmResources
///
/// Source: npm @phala/cloud 0.2.9, dist/index.js (UpdateCvmResourcesRequestSchema).
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("UpdateCvmResources", spec = "openapi/phala-cloud.json")]
pub struct UpdateCvmResources {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_restart: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disk_size: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vcpu: Option<i64>,
}

/// UpdateCvmVisibility
///
/// Source: npm @phala/cloud 0.2.9, dist/index.js (UpdateCvmVisibilityRequestSchema).
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("UpdateCvmVisibility", spec = "openapi/phala-cloud.json")]
pub struct UpdateCvmVisibility {
    pub public_logs: bool,
    pub public_sysinfo: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_tcbinfo: Option<bool>,
}

/// UpdateNetworkConfigRequest
///
/// Partial update for KMS/Gateway URLs. Only set fields are applied.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("UpdateNetworkConfigRequest", spec = "openapi/phala-cloud.json")]
pub struct UpdateNetworkConfigRequest {
    /// Gateway Urls
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_urls: Option<Vec<String>>,
    /// Kms Urls
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_urls: Option<Vec<String>>,
    /// Restart
    ///
    /// Restart the CVM after applying changes to reload configuration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restart: Option<bool>,
}

/// UpdatePortMappingsRequest
///
/// Bulk-replace all port mappings for a CVM.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("UpdatePortMappingsRequest", spec = "openapi/phala-cloud.json")]
pub struct UpdatePortMappingsRequest {
    /// Ports
    pub ports: Vec<PortMappingEntry>,
}

/// UserRef
///
/// Minimal user reference for embedding in responses.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("UserRef", spec = "openapi/phala-cloud.json")]
pub struct UserRef {
    /// Avatar Url
    ///
    /// Gravatar or OAuth provider avatar URL
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
    /// Id
    ///
    /// Hashed user ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Object Type
    ///
    /// Fixed value 'user'
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_type: Option<String>,
    /// Username
    ///
    /// Display username
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

/// DstackAppFullResponse
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "teehouse__api__routes__apps__v20260121__schemas__DstackAppFullResponse",
    spec = "openapi/phala-cloud.json"
)]
pub struct V20260121SchemasDstackAppFullResponse {
    /// App Icon Url
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_icon_url: Option<String>,
    /// App Id
    pub app_id: String,
    /// App Provision Type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_provision_type: Option<String>,
    /// Created At
    pub created_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_cvm: Option<SchemasCvmInfo>,
    /// Cvm Count
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cvm_count: Option<i64>,
    /// Cvms
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cvms: Option<Vec<SchemasCvmInfo>>,
    /// HashedId[projects]
    ///
    /// A hashed identifier that maps to an internal database ID
    pub id: String,
    /// Kms Type
    pub kms_type: String,
    /// Name
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<ProfileGetResponse>,
}

/// DstackAppListResponse
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "teehouse__api__routes__apps__v20260121__schemas__DstackAppListResponse",
    spec = "openapi/phala-cloud.json"
)]
pub struct V20260121SchemasDstackAppListResponse {
    /// Dstack Apps
    pub dstack_apps: Vec<V20260121SchemasDstackAppListResponseDstackAppsItem>,
    /// Page
    pub page: i64,
    /// Page Size
    pub page_size: i64,
    /// Total
    pub total: i64,
    /// Total Pages
    pub total_pages: i64,
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "#/components/schemas/teehouse__api__routes__apps__v20260121__schemas__DstackAppListResponse/properties/dstack_apps/items",
    spec = "openapi/phala-cloud.json"
)]
#[serde(untagged)]
pub enum V20260121SchemasDstackAppListResponseDstackAppsItem {
    V20260121SchemasDstackAppFullResponse(V20260121SchemasDstackAppFullResponse),
    DstackAppMinimalResponse(DstackAppMinimalResponse),
}

/// ValidationError
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("ValidationError", spec = "openapi/phala-cloud.json")]
pub struct ValidationError {
    /// Location
    pub loc: Vec<ValidationErrorLocItem>,
    /// Message
    pub msg: String,
    /// Error Type
    pub r#type: String,
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "#/components/schemas/ValidationError/properties/loc/items",
    spec = "openapi/phala-cloud.json"
)]
#[serde(untagged)]
pub enum ValidationErrorLocItem {
    String(String),
    Integer(i64),
}

/// VerificationResponse
///
/// Quote verification result.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("VerificationResponse", spec = "openapi/phala-cloud.json")]
pub struct VerificationResponse {
    /// Can Download
    ///
    /// Raw quote downloadable
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_download: Option<bool>,
    /// Checksum
    ///
    /// SHA256 of quote bytes
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checksum: Option<String>,
    /// Id
    ///
    /// Quote checksum identifier
    pub id: String,
    /// Node provider info
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_provider: Option<NodeProvider>,
    /// Proof Of Cloud
    ///
    /// Quote from Phala Cloud TEE
    pub proof_of_cloud: bool,
    /// Parsed quote structure
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<Quote>,
    /// TCB collateral data
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote_collateral: Option<QuoteCollateralV3>,
    /// Success
    ///
    /// Verification passed
    pub success: bool,
    /// Uploaded At
    ///
    /// ISO8601 upload timestamp
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uploaded_at: Option<String>,
    /// Verified At
    ///
    /// ISO8601 timestamp when verified was computed
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_at: Option<String>,
}

/// VM
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("VM", spec = "openapi/phala-cloud.json")]
pub struct Vm {
    /// App Id
    pub app_id: String,
    /// App Url
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_url: Option<String>,
    /// Base Image
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_image: Option<String>,
    /// Created At
    pub created_at: String,
    /// Disk Size
    pub disk_size: i64,
    /// Docker Compose File
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docker_compose_file: Option<String>,
    /// Encrypted Env Pubkey
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encrypted_env_pubkey: Option<String>,
    /// Features
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub features: Option<Vec<String>>,
    /// Id
    pub id: i64,
    /// Instance Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// Manifest Version
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manifest_version: Option<i64>,
    /// Memory
    pub memory: i64,
    /// Name
    pub name: String,
    /// Runner
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runner: Option<String>,
    /// Status
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub teepod: Option<TeepodMeta>,
    /// Teepod Id
    pub teepod_id: i64,
    /// User Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
    /// Vcpu
    pub vcpu: i64,
    /// Version
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Vm Uuid
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vm_uuid: Option<String>,
}

/// WebhookCreateRequest
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("WebhookCreateRequest", spec = "openapi/phala-cloud.json")]
pub struct WebhookCreateRequest {
    /// Events
    pub events: Vec<String>,
    /// Name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Secret
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// Url
    pub url: String,
}

/// WebhookDeliveryResponse
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("WebhookDeliveryResponse", spec = "openapi/phala-cloud.json")]
pub struct WebhookDeliveryResponse {
    /// Attempts
    pub attempts: i64,
    /// Created At
    pub created_at: String,
    /// Delivered At
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered_at: Option<String>,
    /// Duration Ms
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_ms: Option<i64>,
    /// Error Message
    pub error_message: String,
    /// Event Id
    pub event_id: String,
    /// Event Type
    pub event_type: String,
    /// Original Event Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_event_id: Option<String>,
    /// Request Url
    pub request_url: String,
    /// Response Status
    pub response_status: i64,
    /// Snowflake Id
    pub snowflake_id: i64,
    /// Status
    pub status: String,
}

/// WebhookResponse
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("WebhookResponse", spec = "openapi/phala-cloud.json")]
pub struct WebhookResponse {
    /// Created At
    pub created_at: String,
    /// Enabled
    pub enabled: bool,
    /// Events
    pub events: Vec<String>,
    /// Id
    pub id: String,
    /// Name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Secret
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// Updated At
    pub updated_at: String,
    /// Url
    pub url: String,
}

/// WebhookStatsResponse
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("WebhookStatsResponse", spec = "openapi/phala-cloud.json")]
pub struct WebhookStatsResponse {
    /// Avg Duration Ms
    pub avg_duration_ms: i64,
    /// Failed Count
    pub failed_count: i64,
    /// Last Delivery At
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_delivery_at: Option<String>,
    /// Max Duration Ms
    pub max_duration_ms: i64,
    /// Success Count
    pub success_count: i64,
    /// Success Rate
    pub success_rate: f64,
    /// Total
    pub total: i64,
}

/// WebhookUpdateRequest
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("WebhookUpdateRequest", spec = "openapi/phala-cloud.json")]
pub struct WebhookUpdateRequest {
    /// Enabled
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Events
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<String>>,
    /// Name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Url
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// PaginationMetadata
///
/// Pagination state for list responses.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "teehouse__api__routes__workspace__PaginationMetadata",
    spec = "openapi/phala-cloud.json"
)]
pub struct WorkspacePaginationMetadata {
    /// Has More
    ///
    /// Whether more items exist
    pub has_more: bool,
    /// Next Cursor
    ///
    /// Cursor for next page
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
    /// Total
    ///
    /// Total item count (if available)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}

/// WorkspaceQuotas
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("WorkspaceQuotas", spec = "openapi/phala-cloud.json")]
pub struct WorkspaceQuotas {
    /// QuotaMetric
    ///
    /// Quota metric for resource limits and availability.
    ///
    /// Convention:
    /// - limit = -1 means unlimited (e.g. enterprise tier)
    /// - remaining = -1 means unlimited
    pub disk_gb: QuotaMetric,
    /// QuotaMetric
    ///
    /// Quota metric for resource limits and availability.
    ///
    /// Convention:
    /// - limit = -1 means unlimited (e.g. enterprise tier)
    /// - remaining = -1 means unlimited
    pub memory_mb: QuotaMetric,
    /// QuotaMetric
    ///
    /// Quota metric for resource limits and availability.
    ///
    /// Convention:
    /// - limit = -1 means unlimited (e.g. enterprise tier)
    /// - remaining = -1 means unlimited
    pub vcpu: QuotaMetric,
    /// QuotaMetric
    ///
    /// Quota metric for resource limits and availability.
    ///
    /// Convention:
    /// - limit = -1 means unlimited (e.g. enterprise tier)
    /// - remaining = -1 means unlimited
    pub vm_slots: QuotaMetric,
}

/// WorkspaceQuotasResponse
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("WorkspaceQuotasResponse", spec = "openapi/phala-cloud.json")]
pub struct WorkspaceQuotasResponse {
    /// As Of
    pub as_of: String,
    /// WorkspaceQuotas
    pub quotas: WorkspaceQuotas,
    /// WorkspaceReservedGpuQuota
    pub reserved_gpu: WorkspaceReservedGpuQuota,
    /// QuotaMetric
    ///
    /// Quota metric for resource limits and availability.
    ///
    /// Convention:
    /// - limit = -1 means unlimited (e.g. enterprise tier)
    /// - remaining = -1 means unlimited
    pub reserved_nodes: QuotaMetric,
    /// Team Slug
    pub team_slug: String,
    /// Tier
    pub tier: String,
}

/// WorkspaceRef
///
/// Minimal workspace reference for embedding in responses.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("WorkspaceRef", spec = "openapi/phala-cloud.json")]
pub struct WorkspaceRef {
    /// Avatar Url
    ///
    /// Workspace avatar URL from profile
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
    /// HashedId[teams]
    ///
    /// Hashed workspace ID
    pub id: String,
    /// Name
    ///
    /// Workspace display name
    pub name: String,
    /// Object Type
    ///
    /// Fixed value 'workspace'
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_type: Option<String>,
    /// Slug
    ///
    /// URL-safe workspace identifier
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
}

/// WorkspaceReservedGpuQuota
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("WorkspaceReservedGpuQuota", spec = "openapi/phala-cloud.json")]
pub struct WorkspaceReservedGpuQuota {
    /// QuotaMetric
    ///
    /// Quota metric for resource limits and availability.
    ///
    /// Convention:
    /// - limit = -1 means unlimited (e.g. enterprise tier)
    /// - remaining = -1 means unlimited
    pub gpus: QuotaMetric,
    /// In Use
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_use: Option<i64>,
    /// Misconfigured
    ///
    /// Reserved GPU records for this workspace that are NOT on its reserved nodes
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub misconfigured: Option<i64>,
}

/// WorkspaceResponse
///
/// Workspace details with user role.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("WorkspaceResponse", spec = "openapi/phala-cloud.json")]
pub struct WorkspaceResponse {
    /// Confidential Models Enabled
    ///
    /// Whether Confidential Models (Redpill) is enabled
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidential_models_enabled: Option<bool>,
    /// Created At
    ///
    /// Workspace creation timestamp
    pub created_at: String,
    /// HashedId[teams]
    ///
    /// Workspace ID (hashid)
    pub id: String,
    /// Is Default
    ///
    /// Whether this workspace is the user's default
    pub is_default: bool,
    /// Name
    ///
    /// Workspace display name
    pub name: String,
    /// Role
    ///
    /// User's role in workspace (owner, admin, member)
    pub role: String,
    /// Slug
    ///
    /// URL-friendly identifier
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Tier
    ///
    /// Billing tier (free, pro, enterprise)
    pub tier: String,
}

/// WorkspacesListResponse
///
/// Paginated list of user workspaces.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("WorkspacesListResponse", spec = "openapi/phala-cloud.json")]
pub struct WorkspacesListResponse {
    /// Data
    ///
    /// Workspace records
    pub data: Vec<WorkspaceResponse>,
    /// PaginationMetadata
    ///
    /// Pagination state for list responses.
    pub pagination: WorkspacePaginationMetadata,
}
