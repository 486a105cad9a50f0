"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import { signout } from "@lib/data/customer"

export default function AccountNav({ countryCode }: { countryCode: string }) {
  const pathname = usePathname()
  const base = `/${countryCode}/account`
  const links = [
    { href: base, label: "Overview", exact: true },
    { href: `${base}/orders`, label: "Orders" },
    { href: `${base}/subscriptions`, label: "Subscriptions" },
    { href: `${base}/payments`, label: "Payments" },
    { href: `${base}/messages`, label: "Messages" },
    { href: `${base}/support`, label: "Support" },
    { href: `${base}/profile`, label: "Profile" },
    { href: `${base}/security`, label: "Security" },
  ]

  return (
    <nav aria-label="Account" className="card p-2">
      <ul className="flex flex-wrap gap-1 md:flex-col md:flex-nowrap">
        {links.map((link) => {
          const active = link.exact ? pathname === link.href : pathname.startsWith(link.href)
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={active ? "page" : undefined}
                className={`block whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium ${
                  active ? "bg-accent-50 text-accent-800" : "text-slate-700 hover:bg-slate-100"
                }`}
              >
                {link.label}
              </Link>
            </li>
          )
        })}
        <li className="md:mt-2 md:border-t md:border-slate-100 md:pt-2">
          <form action={signout.bind(null, countryCode)}>
            <button
              type="submit"
              data-testid="logout-button"
              className="block w-full whitespace-nowrap rounded-md px-3 py-2 text-left text-sm font-medium text-slate-700 hover:bg-slate-100"
            >
              Sign out
            </button>
          </form>
        </li>
      </ul>
    </nav>
  )
}
