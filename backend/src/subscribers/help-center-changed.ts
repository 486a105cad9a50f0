import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { revalidateStorefrontWorkflow } from "../workflows/storefront"

/** Articles and FAQs edited in the admin show up in the storefront's help center at once. */
export default async function helpCenterChangedHandler({ container }: SubscriberArgs<{ id: string }>) {
  await revalidateStorefrontWorkflow(container).run({ input: { tags: ["help"] } })
}

export const config: SubscriberConfig = {
  event: [
    "help_article.created",
    "help_article.updated",
    "help_article.deleted",
    "faq.created",
    "faq.updated",
    "faq.deleted",
  ],
}
