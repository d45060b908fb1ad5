//! Feeds arbitrary text to the macros' parse -> check -> expand pipelines: the first line is an
//! attribute's arguments, the rest the item. Any input must give tokens, never a panic.

#![no_main]

use std::str::FromStr;

use proc_macro2::TokenStream;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (attr, item) = text.split_once('\n').unwrap_or((text, ""));
    if let (Ok(attr), Ok(item)) = (TokenStream::from_str(attr), TokenStream::from_str(item)) {
        let _ = phala_api_codegen::endpoint_attribute(attr.clone(), item.clone());
        let _ = phala_api_codegen::api_attribute(attr, item.clone());
        let _ = phala_api_codegen::derive_api_error(item.clone());
        let _ = phala_api_codegen::derive_schema(item.clone());
        let _ = phala_api_codegen::derive_query_params(item);
    }
});
