"use server"

import { revalidateTag } from "next/cache"
import { cookies, headers } from "next/headers"
import { sdk } from "@lib/config"
import { errorMessage, errorStatus } from "@lib/util/errors"
import type {
  StoreHelpArticle as HelpArticle,
  StoreHelpFaq as HelpFaq,
  StoreHelpArticleListResponse,
  StoreHelpArticleResponse,
  StoreHelpFaqListResponse,
} from "@cs/http-types"
export type { HelpArticle, HelpFaq }
export type { HelpArticleSummary } from "@cs/http-types"

const HELP_TAG = "help"
const articleTag = (handle: string) => `help-article-${handle}`
/** Help content changes rarely; an edit shows within five minutes. */
const HELP_REVALIDATE_SECONDS = 300
/** Which articles this browser already answered "Was this helpful?" for (ids, newest last). */
const VOTES_COOKIE = "_cs_help_votes"
const MAX_REMEMBERED_VOTES = 40

export async function listHelpArticles({
  q,
  category,
  limit = 50,
  offset = 0,
}: { q?: string; category?: string; limit?: number; offset?: number } = {}) {
  return sdk.client.fetch<StoreHelpArticleListResponse>(
    "/store/help/articles",
    {
      query: { ...(q ? { q } : {}), ...(category ? { category } : {}), limit, offset },
      next: { tags: [HELP_TAG], revalidate: HELP_REVALIDATE_SECONDS },
      cache: "force-cache",
    }
  )
}

/** The published article with this handle, or null. */
export async function getHelpArticle(handle: string): Promise<HelpArticle | null> {
  return sdk.client
    .fetch<StoreHelpArticleResponse>(`/store/help/articles/${encodeURIComponent(handle)}`, {
      next: { tags: [HELP_TAG, articleTag(handle)], revalidate: HELP_REVALIDATE_SECONDS },
      cache: "force-cache",
    })
    .then(({ article }) => article)
    .catch((e: unknown) => {
      if (errorStatus(e) === 404) {
        return null
      }
      throw e
    })
}

export async function listHelpFaqs(category?: string): Promise<HelpFaq[]> {
  return sdk.client
    .fetch<StoreHelpFaqListResponse>("/store/help/faqs", {
      query: { ...(category ? { category } : {}), limit: 200 },
      next: { tags: [HELP_TAG], revalidate: HELP_REVALIDATE_SECONDS },
      cache: "force-cache",
    })
    .then(({ faqs }) => faqs)
}

async function votedIds(): Promise<string[]> {
  const raw = (await cookies()).get(VOTES_COOKIE)?.value ?? ""
  return raw.split(".").filter((id) => /^hart_[A-Za-z0-9]+$/.test(id))
}

/** Whether this browser already answered for the article. */
export async function hasVotedOn(articleId: string): Promise<boolean> {
  return (await votedIds()).includes(articleId)
}

export type HelpfulVoteState = { status: "idle" | "done" | "error"; message?: string }

/**
 * "Was this helpful?": counts one answer per article and browser (remembered
 * in an httpOnly cookie), then refreshes the cached article.
 */
export async function voteHelpful(articleId: string, handle: string, helpful: boolean): Promise<HelpfulVoteState> {
  const voted = await votedIds()
  if (voted.includes(articleId)) {
    return { status: "done" }
  }
  try {
    await sdk.client.fetch(`/store/help/articles/${encodeURIComponent(articleId)}/helpful`, {
      method: "POST",
      body: { helpful },
    })
  } catch (e) {
    return { status: "error", message: errorMessage(e, "We could not record your answer. Please try again.") }
  }
  const proto = (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim()
  ;(await cookies()).set(VOTES_COOKIE, [...voted, articleId].slice(-MAX_REMEMBERED_VOTES).join("."), {
    httpOnly: true,
    sameSite: "lax",
    secure: proto === "https",
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  })
  revalidateTag(articleTag(handle))
  return { status: "done" }
}
