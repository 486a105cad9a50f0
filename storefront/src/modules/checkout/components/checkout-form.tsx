"use client"

import { useActionState, useEffect, useRef, useState, useTransition } from "react"
import {
  placeOrder,
  saveCheckoutAddress,
  type CheckoutState,
  type PayLaterTerms,
} from "@lib/data/checkout"
import { formatMoney } from "@lib/util/money"
import Alert from "@modules/common/components/alert"
import Field from "@modules/common/components/field"
import SubmitButton from "@modules/common/components/submit-button"
import GatewayPayment from "./gateway-payment"
import { STRIPE_PROVIDER, SYSTEM_PROVIDER, providerLabel } from "./payment-labels"

/** What is typed in the address section's fields, as one comparable string. */
function addressKey(section: HTMLElement) {
  return Array.from(section.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input[name], select[name]"))
    .map((field) => `${field.name}=${field.value.trim()}`)
    .join("\n")
}

type CheckoutFormProps = {
  countryCode: string
  countries: { code: string; name: string }[]
  defaults: Record<string, string>
  /** the address already on the cart (its taxes are in `total`) */
  addressSaved: boolean
  /** the cart's total as Medusa computed it, taxes for the saved address included */
  total: number
  currencyCode: string
  /** the region's payment providers (GET /store/payment-providers?region_id=) */
  providers: string[]
  payLater: PayLaterTerms | null
  stripeKey: string
  paypalClientId: string
}

export default function CheckoutForm({
  countryCode,
  countries,
  defaults,
  addressSaved,
  total,
  currencyCode,
  providers,
  payLater,
  stripeKey,
  paypalClientId,
}: CheckoutFormProps) {
  const [state, formAction] = useActionState<CheckoutState, FormData>(placeOrder, { error: null })
  const values = { ...defaults, ...(state.values ?? {}) }
  const errors = state.fieldErrors ?? {}
  const options = providers.length ? providers : [SYSTEM_PROVIDER]
  const [chosen, setChosen] = useState(values.payment_method && options.includes(values.payment_method) ? values.payment_method : options[0])

  // The address is saved on the cart whenever it changes (and has a country),
  // so Medusa adds its taxes and the page shows the total that will be charged.
  const formRef = useRef<HTMLFormElement>(null)
  const addressRef = useRef<HTMLElement>(null)
  const savedAddress = useRef("")
  const [saving, startSaving] = useTransition()
  const [saveError, setSaveError] = useState<string | null>(null)

  useEffect(() => {
    // the address the page opened with is already on the cart: no need to save it again
    if (addressSaved && addressRef.current && !savedAddress.current) {
      savedAddress.current = addressKey(addressRef.current)
    }
  }, [addressSaved])

  function saveAddress() {
    if (!formRef.current || !addressRef.current) return
    const data = new FormData(formRef.current)
    const key = addressKey(addressRef.current)
    if (!data.get("country_code") || key === savedAddress.current) return
    savedAddress.current = key
    startSaving(async () => {
      const result = await saveCheckoutAddress(data)
      setSaveError(result.error)
      if (result.error) {
        savedAddress.current = ""
      }
    })
  }

  if (state.gateway) {
    return (
      <div className="flex flex-col gap-8">
        <GatewayPayment gateway={state.gateway} countryCode={countryCode} stripeKey={stripeKey} paypalClientId={paypalClientId} />
        <a href={`/${countryCode}/checkout`} className="text-sm text-accent-700 underline">
          Back: change details or payment method
        </a>
      </div>
    )
  }

  return (
    <form ref={formRef} action={formAction} noValidate className="flex flex-col gap-8">
      <input type="hidden" name="page_country" value={countryCode} />
      {/* the total the shopper saw: the order is only placed for that amount */}
      <input type="hidden" name="expected_total" value={String(total)} />

      <section aria-labelledby="contact-heading" className="card p-6">
        <h2 id="contact-heading" className="text-lg font-semibold text-navy-900">1. Contact</h2>
        <div className="mt-4">
          <Field
            label="Email"
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={values.email}
            readOnly
            error={errors.email}
            hint="The order is saved to your account."
          />
        </div>
      </section>

      <section
        ref={addressRef}
        aria-labelledby="billing-heading"
        className="card p-6"
        // saved when focus leaves the address (not between its fields)
        onBlur={(event) => !event.currentTarget.contains(event.relatedTarget as Node | null) && saveAddress()}
      >
        <h2 id="billing-heading" className="text-lg font-semibold text-navy-900">2. Billing address</h2>
        <p className="mt-1 text-sm text-slate-600">Taxes are charged for the country of this address.</p>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <Field label="First name" name="first_name" autoComplete="given-name" required defaultValue={values.first_name} error={errors.first_name} />
          <Field label="Last name" name="last_name" autoComplete="family-name" required defaultValue={values.last_name} error={errors.last_name} />
          <Field className="sm:col-span-2" label="Company" name="company" autoComplete="organization" defaultValue={values.company} />
          <Field className="sm:col-span-2" label="Address" name="address_1" autoComplete="address-line1" required defaultValue={values.address_1} error={errors.address_1} />
          <Field label="City" name="city" autoComplete="address-level2" required defaultValue={values.city} error={errors.city} />
          <Field label="Postal code" name="postal_code" autoComplete="postal-code" required defaultValue={values.postal_code} error={errors.postal_code} />
          <div>
            <label htmlFor="field-country_code" className="label">
              Country<span className="text-red-600" aria-hidden="true"> *</span>
            </label>
            <select
              id="field-country_code"
              name="country_code"
              required
              autoComplete="country"
              defaultValue={values.country_code}
              onChange={saveAddress}
              aria-invalid={errors.country_code ? true : undefined}
              className="input"
            >
              {countries.map((country) => (
                <option key={country.code} value={country.code}>
                  {country.name}
                </option>
              ))}
            </select>
            {errors.country_code && <p className="mt-1 text-xs text-red-700">{errors.country_code}</p>}
          </div>
          <Field label="Phone" name="phone" type="tel" autoComplete="tel" defaultValue={values.phone} />
        </div>
        {saveError && (
          <div className="mt-4">
            <Alert tone="error">{saveError}</Alert>
          </div>
        )}
      </section>

      <section aria-labelledby="payment-heading" className="card p-6">
        <h2 id="payment-heading" className="text-lg font-semibold text-navy-900">3. Payment</h2>
        <fieldset className="mt-4 flex flex-col gap-3">
          <legend className="sr-only">Payment method</legend>
          {options.map((id) => {
            const label = providerLabel(id)
            const selected = chosen === id
            return (
              <label
                key={id}
                className={`flex cursor-pointer items-start gap-3 rounded-lg border-2 p-4 ${
                  selected ? "border-accent-600 bg-accent-50" : "border-slate-200"
                }`}
              >
                <input
                  type="radio"
                  name="payment_method"
                  value={id}
                  checked={selected}
                  onChange={() => setChosen(id)}
                  className="mt-1 h-4 w-4 accent-accent-600"
                />
                <span>
                  <span className="block font-semibold text-navy-900">{label.title}</span>
                  <span className="block text-sm text-slate-600">{label.hint}</span>
                </span>
              </label>
            )
          })}
        </fieldset>
        {chosen === SYSTEM_PROVIDER && payLater && (
          <div data-testid="pay-later-terms" className="mt-4 rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm text-slate-700">
            <p className="font-semibold text-navy-900">
              Payment due within {payLater.due_days} {payLater.due_days === 1 ? "day" : "days"}
            </p>
            <p className="mt-1 break-words">{payLater.instructions}</p>
            <p className="mt-2 text-slate-600">An order not paid by then is cancelled.</p>
          </div>
        )}
        {chosen === STRIPE_PROVIDER && (
          <label className="mt-3 flex items-start gap-2 text-sm text-slate-700">
            <input type="checkbox" name="save_card" className="mt-0.5 h-4 w-4 accent-accent-600" data-testid="save-card" />
            <span>Save this card and renew my plans automatically with it (you can turn auto-renew off any time).</span>
          </label>
        )}
      </section>

      <div aria-live="polite" className="empty:hidden">
        {state.error && (
          <Alert
            tone={state.totalChanged ? "warning" : "error"}
            title={state.totalChanged ? "Your total changed" : "We could not place your order"}
            testId="checkout-error"
          >
            {state.error}
          </Alert>
        )}
      </div>

      <div>
        <label className="flex items-start gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            name="terms_accepted"
            required
            defaultChecked={state.values?.terms_accepted === "on"}
            aria-invalid={Boolean(errors.terms_accepted) || undefined}
            aria-describedby={errors.terms_accepted ? "terms-accepted-error" : undefined}
            className="mt-0.5 h-4 w-4 accent-accent-600"
            data-testid="accept-terms"
          />
          <span>
            I accept the{" "}
            <a href={`/${countryCode}/terms`} target="_blank" rel="noopener" className="text-accent-600 underline">
              Terms of Service
            </a>{" "}
            and the{" "}
            <a href={`/${countryCode}/acceptable-use`} target="_blank" rel="noopener" className="text-accent-600 underline">
              Acceptable Use Policy
            </a>
            .
          </span>
        </label>
        {errors.terms_accepted && (
          <p id="terms-accepted-error" className="mt-1 text-sm text-red-700">
            {errors.terms_accepted}
          </p>
        )}
      </div>

      <div className="flex flex-col gap-3">
        <div className="flex items-baseline justify-between gap-4 text-navy-900" data-testid="checkout-pay-total">
          <span className="font-semibold">{addressSaved ? "Total to pay, taxes included" : "Total before tax"}</span>
          <span data-testid="checkout-total" className="text-xl font-bold">
            {formatMoney(total, currencyCode, countryCode)}
          </span>
        </div>
        <p aria-live="polite" className="text-sm text-slate-600 empty:hidden">
          {saving
            ? "Updating the taxes for your address…"
            : !addressSaved
              ? "Taxes are added as soon as your billing address is entered."
              : ""}
        </p>
        <SubmitButton testId="place-order" pendingText={chosen === SYSTEM_PROVIDER ? "Placing order…" : "Preparing payment…"} className="btn-primary w-full py-3 text-base">
          {chosen === SYSTEM_PROVIDER ? "Place order" : "Continue to payment"}
        </SubmitButton>
      </div>
    </form>
  )
}
