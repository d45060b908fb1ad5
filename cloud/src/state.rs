//! A CVM's state, from `GET /api/v1/cvms/{cvm_id}/state`: once, or as Server-Sent Events
//! until it reaches a target status. The document types the answer `{}`; the shapes here are
//! the ones Phala's SDK reads (npm `@phala/cloud` 0.2.9, `dist/index.js`: `CvmStateSchema`, and
//! `watchCvmState`, which asks with `Accept: text/event-stream` and reads `state` events until
//! a `complete` or a `timeout` one).

use phala_api::{Api, Client, Error, EventStream, api_endpoint};
use serde::{Deserialize, Serialize};

/// A CVM's state (`CvmStateSchema` in the SDK).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CvmState {
    /// The CVM's id.
    #[serde(default)]
    pub id: Option<String>,
    /// Its instance id.
    #[serde(default)]
    pub instance_id: Option<String>,
    /// Its name.
    pub name: String,
    /// Its status: `running`, `stopped`, `starting`, ….
    pub status: String,
    /// How long it has run.
    #[serde(default)]
    pub uptime: Option<String>,
    /// When it exited.
    #[serde(default)]
    pub exited_at: Option<String>,
    /// How far it has booted.
    #[serde(default)]
    pub boot_progress: Option<String>,
    /// Why it failed to boot.
    #[serde(default)]
    pub boot_error: Option<String>,
    /// How far it has shut down.
    #[serde(default)]
    pub shutdown_progress: Option<String>,
}

/// An event's data while a state is watched: a `state` event's is the state; `complete`,
/// `timeout` and `error` events carry what the server sends, kept as JSON (the SDK does not
/// type them either).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CvmStateEvent {
    /// A `state` event's data.
    State(CvmState),
    /// Any other event's data.
    Other(serde_json::Value),
}

/// A CVM's state, once or as it changes.
#[phala_api::api(
    spec = "openapi/phala-cloud.json",
    header("X-Phala-Version" = "2026-06-23")
)]
pub trait CvmStates: Api {
    /// The CVM's state now.
    #[api_endpoint(GET "/api/v1/cvms/<cvm_id>/state")]
    async fn get_cvm_state(&self, cvm_id: &str) -> Result<CvmState, Error>;

    /// The CVM's state as it changes, until it is `target` (`running`, `stopped`, …): `state`
    /// events, then `complete` (or `timeout` when the server's `timeout`, 10 to 600 seconds,
    /// runs out first). `interval` is how often the server looks, 5 to 30 seconds. The call's
    /// deadline is longer than the server's longest watch.
    #[api_endpoint(GET "/api/v1/cvms/<cvm_id>/state", timeout = "11m")]
    async fn watch_cvm_state(
        &self,
        cvm_id: &str,
        #[query] target: &str,
        #[query] interval: Option<i64>,
        #[query] timeout: Option<i64>,
    ) -> Result<EventStream<CvmStateEvent>, Error>;
}

impl CvmStates for Client {}
