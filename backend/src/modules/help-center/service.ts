import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import Faq from "./models/faq"
import HelpArticle from "./models/help-article"

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }

export type SearchArticlesOptions = {
  category?: string
  /** true: only published articles (the storefront); unset: drafts too (admins) */
  published?: boolean
  limit?: number
  offset?: number
}

export type SearchArticlesResult = {
  /** best match first */
  hits: { id: string; rank: number }[]
  count: number
}

/** Queries this short have no useful lexemes; they match as a substring instead. */
const MIN_FULL_TEXT_LENGTH = 3

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`)

class HelpCenterModuleService extends MedusaService({
  HelpArticle,
  Faq,
}) {
  /**
   * Ranked article search. Words are matched with Postgres full text
   * (`websearch_to_tsquery`: quotes, `or` and `-word` work) against the
   * weighted `search_vector` (title A, tags and excerpt B, body C) and ordered
   * by `ts_rank_cd`; 1–2 letter queries, and queries whose words are all stop
   * words or partial, fall back to a case-insensitive substring match with
   * title matches first. An empty query lists by title.
   */
  @InjectManager()
  async searchArticles(
    q: string | undefined,
    { category, published, limit = 20, offset = 0 }: SearchArticlesOptions = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SearchArticlesResult> {
    const manager = sharedContext.manager as Manager
    const term = (q ?? "").trim()
    const where = ["a.deleted_at IS NULL"]
    const params: unknown[] = []
    if (published !== undefined) {
      where.push("a.published = ?")
      params.push(published)
    }
    if (category) {
      where.push("a.category = ?")
      params.push(category)
    }

    const run = async (sql: string, extra: unknown[]) => {
      const rows = await manager.execute(sql, [...extra, ...params, limit, offset])
      return {
        hits: rows.map((r) => ({ id: String(r.id), rank: Number(r.rank) })),
        count: rows.length ? Number(rows[0].total) : 0,
      }
    }

    if (!term) {
      return run(
        `SELECT a.id, 0 AS rank, count(*) OVER () AS total FROM help_article a
         WHERE ${where.join(" AND ")} ORDER BY a.title ASC, a.id ASC LIMIT ? OFFSET ?`,
        []
      )
    }

    if (term.length >= MIN_FULL_TEXT_LENGTH) {
      const ranked = await run(
        `SELECT a.id, ts_rank_cd(a.search_vector, query.tsq) AS rank, count(*) OVER () AS total
         FROM help_article a, (SELECT websearch_to_tsquery('english', ?) AS tsq) query
         WHERE a.search_vector @@ query.tsq AND ${where.join(" AND ")}
         ORDER BY rank DESC, a.title ASC, a.id ASC LIMIT ? OFFSET ?`,
        [term]
      )
      if (ranked.count > 0 || offset > 0) {
        return ranked
      }
    }

    const like = `%${escapeLike(term)}%`
    return run(
      `SELECT a.id, CASE WHEN a.title ILIKE ? THEN 1 ELSE 0.1 END AS rank, count(*) OVER () AS total
       FROM help_article a
       WHERE (a.title ILIKE ? OR a.excerpt ILIKE ? OR a.body ILIKE ? OR a.tags::text ILIKE ?)
         AND ${where.join(" AND ")}
       ORDER BY rank DESC, a.title ASC, a.id ASC LIMIT ? OFFSET ?`,
      [like, like, like, like, like]
    )
  }

  /**
   * Counts one "Was this helpful?" answer, atomically (no lost votes when
   * readers answer at once). Only published articles take votes; returns
   * false when there is no such article.
   */
  @InjectManager()
  async recordHelpfulVote(
    id: string,
    helpful: boolean,
    { undo = false }: { undo?: boolean } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = sharedContext.manager as Manager
    const column = helpful ? "helpful_count" : "not_helpful_count"
    const delta = undo ? `GREATEST(${column} - 1, 0)` : `${column} + 1`
    const rows = await manager.execute(
      `UPDATE help_article SET ${column} = ${delta}, updated_at = now()
       WHERE id = ? AND deleted_at IS NULL ${undo ? "" : "AND published = true"} RETURNING id`,
      [id]
    )
    return rows.length > 0
  }
}

export default HelpCenterModuleService
