import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const slug = z
  .string()
  .trim()
  .toLowerCase()
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lower-case letters, digits and dashes")

const status = z.enum(["draft", "published"])

// an absolute http(s) URL or a site path ("/images/blog/cover.png", "/downloads/…")
const link = z
  .string()
  .trim()
  .max(2000)
  .refine((v) => /^https?:\/\/\S+$/i.test(v) || /^\/[^\s/]\S*$/.test(v), "use an http(s) URL or a path starting with /")

const markdown = (max: number) => z.string().trim().min(1).max(max)

export const AdminGetContentEntryParams = z.object({ fields: z.string().optional() })

const listParams = (limit: number) =>
  createFindParams({ limit, offset: 0 }).merge(
    z.object({
      q: z.string().trim().max(200).optional(),
      status: status.optional(),
    })
  )

/* blog posts */

export const AdminGetBlogPostsParams = listParams(20).merge(z.object({ tag: z.string().trim().toLowerCase().max(40).optional() }))
export type AdminGetBlogPostsParamsType = z.infer<typeof AdminGetBlogPostsParams>

const postFields = {
  title: z.string().trim().min(1).max(200),
  handle: slug,
  excerpt: z.string().trim().max(500).nullable(),
  author: z.string().trim().min(1).max(120).nullable(),
  cover_image_url: link.nullable(),
  tags: z.array(z.string().trim().toLowerCase().min(1).max(40)).max(20),
  body: markdown(100_000),
  status,
  published_at: z.coerce.date().nullable(),
}

export const AdminCreateBlogPost = z
  .object(postFields)
  .partial()
  .required({ title: true, body: true })
  .strict()
export type AdminCreateBlogPostType = z.infer<typeof AdminCreateBlogPost>

export const AdminUpdateBlogPost = z.object(postFields).partial().strict()
export type AdminUpdateBlogPostType = z.infer<typeof AdminUpdateBlogPost>

/* resources */

export const AdminGetResourcesParams = listParams(50).merge(z.object({ kind: z.enum(["guide", "download", "link"]).optional() }))
export type AdminGetResourcesParamsType = z.infer<typeof AdminGetResourcesParams>

const resourceFields = {
  title: z.string().trim().min(1).max(200),
  handle: slug,
  kind: z.enum(["guide", "download", "link"]),
  description: z.string().trim().max(1000).nullable(),
  url: link.nullable(),
  body: markdown(100_000).nullable(),
  rank: z.number().int().min(0).max(100_000),
  status,
}

// a guide needs its text; a download or a link where it goes (checked again on update, against the stored entry)
export const AdminCreateResource = z
  .object(resourceFields)
  .partial()
  .required({ title: true, kind: true })
  .strict()
  .refine((r) => r.kind !== "guide" || Boolean(r.body), { message: "A guide needs a body", path: ["body"] })
  .refine((r) => r.kind === "guide" || Boolean(r.url), { message: "A download or a link needs a url", path: ["url"] })
export type AdminCreateResourceType = z.infer<typeof AdminCreateResource>

export const AdminUpdateResource = z.object(resourceFields).partial().strict()
export type AdminUpdateResourceType = z.infer<typeof AdminUpdateResource>

/* company and legal pages */

export const AdminGetContentPagesParams = listParams(50)
export type AdminGetContentPagesParamsType = z.infer<typeof AdminGetContentPagesParams>

const pageFields = {
  handle: slug,
  title: z.string().trim().min(1).max(200),
  body: markdown(200_000),
  content_updated_at: z.coerce.date(),
  status,
}

export const AdminCreateContentPage = z
  .object(pageFields)
  .partial()
  .required({ handle: true, title: true, body: true })
  .strict()
export type AdminCreateContentPageType = z.infer<typeof AdminCreateContentPage>

export const AdminUpdateContentPage = z.object(pageFields).partial().strict()
export type AdminUpdateContentPageType = z.infer<typeof AdminUpdateContentPage>
