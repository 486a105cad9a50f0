"use client"

import Link from "next/link"
import { CartIcon, UserIcon } from "@modules/common/icons"
import NotificationBadge from "@modules/notifications/components/notification-badge"
import { useVisitor } from "./visitor-provider"

/** "Sign in" or "Account", once the browser knows which. */
export function AccountLink({ countryCode }: { countryCode: string }) {
  const visitor = useVisitor()
  // until the browser knows, the label is held back rather than shown wrong
  const label = !visitor || visitor.signed_in ? "Account" : "Sign in"
  return (
    <Link
      href={`/${countryCode}/account`}
      prefetch={false}
      data-testid="nav-account-link"
      data-ready={visitor ? "true" : "false"}
      className="flex items-center gap-2 rounded-md px-2 py-2 text-sm font-medium text-slate-200 hover:bg-navy-800 hover:text-white sm:px-3"
    >
      <UserIcon />
      <span className={`hidden sm:inline ${visitor ? "" : "invisible"}`}>{label}</span>
      <span className="sr-only sm:hidden">{label}</span>
      <NotificationBadge />
    </Link>
  )
}

/** The cart with its item count; the count shows once the browser has loaded it. */
export function CartLink({ countryCode }: { countryCode: string }) {
  const visitor = useVisitor()
  const quantity = visitor?.cart_quantity ?? 0
  return (
    <Link
      href={`/${countryCode}/cart`}
      prefetch={false}
      className="relative flex items-center gap-2 rounded-md px-2 py-2 text-sm font-medium text-slate-200 hover:bg-navy-800 hover:text-white sm:px-3"
      aria-label={visitor ? `Cart, ${quantity} ${quantity === 1 ? "item" : "items"}` : "Cart"}
    >
      <CartIcon />
      <span className="hidden sm:inline">Cart</span>
      <span
        data-testid="nav-cart-count"
        data-ready={visitor ? "true" : "false"}
        className={`min-w-[1.5rem] rounded-full px-1.5 py-0.5 text-center text-xs font-bold ${
          quantity > 0 ? "bg-accent-500 text-white" : "bg-navy-700 text-slate-300"
        }`}
      >
        {quantity}
      </span>
    </Link>
  )
}
