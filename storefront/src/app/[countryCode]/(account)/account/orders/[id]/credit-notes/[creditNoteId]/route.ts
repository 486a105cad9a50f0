import { cookies } from "next/headers"
import { AUTH_COOKIE } from "@lib/constants"
import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY } from "@lib/config"

/** Downloads a credit note PDF of the signed-in customer's order (the backend checks ownership; 404 otherwise). */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string; creditNoteId: string }> }) {
  const { id, creditNoteId } = await params
  const token = (await cookies()).get(AUTH_COOKIE)?.value
  if (!token) {
    return new Response("Not found", { status: 404 })
  }
  const res = await fetch(
    `${MEDUSA_BACKEND_URL}/store/orders/${encodeURIComponent(id)}/credit-notes/${encodeURIComponent(creditNoteId)}`,
    {
      headers: {
        authorization: `Bearer ${token}`,
        ...(MEDUSA_PUBLISHABLE_KEY ? { "x-publishable-api-key": MEDUSA_PUBLISHABLE_KEY } : {}),
      },
      cache: "no-store",
    }
  )
  if (!res.ok || !res.body) {
    return new Response("Not found", { status: 404 })
  }
  const headers = new Headers({ "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" })
  for (const name of ["content-type", "content-length", "content-disposition"]) {
    const value = res.headers.get(name)
    if (value) headers.set(name, value)
  }
  return new Response(res.body, { status: 200, headers })
}
