import Link from "next/link"

function pageHref(basePath: string, params: Record<string, string | undefined>, page: number) {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value) search.set(key, value)
  }
  if (page > 1) search.set("page", String(page))
  const query = search.toString()
  return query ? `${basePath}?${query}` : basePath
}

export default function Pagination({
  page,
  totalPages,
  basePath,
  params,
}: {
  page: number
  totalPages: number
  basePath: string
  params: Record<string, string | undefined>
}) {
  if (totalPages <= 1) {
    return null
  }
  const pages = Array.from({ length: totalPages }, (_, index) => index + 1)
  const linkClass = "flex h-10 min-w-10 items-center justify-center rounded-md border px-3 text-sm font-medium"

  return (
    <nav aria-label="Pagination" className="mt-10 flex items-center justify-center gap-2">
      {page > 1 ? (
        <Link href={pageHref(basePath, params, page - 1)} className={`${linkClass} border-slate-300 bg-white hover:bg-slate-100`} rel="prev">
          Previous
        </Link>
      ) : (
        <span className={`${linkClass} border-slate-200 text-slate-400`} aria-disabled="true">Previous</span>
      )}
      <ul className="hidden items-center gap-2 sm:flex">
        {pages.map((number) => (
          <li key={number}>
            <Link
              href={pageHref(basePath, params, number)}
              aria-current={number === page ? "page" : undefined}
              className={`${linkClass} ${
                number === page
                  ? "border-accent-600 bg-accent-600 text-white"
                  : "border-slate-300 bg-white hover:bg-slate-100"
              }`}
            >
              <span className="sr-only">Page </span>
              {number}
            </Link>
          </li>
        ))}
      </ul>
      <span className="text-sm text-slate-600 sm:hidden">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={pageHref(basePath, params, page + 1)} className={`${linkClass} border-slate-300 bg-white hover:bg-slate-100`} rel="next">
          Next
        </Link>
      ) : (
        <span className={`${linkClass} border-slate-200 text-slate-400`} aria-disabled="true">Next</span>
      )}
    </nav>
  )
}
