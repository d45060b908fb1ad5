//! Every schema-valid answer decodes: for each type the scaffold wrote for Phala Cloud's
//! document, at least 1,000 random instances its schema allows (the runtime's document-driven
//! generator, `phala_api_tests::instances`) decode into it and re-serialise valid. The list
//! below is the module's: a test says when a type is missing from it.
#![allow(clippy::unwrap_used, clippy::panic)] // a test fails loudly

use phala_api_tests::instances::every_valid_instance_decodes;
use phala_cloud::*;

const DOCUMENT: &str = include_str!("../openapi/phala-cloud.json");

macro_rules! decodes {
    ($($test:ident: $ty:ty;)*) => {
        $(
            #[test]
            fn $test() {
                every_valid_instance_decodes::<$ty>(DOCUMENT);
            }
        )*

        /// The list is every type of the module that reads answers (derives `Deserialize`
        /// and `Schema`), no more and no fewer.
        #[test]
        fn every_answer_type_is_listed() {
            let mut listed: Vec<String> = vec![$(stringify!($ty).to_owned()),*];
            let module = syn::parse_file(include_str!("../src/generated.rs")).unwrap();
            let mut written: Vec<String> = module
                .items
                .iter()
                .filter_map(|item| match item {
                    syn::Item::Struct(s) => Some((&s.attrs, s.ident.to_string())),
                    syn::Item::Enum(e) => Some((&e.attrs, e.ident.to_string())),
                    _ => None,
                })
                .filter(|(attrs, _)| {
                    attrs.iter().any(|attr| {
                        let text = quote::quote!(#attr).to_string();
                        text.contains("Deserialize") && text.contains("Schema")
                    })
                })
                .map(|(_, name)| name)
                .collect();
            listed.sort();
            written.sort();
            assert_eq!(listed, written, "the list and the module part: regenerate the list");
        }
    };
}

decodes! {
    acme_fetch_result: AcmeFetchResult;
    all_families_response: AllFamiliesResponse;
    app_attestation: AppAttestation;
    app_attestation_instance: AppAttestationInstance;
    app_attestation_kms: AppAttestationKms;
    app_compose_v2: AppComposeV2;
    app_compose_v2_storage_fs: AppComposeV2StorageFs;
    app_cvms_batch_is_allowed_response: AppCvmsBatchIsAllowedResponse;
    app_is_allowed_request: AppIsAllowedRequest;
    app_is_allowed_response: AppIsAllowedResponse;
    app_kms_info_response: AppKmsInfoResponse;
    app_revision_detail_response: AppRevisionDetailResponse;
    app_revision_detail_response_compose_file: AppRevisionDetailResponseComposeFile;
    app_revision_response: AppRevisionResponse;
    app_revisions_response: AppRevisionsResponse;
    app_usage_response: AppUsageResponse;
    attestation_guest_agent: AttestationGuestAgent;
    attestation_key_type: AttestationKeyType;
    batch_instance_id_refresh_request: BatchInstanceIdRefreshRequest;
    batch_instance_id_refresh_response: BatchInstanceIdRefreshResponse;
    batch_item_result: BatchItemResult;
    batch_status_request: BatchStatusRequest;
    batch_stop_error_entry: BatchStopErrorEntry;
    batch_stop_request: BatchStopRequest;
    batch_stop_response: BatchStopResponse;
    billing_period: BillingPeriod;
    caa_check_result: CaaCheckResult;
    cancel_operation_request: CancelOperationRequest;
    certificate: Certificate;
    certificate_issuer: CertificateIssuer;
    certificate_subject: CertificateSubject;
    commit_update_request: CommitUpdateRequest;
    compose_file_patch: ComposeFilePatch;
    compose_file_provision_response: ComposeFileProvisionResponse;
    compose_file_update_request: ComposeFileUpdateRequest;
    create_app_instance_request: CreateAppInstanceRequest;
    create_tapp_request: CreateTappRequest;
    create_workload_tapp_request: CreateWorkloadTappRequest;
    current_user: CurrentUser;
    current_user_credits: CurrentUserCredits;
    current_user_credits_balance: CurrentUserCreditsBalance;
    current_user_credits_granted_balance: CurrentUserCreditsGrantedBalance;
    current_user_credits_outstanding_amount: CurrentUserCreditsOutstandingAmount;
    current_user_profile: CurrentUserProfile;
    current_user_workspace: CurrentUserWorkspace;
    cvm_attestation: CvmAttestation;
    cvm_composition: CvmComposition;
    cvm_create_gateway_resource: CvmCreateGatewayResource;
    cvm_create_instance_type: CvmCreateInstanceType;
    cvm_create_kms_resource: CvmCreateKmsResource;
    cvm_create_node_kms_relation: CvmCreateNodeKmsRelation;
    cvm_create_resources: CvmCreateResources;
    cvm_gateway_info: CvmGatewayInfo;
    cvm_info_detail: CvmInfoDetail;
    cvm_info_detail_compose_file: CvmInfoDetailComposeFile;
    cvm_kms_info: CvmKmsInfo;
    cvm_log_urls: CvmLogUrls;
    cvm_network: CvmNetwork;
    cvm_network_urls: CvmNetworkUrls;
    cvm_operation_response: CvmOperationResponse;
    cvm_progress_info: CvmProgressInfo;
    cvm_ref: CvmRef;
    cvm_resource_info: CvmResourceInfo;
    cvm_status: CvmStatus;
    cvm_system_info: CvmSystemInfo;
    cvm_user_config: CvmUserConfig;
    cvmos_info: CvmosInfo;
    device_allowlist_item: DeviceAllowlistItem;
    device_allowlist_response: DeviceAllowlistResponse;
    diagnose_domains_request: DiagnoseDomainsRequest;
    diagnosis_response: DiagnosisResponse;
    disk_info: DiskInfo;
    dns_record_result: DnsRecordResult;
    domain_check_request: DomainCheckRequest;
    domain_diagnosis_result: DomainDiagnosisResult;
    dstack_app_minimal_response: DstackAppMinimalResponse;
    envs_patch: EnvsPatch;
    event_log: EventLog;
    extended_container: ExtendedContainer;
    family_group: FamilyGroup;
    family_instance_types_response: FamilyInstanceTypesResponse;
    filter_options_response: FilterOptionsResponse;
    firewall_status_response: FirewallStatusResponse;
    get_app_info_response: GetAppInfoResponse;
    github_profile_import_request: GithubProfileImportRequest;
    github_profile_import_response: GithubProfileImportResponse;
    github_sync_response: GithubSyncResponse;
    gpu_availability: GpuAvailability;
    gpu_config: GpuConfig;
    gpu_config_attach_mode: GpuConfigAttachMode;
    gpu_spec: GpuSpec;
    guest_event: GuestEvent;
    http_validation_error: HttpValidationError;
    in_progress: InProgress;
    instance_id_refresh_request: InstanceIdRefreshRequest;
    instance_id_refresh_result: InstanceIdRefreshResult;
    instance_type_public: InstanceTypePublic;
    is_allowed_request: IsAllowedRequest;
    is_allowed_result: IsAllowedResult;
    kms_info: KmsInfo;
    kms_type: KmsType;
    kms_with_supported_os_image: KmsWithSupportedOsImage;
    listed_patch: ListedPatch;
    metered_usage_response: MeteredUsageResponse;
    name_patch: NamePatch;
    network_config_port_mapping_entry: NetworkConfigPortMappingEntry;
    network_config_response: NetworkConfigResponse;
    node_provider: NodeProvider;
    node_ref: NodeRef;
    operation_event_detail: OperationEventDetail;
    os_image_list_response: OsImageListResponse;
    os_image_patch: OsImagePatch;
    os_image_public_out: OsImagePublicOut;
    os_image_variant: OsImageVariant;
    paginated_cvm_infos: PaginatedCvmInfos;
    paginated_cvm_operations_response: PaginatedCvmOperationsResponse;
    paginated_workspace_nodes_response: PaginatedWorkspaceNodesResponse;
    patch_compose_file_available_os_image: PatchComposeFileAvailableOsImage;
    patch_compose_file_available_os_image_version: PatchComposeFileAvailableOsImageVersion;
    pending_update_item: PendingUpdateItem;
    pending_update_preview: PendingUpdatePreview;
    pending_updates_response: PendingUpdatesResponse;
    port_mapping: PortMapping;
    port_mapping_entry: PortMappingEntry;
    port_mapping_response: PortMappingResponse;
    pre_launch_script_upgrade_status: PreLaunchScriptUpgradeStatus;
    preflight_available_os_image: PreflightAvailableOsImage;
    preflight_available_os_image_version: PreflightAvailableOsImageVersion;
    preflight_teepod_capacity: PreflightTeepodCapacity;
    profile_get_response: ProfileGetResponse;
    provision_compose_file_update_request: ProvisionComposeFileUpdateRequest;
    provision_compose_file_update_request_storage_fs: ProvisionComposeFileUpdateRequestStorageFs;
    provision_cvm: ProvisionCvm;
    provision_dstack_app_request_v2: ProvisionDstackAppRequestV2;
    provision_eliza_request: ProvisionElizaRequest;
    quota_metric: QuotaMetric;
    quote: Quote;
    quote_body: QuoteBody;
    quote_collateral_v3: QuoteCollateralV3;
    quote_header: QuoteHeader;
    redeploy_revision_request: RedeployRevisionRequest;
    replicate_request: ReplicateRequest;
    resource_threshold: ResourceThreshold;
    restart_post: RestartPost;
    scheduled_delete_patch: ScheduledDeletePatch;
    schemas_cvm_info: SchemasCvmInfo;
    ssh_key_create_request: SshKeyCreateRequest;
    ssh_key_response: SshKeyResponse;
    system_info: SystemInfo;
    tcb_evaluation_instance: TcbEvaluationInstance;
    tcb_evaluation_response: TcbEvaluationResponse;
    tcb_info: TcbInfo;
    team_tier: TeamTier;
    tee_type: TeeType;
    teepod_meta: TeepodMeta;
    teepod_status: TeepodStatus;
    tier_capacity: TierCapacity;
    update_cvm_request: UpdateCvmRequest;
    update_cvm_resources: UpdateCvmResources;
    update_cvm_visibility: UpdateCvmVisibility;
    update_network_config_request: UpdateNetworkConfigRequest;
    update_port_mappings_request: UpdatePortMappingsRequest;
    user_ref: UserRef;
    v20260121_schemas_dstack_app_full_response: V20260121SchemasDstackAppFullResponse;
    v20260121_schemas_dstack_app_list_response: V20260121SchemasDstackAppListResponse;
    v20260121_schemas_dstack_app_list_response_dstack_apps_item: V20260121SchemasDstackAppListResponseDstackAppsItem;
    validation_error: ValidationError;
    validation_error_loc_item: ValidationErrorLocItem;
    verification_response: VerificationResponse;
    vm: Vm;
    webhook_create_request: WebhookCreateRequest;
    webhook_delivery_response: WebhookDeliveryResponse;
    webhook_response: WebhookResponse;
    webhook_stats_response: WebhookStatsResponse;
    webhook_update_request: WebhookUpdateRequest;
    workspace_pagination_metadata: WorkspacePaginationMetadata;
    workspace_quotas: WorkspaceQuotas;
    workspace_quotas_response: WorkspaceQuotasResponse;
    workspace_ref: WorkspaceRef;
    workspace_reserved_gpu_quota: WorkspaceReservedGpuQuota;
    workspace_response: WorkspaceResponse;
    workspaces_list_response: WorkspacesListResponse;
}
