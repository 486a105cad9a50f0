import type { Metadata } from "next"
import Link from "next/link"
import { getCompany } from "@lib/data/content"
import { pageMetadata } from "@lib/util/seo"
import ContactForm from "@modules/content/components/contact-form"
import CompanyCard from "@modules/content/templates/company-card"

type Props = { params: Promise<{ countryCode: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { countryCode } = await params
  return pageMetadata({
    countryCode,
    path: "/contact",
    title: "Contact us",
    description: "Questions about plans, billing or a custom setup? Write to CloudServices sales and support.",
  })
}

export default async function ContactPage({ params }: Props) {
  const { countryCode } = await params
  const company = await getCompany()
  return (
    <div className="container-content grid gap-10 py-10 lg:grid-cols-[1fr_20rem]">
      <div className="min-w-0">
        <h1 className="text-3xl font-semibold text-navy-900">Contact us</h1>
        <p className="mt-2 text-slate-600">
          Questions about a plan, a quote for a larger setup or anything else: write to us and we answer by email
          within one working day. Customers with a running service get faster answers through{" "}
          <Link href={`/${countryCode}/account/support`} className="text-accent-600 underline">
            a support ticket
          </Link>
          .
        </p>
        <div className="mt-8">
          <ContactForm />
        </div>
      </div>
      <aside className="space-y-6">
        <CompanyCard company={company} />
        <section className="card p-5 text-sm text-slate-600">
          <h2 className="font-semibold text-navy-900">Support hours</h2>
          <p className="mt-2">
            Tickets and email are answered around the clock. See{" "}
            <Link href={`/${countryCode}/help/support-hours-and-contact`} className="text-accent-600 underline">
              support hours and response times
            </Link>
            .
          </p>
        </section>
      </aside>
    </div>
  )
}
