import Link from "next/link"
import type { HelpArticleSummary, HelpFaq } from "@lib/data/help"
import ArticleList from "../components/article-list"
import LiveChatHours from "../components/live-chat-hours"
import HelpSearch from "../components/help-search"
import { categoryName, HELP_CATEGORIES } from "../categories"

type Props = {
  countryCode: string
  q?: string
  category?: string
  /** search or category results; when neither is asked, every article */
  articles: HelpArticleSummary[]
  count: number
  faqs: HelpFaq[]
}

export default function HelpHomeTemplate({ countryCode, q, category, articles, count, faqs }: Props) {
  const filtering = Boolean(q || category)
  const categories = [
    ...HELP_CATEGORIES.filter((c) => articles.some((a) => a.category === c.handle)),
    // categories the admin added that the storefront has no name for yet
    ...[...new Set(articles.map((a) => a.category))]
      .filter((handle) => !HELP_CATEGORIES.some((c) => c.handle === handle))
      .map((handle) => ({ handle, name: categoryName(handle), description: "" })),
  ]

  return (
    <div className="container-content py-10" data-testid="help-home">
      <div className="rounded-2xl bg-navy-900 px-6 py-10 text-white sm:px-10">
        <h1 className="text-3xl font-semibold">How can we help?</h1>
        <p className="mt-2 text-slate-300">Guides for billing, renewals, security and running your services.</p>
        <div className="mt-6">
          <HelpSearch countryCode={countryCode} q={q} category={category} />
        </div>
      </div>

      <nav aria-label="Help categories" className="mt-6 flex flex-wrap gap-2">
        <Link
          href={`/${countryCode}/help${q ? `?q=${encodeURIComponent(q)}` : ""}`}
          className={`rounded-full border px-3 py-1 text-sm ${!category ? "border-navy-900 bg-navy-900 text-white" : "border-slate-300 text-slate-700 hover:border-navy-900"}`}
          aria-current={!category ? "page" : undefined}
        >
          All topics
        </Link>
        {HELP_CATEGORIES.map((c) => (
          <Link
            key={c.handle}
            href={`/${countryCode}/help?category=${c.handle}${q ? `&q=${encodeURIComponent(q)}` : ""}`}
            className={`rounded-full border px-3 py-1 text-sm ${category === c.handle ? "border-navy-900 bg-navy-900 text-white" : "border-slate-300 text-slate-700 hover:border-navy-900"}`}
            aria-current={category === c.handle ? "page" : undefined}
            data-testid={`help-category-${c.handle}`}
          >
            {c.name}
          </Link>
        ))}
        <Link
          href={`/${countryCode}/help/faq`}
          className="rounded-full border border-slate-300 px-3 py-1 text-sm text-slate-700 hover:border-navy-900"
        >
          FAQ
        </Link>
      </nav>

      {filtering ? (
        <section className="mt-8" aria-live="polite" data-testid="help-results">
          <h2 className="text-xl font-semibold text-navy-900">
            {q ? (
              <>
                {count} {count === 1 ? "result" : "results"} for “{q}”
                {category ? ` in ${categoryName(category)}` : ""}
              </>
            ) : (
              categoryName(category!)
            )}
          </h2>
          {articles.length ? (
            <div className="card mt-4 px-6">
              <ArticleList articles={articles} countryCode={countryCode} showCategory={!category} />
            </div>
          ) : (
            <div className="card mt-4 p-6 text-slate-600" data-testid="help-no-results">
              <p>No articles match. Try other words, or browse the topics above.</p>
              <p className="mt-2">
                Still stuck? Our <Link href={`/${countryCode}/help/support-hours-and-contact`} className="text-accent-600 underline">support team</Link> is happy to help.
              </p>
            </div>
          )}
        </section>
      ) : (
        <>
          <div className="mt-8 grid gap-6 md:grid-cols-2 lg:grid-cols-3">
            {categories.map((c) => {
              const inCategory = articles.filter((a) => a.category === c.handle)
              return (
                <section key={c.handle} className="card p-6" data-testid="help-category-card">
                  <h2 className="text-lg font-semibold text-navy-900">
                    <Link href={`/${countryCode}/help?category=${c.handle}`} className="hover:text-accent-600">
                      {c.name}
                    </Link>
                  </h2>
                  {c.description && <p className="mt-1 text-sm text-slate-500">{c.description}</p>}
                  <ul className="mt-4 space-y-2 text-sm">
                    {inCategory.slice(0, 5).map((a) => (
                      <li key={a.id}>
                        <Link href={`/${countryCode}/help/${a.handle}`} className="text-slate-700 hover:text-accent-600">
                          {a.title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                  {inCategory.length > 5 && (
                    <Link href={`/${countryCode}/help?category=${c.handle}`} className="mt-3 inline-block text-sm text-accent-600">
                      All {inCategory.length} articles →
                    </Link>
                  )}
                </section>
              )
            })}
          </div>

          {faqs.length > 0 && (
            <section className="mt-10">
              <div className="flex items-baseline justify-between">
                <h2 className="text-xl font-semibold text-navy-900">Frequently asked questions</h2>
                <Link href={`/${countryCode}/help/faq`} className="text-sm text-accent-600">
                  All FAQs →
                </Link>
              </div>
              <ul className="card mt-4 divide-y divide-slate-200 px-6">
                {faqs.slice(0, 5).map((f) => (
                  <li key={f.id} className="py-3">
                    <Link href={`/${countryCode}/help/faq#${f.id}`} className="text-slate-800 hover:text-accent-600">
                      {f.question}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}

      <section className="card mt-10 p-6 text-sm text-slate-600" data-testid="help-contact-support">
        <h2 className="text-lg font-semibold text-navy-900">Talk to a person</h2>
        <LiveChatHours countryCode={countryCode} />
      </section>
    </div>
  )
}
