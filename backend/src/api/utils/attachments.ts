import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"

/**
 * Sends a stored attachment the caller was found to own as a download:
 * never inline, never sniffed, sandboxed, not cached.
 */
export async function sendAttachment(req: MedusaRequest, res: MedusaResponse, file: { file_id: string; name: string; mime: string }) {
  const content = await req.scope.resolve(Modules.FILE).getAsBuffer(file.file_id)
  res.setHeader("Content-Type", file.mime)
  res.setHeader("Content-Length", String(content.length))
  res.setHeader("Content-Disposition", `attachment; filename="${file.name.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file.name)}`)
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Content-Security-Policy", "default-src 'none'; sandbox")
  res.setHeader("Cache-Control", "private, no-store")
  res.status(200).send(content)
}
