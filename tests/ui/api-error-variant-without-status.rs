use phala_api::ApiError;

#[derive(Debug, ApiError)]
pub enum KmsError {
    #[status(404)]
    NotFound,
    Gone,
}

fn main() {}
