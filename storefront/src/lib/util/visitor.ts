/** The answer of GET /api/visitor: what the cached pages fill in for this visitor in the browser. */
export type VisitorState = {
  signed_in: boolean
  cart_quantity: number
  /** An admin is viewing the store as this customer: nothing can be changed. */
  read_only: boolean
  impersonation: {
    customer: string
    started_at: string
    expires_at: string
    active: boolean
  } | null
}

/** Fired on `window` after anything that changes the visitor's cart or session. */
export const VISITOR_CHANGED_EVENT = "cs:visitor-changed"

/** Tells the header (cart badge, account link) and the chat to load the visitor's state again. */
export function refreshVisitor() {
  if (typeof window !== "undefined") {
    window.dispatchEvent(new Event(VISITOR_CHANGED_EVENT))
  }
}
