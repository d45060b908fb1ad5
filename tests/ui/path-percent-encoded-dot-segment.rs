use phala_api::{Api, Client, Error, api_endpoint};

trait Admin: Api {
    // The URL parser decodes `%2e%2e` and removes the segment: this would call `/admin/…`.
    #[api_endpoint(GET "/api/%2e%2e/admin/<id>")]
    async fn get(&self, id: &str) -> Result<(), Error>;
}

impl Admin for Client {}

fn main() {}
