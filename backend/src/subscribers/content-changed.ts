import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { revalidateStorefrontWorkflow } from "../workflows/storefront"

/** The storefront's cache tags of each kind of content (its lib/data/content.ts tags its fetches with them). */
const TAGS: Record<string, string[]> = {
  blog_post: ["content", "posts"],
  resource: ["content", "resources"],
  content_page: ["content", "pages"],
}

/** Posts, resources and pages edited in the admin show up on the storefront at once. */
export default async function contentChangedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const tags = TAGS[event.name.split(".")[0]] ?? ["content"]
  await revalidateStorefrontWorkflow(container).run({ input: { tags } })
}

export const config: SubscriberConfig = {
  event: ["blog_post", "resource", "content_page"].flatMap((entity) =>
    ["created", "updated", "deleted"].map((change) => `${entity}.${change}`)
  ),
}
