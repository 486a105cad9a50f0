import { timingSafeEqual } from "node:crypto"
import { revalidateTag } from "next/cache"
import type { NextRequest } from "next/server"

export const dynamic = "force-dynamic"

const MAX_TAGS = 50

function secretMatches(given: string | null) {
  const expected = process.env.REVALIDATE_SECRET
  if (!expected || !given) {
    return false
  }
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Called by the backend when the catalog changes:
 * POST { tags: ["products", …] } with header x-revalidate-secret.
 */
export async function POST(request: NextRequest) {
  if (!secretMatches(request.headers.get("x-revalidate-secret"))) {
    return Response.json({ message: "Invalid revalidation secret" }, { status: 401 })
  }

  const body = (await request.json().catch(() => null)) as { tags?: unknown } | null
  const tags = body?.tags
  if (
    !Array.isArray(tags) ||
    tags.length === 0 ||
    tags.length > MAX_TAGS ||
    !tags.every((tag) => typeof tag === "string" && tag.length > 0 && tag.length <= 256)
  ) {
    return Response.json(
      { message: `Body must be { tags: string[] } with 1 to ${MAX_TAGS} tags` },
      { status: 400 }
    )
  }

  for (const tag of tags as string[]) {
    revalidateTag(tag)
  }
  return Response.json({ revalidated: true, tags, now: Date.now() })
}
