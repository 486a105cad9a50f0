import { ADMIN_REQUEST_METADATA, adminEventAction, adminRequestOf } from "../utils/admin-event-actions"

describe("admin action names from events", () => {
  it.each([
    ["product.updated", "product.updated", "product", "id"],
    ["product.deleted", "product.deleted", "product", "id"],
    ["product-category.created", "product_category.created", "product_category", "id"],
    ["order.fulfillment_created", "order.fulfillment_created", "order", "id"],
    ["customer_note.created", "customer.notes.created", "customer", "customer_id"],
    ["customer_note.updated", "note.updated", "note", "id"],
    ["customer_note.deleted", "note.deleted", "note", "id"],
    ["customer.email_sent", "customer.send_email", "customer", "id"],
    ["blog_post.updated", "post.updated", "post", "id"],
    ["content_page.created", "page.created", "page", "id"],
    ["help_article.deleted", "article.deleted", "article", "id"],
    ["support_profile.updated", "support_profile.updated", "support_profile", "id"],
  ])("%s → %s", (event, action, resource_type, resource_key) => {
    expect(adminEventAction(event)).toEqual({ action, resource_type, resource_key })
  })

  it("leaves out events whose workflows log a richer entry themselves, and side effects", () => {
    for (const event of ["customer.suspended", "customer.activated", "subscription.suspended", "impersonation.started", "auth.password_reset", "payment.refunded", "notification_log.queued", "customer.mfa_reset", "customer.mfa_code_issued"]) {
      expect(adminEventAction(event)).toBeNull()
    }
  })
})

describe("the admin request's stamp", () => {
  it("is read from the event's metadata, and only with an actor", () => {
    const stamp = { actor_type: "user", actor_id: "user_1", ip: "203.0.113.5", method: "POST", path: "/admin/products/prod_1", fields: ["title"] }
    expect(adminRequestOf({ eventGroupId: "g", [ADMIN_REQUEST_METADATA]: stamp })).toEqual(stamp)
    expect(adminRequestOf({ eventGroupId: "g" })).toBeNull()
    expect(adminRequestOf(undefined)).toBeNull()
    expect(adminRequestOf({ [ADMIN_REQUEST_METADATA]: { ...stamp, actor_id: "" } })).toBeNull()
  })
})
