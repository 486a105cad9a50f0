import type { ReactNode } from "react"
import AccountNav from "@modules/account/components/account-nav"

export default function AccountLayout({
  countryCode,
  title,
  description,
  titleTestId,
  children,
}: {
  countryCode: string
  title: string
  description?: string
  titleTestId?: string
  children: ReactNode
}) {
  return (
    <div className="container-content py-10">
      <div className="grid grid-cols-1 gap-8 md:grid-cols-4">
        <div className="min-w-0 md:col-span-1">
          <AccountNav countryCode={countryCode} />
        </div>
        <div className="min-w-0 md:col-span-3">
          <h1 data-testid={titleTestId} className="break-words text-2xl font-bold text-navy-900">
            {title}
          </h1>
          {description && <p className="mt-1 text-slate-600">{description}</p>}
          <div className="mt-6">{children}</div>
        </div>
      </div>
    </div>
  )
}
