use phala_api::ApiError;

#[derive(Debug, ApiError)]
pub enum KmsError {
    #[status(302)]
    Moved,
}

fn main() {}
