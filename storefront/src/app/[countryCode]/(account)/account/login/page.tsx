import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveCustomer } from "@lib/data/customer"
import { safeRelativePath } from "@lib/util/country"
import LoginForm from "@modules/account/components/login-form"
import AuthTemplate from "@modules/account/templates/auth-template"

export const metadata: Metadata = {
  title: "Sign in",
  description: "Sign in to your CloudServices account.",
}

export default async function LoginPage({
  params,
  searchParams,
}: {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<{ next?: string; verified?: string }>
}) {
  const { countryCode } = await params
  const { next, verified } = await searchParams
  if (await retrieveCustomer()) {
    redirect(safeRelativePath(next) ?? `/${countryCode}/account`)
  }
  return (
    <AuthTemplate title="Sign in" description="Welcome back. Sign in to see your orders and services.">
      <LoginForm countryCode={countryCode} redirectTo={next} verified={verified === "1"} />
    </AuthTemplate>
  )
}
