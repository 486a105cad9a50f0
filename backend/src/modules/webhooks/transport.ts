import { request as httpRequest } from "node:http"
import { request as httpsRequest } from "node:https"
import { isIP } from "node:net"
import { isPrivateAddress, publicOnlyLookup } from "./url-policy"

export type PostResult = {
  /** HTTP status; null when no answer came (timeout, refused, DNS) */
  status: number | null
  /** the answer's body, cut to `maxBodyChars` */
  body: string | null
  /** why it failed, when it did */
  error: string | null
}

/** Enough of an answer's body for the delivery log; the rest is read and dropped. */
const MAX_BODY_BYTES = 64 * 1024

/**
 * POSTs a JSON body and reports what came back. Never throws: a timeout, a
 * refused connection or a private address is a result like a 500. Redirects
 * are not followed (a 3xx is a failed attempt), so an endpoint can't bounce
 * the request somewhere else.
 */
export function postJson(
  url: string,
  body: string,
  headers: Record<string, string>,
  { timeoutMs, allowPrivate, maxBodyChars }: { timeoutMs: number; allowPrivate: boolean; maxBodyChars: number }
): Promise<PostResult> {
  return new Promise((resolve) => {
    let target: URL
    try {
      target = new URL(url)
    } catch {
      return resolve({ status: null, body: null, error: `invalid url ${url}` })
    }
    const host = target.hostname.replace(/^\[|\]$/g, "")
    if (!allowPrivate && isIP(host) && isPrivateAddress(host)) {
      return resolve({ status: null, body: null, error: `refused: ${host} is a private address` })
    }
    const request = target.protocol === "https:" ? httpsRequest : httpRequest
    let settled = false
    const finish = (result: PostResult) => {
      if (!settled) {
        settled = true
        clearTimeout(timer)
        resolve(result)
      }
    }
    const req = request(
      target,
      {
        method: "POST",
        headers: { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(body) },
        lookup: allowPrivate ? undefined : publicOnlyLookup,
      },
      (res) => {
        const chunks: Buffer[] = []
        let size = 0
        res.on("data", (chunk: Buffer) => {
          if (size < MAX_BODY_BYTES) {
            chunks.push(chunk)
          }
          size += chunk.length
        })
        res.on("end", () => {
          const status = res.statusCode ?? 0
          const text = Buffer.concat(chunks).toString("utf8").slice(0, maxBodyChars)
          finish({
            status,
            body: text,
            error: status >= 200 && status < 300 ? null : `HTTP ${status}`,
          })
        })
        res.on("error", (e) => finish({ status: res.statusCode ?? null, body: null, error: e.message }))
      }
    )
    // the whole exchange (connect, send, answer) must fit in the timeout
    const timer = setTimeout(() => {
      req.destroy()
      finish({ status: null, body: null, error: `timed out after ${timeoutMs} ms` })
    }, timeoutMs)
    req.on("error", (e: NodeJS.ErrnoException) => finish({ status: null, body: null, error: e.message || e.code || "request failed" }))
    req.end(body)
  })
}
