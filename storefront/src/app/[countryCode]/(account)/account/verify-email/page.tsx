import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveCustomer } from "@lib/data/customer"
import AuthTemplate from "@modules/account/templates/auth-template"
import EmailCodeStep from "@modules/security/components/email-code-step"

export const metadata: Metadata = {
  title: "Verify your email",
  description: "Enter the code we emailed to finish creating your CloudServices account.",
  robots: { index: false, follow: false },
}

/**
 * The code step on its own page: where the code forms post without
 * JavaScript, and a place to come back to with a code from the inbox.
 */
export default async function VerifyEmailPage({
  params,
  searchParams,
}: {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<{ email?: string | string[] }>
}) {
  const { countryCode } = await params
  const query = await searchParams
  const email = typeof query.email === "string" ? query.email.trim() : ""
  if (await retrieveCustomer()) {
    redirect(`/${countryCode}/account`)
  }
  if (!email) {
    redirect(`/${countryCode}/account/login`)
  }
  return (
    <AuthTemplate title="Verify your email" description="One more step to finish setting up your account.">
      <EmailCodeStep email={email} countryCode={countryCode} />
    </AuthTemplate>
  )
}
