use phala_api::ApiError;

#[derive(Debug, ApiError)]
pub enum KmsError {
    #[status(404)]
    NotFound,
    #[status(404)]
    Missing,
}

fn main() {}
