import type { MedusaContainer } from "@medusajs/framework/types"
import { CONTENT_MODULE } from "../modules/content"
import type ContentModuleService from "../modules/content/service"
import { type ContentEntryInput, type ContentKind, createContentEntriesWorkflow } from "../workflows/content"
import { BLOG_POSTS, PAGES, RESOURCES } from "./seed-data/content"

/**
 * Seed step: creates the published blog posts, resources and company/legal
 * pages that are missing (matched by handle, deleted ones included, so an
 * operator's deletion sticks), so a second run creates nothing. Returns how
 * many of each it created.
 */
export async function seedContent(container: MedusaContainer): Promise<{ posts: number; resources: number; pages: number }> {
  const service = container.resolve<ContentModuleService>(CONTENT_MODULE)
  const existing = {
    post: await service.listBlogPosts({ handle: BLOG_POSTS.map((p) => p.handle) }, { select: ["handle"], withDeleted: true }),
    resource: await service.listResources({ handle: RESOURCES.map((r) => r.handle) }, { select: ["handle"], withDeleted: true }),
    page: await service.listContentPages({ handle: PAGES.map((p) => p.handle) }, { select: ["handle"], withDeleted: true }),
  }
  const create = async (kind: ContentKind, entries: (ContentEntryInput & { handle: string })[]) => {
    const have = new Set(existing[kind].map((e) => e.handle))
    const missing = entries.filter((e) => !have.has(e.handle)).map((e) => ({ ...e, status: "published" as const }))
    if (missing.length) {
      await createContentEntriesWorkflow(container).run({ input: { kind, entries: missing, asOf: new Date() } })
    }
    return missing.length
  }
  return {
    posts: await create("post", BLOG_POSTS),
    resources: await create("resource", RESOURCES),
    pages: await create("page", PAGES),
  }
}
