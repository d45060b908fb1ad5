use phala_api::Multipart;

#[derive(Multipart)]
pub enum Upload {
    File(Vec<u8>),
}

fn main() {}
