"use client"

import { useState, useTransition } from "react"
import { clearCart } from "@lib/data/cart"
import { refreshVisitor } from "@lib/util/visitor"

export default function ClearCartButton() {
  const [pending, startTransition] = useTransition()
  const [error, setError] = useState<string | null>(null)

  return (
    <div>
      <button
        type="button"
        disabled={pending}
        onClick={() => {
          if (!window.confirm("Remove every item from your cart?")) return
          setError(null)
          startTransition(async () => {
            const result = await clearCart()
            refreshVisitor()
            if (result.error) setError(result.error)
          })
        }}
        className="btn-ghost text-slate-600"
      >
        {pending ? "Clearing…" : "Clear cart"}
      </button>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  )
}
