import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveCustomer } from "@lib/data/customer"
import { safeRelativePath } from "@lib/util/country"
import RegisterForm from "@modules/account/components/register-form"
import AuthTemplate from "@modules/account/templates/auth-template"

export const metadata: Metadata = {
  title: "Create an account",
  description: "Create a CloudServices account to order and manage your services.",
}

export default async function RegisterPage({
  params,
  searchParams,
}: {
  params: Promise<{ countryCode: string }>
  /** where to continue once the account is verified (e.g. back to checkout) */
  searchParams: Promise<{ next?: string }>
}) {
  const { countryCode } = await params
  const next = safeRelativePath((await searchParams).next) ?? undefined
  if (await retrieveCustomer()) {
    redirect(next ?? `/${countryCode}/account`)
  }
  return (
    <AuthTemplate
      title="Create your account"
      description="Order plans, follow your orders and keep your details in one place."
    >
      <RegisterForm countryCode={countryCode} redirectTo={next} />
    </AuthTemplate>
  )
}
