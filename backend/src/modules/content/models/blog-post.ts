import { model } from "@medusajs/framework/utils"

/** A blog post, written in markdown; the storefront lists published ones, newest first. */
const BlogPost = model.define("blog_post", {
  id: model.id({ prefix: "post" }).primaryKey(),
  title: model.text(),
  // the URL slug: /blog/<handle>
  handle: model.text().unique("IDX_blog_post_handle_unique"),
  excerpt: model.text().nullable(),
  author: model.text().nullable(),
  // an absolute URL or a storefront path (/images/…)
  cover_image_url: model.text().nullable(),
  // a JSON array of lower-case words, e.g. ["vps", "security"]
  tags: model.json<string[]>().nullable(),
  // markdown; rendered (and sanitised) to HTML when served
  body: model.text(),
  status: model.enum(["draft", "published"]).default("draft").index("IDX_blog_post_status"),
  // shown as the post's date and orders the list; set when first published if not given
  published_at: model.dateTime().index("IDX_blog_post_published_at").nullable(),
})

export default BlogPost
