"use server"

import { backendRequest, sdk } from "@lib/config"
import { CONTENT_TAG } from "@lib/constants"
import { errorStatus } from "@lib/util/errors"
import type {
  StoreBlogPost as Post,
  ResourceSummary as Resource,
  StoreResource as ResourceGuide,
  StoreContentPage as ContentPage,
  Company,
  StoreBlogPostListResponse as PostList,
} from "@cs/http-types"
export type { Post, ContentPage, Company, PostList }
export type { BlogPostSummary as PostSummary } from "@cs/http-types"

/** Content changes rarely; the backend revalidates the tag on edits, this is the backstop. */
const CONTENT_REVALIDATE_SECONDS = 300
const cached = (...tags: string[]): { next: { tags: string[]; revalidate: number }; cache: "force-cache" } => ({
  next: { tags: [CONTENT_TAG, ...tags], revalidate: CONTENT_REVALIDATE_SECONDS },
  cache: "force-cache",
})

/** null when the backend answers 404 (content not published, or the route not deployed yet). */
function nullOn404<T>(e: unknown): T | null {
  if (errorStatus(e) === 404) {
    return null
  }
  throw e
}

/** Published posts, newest first; null when the blog is not available. */
export async function listPosts({
  tag,
  limit = 10,
  offset = 0,
}: { tag?: string; limit?: number; offset?: number } = {}): Promise<PostList | null> {
  return sdk.client
    .fetch<PostList>("/store/content/posts", {
      query: { ...(tag ? { tag } : {}), limit, offset },
      ...cached("content-posts"),
    })
    .catch((e: unknown) => nullOn404<PostList>(e))
}

export async function getPost(handle: string): Promise<Post | null> {
  return sdk.client
    .fetch<{ post: Post }>(`/store/content/posts/${encodeURIComponent(handle)}`, {
      ...cached("content-posts", `content-post-${handle}`),
    })
    .then(({ post }) => post)
    .catch((e: unknown) => nullOn404<Post>(e))
}

export async function listResources(): Promise<Resource[] | null> {
  return sdk.client
    .fetch<{ resources: Resource[] }>("/store/content/resources", {
      query: { limit: 100 },
      ...cached("content-resources"),
    })
    .then(({ resources }) => resources)
    .catch((e: unknown) => nullOn404<Resource[]>(e))
}

/** One published guide of the resources page, or null. */
export async function getResource(handle: string): Promise<ResourceGuide | null> {
  return sdk.client
    .fetch<{ resource: ResourceGuide }>(`/store/content/resources/${encodeURIComponent(handle)}`, {
      ...cached("content-resources", `content-resource-${handle}`),
    })
    .then(({ resource }) => resource)
    .catch((e: unknown) => nullOn404<ResourceGuide>(e))
}

export async function getContentPage(handle: string): Promise<ContentPage | null> {
  return sdk.client
    .fetch<{ page: ContentPage }>(`/store/content/pages/${encodeURIComponent(handle)}`, {
      ...cached(`content-page-${handle}`),
    })
    .then(({ page }) => page)
    .catch((e: unknown) => nullOn404<ContentPage>(e))
}

/** The company's name, address, email and phone; null when not configured. */
export async function getCompany(): Promise<Company | null> {
  return sdk.client
    .fetch<{ company?: Company } & Partial<Company>>("/store/company", { ...cached("company") })
    .then((answer) => answer.company ?? (answer.name ? (answer as Company) : null))
    .catch(() => null)
}

export type ContactState = {
  status: "idle" | "sent" | "error"
  message?: string
  fieldErrors?: Record<string, string>
  values?: Record<string, string>
}

const CONTACT_FIELDS = ["name", "email", "subject", "message"] as const

/** The contact form: validated here for quick feedback, then POST /store/contact. */
export async function sendContactMessage(_previous: ContactState, formData: FormData): Promise<ContactState> {
  const values: Record<string, string> = {}
  for (const name of CONTACT_FIELDS) {
    values[name] = String(formData.get(name) ?? "").trim()
  }
  const fieldErrors: Record<string, string> = {}
  if (!values.name) fieldErrors.name = "Enter your name."
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) fieldErrors.email = "Enter a valid email address."
  if (values.subject.length < 3) fieldErrors.subject = "Enter a subject (at least 3 characters)."
  if (values.message.length < 10) fieldErrors.message = "Tell us a little more (at least 10 characters)."
  if (Object.keys(fieldErrors).length) {
    return { status: "error", message: "Please complete the highlighted fields.", fieldErrors, values }
  }

  const answer = await backendRequest("/store/contact", {
    method: "POST",
    // the honeypot goes to the backend as typed: it quietly drops messages that filled it in
    body: { ...values, website: String(formData.get("website") ?? "") },
  })
  if (answer.ok) {
    return { status: "sent" }
  }
  if (answer.status === 429) {
    const wait = answer.retryAfter ? ` in ${Math.ceil(answer.retryAfter / 60)} min` : " later"
    return { status: "error", message: `Too many messages from you. Please try again${wait}.`, values }
  }
  if (answer.status === 400 && answer.message) {
    return { status: "error", message: answer.message, values }
  }
  return {
    status: "error",
    message:
      answer.status === 404
        ? "The contact form is not available right now. Please email us instead."
        : "We could not send your message. Please try again in a moment.",
    values,
  }
}

export type SystemStatus = { operational: boolean; checkedAt: string; components: { name: string; ok: boolean }[] }

/** The backend's and the storefront's health, for the status page (never cached). */
export async function getSystemStatus(): Promise<SystemStatus> {
  const base = (process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/$/, "")
  const api = await fetch(`${base}/health`, { cache: "no-store", signal: AbortSignal.timeout(3000) })
    .then((r) => r.ok)
    .catch(() => false)
  const components = [
    { name: "Website", ok: true },
    { name: "Store and checkout API", ok: api },
    { name: "Customer accounts and support", ok: api },
  ]
  return { operational: components.every((c) => c.ok), checkedAt: new Date().toISOString(), components }
}
