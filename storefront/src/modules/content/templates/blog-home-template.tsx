import Link from "next/link"
import type { PostList } from "@lib/data/content"
import Pagination from "@modules/catalog/components/pagination"

export const postDate = (date: string | null | undefined) =>
  date ? new Date(date).toLocaleDateString("en", { dateStyle: "long" }) : null

/** The blog's newest posts, a page at a time, optionally one tag's. */
export default function BlogHomeTemplate({
  list,
  tag,
  page,
  perPage,
  countryCode,
}: {
  list: PostList
  tag?: string
  page: number
  perPage: number
  countryCode: string
}) {
  const totalPages = Math.max(1, Math.ceil(list.count / perPage))
  return (
    <div className="container-content max-w-4xl py-10" data-testid="blog-home">
      <h1 className="text-3xl font-semibold text-navy-900">Blog</h1>
      <p className="mt-2 text-slate-600">Product news, guides and notes from the people who run CloudServices.</p>
      {tag && (
        <p className="mt-4 flex flex-wrap items-center gap-2 text-sm text-slate-600" data-testid="blog-tag-filter">
          Posts tagged <span className="rounded-full bg-accent-50 px-3 py-0.5 font-medium text-accent-700">{tag}</span>
          <Link href={`/${countryCode}/blog`} className="text-accent-600 underline">
            Show all posts
          </Link>
        </p>
      )}
      {!list.posts.length && <p className="mt-8 text-slate-600">No posts yet.</p>}
      <ul className="mt-8 space-y-6">
        {list.posts.map((post) => (
          <li key={post.id} className="card p-6" data-testid="blog-post-card">
            <h2 className="text-xl font-semibold text-navy-900">
              <Link href={`/${countryCode}/blog/${post.handle}`} className="hover:text-accent-600">
                {post.title}
              </Link>
            </h2>
            <p className="mt-1 text-xs text-slate-500">
              {[postDate(post.published_at ?? post.updated_at), post.author].filter(Boolean).join(" · ")}
            </p>
            {post.excerpt && <p className="mt-3 text-slate-700">{post.excerpt}</p>}
            {!!post.tags?.length && (
              <ul className="mt-3 flex flex-wrap gap-2">
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
          </li>
        ))}
      </ul>
      <div className="mt-8">
        <Pagination page={page} totalPages={totalPages} basePath={`/${countryCode}/blog`} params={{ tag }} />
      </div>
    </div>
  )
}
