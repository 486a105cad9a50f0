import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

// who may see an order at all: ../ownership-middlewares.ts
export const storeOrdersMiddlewares: MiddlewareRoute[] = [
  // invoices and credit notes: signed-in customers, their own orders only (the routes answer 404 otherwise)
  {
    method: ["GET"],
    matcher: "/store/orders/:id/invoice",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    method: ["GET"],
    matcher: "/store/orders/:id/credit-notes",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    method: ["GET"],
    matcher: "/store/orders/:id/credit-notes/:credit_note_id",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
]
