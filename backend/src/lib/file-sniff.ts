/**
 * What an uploaded file really is, judged by its bytes alone (never by its
 * name or declared type). Only a short allow-list passes: PNG, JPEG, GIF,
 * PDF and plain UTF-8 text. Anything a browser could render as a page or
 * run as script (HTML, SVG, XML, polyglots that start like an image and
 * carry markup) is refused.
 */
export type SniffedFile = { mime: string; ext: string }

export const ALLOWED_ATTACHMENT_TYPES = "PNG, JPEG, GIF, PDF or plain text"

const startsWith = (buf: Buffer, bytes: number[], at = 0) => bytes.every((b, i) => buf[at + i] === b)

// what browsers sniff as a document or script, looked for in the head of every file
const MARKUP = /<\s*(!doctype|html|head|body|script|svg|iframe|object|embed|meta|style|iframe|\?xml)|javascript:/i

function hasMarkup(buf: Buffer) {
  return MARKUP.test(buf.subarray(0, 4096).toString("latin1"))
}

function isPng(buf: Buffer) {
  // signature, then the IHDR chunk, and the file ends with the IEND chunk
  return (
    startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) &&
    buf.subarray(12, 16).toString("latin1") === "IHDR" &&
    buf.length >= 57 &&
    buf.subarray(buf.length - 8, buf.length - 4).toString("latin1") === "IEND"
  )
}

function isJpeg(buf: Buffer) {
  const tail = buf.subarray(Math.max(0, buf.length - 64))
  return startsWith(buf, [0xff, 0xd8, 0xff]) && tail.includes(Buffer.from([0xff, 0xd9]))
}

function isGif(buf: Buffer) {
  const head = buf.subarray(0, 6).toString("latin1")
  return (head === "GIF87a" || head === "GIF89a") && buf[buf.length - 1] === 0x3b
}

function isPdf(buf: Buffer) {
  return buf.subarray(0, 5).toString("latin1") === "%PDF-" && buf.subarray(Math.max(0, buf.length - 1024)).toString("latin1").includes("%%EOF")
}

function isText(buf: Buffer) {
  if (buf.includes(0)) {
    return false
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(buf)
    return true
  } catch {
    return false
  }
}

/** The file's type if it is on the allow-list, null otherwise. */
export function sniffAttachment(buf: Buffer): SniffedFile | null {
  if (!buf.length || hasMarkup(buf)) {
    return null
  }
  if (isPng(buf)) return { mime: "image/png", ext: "png" }
  if (isJpeg(buf)) return { mime: "image/jpeg", ext: "jpg" }
  if (isGif(buf)) return { mime: "image/gif", ext: "gif" }
  if (isPdf(buf)) return { mime: "application/pdf", ext: "pdf" }
  if (isText(buf)) return { mime: "text/plain", ext: "txt" }
  return null
}

/** A file name safe to echo back: no path, nothing but letters, digits, spaces and ._()-, at most 100 characters. */
export function cleanFileName(name: string | undefined) {
  return (name ?? "").split(/[\\/]/).pop()!.replace(/[^\p{L}\p{N} ._()-]/gu, "_").trim().slice(0, 100)
}

/** The display name of an accepted file: its clean name with the extension of what it really is. */
export function safeDisplayName(name: string | undefined, ext: string) {
  const base = cleanFileName(name)
  const stem = base.replace(/\.[^.]*$/, "") || "attachment"
  // the extension always matches what the bytes are
  return `${stem}.${ext}`
}
