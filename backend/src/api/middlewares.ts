import { defineMiddlewares } from "@medusajs/framework/http"
import { adminNotificationMiddlewares } from "./admin/notification-logs/middlewares"
import { adminRegionsMiddlewares } from "./admin/regions/middlewares"
import { notificationHookMiddlewares } from "./hooks/notifications/middlewares"
import { storeAccountMiddlewares } from "./store/account/middlewares"
import { storeOrdersMiddlewares } from "./store/orders/middlewares"
import { storeProductsMiddlewares } from "./store/products/middlewares"

export default defineMiddlewares({
  routes: [
    ...storeProductsMiddlewares,
    ...storeOrdersMiddlewares,
    ...storeAccountMiddlewares,
    ...adminRegionsMiddlewares,
    ...adminNotificationMiddlewares,
    ...notificationHookMiddlewares,
  ],
})
