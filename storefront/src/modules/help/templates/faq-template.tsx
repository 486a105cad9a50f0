import Link from "next/link"
import type { HelpFaq } from "@lib/data/help"
import { categoryName, HELP_CATEGORIES, PROSE_CLASSES } from "../categories"

/** Every published FAQ, grouped by category in the help center's order, each one a disclosure. */
export default function FaqTemplate({ faqs, countryCode }: { faqs: HelpFaq[]; countryCode: string }) {
  const order = (handle: string) => {
    const i = HELP_CATEGORIES.findIndex((c) => c.handle === handle)
    return i === -1 ? HELP_CATEGORIES.length : i
  }
  const groups = [...new Set(faqs.map((f) => f.category))].sort((a, b) => order(a) - order(b))

  return (
    <div className="container-content max-w-3xl py-10" data-testid="help-faq">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href={`/${countryCode}/help`} className="hover:text-accent-600">
          Help center
        </Link>
      </nav>
      <h1 className="mt-3 text-3xl font-semibold text-navy-900">Frequently asked questions</h1>
      {!faqs.length && <p className="mt-6 text-slate-600">No questions yet.</p>}
      {groups.map((category) => (
        <section key={category} className="mt-8">
          <h2 className="text-lg font-semibold text-navy-900">{categoryName(category)}</h2>
          <div className="card mt-3 divide-y divide-slate-200">
            {faqs
              .filter((f) => f.category === category)
              .map((f) => (
                <details key={f.id} id={f.id} className="group px-5 py-4" data-testid="help-faq-item">
                  <summary className="cursor-pointer list-none font-medium text-slate-900 marker:hidden">
                    <span className="mr-2 inline-block text-accent-600 transition group-open:rotate-90" aria-hidden="true">
                      ›
                    </span>
                    {f.question}
                  </summary>
                  <div
                    className={`mt-3 pl-5 text-sm ${PROSE_CLASSES}`}
                    // answer_html is rendered by the backend from markdown with raw HTML escaped
                    dangerouslySetInnerHTML={{ __html: f.answer_html }}
                  />
                </details>
              ))}
          </div>
        </section>
      ))}
    </div>
  )
}
