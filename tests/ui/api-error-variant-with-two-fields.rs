use phala_api::ApiError;

#[derive(Debug, ApiError)]
pub enum KmsError {
    #[status(422)]
    Invalid(String, u16),
}

fn main() {}
