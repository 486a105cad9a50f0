import { cookies } from "next/headers"
import { AUTH_COOKIE } from "@lib/constants"
import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY } from "@lib/config"

/**
 * Downloads a file of the signed-in customer's chat (from the chat widget): the backend checks
 * ownership with the customer's token from the httpOnly cookie; its download headers are passed
 * through (attachment, nosniff). Anything else is a plain 404.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const { id, attachmentId } = await params
  const token = (await cookies()).get(AUTH_COOKIE)?.value
  if (!token) {
    return new Response("Not found", { status: 404 })
  }
  const res = await fetch(
    `${MEDUSA_BACKEND_URL.replace(/\/$/, "")}/store/chats/${encodeURIComponent(id)}/attachments/${encodeURIComponent(attachmentId)}`,
    {
      headers: { authorization: `Bearer ${token}`, ...(MEDUSA_PUBLISHABLE_KEY ? { "x-publishable-api-key": MEDUSA_PUBLISHABLE_KEY } : {}) },
      cache: "no-store",
    }
  ).catch(() => null)
  if (!res?.ok || !res.body) {
    return new Response("Not found", { status: 404 })
  }
  const headers = new Headers({ "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" })
  for (const name of ["content-type", "content-length", "content-disposition", "content-security-policy"]) {
    const value = res.headers.get(name)
    if (value) headers.set(name, value)
  }
  return new Response(res.body, { status: 200, headers })
}
