/**
 * Loads a gateway's browser SDK once, only when the shopper picks that
 * gateway. Rejects when the script cannot be fetched (offline, blocked) or
 * takes longer than `timeoutMs`, so the page can say so instead of hanging.
 */
const pending = new Map<string, Promise<void>>()

export function loadScript(src: string, timeoutMs = 15000): Promise<void> {
  const known = pending.get(src)
  if (known) return known
  const promise = new Promise<void>((resolve, reject) => {
    const script = document.createElement("script")
    const timer = window.setTimeout(() => {
      pending.delete(src)
      reject(new Error("timeout"))
    }, timeoutMs)
    script.src = src
    script.async = true
    script.onload = () => {
      window.clearTimeout(timer)
      resolve()
    }
    script.onerror = () => {
      window.clearTimeout(timer)
      pending.delete(src)
      script.remove()
      reject(new Error("unavailable"))
    }
    document.head.appendChild(script)
  })
  pending.set(src, promise)
  return promise
}
