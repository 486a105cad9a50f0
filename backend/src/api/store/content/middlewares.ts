import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  listBlogPostsQueryConfig,
  listContentPagesQueryConfig,
  listResourcesQueryConfig,
  retrieveBlogPostQueryConfig,
  retrieveContentPageQueryConfig,
  retrieveResourceQueryConfig,
} from "./query-config"
import { StoreGetBlogPostsParams, StoreGetContentEntryParams, StoreGetContentPagesParams, StoreGetResourcesParams } from "./validators"

export const storeContentMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/content/posts", middlewares: [validateAndTransformQuery(StoreGetBlogPostsParams, listBlogPostsQueryConfig)] },
  {
    method: ["GET"],
    matcher: "/store/content/posts/:handle",
    middlewares: [validateAndTransformQuery(StoreGetContentEntryParams, retrieveBlogPostQueryConfig)],
  },
  { method: ["GET"], matcher: "/store/content/resources", middlewares: [validateAndTransformQuery(StoreGetResourcesParams, listResourcesQueryConfig)] },
  {
    method: ["GET"],
    matcher: "/store/content/resources/:handle",
    middlewares: [validateAndTransformQuery(StoreGetContentEntryParams, retrieveResourceQueryConfig)],
  },
  { method: ["GET"], matcher: "/store/content/pages", middlewares: [validateAndTransformQuery(StoreGetContentPagesParams, listContentPagesQueryConfig)] },
  {
    method: ["GET"],
    matcher: "/store/content/pages/:handle",
    middlewares: [validateAndTransformQuery(StoreGetContentEntryParams, retrieveContentPageQueryConfig)],
  },
]
