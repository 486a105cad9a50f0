import Form from "next/form"
import { SearchIcon } from "@modules/common/icons"

/** Catalog search; a GET form so it works before (and without) JavaScript. */
export default function SearchForm({
  action,
  q,
  category,
}: {
  action: string
  q?: string
  category?: string
}) {
  return (
    <Form action={action} role="search" className="flex w-full max-w-xl gap-2">
      <label htmlFor="catalog-search" className="sr-only">
        Search products
      </label>
      <div className="relative flex-1">
        <SearchIcon className="pointer-events-none absolute left-3 top-1/2 h-4 w-4 -translate-y-1/2 text-slate-400" />
        <input
          id="catalog-search"
          data-testid="search-input"
          type="search"
          name="q"
          defaultValue={q}
          placeholder="Search plans, e.g. VPS, PostgreSQL, backup"
          className="input pl-9"
          autoComplete="off"
        />
      </div>
      {category && <input type="hidden" name="category" value={category} />}
      <button type="submit" className="btn-primary">
        Search
      </button>
    </Form>
  )
}
