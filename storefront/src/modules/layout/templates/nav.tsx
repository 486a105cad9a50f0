import Link from "next/link"
import { listCategories } from "@lib/data/categories"
import Logo from "@modules/layout/components/logo"
import MobileMenu from "@modules/layout/components/mobile-menu"
import { AccountLink, CartLink } from "@modules/layout/components/visitor-links"

/**
 * The header: the same for every visitor (cacheable); the account link and cart count fill in in the browser.
 * The shell's links (header, footer, home, product cards) do not prefetch: fetching the pages they
 * point to while this one starts up would compete with it for the phone's CPU; a click loads the
 * page's data then, served from the cache.
 */
export default async function Nav({ countryCode }: { countryCode: string }) {
  const categories = await listCategories().catch(() => [])

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
                      prefetch={false}
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
            <AccountLink countryCode={countryCode} />
            <CartLink countryCode={countryCode} />
            <MobileMenu links={links} categories={categoryLinks} />
          </div>
        </div>

        <nav aria-label="Categories" className="hidden border-t border-navy-800 bg-navy-950/40 lg:block">
          <ul className="container-content flex h-10 items-center gap-6 text-sm">
            {categoryLinks.map((link) => (
              <li key={link.href}>
                <Link href={link.href} prefetch={false} className="rounded text-slate-300 hover:text-white">
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
