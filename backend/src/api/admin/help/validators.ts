import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const slug = z
  .string()
  .trim()
  .toLowerCase()
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lower-case letters, digits and dashes")

const booleanParam = z.preprocess(
  (v) => (v === "true" ? true : v === "false" ? false : v),
  z.boolean()
)

export const AdminGetHelpArticlesParams = createFindParams({ limit: 20, offset: 0 }).merge(
  z.object({
    q: z.string().max(200).optional(),
    category: z.string().max(64).optional(),
    published: booleanParam.optional(),
  })
)
export type AdminGetHelpArticlesParamsType = z.infer<typeof AdminGetHelpArticlesParams>

export const AdminGetHelpArticleParams = z.object({ fields: z.string().optional() })

const articleFields = {
  title: z.string().trim().min(1).max(200),
  handle: slug,
  body: z.string().trim().min(1).max(100_000),
  excerpt: z.string().trim().max(500).nullable(),
  category: slug.max(64),
  tags: z.array(z.string().trim().toLowerCase().min(1).max(40)).max(20),
  published: z.boolean(),
}

export const AdminCreateHelpArticle = z
  .object({
    ...articleFields,
    handle: articleFields.handle.optional(),
    excerpt: articleFields.excerpt.optional(),
    tags: articleFields.tags.optional(),
    published: articleFields.published.optional(),
  })
  .strict()
export type AdminCreateHelpArticleType = z.infer<typeof AdminCreateHelpArticle>

export const AdminUpdateHelpArticle = z.object(articleFields).partial().strict()
export type AdminUpdateHelpArticleType = z.infer<typeof AdminUpdateHelpArticle>

export const AdminGetFaqsParams = createFindParams({ limit: 100, offset: 0 }).merge(
  z.object({
    q: z.string().max(200).optional(),
    category: z.string().max(64).optional(),
    published: booleanParam.optional(),
  })
)
export type AdminGetFaqsParamsType = z.infer<typeof AdminGetFaqsParams>

export const AdminGetFaqParams = z.object({ fields: z.string().optional() })

const faqFields = {
  question: z.string().trim().min(1).max(300),
  answer: z.string().trim().min(1).max(20_000),
  category: slug.max(64),
  rank: z.number().int().min(0).max(100_000),
  published: z.boolean(),
}

export const AdminCreateFaq = z
  .object({ ...faqFields, rank: faqFields.rank.optional(), published: faqFields.published.optional() })
  .strict()
export type AdminCreateFaqType = z.infer<typeof AdminCreateFaq>

export const AdminUpdateFaq = z.object(faqFields).partial().strict()
export type AdminUpdateFaqType = z.infer<typeof AdminUpdateFaq>
