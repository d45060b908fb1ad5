use phala_api::Schema;
use serde::Deserialize;

#[derive(Debug, Deserialize, Schema)]
#[schema("label", spec = "../openapi/soundness-3.0.json")]
pub struct Label {
    pub name: String,
    pub color: String,
}

// The union is `oneOf: [string, label]`, read without a tag: a plain name has no variant.
#[derive(Debug, Deserialize, Schema)]
#[schema(
    "#/paths/~1repos~1{owner}~1{repo}~1labels/get/responses/200/content/application~1json/schema/items",
    spec = "../openapi/soundness-3.0.json"
)]
pub enum LabelOrName {
    Label(Label),
    Count(u32),
}

fn main() {}
