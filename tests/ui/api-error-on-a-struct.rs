use phala_api::ApiError;

#[derive(Debug, ApiError)]
pub struct KmsError {
    pub status: u16,
}

fn main() {}
