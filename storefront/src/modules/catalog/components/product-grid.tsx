import type { HttpTypes } from "@medusajs/types"
import ProductCard from "./product-card"

export default function ProductGrid({
  products,
  countryCode,
}: {
  products: HttpTypes.StoreProduct[]
  countryCode: string
}) {
  return (
    <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {products.map((product) => (
        <li key={product.id} className="flex">
          <ProductCard product={product} countryCode={countryCode} />
        </li>
      ))}
    </ul>
  )
}
