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
