import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrievePendingSignIn, type SignInMethod } from "@lib/data/auth"
import { retrieveCustomer } from "@lib/data/customer"
import AuthTemplate from "@modules/account/templates/auth-template"
import SignInExpired from "@modules/security/components/sign-in-expired"
import TwoFactorForm from "@modules/security/components/two-factor-form"

export const metadata: Metadata = {
  title: "Confirm it's you",
  description: "The second step of signing in to CloudServices.",
  robots: { index: false, follow: false },
}

/** Preferred order of the ways to confirm a sign-in. */
const ORDER: SignInMethod[] = ["totp", "email_otp", "sms_otp", "recovery_code"]

export default async function TwoFactorPage({
  params,
  searchParams,
}: {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<{ method?: string | string[] }>
}) {
  const { countryCode } = await params
  const query = await searchParams
  if (await retrieveCustomer()) {
    redirect(`/${countryCode}/account`)
  }
  const pending = await retrievePendingSignIn()
  const methods = ORDER.filter((method) => pending?.methods.includes(method))
  const method = methods.find((m) => m === query.method) ?? methods[0]

  return (
    <AuthTemplate
      title="Confirm it's you"
      description="Your account has two-step verification on. Enter a code to finish signing in."
    >
      {pending && method ? (
        <TwoFactorForm key={method} countryCode={countryCode} methods={methods} method={method} />
      ) : (
        <SignInExpired countryCode={countryCode} />
      )}
    </AuthTemplate>
  )
}
