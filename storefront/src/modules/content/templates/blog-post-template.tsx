import Link from "next/link"
import type { Post } from "@lib/data/content"
import ContentBody from "../components/content-body"
import { postDate } from "./blog-home-template"

export default function BlogPostTemplate({ post, countryCode }: { post: Post; countryCode: string }) {
  return (
    <article className="container-content max-w-3xl py-10" data-testid="blog-post">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href={`/${countryCode}/blog`} className="hover:text-accent-600">
          Blog
        </Link>
      </nav>
      <h1 className="mt-3 text-3xl font-semibold text-navy-900">{post.title}</h1>
      <p className="mt-2 text-xs text-slate-500">
        {[postDate(post.published_at ?? post.updated_at), post.author].filter(Boolean).join(" · ")}
      </p>
      {post.excerpt && <p className="mt-3 text-lg text-slate-600">{post.excerpt}</p>}
      {post.cover_image_url && (
        // a plain <img>, not next/image: images are served unoptimised (next.config)
        <img src={post.cover_image_url} alt="" className="mt-6 h-auto w-full rounded-lg" />
      )}
      <div className="mt-8">
        <ContentBody html={post.body_html} markdown={post.body} testId="blog-post-body" />
      </div>
      {!!post.tags?.length && (
        <ul className="mt-10 flex flex-wrap gap-2 border-t border-slate-200 pt-6">
          {post.tags.map((t) => (
            <li key={t}>
              <Link
                href={`/${countryCode}/blog?tag=${encodeURIComponent(t)}`}
                className="rounded-full bg-slate-100 px-3 py-0.5 text-xs text-slate-700 hover:bg-accent-50"
              >
                {t}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </article>
  )
}
