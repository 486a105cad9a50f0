import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  listAdminBlogPostsQueryConfig,
  listAdminContentPagesQueryConfig,
  listAdminResourcesQueryConfig,
  retrieveAdminBlogPostQueryConfig,
  retrieveAdminContentPageQueryConfig,
  retrieveAdminResourceQueryConfig,
} from "./query-config"
import {
  AdminCreateBlogPost,
  AdminCreateContentPage,
  AdminCreateResource,
  AdminGetBlogPostsParams,
  AdminGetContentEntryParams,
  AdminGetContentPagesParams,
  AdminGetResourcesParams,
  AdminUpdateBlogPost,
  AdminUpdateContentPage,
  AdminUpdateResource,
} from "./validators"

/** list, create, one, update and delete routes of one kind of content */
function crud(
  path: string,
  list: { params: Parameters<typeof validateAndTransformQuery>[0]; config: Parameters<typeof validateAndTransformQuery>[1] },
  one: Parameters<typeof validateAndTransformQuery>[1],
  create: Parameters<typeof validateAndTransformBody>[0],
  update: Parameters<typeof validateAndTransformBody>[0]
): MiddlewareRoute[] {
  return [
    { method: ["GET"], matcher: path, middlewares: [validateAndTransformQuery(list.params, list.config)] },
    {
      method: ["POST"],
      matcher: path,
      middlewares: [validateAndTransformBody(create), validateAndTransformQuery(AdminGetContentEntryParams, one)],
    },
    { method: ["GET", "DELETE"], matcher: `${path}/:id`, middlewares: [validateAndTransformQuery(AdminGetContentEntryParams, one)] },
    {
      method: ["POST"],
      matcher: `${path}/:id`,
      middlewares: [validateAndTransformBody(update), validateAndTransformQuery(AdminGetContentEntryParams, one)],
    },
  ]
}

export const adminContentMiddlewares: MiddlewareRoute[] = [
  ...crud(
    "/admin/content/posts",
    { params: AdminGetBlogPostsParams, config: listAdminBlogPostsQueryConfig },
    retrieveAdminBlogPostQueryConfig,
    AdminCreateBlogPost,
    AdminUpdateBlogPost
  ),
  ...crud(
    "/admin/content/resources",
    { params: AdminGetResourcesParams, config: listAdminResourcesQueryConfig },
    retrieveAdminResourceQueryConfig,
    AdminCreateResource,
    AdminUpdateResource
  ),
  ...crud(
    "/admin/content/pages",
    { params: AdminGetContentPagesParams, config: listAdminContentPagesQueryConfig },
    retrieveAdminContentPageQueryConfig,
    AdminCreateContentPage,
    AdminUpdateContentPage
  ),
]
