/** A small on/off style badge for the Security page. */
export default function StatusBadge({
  tone,
  children,
  testId,
}: {
  tone: "on" | "off" | "warn"
  children: string
  testId?: string
}) {
  const tones = {
    on: "bg-emerald-100 text-emerald-800",
    off: "bg-slate-200 text-slate-700",
    warn: "bg-amber-100 text-amber-900",
  }
  return (
    <span
      data-testid={testId}
      className={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-semibold ${tones[tone]}`}
    >
      {children}
    </span>
  )
}
