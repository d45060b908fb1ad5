//! Names kept by hand over the scaffold's: the document names its per-version models by their
//! module path (`teehouse__api__routes__cvms__v20260121__schemas__CVMInfo`), which the
//! scaffold shortens only as far as it stays unique (`SchemasCvmInfo`). The names here are the
//! ones Phala's SDKs use for the version this crate pins.

use crate::generated::{
    SchemasCvmInfo, V20260121SchemasDstackAppFullResponse, V20260121SchemasDstackAppListResponse,
    V20260121SchemasDstackAppListResponseDstackAppsItem,
};

/// A CVM as the lists and lifecycle actions answer it (`CvmInfoV20260522` in the SDKs).
pub type CvmInfo = SchemasCvmInfo;

/// A page of apps (`DstackAppListResponseV20260522`).
pub type AppList = V20260121SchemasDstackAppListResponse;

/// An app in a list: full, or minimal where the workspace may see only that much.
pub type App = V20260121SchemasDstackAppListResponseDstackAppsItem;

/// An app with its current CVM (`DstackAppWithCvmResponseV20260522`).
pub type AppFull = V20260121SchemasDstackAppFullResponse;
