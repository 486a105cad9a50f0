import Link from "next/link"
import type { HelpArticleSummary } from "@lib/data/help"
import { categoryName } from "../categories"

export default function ArticleList({
  articles,
  countryCode,
  showCategory = false,
}: {
  articles: HelpArticleSummary[]
  countryCode: string
  showCategory?: boolean
}) {
  return (
    <ul className="divide-y divide-slate-200" data-testid="help-article-list">
      {articles.map((article) => (
        <li key={article.id} className="py-4">
          <Link
            href={`/${countryCode}/help/${article.handle}`}
            className="font-medium text-navy-900 hover:text-accent-600"
            data-testid="help-article-link"
          >
            {article.title}
          </Link>
          {showCategory && <span className="ml-2 text-xs text-slate-500">{categoryName(article.category)}</span>}
          {article.excerpt && <p className="mt-1 text-sm text-slate-600">{article.excerpt}</p>}
        </li>
      ))}
    </ul>
  )
}
