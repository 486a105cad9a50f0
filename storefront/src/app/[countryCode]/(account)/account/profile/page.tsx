import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveCustomer } from "@lib/data/customer"
import ProfileForm from "@modules/account/components/profile-form"
import AccountLayout from "@modules/account/templates/account-layout"

export const metadata: Metadata = {
  title: "Profile",
  description: "Your name and phone number.",
}

export default async function ProfilePage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const customer = await retrieveCustomer()
  if (!customer) {
    redirect(`/${countryCode}/account/login?next=/${countryCode}/account/profile`)
  }
  return (
    <AccountLayout countryCode={countryCode} title="Profile" description="Keep your details up to date.">
      <div className="card max-w-2xl p-6">
        <ProfileForm
          email={customer.email}
          defaults={{
            first_name: customer.first_name ?? "",
            last_name: customer.last_name ?? "",
            phone: customer.phone ?? "",
          }}
        />
      </div>
    </AccountLayout>
  )
}
