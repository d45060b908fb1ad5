use phala_api::Multipart;

#[derive(Multipart)]
pub struct Upload {
    pub name: String,
    pub bytes: Vec<u8>,
}

fn main() {}
