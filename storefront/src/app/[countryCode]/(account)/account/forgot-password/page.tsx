import type { Metadata } from "next"
import ForgotPasswordForm from "@modules/account/components/forgot-password-form"
import AuthTemplate from "@modules/account/templates/auth-template"

export const metadata: Metadata = {
  title: "Forgot your password?",
  description: "Get a link to choose a new password for your CloudServices account.",
}

export default async function ForgotPasswordPage({
  params,
}: {
  params: Promise<{ countryCode: string }>
}) {
  const { countryCode } = await params
  return (
    <AuthTemplate
      title="Forgot your password?"
      description="Enter the email you sign in with and we will send you a link to choose a new password."
    >
      <ForgotPasswordForm countryCode={countryCode} />
    </AuthTemplate>
  )
}
