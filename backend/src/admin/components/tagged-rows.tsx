import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from "react"

/**
 * DataTable renders its own `<tr>`s and takes no props for them. This wrapper marks each body row
 * of the table inside it with `data-testid={testId}` and `data-id` (the row ids in the order
 * DataTable renders them), so browser tests and links can find a row by what it shows; with
 * `keyboard`, rows also take focus and open with Enter like a link.
 */
export const TaggedRows = ({
  testId,
  ids,
  attributes,
  keyboard = false,
  className,
  children,
}: {
  testId: string
  ids: string[]
  /** more `data-*` attributes per row, in the same order as `ids` */
  attributes?: Record<string, string>[]
  keyboard?: boolean
  className?: string
  children: ReactNode
}) => {
  const ref = useRef<HTMLDivElement>(null)
  const idsRef = useRef(ids)
  idsRef.current = ids
  const attributesRef = useRef(attributes)
  attributesRef.current = attributes

  useLayoutEffect(() => {
    const root = ref.current
    if (!root) {
      return
    }
    const tag = () =>
      root.querySelectorAll("tbody > tr").forEach((tr, i) => {
        const id = idsRef.current[i]
        if (tr.getAttribute("data-testid") !== testId) tr.setAttribute("data-testid", testId)
        if (id && tr.getAttribute("data-id") !== id) tr.setAttribute("data-id", id)
        for (const [name, value] of Object.entries(attributesRef.current?.[i] ?? {})) {
          if (tr.getAttribute(name) !== value) tr.setAttribute(name, value)
        }
        if (keyboard && !tr.hasAttribute("tabindex")) tr.setAttribute("tabindex", "0")
      })
    tag()
    // rows come and go without this component rendering (DataTable's own state)
    const observer = new MutationObserver(tag)
    observer.observe(root, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [testId, keyboard])

  // the same row element can show another entry after a refetch
  useLayoutEffect(() => {
    ref.current?.querySelectorAll("tbody > tr").forEach((tr, i) => {
      const id = ids[i]
      if (id) tr.setAttribute("data-id", id)
      for (const [name, value] of Object.entries(attributes?.[i] ?? {})) {
        tr.setAttribute(name, value)
      }
    })
  })

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement
    if (keyboard && e.key === "Enter" && target.tagName === "TR") {
      target.click()
    }
  }

  return (
    <div ref={ref} className={className} onKeyDown={keyboard ? onKeyDown : undefined}>
      {children}
    </div>
  )
}
