//! Runnable examples of phala-api, one file each: `quickstart.rs` (against an embedded stand-in
//! by default) and `kms.rs` (a small command-line client of the real API).
