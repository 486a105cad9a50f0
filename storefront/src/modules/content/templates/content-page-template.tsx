import type { ContentPage } from "@lib/data/content"
import ContentBody from "../components/content-body"

/** A company or legal page: title, last update and the rendered body. */
export default function ContentPageTemplate({ page }: { page: ContentPage }) {
  return (
    <article className="container-content max-w-3xl py-10" data-testid={`content-page-${page.handle}`}>
      <h1 className="text-3xl font-semibold text-navy-900">{page.title}</h1>
      {page.content_updated_at && (
        <p className="mt-2 text-xs text-slate-500">
          Last updated {new Date(page.content_updated_at).toLocaleDateString("en", { dateStyle: "long" })}
        </p>
      )}
      <div className="mt-8">
        <ContentBody html={page.body_html} markdown={page.body} testId="content-page-body" />
      </div>
    </article>
  )
}
