import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { serviceOptionsOf, type ServiceOptions } from "../../../lib/service-config"

/**
 * The purchase options of a published product the storefront's publishable
 * key may sell (its sales channels); NOT_FOUND for any other id.
 */
export async function loadServiceOptions(
  container: MedusaContainer,
  productId: string,
  salesChannelIds?: string[]
): Promise<ServiceOptions> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "status", "metadata", "categories.handle", "sales_channels.id"],
    filters: { id: productId },
  })
  const product = products[0]
  const sold =
    product?.status === "published" &&
    (!salesChannelIds?.length || (product.sales_channels ?? []).some((sc) => sc && salesChannelIds.includes(sc.id)))
  if (!product || !sold) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${productId} was not found`)
  }
  return serviceOptionsOf(product)
}
