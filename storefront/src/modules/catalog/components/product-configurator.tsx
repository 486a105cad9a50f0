"use client"

import Link from "next/link"
import { useEffect, useMemo, useRef, useState, useTransition } from "react"
import { addToCart } from "@lib/data/cart"
import { refreshVisitor } from "@lib/util/visitor"
import { formatMoney } from "@lib/util/money"
import {
  findOffer,
  termSavings,
  TERM_MONTHS,
  TERM_UNIT,
  type Offer,
  type SpecRow,
  type Term,
} from "@lib/util/product"
import {
  describeServiceConfig,
  hasChoices,
  NO_SERVICE_OPTIONS,
  serviceConfigFieldErrors,
  suggestHostname,
  toServiceConfig,
  type ServiceConfig,
  type ServiceOptions,
} from "@lib/util/service-config"
import ServiceOptionsFields from "@modules/catalog/components/service-options-fields"
import Alert from "@modules/common/components/alert"
import { CheckIcon } from "@modules/common/icons"

export type PlanDetails = { rows: SpecRow[]; features: string[] }

type ProductConfiguratorProps = {
  productTitle: string
  productHandle: string
  /** What the buyer chooses at purchase (GET /store/products/:id/service-options). */
  serviceOptions?: ServiceOptions
  countryCode: string
  regionName: string
  offers: Offer[]
  plans: string[]
  terms: Term[]
  details: Record<string, PlanDetails>
  restricted: boolean
  initialPlan?: string
  initialTerm?: Term
}

/** Where the first field the buyer must fix is, to move focus there. */
const FIELD_IDS: Record<keyof ServiceConfig, string> = {
  location: "service-location",
  os: "service-os",
  hostname: "service-hostname",
  ssh_key: "service-ssh-key",
  domain: "service-domain",
}

/**
 * Plan and billing-term picker with live price, specs, the purchase options
 * (data center, OS, hostname, SSH key, domain) and add to cart.
 */
export default function ProductConfigurator({
  productTitle,
  productHandle,
  serviceOptions = NO_SERVICE_OPTIONS,
  countryCode,
  regionName,
  offers,
  plans,
  terms,
  details,
  restricted,
  initialPlan,
  initialTerm,
}: ProductConfiguratorProps) {
  const [plan, setPlan] = useState(
    initialPlan && plans.includes(initialPlan) ? initialPlan : (plans[0] ?? "")
  )
  const [term, setTerm] = useState<Term>(
    initialTerm && terms.includes(initialTerm) ? initialTerm : (terms[0] ?? "Monthly")
  )
  const [pending, startTransition] = useTransition()
  const [result, setResult] = useState<{ error: string | null; added?: string } | null>(null)
  const [config, setConfig] = useState<ServiceConfig>(() => ({
    location: serviceOptions.locations[0]?.code,
    os: serviceOptions.os_images[0]?.code,
  }))
  const [touched, setTouched] = useState<Partial<Record<keyof ServiceConfig, boolean>>>({})
  const [submitted, setSubmitted] = useState(false)
  // the suggested hostname is made in the browser (a random suffix) and renewed after each add until the buyer edits it
  const hostnameEdited = useRef(false)
  useEffect(() => {
    if (serviceOptions.requires.hostname) {
      setConfig((current) => (current.hostname ? current : { ...current, hostname: suggestHostname(productHandle) }))
    }
  }, [serviceOptions.requires.hostname, productHandle])

  const offer = findOffer(offers, plan, term)
  const savings = termSavings(offers, plan, term)
  const bestSavings = useMemo(() => {
    const yearly = termSavings(offers, plan, "Yearly")
    return term === "Monthly" && yearly ? yearly : null
  }, [offers, plan, term])
  const planDetails = details[plan] ?? { rows: [], features: [] }
  const hasPrice = offer?.amount != null
  const showChoices = hasChoices(serviceOptions)
  // a domain plan named after its TLD (".com") registers that one; the buyer types the name before it
  const planTld = serviceOptions.tlds.find((tld) => tld === plan.toLowerCase()) ?? null
  const chosen: ServiceConfig = {
    ...config,
    ...(serviceOptions.kind === "domain" && planTld && config.domain
      ? { domain: config.domain.endsWith(planTld) ? config.domain : `${config.domain}${planTld}` }
      : {}),
  }
  const fieldErrors = serviceConfigFieldErrors(serviceOptions, chosen, planTld)
  const shownErrors = Object.fromEntries(
    Object.entries(fieldErrors).filter(([field]) => submitted || touched[field as keyof ServiceConfig])
  )
  const summary = describeServiceConfig(toServiceConfig(serviceOptions, chosen) ?? {}, serviceOptions).filter(
    (row) => row.key !== "ssh_key"
  )

  const changeConfig = (next: ServiceConfig) => {
    setResult(null)
    if (next.hostname !== config.hostname) {
      hostnameEdited.current = true
    }
    setConfig(next)
  }

  const select = (next: { plan?: string; term?: Term }) => {
    setResult(null)
    if (next.plan) setPlan(next.plan)
    if (next.term) setTerm(next.term)
  }

  const onAdd = () => {
    if (!offer) return
    setResult(null)
    const invalid = Object.keys(fieldErrors) as (keyof ServiceConfig)[]
    if (invalid.length) {
      setSubmitted(true)
      document.getElementById(FIELD_IDS[invalid[0]])?.focus()
      return
    }
    const serviceConfig = toServiceConfig(serviceOptions, chosen)
    startTransition(async () => {
      const response = await addToCart({ variantId: offer.variantId, countryCode, serviceConfig })
      refreshVisitor()
      if (!response.error && serviceConfig?.hostname && !hostnameEdited.current) {
        // the next one gets its own name (the same options would add to this line)
        setConfig((current) => ({ ...current, hostname: suggestHostname(productHandle) }))
      }
      setResult(
        response.error
          ? { error: response.error }
          : {
              error: null,
              added: [`${productTitle} — ${plan}, billed ${term.toLowerCase()}`, serviceConfig?.hostname ?? serviceConfig?.domain]
                .filter(Boolean)
                .join(" · "),
            }
      )
    })
  }

  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-5">
      <div className="min-w-0 space-y-6 lg:col-span-3">
        <fieldset>
          <legend className="text-sm font-semibold text-navy-900">1. Choose a plan</legend>
          <div className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3">
            {plans.map((name) => {
              const monthly = findOffer(offers, name, "Monthly")
              const selected = name === plan
              return (
                <button
                  key={name}
                  type="button"
                  data-testid={`plan-select-${name}`}
                  aria-pressed={selected}
                  onClick={() => select({ plan: name })}
                  className={`rounded-lg border-2 p-4 text-left transition-colors ${
                    selected
                      ? "border-accent-600 bg-accent-50"
                      : "border-slate-200 bg-white hover:border-accent-300"
                  }`}
                >
                  <span className="flex items-center justify-between">
                    <span className="font-semibold text-navy-900">{name}</span>
                    {selected && <CheckIcon className="h-5 w-5 text-accent-600" />}
                  </span>
                  {monthly?.amount != null && (
                    <span className="mt-1 block text-sm text-slate-600">
                      {formatMoney(monthly.amount, monthly.currencyCode, countryCode)} /month
                    </span>
                  )}
                </button>
              )
            })}
          </div>
        </fieldset>

        <fieldset>
          <legend className="text-sm font-semibold text-navy-900">2. Choose a billing term</legend>
          <div className="mt-3 inline-flex flex-wrap gap-2 rounded-lg bg-slate-100 p-1">
            {terms.map((name) => {
              const selected = name === term
              const saving = termSavings(offers, plan, name)
              return (
                <button
                  key={name}
                  type="button"
                  data-testid={`term-select-${name}`}
                  aria-pressed={selected}
                  onClick={() => select({ term: name })}
                  className={`rounded-md px-4 py-2 text-sm font-medium transition-colors ${
                    selected ? "bg-white text-navy-900 shadow" : "text-slate-600 hover:text-navy-900"
                  }`}
                >
                  {name}
                  {saving && (
                    <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-semibold text-emerald-800">
                      −{saving.percent}%
                    </span>
                  )}
                </button>
              )
            })}
          </div>
        </fieldset>

        {showChoices && (
          <ServiceOptionsFields
            step={3}
            options={serviceOptions}
            value={config}
            onChange={changeConfig}
            errors={shownErrors}
            onBlur={(field) => setTouched((current) => ({ ...current, [field]: true }))}
            planTld={planTld}
          />
        )}
      </div>

      <aside className="min-w-0 lg:col-span-2 lg:col-start-4 lg:row-span-2 lg:row-start-1">
        <div className="card sticky top-32 p-6">
          <p className="text-sm text-slate-600">
            {plan} · billed {term.toLowerCase()}
          </p>
          {summary.length > 0 && (
            <p data-testid="service-options-summary" className="mt-0.5 break-words text-sm text-slate-600">
              {summary.map((row) => row.value).join(" · ")}
            </p>
          )}
          <p data-testid="product-price" className="mt-1 text-3xl font-bold text-navy-900">
            {hasPrice ? (
              <>
                {formatMoney(offer!.amount, offer!.currencyCode, countryCode)}
                <span className="text-base font-medium text-slate-500"> per {TERM_UNIT[term]}</span>
              </>
            ) : (
              <span className="text-lg text-slate-500">No price in your region</span>
            )}
          </p>
          {hasPrice && term !== "Monthly" && (
            <p className="mt-1 text-sm text-slate-600">
              ≈ {formatMoney(offer!.amount! / TERM_MONTHS[term], offer!.currencyCode, countryCode)} per month
            </p>
          )}
          {savings && (
            <p className="mt-3 rounded-md bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-800">
              You save {formatMoney(savings.amount, offer?.currencyCode, countryCode)} ({savings.percent}%)
              compared to paying monthly.
            </p>
          )}
          {bestSavings && (
            <p className="mt-3 text-sm text-slate-600">
              Save {bestSavings.percent}% with yearly billing.
            </p>
          )}

          <div className="mt-6">
            {restricted ? (
              <Alert tone="warning" title="Not available in your region" testId="region-unavailable">
                {productTitle} cannot be purchased in {regionName}. Choose another country at the
                bottom of the page to see where it is offered.
              </Alert>
            ) : (
              <button
                type="button"
                data-testid="add-to-cart"
                onClick={onAdd}
                disabled={!hasPrice || pending}
                className="btn-primary w-full py-3 text-base"
              >
                {pending ? "Adding…" : "Add to cart"}
              </button>
            )}
          </div>

          <div aria-live="polite" className="mt-4 empty:hidden">
            {result?.error && (
              <Alert tone="error" title="Could not add to cart">
                {result.error}
              </Alert>
            )}
            {result?.added && (
              <Alert tone="success" title="Added to your cart">
                {result.added}.{" "}
                <Link href={`/${countryCode}/cart`} className="font-semibold underline">
                  View cart
                </Link>
              </Alert>
            )}
          </div>
          <p className="mt-4 text-xs text-slate-500">
            Taxes are calculated at checkout.
          </p>
        </div>
      </aside>

      <div className="min-w-0 lg:col-span-3">
        <section aria-labelledby="plan-specs-heading">
          <h2 id="plan-specs-heading" className="text-sm font-semibold text-navy-900">
            What&apos;s included in {plan}
          </h2>
          {planDetails.rows.length > 0 ? (
            <table className="mt-3 w-full overflow-hidden rounded-lg border border-slate-200 bg-white text-sm">
              <caption className="sr-only">Specifications of the {plan} plan</caption>
              <tbody>
                {planDetails.rows.map((row) => (
                  <tr key={row.key} className="border-b border-slate-100 last:border-0">
                    <th scope="row" className="w-1/3 bg-slate-50 px-4 py-2.5 text-left font-medium text-slate-600">
                      {row.label}
                    </th>
                    <td className="px-4 py-2.5 font-medium text-navy-900">{row.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {planDetails.features.length > 0 && (
            <ul className="mt-4 grid gap-2 sm:grid-cols-2">
              {planDetails.features.map((feature) => (
                <li key={feature} className="flex gap-2 text-sm text-slate-700">
                  <CheckIcon className="mt-0.5 h-4 w-4 shrink-0 text-emerald-600" />
                  {feature}
                </li>
              ))}
            </ul>
          )}
          {planDetails.rows.length === 0 && planDetails.features.length === 0 && (
            <p className="mt-2 text-sm text-slate-600">Specifications will be confirmed with your order.</p>
          )}
        </section>
      </div>
    </div>
  )
}
