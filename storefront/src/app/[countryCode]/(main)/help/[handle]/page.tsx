import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getHelpArticle, listHelpArticles } from "@lib/data/help"
import { pageMetadata } from "@lib/util/seo"
import HelpArticleTemplate from "@modules/help/templates/help-article-template"

/** Rendered on the first visit of each handle, then cached until its tags are flushed. */
export async function generateStaticParams(): Promise<{ handle: string }[]> {
  return []
}

type Props = { params: Promise<{ countryCode: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { countryCode, handle } = await params
  const article = await getHelpArticle(handle).catch(() => null)
  if (!article) {
    return { title: "Article not found" }
  }
  return pageMetadata({
    countryCode,
    path: `/help/${article.handle}`,
    title: `${article.title} · Help center`,
    description: article.excerpt || `${article.title} — CloudServices help center.`,
    type: "article",
  })
}

export default async function HelpArticlePage({ params }: Props) {
  const { countryCode, handle } = await params
  const article = await getHelpArticle(handle)
  if (!article) {
    notFound()
  }
  const { articles } = await listHelpArticles({ category: article.category, limit: 8 }).catch(() => ({
    articles: [],
  }))
  return (
    <HelpArticleTemplate
      article={article}
      related={articles.filter((a) => a.id !== article.id).slice(0, 6)}
      countryCode={countryCode}
    />
  )
}
