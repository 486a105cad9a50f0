import type { Metadata } from "next"
import ResetLinkExpired from "@modules/account/components/reset-link-expired"
import ResetPasswordForm from "@modules/account/components/reset-password-form"
import AuthTemplate from "@modules/account/templates/auth-template"

export const metadata: Metadata = {
  title: "Choose a new password",
  description: "Set a new password for your CloudServices account.",
  // The URL carries the reset token: keep it out of Referer headers and search engines.
  referrer: "no-referrer",
  robots: { index: false, follow: false },
}

export default async function ResetPasswordPage({
  params,
  searchParams,
}: {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<{ token?: string | string[]; email?: string | string[] }>
}) {
  const { countryCode } = await params
  const query = await searchParams
  const token = typeof query.token === "string" ? query.token.trim() : ""
  const email = typeof query.email === "string" ? query.email.trim() : ""

  return (
    <AuthTemplate title="Choose a new password" description="Pick a password you do not use anywhere else.">
      {token && email ? (
        <ResetPasswordForm countryCode={countryCode} token={token} email={email} />
      ) : (
        <ResetLinkExpired countryCode={countryCode} />
      )}
    </AuthTemplate>
  )
}
