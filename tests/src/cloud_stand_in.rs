//! A stand-in for the part of Phala Cloud beyond KMS that the `phala` example and
//! `phala-cloud`'s tests use, answering as `X-Phala-Version: 2026-06-23` does (shapes of
//! `cloud/openapi/phala-cloud.json`): the CVM lifecycle — provision, create, list, get, the
//! state once or as Server-Sent Events, stop and start — apps and webhooks. It keeps its CVMs
//! in memory, so a CVM created is then listed, starts, runs and stops. Anything else is the KMS
//! stand-in's ([`crate::stand_in`]).

use std::sync::{Arc, Mutex, PoisonError};

use serde_json::{Value, json};

use crate::percent_decode;
use crate::server::{Recorded, Reply, TestServer};
use crate::stand_in::{self, detail, ok};

/// A CVM the stand-in starts with, running.
pub const RUNNING_CVM: &str = "cvm_7f3a9c2e";
/// A CVM the stand-in starts with, stopped.
pub const STOPPED_CVM: &str = "cvm_1b8d4e60";

/// A CVM as the stand-in keeps it.
#[derive(Clone, Debug)]
struct Cvm {
    id: String,
    name: String,
    app_id: String,
    status: &'static str,
    vcpu: u32,
    memory_mb: u32,
    disk_gb: u32,
}

/// The stand-in's CVMs and the compose hashes provisioned for new ones.
#[derive(Debug)]
struct Cloud {
    cvms: Vec<Cvm>,
    provisioned: Vec<(String, String)>,
}

/// Starts the stand-in on 127.0.0.1.
pub async fn start() -> TestServer {
    TestServer::start(answering()).await
}

/// The stand-in's answers, with a fresh set of CVMs: for `TestServer::start` or `serve_on`.
pub fn answering() -> impl Fn(&Recorded) -> Reply + Send + Sync + 'static {
    let cloud = Arc::new(Mutex::new(Cloud {
        cvms: vec![
            cvm(RUNNING_CVM, "web", "running", 1),
            cvm(STOPPED_CVM, "batch", "stopped", 2),
        ],
        provisioned: Vec::new(),
    }));
    move |request| {
        let mut cloud = cloud.lock().unwrap_or_else(PoisonError::into_inner);
        answer(&mut cloud, request).unwrap_or_else(|| stand_in::answer(request))
    }
}

fn cvm(id: &str, name: &str, status: &'static str, n: u32) -> Cvm {
    Cvm {
        id: id.to_owned(),
        name: name.to_owned(),
        app_id: format!("{:040x}", 0xa99_0000 + u64::from(n)),
        status,
        vcpu: 2,
        memory_mb: 4096,
        disk_gb: 40,
    }
}

/// A CVM as lists and `GET /cvms/{id}` answer it (`CVMInfo`, `CVMInfoDetail`).
fn info(cvm: &Cvm) -> Value {
    json!({
        "id": cvm.id,
        "name": cvm.name,
        "app_id": cvm.app_id,
        "status": cvm.status,
        "in_progress": cvm.status == "starting",
        "resource": {
            "vcpu": cvm.vcpu,
            "memory_in_gb": f64::from(cvm.memory_mb) / 1024.0,
            "disk_in_gb": cvm.disk_gb,
            "instance_type": "tdx.small"
        },
        "gateway": {"base_domain": "dstack-prod5.phala.network", "cname": null},
        "kms_type": "phala",
        "created_at": "2026-11-30T10:00:00Z"
    })
}

/// A CVM as the lifecycle actions answer it (`VM`).
fn vm(cvm: &Cvm, n: usize) -> Value {
    json!({
        "id": n, "name": cvm.name, "status": cvm.status, "teepod_id": 5,
        "app_id": cvm.app_id, "vcpu": cvm.vcpu, "memory": cvm.memory_mb,
        "disk_size": cvm.disk_gb, "created_at": "2026-11-30T10:00:00Z",
        "vm_uuid": null, "instance_id": null
    })
}

/// A CVM's state (the SDKs' `CvmStateSchema`).
fn state(cvm: &Cvm) -> Value {
    json!({"id": cvm.id, "name": cvm.name, "status": cvm.status})
}

/// A stable 64-digit hex digest of `text` (FNV-1a, repeated): what the stand-in calls a
/// compose hash.
fn digest(text: &str) -> String {
    (0..4u64)
        .map(|round| {
            let hash = text
                .bytes()
                .fold(0xcbf2_9ce4_8422_2325 ^ round, |hash, byte| {
                    (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
                });
            format!("{hash:016x}")
        })
        .collect()
}

/// The stand-in's answer, or `None` for what the KMS stand-in answers.
fn answer(cloud: &mut Cloud, request: &Recorded) -> Option<Reply> {
    let (path, query) = request
        .target
        .split_once('?')
        .unwrap_or((&request.target, ""));
    let param = |name: &str| {
        form_urlencoded::parse(query.as_bytes())
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.into_owned())
    };
    let segments: Vec<String> = path.split('/').skip(1).map(percent_decode).collect();
    let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
    let find = |cvms: &[Cvm], id: &str| cvms.iter().position(|cvm| cvm.id == id);
    let reply = match (request.method.as_str(), &segments[..]) {
        ("GET", ["api", "v1", "cvms"]) => {
            ok(&json!(cloud.cvms.iter().map(info).collect::<Vec<_>>()))
        }
        ("GET", ["api", "v1", "cvms", "paginated"]) => {
            let page: usize = param("page")
                .and_then(|p| p.parse().ok())
                .unwrap_or(1)
                .max(1);
            let size: usize = param("page_size")
                .and_then(|p| p.parse().ok())
                .unwrap_or(20)
                .clamp(1, 100);
            let total = cloud.cvms.len();
            let items: Vec<Value> = cloud
                .cvms
                .iter()
                .skip((page - 1) * size)
                .take(size)
                .map(info)
                .collect();
            ok(&json!({
                "items": items, "total": total, "page": page, "page_size": size,
                "pages": total.div_ceil(size)
            }))
        }
        ("POST", ["api", "v1", "cvms", "provision"]) => provision(cloud, &request.body),
        ("POST", ["api", "v1", "cvms"]) => create(cloud, &request.body),
        ("GET", ["api", "v1", "cvms", id]) => match find(&cloud.cvms, id) {
            Some(at) => ok(&info(&cloud.cvms[at])),
            None => detail(404, "CVM not found"),
        },
        ("GET", ["api", "v1", "cvms", id, "state"]) => match find(&cloud.cvms, id) {
            Some(at) if request.header("accept") == Some("text/event-stream") => {
                watch(&mut cloud.cvms[at], param("target").as_deref())
            }
            Some(at) => ok(&state(&cloud.cvms[at])),
            None => detail(404, "CVM not found"),
        },
        ("POST", ["api", "v1", "cvms", id, action @ ("stop" | "start")]) => {
            match find(&cloud.cvms, id) {
                Some(at) => {
                    cloud.cvms[at].status = if *action == "stop" {
                        "stopped"
                    } else {
                        "starting"
                    };
                    ok(&vm(&cloud.cvms[at], at + 1))
                }
                None => detail(404, "CVM not found"),
            }
        }
        ("GET", ["api", "v1", "apps"]) => {
            let apps: Vec<Value> = cloud
                .cvms
                .iter()
                .map(|cvm| {
                    json!({
                        "id": format!("app_{}", &cvm.app_id[32..]), "name": cvm.name,
                        "app_id": cvm.app_id, "created_at": "2026-11-30T10:00:00Z",
                        "kms_type": "phala", "cvm_count": 1
                    })
                })
                .collect();
            let total = apps.len();
            ok(
                &json!({"dstack_apps": apps, "page": 1, "page_size": 50, "total": total, "total_pages": 1}),
            )
        }
        ("GET", ["api", "v1", "workspace", "webhooks"]) => ok(&json!([{
            "id": "wh_5c1d", "url": "https://hooks.example.com/phala",
            "events": ["cvm.status_changed"], "enabled": true,
            "created_at": "2026-11-01T08:00:00Z", "updated_at": "2026-11-01T08:00:00Z"
        }])),
        _ => return None,
    };
    Some(reply)
}

/// `POST /cvms/provision`: the compose file's hash, kept for the create that follows.
fn provision(cloud: &mut Cloud, body: &[u8]) -> Reply {
    let body: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    let Some(name) = body["name"].as_str() else {
        return stand_in::invalid("body", "name", "Field required", "");
    };
    if !body["compose_file"].is_object() {
        return stand_in::invalid("body", "compose_file", "Field required", "");
    }
    let compose_hash = digest(&body["compose_file"].to_string());
    let app_id = compose_hash[..40].to_owned();
    cloud
        .provisioned
        .push((compose_hash.clone(), name.to_owned()));
    ok(&json!({
        "compose_hash": compose_hash, "app_id": app_id,
        "app_env_encrypt_pubkey": "04b1c2d3e4f5a6b7", "node_id": 5, "instance_type": "tdx.small"
    }))
}

/// `POST /cvms`: the provisioned CVM, created and starting.
fn create(cloud: &mut Cloud, body: &[u8]) -> Reply {
    let body: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    let (Some(app_id), Some(hash)) = (body["app_id"].as_str(), body["compose_hash"].as_str())
    else {
        return stand_in::invalid("body", "compose_hash", "Field required", "");
    };
    let Some(at) = cloud
        .provisioned
        .iter()
        .position(|(known, _)| known == hash)
    else {
        return detail(400, "Compose hash not provisioned or expired");
    };
    let (_, name) = cloud.provisioned.remove(at);
    let mut new = cvm(&format!("cvm_{}", &hash[..8]), &name, "starting", 0);
    new.app_id = app_id.to_owned();
    cloud.cvms.push(new);
    let created = cloud.cvms.len();
    ok(&vm(&cloud.cvms[created - 1], created))
}

/// The state as Server-Sent Events, as the server streams it while a CVM changes: `state`
/// events until it reaches `target` (a starting CVM boots here at once), then `complete`.
fn watch(cvm: &mut Cvm, target: Option<&str>) -> Reply {
    let mut events = vec![("state", state(cvm))];
    if cvm.status == "starting" {
        cvm.status = "running";
        events.push(("state", state(cvm)));
    }
    let reached = target.is_none_or(|target| target == cvm.status);
    let (last, data) = if reached {
        ("complete", json!({"status": cvm.status}))
    } else {
        ("timeout", json!({"status": cvm.status, "target": target}))
    };
    events.push((last, data));
    let body: String = events
        .iter()
        .map(|(event, data)| format!("event: {event}\ndata: {data}\n\n"))
        .collect();
    Reply::status(200)
        .header("content-type", "text/event-stream")
        .body(body)
}
