import Link from "next/link"
import { getCartQuantity } from "@lib/data/cart"
import { listCategories } from "@lib/data/categories"
import { isLoggedIn } from "@lib/data/cookies"
import { CartIcon, UserIcon } from "@modules/common/icons"
import Logo from "@modules/layout/components/logo"
import MobileMenu from "@modules/layout/components/mobile-menu"

export default async function Nav({ countryCode }: { countryCode: string }) {
  const [categories, cartQuantity, loggedIn] = await Promise.all([
    listCategories().catch(() => []),
    getCartQuantity(),
    isLoggedIn(),
  ])

  const links = [
    { href: `/${countryCode}/store`, label: "All products" },
    { href: `/${countryCode}/solutions`, label: "Solutions" },
    { href: `/${countryCode}/pricing`, label: "Pricing" },
    { href: `/${countryCode}/blog`, label: "Blog" },
    { href: `/${countryCode}/help`, label: "Help" },
    { href: `/${countryCode}/contact`, label: "Contact" },
  ]
  const categoryLinks = categories.map((category) => ({
    href: `/${countryCode}/categories/${category.handle}`,
    label: category.name,
  }))

  return (
    <header className="sticky top-0 z-30 bg-navy-900 text-white shadow-md">
      <a
        href="#main-content"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-navy-900"
      >
        Skip to content
      </a>
      <div className="relative">
        <div className="container-content flex h-16 items-center justify-between gap-4">
          <div className="flex items-center gap-8">
            <Logo countryCode={countryCode} />
            <nav aria-label="Main" className="hidden lg:block">
              <ul className="flex items-center gap-1">
                {links.map((link) => (
                  <li key={link.href}>
                    <Link
                      href={link.href}
                      className="rounded-md px-3 py-2 text-sm font-medium text-slate-200 hover:bg-navy-800 hover:text-white"
                    >
                      {link.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>

          <div className="flex items-center gap-1 sm:gap-2">
            <Link
              href={`/${countryCode}/account`}
              data-testid="nav-account-link"
              className="flex items-center gap-2 rounded-md px-2 py-2 text-sm font-medium text-slate-200 hover:bg-navy-800 hover:text-white sm:px-3"
            >
              <UserIcon />
              <span className="hidden sm:inline">{loggedIn ? "Account" : "Sign in"}</span>
              <span className="sr-only sm:hidden">{loggedIn ? "Account" : "Sign in"}</span>
            </Link>
            <Link
              href={`/${countryCode}/cart`}
              className="relative flex items-center gap-2 rounded-md px-2 py-2 text-sm font-medium text-slate-200 hover:bg-navy-800 hover:text-white sm:px-3"
              aria-label={`Cart, ${cartQuantity} ${cartQuantity === 1 ? "item" : "items"}`}
            >
              <CartIcon />
              <span className="hidden sm:inline">Cart</span>
              <span
                data-testid="nav-cart-count"
                className={`min-w-[1.5rem] rounded-full px-1.5 py-0.5 text-center text-xs font-bold ${
                  cartQuantity > 0 ? "bg-accent-500 text-white" : "bg-navy-700 text-slate-300"
                }`}
              >
                {cartQuantity}
              </span>
            </Link>
            <MobileMenu links={links} categories={categoryLinks} />
          </div>
        </div>

        <nav aria-label="Categories" className="hidden border-t border-navy-800 bg-navy-950/40 lg:block">
          <ul className="container-content flex h-10 items-center gap-6 text-sm">
            {categoryLinks.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="rounded text-slate-300 hover:text-white">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
