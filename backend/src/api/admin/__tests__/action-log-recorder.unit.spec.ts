import { describeAdminWrite } from "../action-log-recorder"

describe("admin action names", () => {
  it.each([
    ["POST", "/admin/products", { product: { id: "prod_9" } }, "product.created", "product", "prod_9"],
    ["POST", "/admin/products/prod_1", undefined, "product.updated", "product", "prod_1"],
    ["DELETE", "/admin/products/prod_1", undefined, "product.deleted", "product", "prod_1"],
    ["POST", "/admin/products/prod_1/variants", undefined, "product.variants.created", "product", "prod_1"],
    ["POST", "/admin/products/prod_1/variants/var_1", undefined, "product.variants.updated", "product", "prod_1"],
    ["POST", "/admin/orders/order_1/complete", undefined, "order.complete", "order", "order_1"],
    ["POST", "/admin/payments/pay_1/refund?x=1", undefined, "payment.refund", "payment", "pay_1"],
    ["POST", "/admin/customers/cus_1/notes", undefined, "customer.notes.created", "customer", "cus_1"],
    ["POST", "/admin/product-categories", { product_category: { id: "pcat_1" } }, "product_category.created", "product_category", "pcat_1"],
  ])("%s %s → %s", (method, path, answer, action, type, id) => {
    expect(describeAdminWrite(method, path, answer)).toEqual({ action, resource_type: type, resource_id: id })
  })
})

describe("describeAdminWrite under a namespace", () => {
  it("names the record of /admin/content/* and /admin/help/*, not the namespace", () => {
    expect(describeAdminWrite("POST", "/admin/content/posts/post_1")).toEqual({ action: "post.updated", resource_type: "post", resource_id: "post_1" })
    expect(describeAdminWrite("POST", "/admin/content/pages", { page: { id: "page_1" } })).toEqual({
      action: "page.created",
      resource_type: "page",
      resource_id: "page_1",
    })
    expect(describeAdminWrite("DELETE", "/admin/help/articles/hart_1")).toEqual({ action: "article.deleted", resource_type: "article", resource_id: "hart_1" })
  })
})

describe("describeAdminWrite for a singleton", () => {
  it("names a write to the support profile an update", () => {
    expect(describeAdminWrite("POST", "/admin/support-profile").action).toBe("support_profile.updated")
  })
})
