//! Feeds arbitrary text to the attribute's parse -> check -> expand pipeline: the first line is
//! the attribute's arguments, the rest the item. Any input must give tokens, never a panic.

#![no_main]

// The macro's own modules, compiled here as a normal library (a proc-macro crate cannot be a
// dependency of a fuzz target).
#[path = "../../macros/src/args.rs"]
mod args;
#[path = "../../macros/src/attribute.rs"]
mod attribute;
#[path = "../../macros/src/check.rs"]
mod check;
#[path = "../../macros/src/errors.rs"]
mod errors;
#[path = "../../macros/src/expand.rs"]
mod expand;
#[path = "../../macros/src/signature.rs"]
mod signature;
#[path = "../../macros/src/template.rs"]
mod template;

use std::str::FromStr;

use proc_macro2::TokenStream;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = template::parse(text);
    let (attr, item) = text.split_once('\n').unwrap_or((text, ""));
    if let (Ok(attr), Ok(item)) = (TokenStream::from_str(attr), TokenStream::from_str(item)) {
        let _ = attribute::endpoint(attr, item);
    }
});
