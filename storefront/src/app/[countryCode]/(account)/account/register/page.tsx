import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveCustomer } from "@lib/data/customer"
import RegisterForm from "@modules/account/components/register-form"
import AuthTemplate from "@modules/account/templates/auth-template"

export const metadata: Metadata = {
  title: "Create an account",
  description: "Create a CloudServices account to order and manage your services.",
}

export default async function RegisterPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  if (await retrieveCustomer()) {
    redirect(`/${countryCode}/account`)
  }
  return (
    <AuthTemplate
      title="Create your account"
      description="Order plans, follow your orders and keep your details in one place."
    >
      <RegisterForm countryCode={countryCode} />
    </AuthTemplate>
  )
}
