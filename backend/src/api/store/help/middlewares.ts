import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { listFaqsQueryConfig, listHelpArticlesQueryConfig, retrieveHelpArticleQueryConfig } from "./query-config"
import { StoreGetFaqsParams, StoreGetHelpArticleParams, StoreGetHelpArticlesParams, StoreHelpfulVote } from "./validators"

export const storeHelpMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/help/articles",
    middlewares: [validateAndTransformQuery(StoreGetHelpArticlesParams, listHelpArticlesQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/help/articles/:handle",
    middlewares: [validateAndTransformQuery(StoreGetHelpArticleParams, retrieveHelpArticleQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/store/help/articles/:handle/helpful",
    middlewares: [validateAndTransformBody(StoreHelpfulVote)],
  },
  {
    method: ["GET"],
    matcher: "/store/help/faqs",
    middlewares: [validateAndTransformQuery(StoreGetFaqsParams, listFaqsQueryConfig)],
  },
]
