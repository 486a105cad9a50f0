"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { sdk } from "@lib/config"
import { safeCountryCode } from "@lib/util/country"
import { errorMessage, errorStatus } from "@lib/util/errors"
import { getAuthHeaders } from "./cookies"
import type { StoreTicket, StoreTicketListResponse, StoreTicketResponse } from "@cs/http-types"
export type { StoreTicket }
export type { TicketStatus } from "@cs/http-types"

export type TicketActionResult = { error: string | null; success?: boolean }

const TICKETS_PATH = "/store/tickets"
const ticketPath = (id: string, action?: string) => `${TICKETS_PATH}/${encodeURIComponent(id)}${action ? `/${action}` : ""}`

function refreshTickets(countryCode: string, id?: string) {
  const code = safeCountryCode(countryCode)
  revalidatePath(`/${code}/account/support`)
  if (id) {
    revalidatePath(`/${code}/account/support/${id}`)
  }
}

/** The customer's tickets, latest activity first; never cached. */
export async function listTickets({ limit = 20, offset = 0 }: { limit?: number; offset?: number } = {}) {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) {
    return { tickets: [] as StoreTicket[], count: 0 }
  }
  const { tickets, count } = await sdk.client.fetch<StoreTicketListResponse>(TICKETS_PATH, {
    query: { limit, offset },
    headers,
    cache: "no-store",
  })
  return { tickets, count }
}

/** One of the customer's tickets with its thread; null when it is not theirs (404). */
export async function retrieveTicket(id: string): Promise<StoreTicket | null> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) {
    return null
  }
  return sdk.client
    .fetch<StoreTicketResponse>(ticketPath(id), { headers, cache: "no-store" })
    .then(({ ticket }) => ticket)
    .catch((error) => {
      if (errorStatus(error) === 404) {
        return null
      }
      throw error
    })
}

/** Uploads files to a ticket as a reply (multipart; the backend checks every file). */
async function uploadAttachments(id: string, files: File[], body?: string) {
  const form = new FormData()
  files.forEach((f) => form.append("files", f))
  if (body) {
    form.append("body", body)
  }
  await sdk.client.fetch(ticketPath(id, "attachments"), {
    method: "POST",
    body: form,
    headers: { ...(await getAuthHeaders()), "content-type": null as unknown as string },
  })
}

const filesOf = (formData: FormData) =>
  formData.getAll("files").filter((f): f is File => typeof f === "object" && "size" in f && f.size > 0)

/** New ticket form: subject, category, message and optional files; opens the ticket on success. */
export async function createTicket(_state: TicketActionResult, formData: FormData): Promise<TicketActionResult> {
  const countryCode = String(formData.get("countryCode") ?? "")
  let id: string
  try {
    const { ticket } = await sdk.client.fetch<StoreTicketResponse>(TICKETS_PATH, {
      method: "POST",
      body: {
        subject: String(formData.get("subject") ?? ""),
        category: String(formData.get("category") || "general"),
        body: String(formData.get("body") ?? ""),
      },
      headers: await getAuthHeaders(),
    })
    id = ticket.id
  } catch (error) {
    return { error: errorMessage(error, "Your request could not be sent.") }
  }
  const files = filesOf(formData)
  if (files.length) {
    try {
      await uploadAttachments(id, files)
    } catch (error) {
      refreshTickets(countryCode, id)
      return { error: `Your ticket was opened, but the files were not attached: ${errorMessage(error)}` }
    }
  }
  refreshTickets(countryCode, id)
  redirect(`/${safeCountryCode(countryCode)}/account/support/${id}`)
}

/** Reply form: a message, files, or both. */
export async function replyToTicket(_state: TicketActionResult, formData: FormData): Promise<TicketActionResult> {
  const id = String(formData.get("ticketId") ?? "")
  const countryCode = String(formData.get("countryCode") ?? "")
  const body = String(formData.get("body") ?? "").trim()
  const files = filesOf(formData)
  try {
    if (files.length) {
      await uploadAttachments(id, files, body || undefined)
    } else {
      await sdk.client.fetch(ticketPath(id, "replies"), { method: "POST", body: { body }, headers: await getAuthHeaders() })
    }
  } catch (error) {
    return { error: errorMessage(error, "Your reply could not be sent.") }
  }
  refreshTickets(countryCode, id)
  return { error: null, success: true }
}

export async function closeTicket(input: { id: string; countryCode: string }): Promise<TicketActionResult> {
  try {
    await sdk.client.fetch(ticketPath(input.id, "close"), { method: "POST", body: {}, headers: await getAuthHeaders() })
  } catch (error) {
    return { error: errorMessage(error, "The ticket could not be closed.") }
  }
  refreshTickets(input.countryCode, input.id)
  return { error: null, success: true }
}

export async function rateTicket(input: { id: string; countryCode: string; rating: number; comment?: string }): Promise<TicketActionResult> {
  try {
    await sdk.client.fetch(ticketPath(input.id, "rating"), {
      method: "POST",
      body: { rating: input.rating, ...(input.comment ? { comment: input.comment } : {}) },
      headers: await getAuthHeaders(),
    })
  } catch (error) {
    return { error: errorMessage(error, "Your rating could not be saved.") }
  }
  refreshTickets(input.countryCode, input.id)
  return { error: null, success: true }
}
