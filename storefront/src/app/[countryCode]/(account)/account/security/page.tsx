import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveSecurity } from "@lib/data/security"
import AccountLayout from "@modules/account/templates/account-layout"
import SecurityTemplate from "@modules/security/templates/security-template"

export const metadata: Metadata = {
  title: "Security",
  description: "Two-step verification, password and recent activity of your account.",
  robots: { index: false, follow: false },
}

export default async function SecurityPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const security = await retrieveSecurity()
  if (!security) {
    redirect(`/${countryCode}/account/login?next=/${countryCode}/account/security`)
  }
  return (
    <AccountLayout
      countryCode={countryCode}
      title="Security"
      titleTestId="security-title"
      description="Keep your account safe: two-step verification, password and recent activity."
    >
      <SecurityTemplate security={security} countryCode={countryCode} />
    </AccountLayout>
  )
}
