#[phala_api::api(header("X-Phala-Version" = "2026-05-22"))]
struct Kms;

fn main() {}
