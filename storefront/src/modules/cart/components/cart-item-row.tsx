"use client"

import Link from "next/link"
import { useState, useTransition, type ReactNode } from "react"
import { deleteLineItem, updateLineItem } from "@lib/data/cart"
import { refreshVisitor } from "@lib/util/visitor"

type CartItemRowProps = {
  id: string
  title: string
  productHref: string | null
  description: string
  unitPrice: string
  unitSuffix: string | null
  total: string
  quantity: number
  unavailable?: boolean
  /** The options chosen for the line (data center, OS, hostname…). */
  details?: ReactNode
  /** One server or domain per line (it has its own hostname or name): no quantity to choose. */
  single?: boolean
}

const MAX_QUANTITY = 10

export default function CartItemRow({
  id,
  title,
  productHref,
  description,
  unitPrice,
  unitSuffix,
  total,
  quantity,
  unavailable = false,
  details,
  single = false,
}: CartItemRowProps) {
  const [pending, startTransition] = useTransition()
  const [error, setError] = useState<string | null>(null)
  const options = Array.from({ length: Math.max(MAX_QUANTITY, quantity) }, (_, index) => index + 1)

  const run = (action: () => Promise<{ error: string | null }>) => {
    setError(null)
    startTransition(async () => {
      const result = await action()
      refreshVisitor()
      if (result.error) setError(result.error)
    })
  }

  return (
    <li
      data-testid="cart-item"
      className={`flex flex-col gap-4 p-5 sm:flex-row sm:items-center ${pending ? "opacity-60" : ""}`}
      aria-busy={pending}
    >
      <div className="flex-1">
        <p className="font-semibold text-navy-900">
          {productHref ? (
            <Link href={productHref} className="rounded hover:text-accent-700">
              {title}
            </Link>
          ) : (
            title
          )}
        </p>
        <p className="text-sm text-slate-600">{description}</p>
        {details}
        <p className="mt-1 text-sm text-slate-500">
          {unitPrice}
          {unitSuffix && ` per ${unitSuffix}`}
        </p>
        {unavailable && (
          <p className="mt-2 inline-flex rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
            Not available in your region
          </p>
        )}
        {error && (
          <p role="alert" className="mt-2 text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
      <div className="flex items-center gap-4">
        <div className={single && quantity === 1 ? "hidden" : undefined}>
          <label htmlFor={`quantity-${id}`} className="sr-only">
            Quantity of {title}
          </label>
          <select
            id={`quantity-${id}`}
            value={quantity}
            disabled={pending}
            onChange={(event) =>
              run(() => updateLineItem({ lineId: id, quantity: Number(event.target.value) }))
            }
            className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            {options.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <p className="w-28 text-right font-semibold text-navy-900">{total}</p>
        <button
          type="button"
          onClick={() => run(() => deleteLineItem(id))}
          disabled={pending}
          className="btn-ghost px-2 text-red-700 hover:bg-red-50"
        >
          Remove<span className="sr-only"> {title}</span>
        </button>
      </div>
    </li>
  )
}
