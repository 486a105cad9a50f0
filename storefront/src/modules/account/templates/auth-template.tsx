import type { ReactNode } from "react"
import { CloudIcon } from "@modules/common/icons"

/** Centered card for sign-in and registration. */
export default function AuthTemplate({
  title,
  description,
  children,
}: {
  title: string
  description: string
  children: ReactNode
}) {
  return (
    <div className="flex flex-1 items-start justify-center bg-slate-50 px-4 py-12 sm:py-16">
      <div className="card w-full max-w-md p-8">
        <span className="flex h-11 w-11 items-center justify-center rounded-lg bg-accent-600 text-white">
          <CloudIcon className="h-6 w-6" />
        </span>
        <h1 className="mt-4 text-2xl font-bold text-navy-900">{title}</h1>
        <p className="mt-1 text-sm text-slate-600">{description}</p>
        <div className="mt-6">{children}</div>
      </div>
    </div>
  )
}
