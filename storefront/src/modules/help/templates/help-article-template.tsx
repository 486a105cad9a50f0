import Link from "next/link"
import type { HelpArticle, HelpArticleSummary } from "@lib/data/help"
import HelpfulVote from "../components/helpful-vote"
import LiveChatHours from "../components/live-chat-hours"
import { categoryName, PROSE_CLASSES } from "../categories"

export default function HelpArticleTemplate({
  article,
  related,
  countryCode,
}: {
  article: HelpArticle
  related: HelpArticleSummary[]
  countryCode: string
}) {
  return (
    <div className="container-content grid gap-10 py-10 lg:grid-cols-[1fr_18rem]" data-testid="help-article">
      <article className="min-w-0">
        <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
          <Link href={`/${countryCode}/help`} className="hover:text-accent-600">
            Help center
          </Link>
          <span aria-hidden="true"> / </span>
          <Link href={`/${countryCode}/help?category=${article.category}`} className="hover:text-accent-600">
            {categoryName(article.category)}
          </Link>
        </nav>
        <h1 className="mt-3 text-3xl font-semibold text-navy-900">{article.title}</h1>
        {article.excerpt && <p className="mt-2 text-lg text-slate-600">{article.excerpt}</p>}
        <p className="mt-2 text-xs text-slate-500">
          Updated {new Date(article.updated_at).toLocaleDateString("en", { dateStyle: "medium" })}
        </p>
        <div
          className={`mt-8 ${PROSE_CLASSES}`}
          data-testid="help-article-body"
          // body_html is rendered by the backend from markdown with raw HTML escaped
          dangerouslySetInnerHTML={{ __html: article.body_html }}
        />
        <div className="mt-10 border-t border-slate-200 pt-6">
          <HelpfulVote articleId={article.id} handle={article.handle} />
        </div>
      </article>
      <aside className="space-y-6">
        {related.length > 0 && (
          <section className="card p-5">
            <h2 className="text-sm font-semibold uppercase tracking-wider text-slate-500">
              More in {categoryName(article.category)}
            </h2>
            <ul className="mt-3 space-y-2 text-sm">
              {related.map((a) => (
                <li key={a.id}>
                  <Link href={`/${countryCode}/help/${a.handle}`} className="text-slate-700 hover:text-accent-600">
                    {a.title}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}
        <section className="card p-5 text-sm text-slate-600">
          <h2 className="font-semibold text-navy-900">Still need help?</h2>
          <LiveChatHours countryCode={countryCode} />
          <p className="mt-2">
            Contact support with your shopper ID (CS-XXXXXX), shown on{" "}
            <Link href={`/${countryCode}/account/security`} className="text-accent-600 underline">
              Account → Security
            </Link>
            .
          </p>
          <Link href={`/${countryCode}/help/faq`} className="mt-3 inline-block text-accent-600">
            Read the FAQ →
          </Link>
        </section>
      </aside>
    </div>
  )
}
