import type { MetadataRoute } from "next"
import { siteUrl } from "@lib/constants"

export const dynamic = "force-dynamic"

/** Crawlers may read the public site; accounts, cart and checkout are private. */
export default function robots(): MetadataRoute.Robots {
  const base = siteUrl()
  return {
    rules: [
      {
        userAgent: "*",
        allow: "/",
        disallow: ["/api/", "/*/account", "/*/cart", "/*/checkout", "/*/order/", "/*/impersonate"],
      },
    ],
    sitemap: `${base}/sitemap.xml`,
    host: base,
  }
}
