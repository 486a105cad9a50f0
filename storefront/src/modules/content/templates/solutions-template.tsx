import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { formatMoney } from "@lib/util/money"
import { cheapestMonthly, findOffer, getOffers } from "@lib/util/product"
import { SOLUTIONS } from "../solutions"

/** Use cases, each with the catalog's products and plans that make it up, priced in the region. */
export default function SolutionsTemplate({
  products,
  countryCode,
}: {
  products: HttpTypes.StoreProduct[]
  countryCode: string
}) {
  const byHandle = new Map(products.map((p) => [p.handle, p]))
  return (
    <div data-testid="solutions">
      <section className="bg-navy-900 text-white">
        <div className="container-content py-12">
          <p className="text-sm font-semibold uppercase tracking-wider text-accent-300">Solutions</p>
          <h1 className="mt-1 text-3xl font-bold sm:text-4xl">What will you build?</h1>
          <p className="mt-3 max-w-2xl text-slate-300">
            Starting points for common projects, made of plans you can buy today. Every part can be resized later.
          </p>
          <ul className="mt-6 flex flex-wrap gap-2">
            {SOLUTIONS.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`} className="inline-flex rounded-full bg-navy-800 px-4 py-1.5 text-sm text-slate-200 hover:bg-navy-700">
                  {s.title}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </section>
      <div className="container-content space-y-12 py-12">
        {SOLUTIONS.map((solution) => {
          const picks = solution.picks.filter((pick) => byHandle.has(pick.handle))
          if (!picks.length) {
            return null
          }
          return (
            <section key={solution.id} id={solution.id} className="scroll-mt-24" data-testid="solution">
              <h2 className="text-2xl font-semibold text-navy-900">{solution.title}</h2>
              <p className="mt-2 max-w-3xl text-slate-600">{solution.summary}</p>
              <ul className="mt-5 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
                {picks.map((pick) => {
                  const product = byHandle.get(pick.handle)!
                  const offers = getOffers(product)
                  const offer = findOffer(offers, pick.plan, "Monthly") ?? cheapestMonthly(offers)
                  const href = `/${countryCode}/products/${product.handle}${offer ? `?plan=${encodeURIComponent(offer.plan)}` : ""}`
                  return (
                    <li key={pick.handle} className="card flex flex-col p-5">
                      <h3 className="font-semibold text-navy-900">
                        <Link href={href} className="hover:text-accent-600">
                          {product.title}
                        </Link>
                      </h3>
                      {offer && <p className="text-sm text-slate-500">{offer.plan} plan</p>}
                      <p className="mt-2 flex-1 text-sm text-slate-600">{pick.why}</p>
                      {offer?.amount != null && (
                        <p className="mt-3 text-sm font-semibold text-navy-900">
                          {formatMoney(offer.amount, offer.currencyCode, countryCode)}
                          <span className="font-normal text-slate-500"> / month</span>
                        </p>
                      )}
                      <Link href={href} className="mt-3 text-sm font-medium text-accent-600">
                        See plans →
                      </Link>
                    </li>
                  )
                })}
              </ul>
            </section>
          )
        })}
        <p className="text-slate-600">
          Need something else?{" "}
          <Link href={`/${countryCode}/contact`} className="text-accent-600 underline">
            Tell us about your project
          </Link>{" "}
          or{" "}
          <Link href={`/${countryCode}/pricing`} className="text-accent-600 underline">
            compare every plan
          </Link>
          .
        </p>
      </div>
    </div>
  )
}
