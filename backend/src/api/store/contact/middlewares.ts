import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { CONTENT_MODULE } from "../../../modules/content"
import type ContentModuleService from "../../../modules/content/service"
import { rateLimit } from "../../utils/security"
import { StoreCreateContactMessage } from "./validators"

export const storeContactMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/contact",
    middlewares: [
      // CONTACT_RATE_LIMIT_MAX messages per CONTACT_RATE_LIMIT_WINDOW_SECONDS per client address, spam included
      rateLimit("contact", "messages", (req) => req.scope.resolve<ContentModuleService>(CONTENT_MODULE).contactRateLimit()),
      validateAndTransformBody(StoreCreateContactMessage),
    ],
  },
]
