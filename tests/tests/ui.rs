//! Compile-time checks: each file in `tests/ui/` holds one mistake, and its `.stderr` pins the
//! message. Refresh with `TRYBUILD=overwrite cargo test -p phala-api-tests --test ui` and
//! review the diff.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
}
