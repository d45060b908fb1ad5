//! Runnable examples of phala-api, one file each: `quickstart.rs` (against an embedded stand-in
//! by default) and `phala.rs` (a small
//! command-line client of Phala Cloud, offline against a stand-in by default).

use phala_api::kms::KmsInfo;

/// The fields of a KMS, one per line, each after `indent`; `-` for an absent value.
pub fn describe_kms(kms: &KmsInfo, indent: &str) -> String {
    let or_dash = |value: &Option<String>| value.as_deref().unwrap_or("-").to_owned();
    let chain = kms.chain_id.map_or("-".to_owned(), |id| id.to_string());
    [
        ("id", kms.id.clone()),
        ("slug", or_dash(&kms.slug)),
        ("url", kms.url.clone()),
        ("version", kms.version.clone()),
        ("chain_id", chain),
        ("kms_contract_address", or_dash(&kms.kms_contract_address)),
        ("gateway_app_id", or_dash(&kms.gateway_app_id)),
        ("k256_pubkey", or_dash(&kms.k256_pubkey)),
    ]
    .iter()
    .map(|(name, value)| format!("{indent}{:<21} {value}\n", format!("{name}:")))
    .collect()
}
