import type { ReactNode } from "react"
import type { AccountSecurity, SecurityFactor } from "@lib/data/security"
import { formatDate } from "@lib/util/dates"
import ChangePasswordForm from "../components/change-password-form"
import CodeFactorSetup from "../components/code-factor-setup"
import DeleteAccountForm from "../components/delete-account-form"
import DisableFactorForm from "../components/disable-factor-form"
import PhoneForm from "../components/phone-form"
import RecoveryCodes from "../components/recovery-codes"
import SecurityEvents from "../components/security-events"
import StatusBadge from "../components/status-badge"
import TotpSetup from "../components/totp-setup"
import { methodLabel } from "../labels"

function Section({
  id,
  title,
  description,
  children,
  danger = false,
}: {
  id: string
  title: string
  description?: string
  children: ReactNode
  danger?: boolean
}) {
  return (
    <section aria-labelledby={id} className={`card p-6 ${danger ? "border-red-200" : ""}`}>
      <h2 id={id} className={`text-lg font-semibold ${danger ? "text-red-800" : "text-navy-900"}`}>
        {title}
      </h2>
      {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
      <div className="mt-4">{children}</div>
    </section>
  )
}

const FACTORS: { provider: "totp" | "email_otp" | "sms_otp"; description: string }[] = [
  { provider: "totp", description: "A code from an app on your phone, like Google Authenticator or 1Password." },
  { provider: "email_otp", description: "A code sent to your email address when you sign in." },
  { provider: "sms_otp", description: "A code sent by text message to your verified phone number." },
]

/** Account → Security: identity, second factors, recovery codes, phone, password, activity, deletion. */
export default function SecurityTemplate({
  security,
  countryCode,
}: {
  security: AccountSecurity
  countryCode: string
}) {
  const enabled = security.factors.filter((f) => f.status === "enabled")
  const enabledOf = (provider: string): SecurityFactor | undefined =>
    enabled.find((f) => f.provider === provider)
  const pendingOf = (provider: string) =>
    security.factors.some((f) => f.provider === provider && f.status === "pending")
  // The ways the customer can confirm turning a factor off.
  const confirmMethods = [
    ...enabled.map((f) => f.provider),
    ...(security.recovery_codes_remaining > 0 ? ["recovery_code"] : []),
  ].filter((m, i, all) => all.indexOf(m) === i)
  const phoneVerified = Boolean(security.phone && security.phone_verified_at)

  return (
    <div className="flex flex-col gap-6">
      <Section id="security-account" title="Your account">
        <dl className="grid gap-4 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-500">Shopper ID</dt>
            <dd className="mt-1 font-mono font-semibold text-navy-900" data-testid="security-shopper-id">
              {security.shopper_id}
            </dd>
            <dd className="mt-1 text-xs text-slate-500">Quote it when you contact support.</dd>
          </div>
          <div>
            <dt className="text-slate-500">Email</dt>
            <dd className="mt-1 break-all text-slate-900">{security.email}</dd>
            <dd className="mt-1">
              {security.email_verified_at ? (
                <StatusBadge tone="on" testId="security-email-status">Verified</StatusBadge>
              ) : (
                <StatusBadge tone="warn" testId="security-email-status">Not verified</StatusBadge>
              )}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">Phone</dt>
            <dd className="mt-1 text-slate-900">{security.phone || "—"}</dd>
            {security.phone && (
              <dd className="mt-1">
                {phoneVerified ? (
                  <StatusBadge tone="on" testId="security-phone-status">Verified</StatusBadge>
                ) : (
                  <StatusBadge tone="warn" testId="security-phone-status">Not verified</StatusBadge>
                )}
              </dd>
            )}
          </div>
        </dl>
      </Section>

      <Section
        id="security-2fa"
        title="Two-step verification"
        description="Ask for a code as well as your password when you sign in, so a stolen password is not enough."
      >
        <p className="mb-2 text-sm">
          {enabled.length > 0 ? (
            <StatusBadge tone="on" testId="security-2fa-status">On</StatusBadge>
          ) : (
            <StatusBadge tone="off" testId="security-2fa-status">Off</StatusBadge>
          )}
        </p>
        <ul className="divide-y divide-slate-100" data-testid="security-factors">
          {FACTORS.map(({ provider, description }) => {
            const factor = enabledOf(provider)
            return (
              <li key={provider} className="py-4" data-testid={`factor-${provider}`} data-status={factor ? "enabled" : "off"}>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <div>
                    <p className="font-semibold text-slate-900">{methodLabel(provider)}</p>
                    <p className="text-sm text-slate-600">{description}</p>
                  </div>
                  {factor ? (
                    <StatusBadge tone="on">{`On since ${formatDate(factor.created_at, countryCode)}`}</StatusBadge>
                  ) : pendingOf(provider) ? (
                    <StatusBadge tone="warn">Set-up not finished</StatusBadge>
                  ) : (
                    <StatusBadge tone="off">Off</StatusBadge>
                  )}
                </div>
                {provider === "totp" ? (
                  <TotpSetup countryCode={countryCode} email={security.email} enabled={Boolean(factor)} />
                ) : (
                  <CodeFactorSetup
                    countryCode={countryCode}
                    provider={provider}
                    enabled={Boolean(factor)}
                    unavailable={
                      provider === "sms_otp" && !phoneVerified
                        ? "Add and verify a phone number below to use SMS codes."
                        : undefined
                    }
                  />
                )}
                {factor && (
                  <DisableFactorForm
                    countryCode={countryCode}
                    factorId={factor.id}
                    factorName={methodLabel(provider).toLowerCase()}
                    methods={confirmMethods}
                  />
                )}
              </li>
            )
          })}
        </ul>
      </Section>

      <Section
        id="security-recovery"
        title="Recovery codes"
        description="One-time codes that sign you in if you cannot use your second factor."
      >
        <RecoveryCodes
          countryCode={countryCode}
          remaining={security.recovery_codes_remaining}
          available={enabled.length > 0}
        />
      </Section>

      <Section id="security-phone" title="Phone number" description="Used for SMS codes. We text a code to check it's yours.">
        <PhoneForm countryCode={countryCode} phone={security.phone} verified={phoneVerified} />
      </Section>

      <Section id="security-password" title="Change password">
        <ChangePasswordForm countryCode={countryCode} email={security.email} />
      </Section>

      <Section id="security-activity" title="Recent security activity" description="Sign-ins, codes and changes to your account, newest first.">
        <SecurityEvents events={security.events} countryCode={countryCode} />
      </Section>

      <Section id="security-delete" title="Delete account" danger>
        <DeleteAccountForm countryCode={countryCode} />
      </Section>
    </div>
  )
}
