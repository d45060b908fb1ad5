use phala_api::{Api, Client, Error, EventStream, api_endpoint};

pub struct State {
    pub status: String,
}

trait Cvms: Api {
    #[api_endpoint(GET "/cvms/<id>/state")]
    async fn watch(&self, id: &str) -> Result<EventStream<State>, Error>;
}

impl Cvms for Client {}

fn main() {}
