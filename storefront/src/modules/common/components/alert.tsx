import type { ReactNode } from "react"
import { AlertIcon, CheckIcon } from "@modules/common/icons"

type AlertProps = {
  tone?: "error" | "success" | "info" | "warning"
  title?: string
  children?: ReactNode
  testId?: string
}

const TONES = {
  error: "border-red-200 bg-red-50 text-red-800",
  success: "border-emerald-200 bg-emerald-50 text-emerald-800",
  info: "border-accent-200 bg-accent-50 text-accent-800",
  warning: "border-amber-200 bg-amber-50 text-amber-900",
}

export default function Alert({ tone = "info", title, children, testId }: AlertProps) {
  const Icon = tone === "success" ? CheckIcon : AlertIcon
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      data-testid={testId}
      className={`flex gap-3 rounded-md border px-4 py-3 text-sm ${TONES[tone]}`}
    >
      <Icon className="mt-0.5 h-5 w-5 shrink-0" />
      <div>
        {title && <p className="font-semibold">{title}</p>}
        {children && <div className={title ? "mt-1" : undefined}>{children}</div>}
      </div>
    </div>
  )
}
