import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  listAdminFaqsQueryConfig,
  listAdminHelpArticlesQueryConfig,
  retrieveAdminFaqQueryConfig,
  retrieveAdminHelpArticleQueryConfig,
} from "./query-config"
import {
  AdminCreateFaq,
  AdminCreateHelpArticle,
  AdminGetFaqParams,
  AdminGetFaqsParams,
  AdminGetHelpArticleParams,
  AdminGetHelpArticlesParams,
  AdminUpdateFaq,
  AdminUpdateHelpArticle,
} from "./validators"

export const adminHelpMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/help/articles",
    middlewares: [validateAndTransformQuery(AdminGetHelpArticlesParams, listAdminHelpArticlesQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/help/articles",
    middlewares: [
      validateAndTransformBody(AdminCreateHelpArticle),
      validateAndTransformQuery(AdminGetHelpArticleParams, retrieveAdminHelpArticleQueryConfig),
    ],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/help/articles/:id",
    middlewares: [validateAndTransformQuery(AdminGetHelpArticleParams, retrieveAdminHelpArticleQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/help/articles/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateHelpArticle),
      validateAndTransformQuery(AdminGetHelpArticleParams, retrieveAdminHelpArticleQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/help/faqs",
    middlewares: [validateAndTransformQuery(AdminGetFaqsParams, listAdminFaqsQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/help/faqs",
    middlewares: [
      validateAndTransformBody(AdminCreateFaq),
      validateAndTransformQuery(AdminGetFaqParams, retrieveAdminFaqQueryConfig),
    ],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/help/faqs/:id",
    middlewares: [validateAndTransformQuery(AdminGetFaqParams, retrieveAdminFaqQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/help/faqs/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateFaq),
      validateAndTransformQuery(AdminGetFaqParams, retrieveAdminFaqQueryConfig),
    ],
  },
]
