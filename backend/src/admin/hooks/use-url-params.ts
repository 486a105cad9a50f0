import { useSearchParams } from "react-router-dom"

/**
 * List state kept in the URL (so a filtered view can be shared or linked): read a param,
 * change several at once, set a filter (which starts again on the first page), and the
 * `pagination` option of `useDataTable` driven by `?offset=`.
 */
export function useUrlParams<P extends string>(pageSize: number) {
  const [searchParams, setSearchParams] = useSearchParams()
  const param = (name: P | "offset") => searchParams.get(name) ?? ""

  /** Empty values remove the param; `push` adds a history entry (opening a drawer), else it is replaced. */
  const update = (changes: Partial<Record<P | "offset", string>>, push = false) =>
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        for (const [key, value] of Object.entries(changes)) {
          if (value) {
            next.set(key, value as string)
          } else {
            next.delete(key)
          }
        }
        return next
      },
      { replace: !push }
    )

  // a new filter starts again on the first page
  const setFilter = (name: P, value: string) =>
    update({ [name]: value, offset: "" } as Partial<Record<P | "offset", string>>)

  /** Empties every listed param and the page. */
  const clear = (names: readonly P[]) =>
    update(Object.fromEntries([...names, "offset"].map((name) => [name, ""])) as Partial<Record<P | "offset", string>>)

  const offset = Math.max(0, Number(param("offset")) || 0)
  const pagination = {
    state: { pageIndex: Math.floor(offset / pageSize), pageSize },
    onPaginationChange: ({ pageIndex }: { pageIndex: number }) =>
      update({ offset: pageIndex ? String(pageIndex * pageSize) : "" } as Partial<Record<P | "offset", string>>),
  }

  return { searchParams, param, update, setFilter, clear, offset, pagination }
}
