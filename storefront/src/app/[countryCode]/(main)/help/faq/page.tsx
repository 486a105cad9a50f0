import type { Metadata } from "next"
import { listHelpFaqs } from "@lib/data/help"
import { pageMetadata } from "@lib/util/seo"
import JsonLd from "@modules/content/components/json-ld"
import FaqTemplate from "@modules/help/templates/faq-template"

export async function generateMetadata({ params }: { params: Promise<{ countryCode: string }> }): Promise<Metadata> {
  const { countryCode } = await params
  return pageMetadata({
    countryCode,
    path: "/help/faq",
    title: "FAQ · Help center",
    description: "Quick answers about renewals, suspension, refunds, sign-in and support at CloudServices.",
  })
}

export default async function FaqPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const faqs = await listHelpFaqs()
  return (
    <>
      {faqs.length > 0 && (
        <JsonLd
          data={{
            "@context": "https://schema.org",
            "@type": "FAQPage",
            mainEntity: faqs.map((f) => ({
              "@type": "Question",
              name: f.question,
              acceptedAnswer: { "@type": "Answer", text: f.answer_html || f.answer },
            })),
          }}
        />
      )}
      <FaqTemplate faqs={faqs} countryCode={countryCode} />
    </>
  )
}
