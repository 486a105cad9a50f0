import { defineMiddlewares } from "@medusajs/framework/http"
import { adminRegionsMiddlewares } from "./admin/regions/middlewares"
import { storeOrdersMiddlewares } from "./store/orders/middlewares"
import { storeProductsMiddlewares } from "./store/products/middlewares"

export default defineMiddlewares({
  routes: [...storeProductsMiddlewares, ...storeOrdersMiddlewares, ...adminRegionsMiddlewares],
})
