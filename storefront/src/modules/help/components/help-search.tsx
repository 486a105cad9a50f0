/** The help-center search box: a plain GET form, so it works before any script loads. */
export default function HelpSearch({
  countryCode,
  q = "",
  category,
}: {
  countryCode: string
  q?: string
  category?: string
}) {
  return (
    <form action={`/${countryCode}/help`} method="get" role="search" className="flex w-full max-w-2xl gap-2">
      <label htmlFor="help-q" className="sr-only">
        Search the help center
      </label>
      <input
        id="help-q"
        name="q"
        type="search"
        defaultValue={q}
        maxLength={200}
        placeholder="Search, e.g. “renew”, “SSH key”, “refund”"
        className="input flex-1"
        data-testid="help-search-input"
      />
      {category && <input type="hidden" name="category" value={category} />}
      <button type="submit" className="btn btn-primary" data-testid="help-search-submit">
        Search
      </button>
    </form>
  )
}
