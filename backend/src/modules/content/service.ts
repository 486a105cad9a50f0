import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import BlogPost from "./models/blog-post"
import ContentPage from "./models/content-page"
import Resource from "./models/resource"

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }

/** Who runs the site, as the contact page, footer and legal pages show it (module options from medusa-config). */
export type CompanyDetails = {
  name: string
  address: string
  email: string
  /** null: no phone line is shown */
  phone: string | null
}

export type RateLimitOptions = { max: number; windowSeconds: number }

export type ContentModuleOptions = {
  company?: Partial<CompanyDetails>
  /** messages per window per client address through the contact form */
  contactRateLimit?: Partial<RateLimitOptions>
}

export type ListPostIdsOptions = {
  /** words in the title or handle (admins' search box) */
  q?: string
  /** only posts carrying this tag */
  tag?: string
  /** "published" for the storefront; unset: every status (admins) */
  status?: "draft" | "published"
  limit?: number
  offset?: number
}

class ContentModuleService extends MedusaService({
  BlogPost,
  Resource,
  ContentPage,
}) {
  protected readonly company_: CompanyDetails
  protected readonly contactRateLimit_: RateLimitOptions

  constructor(container: Record<string, unknown>, options: ContentModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    const company = options.company ?? {}
    this.company_ = {
      name: company.name?.trim() || "CloudServices",
      address: company.address?.trim() || "1 Cloud Way, Dublin, Ireland",
      email: company.email?.trim() || "support@cloudservices.local",
      phone: company.phone?.trim() || null,
    }
    const limit = options.contactRateLimit ?? {}
    this.contactRateLimit_ = {
      max: limit.max && limit.max > 0 ? limit.max : 5,
      windowSeconds: limit.windowSeconds && limit.windowSeconds > 0 ? limit.windowSeconds : 3600,
    }
    if (!/^[^\s@]+@[^\s@]+$/.test(this.company_.email)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `The content module's company email "${this.company_.email}" (COMPANY_EMAIL) is not an email address`)
    }
  }

  /** The company's name, postal address, email and phone. */
  companyDetails(): CompanyDetails {
    return { ...this.company_ }
  }

  /** How many contact-form messages one client address may send per window. */
  contactRateLimit(): RateLimitOptions {
    return { ...this.contactRateLimit_ }
  }

  /**
   * Blog post ids, newest first (publish date, drafts without one last), with
   * the total. Here rather than in Query because the tag filter is a jsonb
   * containment (`tags @> '["vps"]'`), which the DML filters cannot express.
   */
  @InjectManager()
  async listPostIds(
    { q, tag, status, limit = 20, offset = 0 }: ListPostIdsOptions = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ ids: string[]; count: number }> {
    const manager = sharedContext.manager as Manager
    const where = ["p.deleted_at IS NULL"]
    const params: unknown[] = []
    if (status) {
      where.push("p.status = ?")
      params.push(status)
    }
    if (tag) {
      where.push("p.tags @> ?::jsonb")
      params.push(JSON.stringify([tag]))
    }
    if (q?.trim()) {
      const like = `%${q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
      where.push("(p.title ILIKE ? OR p.handle ILIKE ?)")
      params.push(like, like)
    }
    const rows = await manager.execute(
      `SELECT p.id, count(*) OVER () AS total FROM blog_post p WHERE ${where.join(" AND ")}
       ORDER BY p.published_at DESC NULLS LAST, p.created_at DESC, p.id DESC LIMIT ? OFFSET ?`,
      [...params, limit, offset]
    )
    return { ids: rows.map((r) => String(r.id)), count: rows.length ? Number(rows[0].total) : 0 }
  }
}

export default ContentModuleService
