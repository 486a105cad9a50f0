import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { describeLineItem, termUnit } from "@lib/util/line-item"
import { formatMoney } from "@lib/util/money"
import { lineServiceConfig } from "@lib/util/service-config"
import CartItemRow from "@modules/cart/components/cart-item-row"
import LineServiceConfig from "@modules/cart/components/line-service-config"
import ClearCartButton from "@modules/cart/components/clear-cart-button"
import Totals from "@modules/cart/components/totals"
import Alert from "@modules/common/components/alert"
import { CartIcon } from "@modules/common/icons"

export default function CartTemplate({
  cart,
  countryCode,
  restrictedIds = [],
}: {
  cart: HttpTypes.StoreCart | null
  countryCode: string
  /** Products that cannot be bought in the cart's region. */
  restrictedIds?: string[]
}) {
  const items = [...(cart?.items ?? [])].sort((a, b) =>
    String(a.created_at ?? "").localeCompare(String(b.created_at ?? ""))
  )
  const unavailable = items.filter((item) => item.product_id && restrictedIds.includes(item.product_id))

  return (
    <div className="container-content py-10">
      <h1 className="text-3xl font-bold text-navy-900">Your cart</h1>

      {!cart || items.length === 0 ? (
        <div className="card mt-8 flex flex-col items-center px-6 py-16 text-center">
          <CartIcon className="h-10 w-10 text-slate-400" />
          <p className="mt-4 text-lg font-semibold text-navy-900">Your cart is empty</p>
          <p className="mt-1 text-slate-600">Find a plan for your next project.</p>
          <Link href={`/${countryCode}/store`} className="btn-primary mt-6">
            Browse plans
          </Link>
        </div>
      ) : (
        <div className="mt-8 grid gap-8 lg:grid-cols-3">
          <section aria-labelledby="cart-items-heading" className="lg:col-span-2">
            <h2 id="cart-items-heading" className="sr-only">Items</h2>
            <ul className="card divide-y divide-slate-100">
              {items.map((item) => {
                const { plan, term } = describeLineItem(item)
                const handle = item.product_handle ?? item.product?.handle
                return (
                  <CartItemRow
                    key={item.id}
                    id={item.id}
                    title={item.product_title ?? item.title}
                    productHref={handle ? `/${countryCode}/products/${handle}` : null}
                    description={
                      [plan && `${plan} plan`, term && `billed ${term.toLowerCase()}`]
                        .filter(Boolean)
                        .join(" · ") || (item.variant_title ?? "")
                    }
                    unitPrice={formatMoney(item.unit_price, cart.currency_code, countryCode)}
                    unitSuffix={termUnit(term)}
                    total={formatMoney(item.subtotal ?? item.total, cart.currency_code, countryCode)}
                    quantity={item.quantity}
                    unavailable={Boolean(item.product_id && restrictedIds.includes(item.product_id))}
                    details={<LineServiceConfig productId={item.product_id} metadata={item.metadata} />}
                    single={Boolean(lineServiceConfig(item.metadata)?.hostname || lineServiceConfig(item.metadata)?.domain)}
                  />
                )
              })}
            </ul>
            <div className="mt-4 flex items-center justify-between">
              <Link href={`/${countryCode}/store`} className="text-sm font-semibold text-accent-700 hover:text-accent-800">
                ← Continue shopping
              </Link>
              <ClearCartButton />
            </div>
          </section>

          <aside aria-labelledby="summary-heading">
            <div className="card p-6">
              <h2 id="summary-heading" className="text-lg font-semibold text-navy-900">
                Order summary
              </h2>
              <div className="mt-4">
                <Totals source={cart} countryCode={countryCode} taxPending={!cart.shipping_address?.country_code} />
              </div>
              {unavailable.length > 0 && (
                <div className="mt-4">
                  <Alert tone="warning" title="Not available in your region">
                    Remove {unavailable.map((item) => item.product_title ?? item.title).join(", ")} to
                    check out in {cart.region?.name ?? "this region"}.
                  </Alert>
                </div>
              )}
              <Link
                href={`/${countryCode}/checkout`}
                data-testid="checkout-button"
                className="btn-primary mt-6 w-full py-3 text-base"
              >
                Go to checkout
              </Link>
              <p className="mt-3 text-center text-xs text-slate-500">
                Prices in {cart.currency_code.toUpperCase()}. Taxes are based on your billing address.
              </p>
            </div>
          </aside>
        </div>
      )}
    </div>
  )
}
