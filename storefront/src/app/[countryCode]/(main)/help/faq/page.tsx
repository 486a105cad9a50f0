import type { Metadata } from "next"
import { listHelpFaqs } from "@lib/data/help"
import FaqTemplate from "@modules/help/templates/faq-template"

export const metadata: Metadata = {
  title: "FAQ · Help center",
  description: "Quick answers about renewals, suspension, refunds, sign-in and support at CloudServices.",
}

export default async function FaqPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const faqs = await listHelpFaqs()
  return <FaqTemplate faqs={faqs} countryCode={countryCode} />
}
