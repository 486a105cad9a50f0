import Link from "next/link"
import { LockIcon } from "@modules/common/icons"
import Logo from "@modules/layout/components/logo"

export default function CheckoutHeader({ countryCode }: { countryCode: string }) {
  return (
    <header className="bg-navy-900 text-white">
      <div className="container-content flex h-16 items-center justify-between">
        <Logo countryCode={countryCode} />
        <div className="flex items-center gap-4 text-sm">
          <span className="hidden items-center gap-1.5 text-slate-300 sm:flex">
            <LockIcon className="h-4 w-4" /> Secure checkout
          </span>
          <Link href={`/${countryCode}/cart`} className="rounded-md px-3 py-2 font-medium text-slate-200 hover:bg-navy-800">
            Back to cart
          </Link>
        </div>
      </div>
    </header>
  )
}
