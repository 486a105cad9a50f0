import { CheckIcon } from "@modules/common/icons"
import { emailLocalPart, MIN_PASSWORD_LENGTH } from "@lib/util/password"

/**
 * The password policy, ticked off as the shopper types (with JavaScript);
 * a plain list without it. "Not a common password" is only checked by the
 * backend, whose message is shown when it refuses one.
 */
export default function PasswordRules({
  id,
  password = "",
  email = "",
}: {
  id: string
  password?: string
  email?: string
}) {
  const local = emailLocalPart(email)
  const rules = [
    { label: `At least ${MIN_PASSWORD_LENGTH} characters`, met: password.length >= MIN_PASSWORD_LENGTH },
    {
      label: "Does not contain your email address",
      met: password.length > 0 && (!local || !password.toLowerCase().includes(local)),
    },
    { label: "Not a common password (like password123)", met: null },
  ]
  return (
    <ul id={id} data-testid="password-rules" className="mt-2 space-y-1 text-xs text-slate-600">
      {rules.map((rule) => (
        <li key={rule.label} className="flex items-center gap-1.5">
          <CheckIcon
            aria-hidden="true"
            className={`h-3.5 w-3.5 shrink-0 ${rule.met ? "text-emerald-600" : "text-slate-300"}`}
          />
          <span className={rule.met ? "text-emerald-800" : undefined}>
            {rule.label}
            {rule.met && <span className="sr-only"> (met)</span>}
          </span>
        </li>
      ))}
    </ul>
  )
}
