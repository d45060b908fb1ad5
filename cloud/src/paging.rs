//! Every item of Phala Cloud's paged lists as one stream: the answers of the paged operations
//! are [`Page`]s, and [`Every`] walks them with `phala_api::paging::items`, page after page as
//! the stream is read.
//!
//! ```no_run
//! use futures_util::TryStreamExt;
//! use phala_cloud::{Client, Every};
//!
//! # async fn all() -> Result<(), Box<dyn std::error::Error>> {
//! let client = Client::from_env()?;
//! let cvms: Vec<_> = client.every_cvm(50).try_collect().await?;
//! # Ok(())
//! # }
//! ```

use futures_core::Stream;
use std::future::Future;

use phala_api::paging::{Page, Paging, Position, items};
use phala_api::{ApiError, Error};

use crate::generated::{
    AppRevisionResponse, AppRevisionsResponse, Apps, Cvms, NodeRef,
    NotFoundOrUnprocessableEntityError, OsImageListResponse, OsImagePublicOut, OsImages,
    PaginatedCvmInfos, PaginatedWorkspaceNodesResponse, Status401To422Error,
    UnauthorizedOrUnprocessableEntityError, WorkspaceResponse, Workspaces, WorkspacesListResponse,
};
use crate::names::{App, AppList, CvmInfo};

/// The number of items in all pages, as the answers say it (never negative in practice; a
/// negative one says nothing).
fn total(total: i64) -> Option<u64> {
    u64::try_from(total).ok()
}

/// Answers paged by number: their items under a field, and the `total` they say.
macro_rules! numbered_pages {
    ($($page:ty => $field:ident: $item:ty;)*) => {$(
        impl Page for $page {
            type Item = $item;
            fn into_items(self) -> Vec<$item> {
                self.$field
            }
            fn total(&self) -> Option<u64> {
                total(self.total)
            }
        }
    )*};
}

numbered_pages! {
    PaginatedCvmInfos => items: CvmInfo;
    AppList => dstack_apps: App;
    AppRevisionsResponse => revisions: AppRevisionResponse;
    OsImageListResponse => items: OsImagePublicOut;
    PaginatedWorkspaceNodesResponse => items: NodeRef;
}

impl Page for WorkspacesListResponse {
    type Item = WorkspaceResponse;
    fn into_items(self) -> Vec<WorkspaceResponse> {
        self.data
    }
    /// The next cursor while the answer says there is more.
    fn next_cursor(&self) -> Option<&str> {
        let pagination = &self.pagination;
        pagination
            .has_more
            .then_some(pagination.next_cursor.as_deref())
            .flatten()
    }
}

/// A page number or size as the operations' `i64` query arguments take it.
fn query_number(number: u64) -> Option<i64> {
    Some(i64::try_from(number).unwrap_or(i64::MAX))
}

/// `page` and `page_size` of a [`Position::Page`]; the streams below only ask for those.
fn page(position: &Position) -> (Option<i64>, Option<i64>) {
    match position {
        Position::Page { page, size } => (query_number(*page), query_number(*size)),
        Position::Cursor { limit, .. } | Position::Offset { limit, .. } => {
            (None, query_number(*limit))
        }
    }
}

/// Every item of the pages `fetch` answers, given a page's `page` and `page_size`.
fn by_page<P, E, Fut>(
    size: u64,
    mut fetch: impl FnMut(Option<i64>, Option<i64>) -> Fut + Send + Unpin + 'static,
) -> impl Stream<Item = Result<P::Item, Error<E>>> + Send + Unpin + 'static
where
    P: Page + Unpin + Send + 'static,
    P::Item: Unpin + Send + 'static,
    E: ApiError + Unpin + Send + 'static,
    Fut: Future<Output = Result<P, Error<E>>> + Send + 'static,
{
    items(Paging::Pages { size }, move |position| {
        let (page, size) = page(&position);
        fetch(page, size)
    })
}

/// Every item of the paged list operations, as streams that fetch page after page as they are
/// read (`page_size` items a page). A stream ends after the last page; an error ends it after
/// it is yielded; a server that never stops paging ends it with `Error::Paging`.
pub trait Every:
    Cvms + Apps + Workspaces + OsImages + Clone + Send + Sync + Unpin + 'static
{
    /// Every CVM of the workspace (`GET /api/v1/cvms/paginated`).
    fn every_cvm(
        &self,
        page_size: u64,
    ) -> impl Stream<Item = Result<CvmInfo, Error<UnauthorizedOrUnprocessableEntityError>>>
    + Send
    + Unpin
    + 'static {
        let client = self.clone();
        by_page(page_size, move |page, size| {
            let client = client.clone();
            async move { client.get_cvm_list(None, None, page, size).await }
        })
    }

    /// Every app of the workspace (`GET /api/v1/apps`).
    fn every_app(
        &self,
        page_size: u64,
    ) -> impl Stream<Item = Result<App, Error<UnauthorizedOrUnprocessableEntityError>>>
    + Send
    + Unpin
    + 'static {
        let client = self.clone();
        by_page(page_size, move |page, size| {
            let client = client.clone();
            // No filter: every app.
            async move {
                let filters = (None, None, None, None, None, None, None, None, None);
                let (search, status, listed, image, instance, slug, kms, node, region) = filters;
                client
                    .get_app_list(
                        page, size, search, status, listed, image, instance, slug, kms, node,
                        region,
                    )
                    .await
            }
        })
    }

    /// Every revision of an app (`GET /api/v1/apps/{app_id}/revisions`).
    fn every_app_revision(
        &self,
        app_id: &str,
        page_size: u64,
    ) -> impl Stream<Item = Result<AppRevisionResponse, Error<Status401To422Error>>>
    + Send
    + Unpin
    + 'static {
        let (client, app_id) = (self.clone(), app_id.to_owned());
        by_page(page_size, move |page, size| {
            let (client, app_id) = (client.clone(), app_id.clone());
            async move { client.get_app_revisions(&app_id, page, size).await }
        })
    }

    /// Every workspace the user belongs to (`GET /api/v1/workspaces`, by cursor).
    fn every_workspace(
        &self,
        limit: u64,
    ) -> impl Stream<Item = Result<WorkspaceResponse, Error<NotFoundOrUnprocessableEntityError>>>
    + Send
    + Unpin
    + 'static {
        let client = self.clone();
        items(Paging::Cursor { limit }, move |position| {
            let client = client.clone();
            async move {
                let (cursor, limit) = match position {
                    Position::Cursor { cursor, limit } => (cursor, query_number(limit)),
                    other => (None, page(&other).1),
                };
                client.list_workspaces(cursor.as_deref(), limit).await
            }
        })
    }

    /// Every node of a workspace (`GET /api/v1/workspaces/{team_slug}/nodes`).
    fn every_workspace_node(
        &self,
        team_slug: &str,
        page_size: u64,
    ) -> impl Stream<Item = Result<NodeRef, Error<NotFoundOrUnprocessableEntityError>>>
    + Send
    + Unpin
    + 'static {
        let (client, team_slug) = (self.clone(), team_slug.to_owned());
        by_page(page_size, move |page, size| {
            let (client, team_slug) = (client.clone(), team_slug.clone());
            async move { client.get_workspace_nodes(&team_slug, page, size).await }
        })
    }

    /// Every public OS image (`GET /api/v1/os-images`).
    fn every_os_image(
        &self,
        page_size: u64,
    ) -> impl Stream<Item = Result<OsImagePublicOut, Error<NotFoundOrUnprocessableEntityError>>>
    + Send
    + Unpin
    + 'static {
        let client = self.clone();
        by_page(page_size, move |page, size| {
            let client = client.clone();
            async move { client.get_os_images(page, size, None).await }
        })
    }
}

impl Every for phala_api::Client {}
