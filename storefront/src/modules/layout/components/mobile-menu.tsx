"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import { useEffect, useId, useState } from "react"
import { CloseIcon, MenuIcon } from "@modules/common/icons"

type MenuLink = { href: string; label: string }

/** The small-screen navigation: a disclosure button and a panel of links. */
export default function MobileMenu({ links, categories }: { links: MenuLink[]; categories: MenuLink[] }) {
  const [open, setOpen] = useState(false)
  const pathname = usePathname()
  const panelId = useId()

  useEffect(() => setOpen(false), [pathname])

  useEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && setOpen(false)
    window.addEventListener("keydown", onKey)
    return () => window.removeEventListener("keydown", onKey)
  }, [open])

  return (
    <div className="lg:hidden">
      <button
        type="button"
        className="flex h-10 w-10 items-center justify-center rounded-md text-slate-200 hover:bg-navy-800"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? <CloseIcon /> : <MenuIcon />}
        <span className="sr-only">{open ? "Close menu" : "Open menu"}</span>
      </button>
      <nav
        id={panelId}
        aria-label="Mobile"
        hidden={!open}
        className="absolute inset-x-0 top-full z-40 border-t border-navy-700 bg-navy-900 pb-6 shadow-xl"
      >
        <ul className="container-content flex flex-col gap-1 pt-4">
          {links.map((link) => (
            <li key={link.href}>
              <Link
                href={link.href}
                prefetch={false}
                className="block rounded-md px-3 py-2 text-base font-medium text-white hover:bg-navy-800"
              >
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
        <p className="container-content mt-4 px-7 text-xs font-semibold uppercase tracking-wider text-slate-400">
          Categories
        </p>
        <ul className="container-content mt-1 grid grid-cols-2 gap-1">
          {categories.map((link) => (
            <li key={link.href}>
              <Link
                href={link.href}
                prefetch={false}
                className="block rounded-md px-3 py-2 text-sm text-slate-200 hover:bg-navy-800"
              >
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  )
}
