import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaRequest, MedusaResponse, MedusaNextFunction } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { ticketNumber, type TicketAttachment } from "../../modules/ticket/utils"
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "../../lib/attachments"
import { sendAttachment } from "./attachments"
import { nulProblem } from "../input-guard"
import type { AdminTicket, TicketMessage } from "../../types/http"

export const TICKET_FIELDS = [
  "id",
  "display_id",
  "customer_id",
  "subject",
  "category",
  "priority",
  "status",
  "assignee_id",
  "source",
  "rating",
  "rating_comment",
  "closed_at",
  "last_message_at",
  "created_at",
  "updated_at",
]

export const MESSAGE_FIELDS = ["id", "author_type", "author_id", "body", "attachments", "created_at"]
export const NOTE_FIELDS = ["id", "author_id", "body", "created_at"]

type Scope = "store" | "admin"

const byCreated = (a: any, b: any) =>
  new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || String(a.id).localeCompare(String(b.id))

/**
 * What both APIs show of a ticket: its number, messages oldest first, each attachment with its
 * download path. The admin's extras (assignee, customer, notes) are there only when read.
 */
export function presentTicket(ticket: Record<string, any>, scope: Scope): AdminTicket {
  const out: Record<string, any> = { ...ticket, number: ticketNumber(ticket.display_id) }
  if (ticket.messages) {
    out.messages = [...ticket.messages].sort(byCreated).map((m: any) => ({
      ...m,
      attachments: ((m.attachments ?? []) as TicketAttachment[]).map((a) => ({
        ...a,
        url: `/${scope}/tickets/${ticket.id}/attachments/${a.file_id}`,
      })),
    }))
  }
  if (ticket.notes) {
    out.notes = [...ticket.notes].sort(byCreated)
  }
  // the row has the fields asked for (TICKET_FIELDS, MESSAGE_FIELDS, NOTE_FIELDS)
  return out as AdminTicket
}

/**
 * One ticket with its thread (owned by `customerId` when given), 404
 * otherwise. Internal notes only when asked for — the store never asks.
 */
export async function fetchTicket(
  container: MedusaContainer,
  id: string,
  { customerId, withNotes = false, extraFields = [] as string[] }: { customerId?: string; withNotes?: boolean; extraFields?: string[] } = {}
): Promise<AdminTicket & { messages: TicketMessage[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ticket",
    fields: [
      ...TICKET_FIELDS,
      ...MESSAGE_FIELDS.map((f) => `messages.${f}`),
      ...(withNotes ? NOTE_FIELDS.map((f) => `notes.${f}`) : []),
      ...extraFields,
    ],
    filters: customerId ? { id, customer_id: customerId } : { id },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket with id: ${id} was not found`)
  }
  return presentTicket(data[0] as Record<string, any>, withNotes ? "admin" : "store") as AdminTicket & { messages: TicketMessage[] }
}

const upload = multer({
  storage: multer.memoryStorage(),
  // one byte over the limit is enough to tell "too large" apart
  limits: { fileSize: MAX_ATTACHMENT_BYTES + 1, files: MAX_ATTACHMENTS, fields: 5 },
}).array("files", MAX_ATTACHMENTS)

/** A file multer parsed into memory. */
type UploadedFile = { originalname: string; buffer: Buffer }

/** The files multer's `.array("files")` put on the request (none before it ran). */
const filesOf = (req: MedusaRequest & { files?: UploadedFile[] }) => req.files ?? []

/** Parses a multipart upload (field `files`) into memory; a too-large or extra file is a 400, not a 500. */
export function parseTicketUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(req, res, (err: unknown) => {
    if (!err) {
      // parsed after the input guard ran: its NUL check again, on the fields and file names
      const names = filesOf(req).map((f) => f.originalname)
      return next(nulProblem(req.body, "form") ?? nulProblem(names, "file name") ?? undefined)
    }
    const code = (err as { code?: string }).code
    const message =
      code === "LIMIT_FILE_SIZE"
        ? "The file is larger than 5 MB"
        : code === "LIMIT_FILE_COUNT" || code === "LIMIT_UNEXPECTED_FILE"
          ? `Attach at most ${MAX_ATTACHMENTS} files, in the "files" field`
          : "The upload could not be read"
    next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
  })
}

/** The files multer parsed, as the reply workflow takes them. */
export function uploadedFiles(req: MedusaRequest) {
  const files = filesOf(req)
  if (!files.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, 'Attach at least one file in the "files" field')
  }
  return files.map((f) => ({ name: f.originalname, content: f.buffer.toString("base64") }))
}

/**
 * Sends an attachment of a ticket the caller may see (`customerId` for the
 * store) as a download: never inline, never sniffed, sandboxed.
 */
export async function sendTicketAttachment(req: MedusaRequest, res: MedusaResponse, customerId?: string) {
  const ticket = await fetchTicket(req.scope, req.params.id, { customerId })
  const attachment = (ticket.messages ?? [])
    .flatMap((m: any) => m.attachments as TicketAttachment[])
    .find((a: TicketAttachment) => a.file_id === req.params.file_id)
  if (!attachment) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Attachment with id: ${req.params.file_id} was not found`)
  }
  await sendAttachment(req, res, attachment)
}
