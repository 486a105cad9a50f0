import path from "path"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { isPrivateUploadKey, uploadDir } from "../../lib/uploads"

/**
 * Public uploads (product images from the admin) under /static/<key>, from the
 * folder the local file provider writes to (src/lib/uploads.ts). Medusa's own
 * /static serves `<cwd>/static`, a different folder under `medusa start`; a
 * file it does not have falls through to this one. Private files (ticket and
 * chat attachments, `private-…`) are read only through routes that check
 * ownership, so they are a 404 here, as is anything outside the folder.
 */
function publicUploads(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const root = uploadDir()
  let key: string
  try {
    key = decodeURIComponent(req.path.replace(/^\/static\//, ""))
  } catch {
    return next()
  }
  if (!key || isPrivateUploadKey(key) || !path.resolve(root, key).startsWith(root + path.sep)) {
    return next()
  }
  // relative to the root: the folder's own dotted path (.data) is not a dotfile of the key
  res.sendFile(key, { root, dotfiles: "deny", maxAge: "1h" }, (err) => (err && !res.headersSent ? next() : undefined))
}

export const staticUploadMiddlewares: MiddlewareRoute[] = [
  { method: ["GET", "HEAD"], matcher: "/static/*", middlewares: [publicUploads] },
]
