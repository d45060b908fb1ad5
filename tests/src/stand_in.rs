//! A stand-in for Phala Cloud's KMS endpoints, with a few realistic fixtures, answering as the
//! real API does: 200 with the spec's shapes, 400 and 404 with `{"detail": …}`, 422 with an
//! `HTTPValidationError`; and by `X-Phala-Version`, as the server does: from `2026-06-23` on,
//! `GET /api/v1/kms`, `/api/v1/kms/{slug}` and `/api/v1/kms/{slug}/nodes` are the contract API
//! (shapes from Phala's SDK, `js/src/types/kms_contract.ts`); before it, or without the header,
//! the 2026-05-22 shapes.

use serde_json::{Value, json};

use crate::percent_decode;
use crate::server::{Recorded, Reply, TestServer};

/// The KMS the stand-in knows, by id.
pub const KNOWN_ID: &str = "kms_0123abcd";
/// The same KMS, by slug.
pub const KNOWN_SLUG: &str = "phala-prod9";
/// A well-formed id the stand-in does not know: 404.
pub const UNKNOWN_ID: &str = "kms_ffffffff";
/// Too short for the API's validation: 422.
pub const INVALID_ID: &str = "k";
/// An app the stand-in knows.
pub const KNOWN_APP: &str = "0x9b3f2a1c4d5e6f708192a3b4c5d6e7f8091a2b3c";
/// The chain the stand-in knows.
pub const KNOWN_CHAIN: &str = "base";
/// The off-chain KMS contract, by slug.
pub const KNOWN_CONTRACT: &str = "phala";
/// The version from which `/api/v1/kms` is the contract API.
pub const CONTRACT_VERSION: &str = "2026-06-23";

/// Starts the stand-in on 127.0.0.1.
pub async fn start() -> TestServer {
    TestServer::start(answer).await
}

fn kms(id: &str, slug: &str, chain_id: Option<i64>) -> Value {
    json!({
        "id": id,
        "slug": slug,
        "url": format!("https://kms.{slug}.phala.network"),
        "version": "v0.5.3",
        "chain_id": chain_id,
        "kms_contract_address": chain_id.map(|_| "0x2f83172A49584C017F2B256F0FB2Dca14126Ba9C"),
        "gateway_app_id": chain_id.map(|_| "0x39F2f3373CEcFf2a6Bb9Bd8Af0D4F1F5e2B4B2F3"),
        "created_at": "2025-03-14T09:26:53Z"
    })
}

fn all_kms() -> Vec<Value> {
    vec![
        kms(KNOWN_ID, KNOWN_SLUG, Some(8453)),
        kms("kms_4567ef01", "phala-prod5", None),
        kms("kms_89ab2345", "phala-prod8", Some(8453)),
    ]
}

fn contract(
    id: &str,
    slug: &str,
    label: &str,
    address: &str,
    chain_id: i64,
    nodes: usize,
) -> Value {
    json!({"id": id, "slug": slug, "label": label, "contract_address": address,
           "chain_id": chain_id, "k256_pubkey": "02c1d5e7…", "ca_pubkey": "03a4f9b2…",
           "node_count": nodes, "created_at": "2026-06-23T00:00:00Z"})
}

fn all_contracts() -> Vec<Value> {
    vec![
        contract("kc_0a1b2c3d", KNOWN_CONTRACT, "Phala KMS", "phala", 0, 2),
        contract(
            "kc_4e5f6071",
            "base-prod",
            "Base production",
            "0x2f83172A49584C017F2B256F0FB2Dca14126Ba9C",
            8453,
            1,
        ),
    ]
}

fn contract_nodes(contract: &Value) -> Value {
    let slug = contract["slug"].as_str().unwrap_or("kms");
    let count = contract["node_count"].as_u64().unwrap_or(0);
    let items: Vec<Value> = (1..=count)
        .map(|n| {
            json!({"id": format!("kms_{slug}{n}"), "slug": format!("{slug}-{n}"),
                        "url": format!("https://kms{n}.{slug}.phala.network"), "version": "v0.5.3",
                        "kms_type": if contract["chain_id"] == 0 { "phala" } else { "onchain" }})
        })
        .collect();
    json!({"items": items, "total": count})
}

fn bootstrap() -> Value {
    json!({"k256_pubkey": "02c1d5…", "ca_pubkey": "03a4f9…", "quote_length": 5006,
           "eventlog_length": 28114})
}

fn inspect(id: &str) -> Value {
    json!({
        "id": id, "slug": KNOWN_SLUG, "endpoint": "https://kms.phala-prod9.phala.network",
        "kms_type": "onchain", "db_version": "v0.5.3",
        "rpc": {"version": "v0.5.3", "is_dev": false, "chain_id": 8453,
                "kms_contract_address": "0x2f83172A49584C017F2B256F0FB2Dca14126Ba9C",
                "gateway_app_id": "0x39F2f3373CEcFf2a6Bb9Bd8Af0D4F1F5e2B4B2F3",
                "bootstrap_info": bootstrap(), "version_synced": true},
        "rpc_error": null,
        "guest_agent": {"device_id": "e5a0c70bb6503de2d31c11d85914fe3776ed5b33a078ed856327c371a60fe0fd",
                        "os_image_hash": "0x8f4a…", "app_id": null},
        "guest_agent_error": null,
        "teepods": [{"id": 7, "name": "prod7", "teepod_version_db": "0.5.3",
                     "teepod_version_real": "0.5.3", "kms_url": "https://kms.phala-prod9.phala.network",
                     "kms_urls": ["https://kms.phala-prod9.phala.network"],
                     "available_os_images": [{"name": "dstack-0.5.3", "version": "0.5.3", "is_dev": false}],
                     "error": null}],
        "on_chain": {"kms_info": bootstrap(), "gateway_app_id": "0x39F2f3373CEcFf2a6Bb9Bd8Af0D4F1F5e2B4B2F3",
                     "owner": "0x1234567890abcdef1234567890abcdef12345678",
                     "verification": {"k256_pubkey_match": true, "ca_pubkey_match": true,
                                      "gateway_app_id_match": true}, "error": null}
    })
}

fn on_chain() -> Value {
    json!({"chain_name": KNOWN_CHAIN, "chain_id": 8453, "contracts": [{
        "contract_address": "0x2f83172A49584C017F2B256F0FB2Dca14126Ba9C", "chain_id": 8453,
        "chain_name": KNOWN_CHAIN,
        "devices": [{"device_id": "e5a0c70bb6503de2d31c11d85914fe3776ed5b33a078ed856327c371a60fe0fd",
                     "node_name": "prod7", "on_chain_allowed": true}],
        "os_images": [{"name": "dstack-0.5.3", "version": "0.5.3", "os_image_hash": "0x8f4a…",
                       "on_chain_allowed": true}]}]})
}

fn app_kms_info() -> Value {
    json!({"is_onchain_kms": true, "chain_id": 8453,
           "kms_contract_address": "0x2f83172A49584C017F2B256F0FB2Dca14126Ba9C",
           "app_contract_address": KNOWN_APP, "deployer_address": "0x00000000000000000000000000000000000000aa",
           "deployer_type": "eoa", "is_contract": false, "safe_app_url": null})
}

/// FastAPI's 422 body for one refused input.
pub(crate) fn invalid(location: &str, name: &str, message: &str, input: &str) -> Reply {
    let body = json!({"detail": [{"type": "value_error", "loc": [location, name], "msg": message,
                                   "input": input}]});
    Reply::json(422, &body.to_string()).header("x-request-id", "req-422-stand-in")
}

/// An error answer with FastAPI's `{"detail": …}`.
pub(crate) fn detail(status: u16, message: &str) -> Reply {
    Reply::json(status, &json!({ "detail": message }).to_string())
        .header("x-request-id", &format!("req-{status}-stand-in"))
}

/// A 200 with `body`.
pub(crate) fn ok(body: &Value) -> Reply {
    Reply::json(200, &body.to_string()).header("x-request-id", "req-200-stand-in")
}

fn is_app_id(text: &str) -> bool {
    let hex = text.strip_prefix("0x").unwrap_or(text);
    hex.len() == 40 && hex.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The stand-in's answer to one request.
pub fn answer(request: &Recorded) -> Reply {
    if request.method != "GET" {
        return detail(405, "Method Not Allowed");
    }
    let (path, query) = request
        .target
        .split_once('?')
        .unwrap_or((&request.target, ""));
    let query: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    let param = |name: &str| {
        query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let segments: Vec<String> = path.split('/').skip(1).map(percent_decode).collect();
    let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
    // ISO dates order as text.
    let contracts = request
        .header("x-phala-version")
        .is_some_and(|version| version >= CONTRACT_VERSION);
    if contracts {
        match segments[..] {
            ["api", "v1", "kms"] => {
                return list_contracts(param("page"), param("page_size"), param("is_onchain"));
            }
            ["api", "v1", "kms", slug] => {
                return find_contract(slug).map_or_else(|reply| reply, |c| ok(&c));
            }
            ["api", "v1", "kms", slug, "nodes"] => {
                return find_contract(slug).map_or_else(|reply| reply, |c| ok(&contract_nodes(&c)));
            }
            _ => {}
        }
    }
    match segments[..] {
        ["api", "v1", "kms"] => list(param("page"), param("page_size"), param("is_onchain")),
        ["api", "v1", "kms", "phala", "next_app_id"] => {
            let counts = param("counts").unwrap_or("1");
            match counts.parse::<u64>() {
                Ok(n @ 1..=20) => ok(&json!({"app_ids": (0..n).map(|i| json!({
                    "app_id": format!("{:040x}", 0xa11ce + i), "nonce": 17 + i})).collect::<Vec<_>>()})),
                _ => invalid(
                    "query",
                    "counts",
                    "Input should be less than or equal to 20",
                    counts,
                ),
            }
        }
        ["api", "v1", "kms", "on-chain", chain] if chain == KNOWN_CHAIN => ok(&on_chain()),
        ["api", "v1", "kms", "on-chain", _] => detail(400, "Unsupported chain name"),
        ["api", "v1", "kms", id] => find(id).map_or_else(|reply| reply, |kms| ok(&kms)),
        ["api", "v1", "kms", id, "info"] => find(id).map_or_else(
            |reply| reply,
            |kms| ok(&inspect(kms["id"].as_str().unwrap_or(id))),
        ),
        ["api", "v1", "kms", id, "pubkey", app] => {
            if !is_app_id(app) {
                return detail(400, "Invalid app ID format");
            }
            let key = json!({"public_key": "04b1c2d3e4f5…", "signature": "9f8e7d6c5b4a…"});
            find(id).map_or_else(|reply| reply, |_| ok(&key))
        }
        ["api", "v1", "apps", app, "kms-info"] if app.eq_ignore_ascii_case(KNOWN_APP) => {
            ok(&app_kms_info())
        }
        ["api", "v1", "apps", _, "kms-info"] => detail(404, "App not found"),
        _ => detail(404, "Not Found"),
    }
}

/// The KMS with this id or slug, or the answer the API gives instead (422 or 404).
fn find(id: &str) -> Result<Value, Reply> {
    if id.chars().count() < 3 {
        return Err(invalid(
            "path",
            "kms_id",
            "String should have at least 3 characters",
            id,
        ));
    }
    all_kms()
        .into_iter()
        .find(|kms| kms["id"] == id || kms["slug"] == id)
        .ok_or_else(|| detail(404, "KMS not found"))
}

/// The contract with this slug or `kc_` id, or a 404.
fn find_contract(slug: &str) -> Result<Value, Reply> {
    all_contracts()
        .into_iter()
        .find(|c| c["slug"] == slug || c["id"] == slug)
        .ok_or_else(|| detail(404, "KMS contract not found"))
}

fn list_contracts(page: Option<&str>, page_size: Option<&str>, is_onchain: Option<&str>) -> Reply {
    page_of(all_contracts(), page, page_size, |c| match is_onchain {
        Some("true") => c["chain_id"] != 0,
        Some("false") => c["chain_id"] == 0,
        _ => true,
    })
}

fn list(page: Option<&str>, page_size: Option<&str>, is_onchain: Option<&str>) -> Reply {
    page_of(all_kms(), page, page_size, |kms| match is_onchain {
        Some("true") => !kms["chain_id"].is_null(),
        Some("false") => kms["chain_id"].is_null(),
        _ => true,
    })
}

/// One page of `all` (those `keep` keeps), checked as the API checks paging.
fn page_of(
    all: Vec<Value>,
    page: Option<&str>,
    page_size: Option<&str>,
    keep: impl Fn(&Value) -> bool,
) -> Reply {
    let page = match page.unwrap_or("1").parse::<usize>() {
        Ok(page) if page >= 1 => page,
        _ => {
            return invalid(
                "query",
                "page",
                "Input should be greater than or equal to 1",
                page.unwrap_or(""),
            );
        }
    };
    let size = match page_size.unwrap_or("20").parse::<usize>() {
        Ok(size @ 1..=100) => size,
        _ => {
            let input = page_size.unwrap_or("");
            return invalid(
                "query",
                "page_size",
                "Input should be less than or equal to 100",
                input,
            );
        }
    };
    let items: Vec<Value> = all.into_iter().filter(|item| keep(item)).collect();
    let total = items.len();
    let page_items: Vec<Value> = items
        .into_iter()
        .skip((page - 1) * size)
        .take(size)
        .collect();
    ok(
        &json!({"items": page_items, "total": total, "page": page, "page_size": size,
               "pages": total.div_ceil(size)}),
    )
}
