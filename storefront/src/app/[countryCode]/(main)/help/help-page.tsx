import type { Metadata } from "next"
import { listHelpArticles, listHelpFaqs } from "@lib/data/help"
import { pageMetadata } from "@lib/util/seo"
import HelpHomeTemplate from "@modules/help/templates/help-home-template"

export async function generateMetadata({ params }: { params: Promise<{ countryCode: string }> }): Promise<Metadata> {
  const { countryCode } = await params
  return pageMetadata({
    countryCode,
    path: "/help",
    title: "Help center",
    description: "Answers about billing, renewals, security, servers, DNS and backups at CloudServices.",
  })
}

type Props = {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<{ q?: string | string[]; category?: string | string[] }>
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim().slice(0, 200) || undefined

export default async function HelpPage({ params, searchParams }: Props) {
  const { countryCode } = await params
  const query = await searchParams
  const q = one(query.q)
  const category = one(query.category)
  const [{ articles, count }, faqs] = await Promise.all([
    listHelpArticles({ q, category, limit: q || category ? 50 : 100 }),
    q || category ? Promise.resolve([]) : listHelpFaqs().catch(() => []),
  ])
  return (
    <HelpHomeTemplate countryCode={countryCode} q={q} category={category} articles={articles} count={count} faqs={faqs} />
  )
}
