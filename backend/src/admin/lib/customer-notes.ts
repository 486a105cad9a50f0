import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { actionLogKeys } from "./action-logs"
import { sdk } from "./sdk"

/** Longest note the API accepts. */
export const NOTE_MAX = 5000

/** One of support's notes on a customer (`GET /admin/customers/:id/notes`). */
export type CustomerNote = {
  id: string
  customer_id: string
  /** the admin user who wrote it */
  author_id: string
  text: string
  pinned: boolean
  /** written while viewing the store as the customer */
  impersonation_session_id: string | null
  created_at: string
  updated_at: string
}

export const noteKeys = {
  all: ["customer-notes"] as const,
  list: (customerId: string) => [...noteKeys.all, customerId] as const,
}

/** The customer's notes: pinned first, newest next (the API's order). */
export const useCustomerNotes = (customerId: string) =>
  useQuery({
    queryKey: noteKeys.list(customerId),
    queryFn: () =>
      sdk.client.fetch<{ notes: CustomerNote[]; count: number }>(
        `/admin/customers/${customerId}/notes`
      ),
    select: (data) => data.notes,
  })

/** Keeps the API's order after a local change: pinned first, newest next. */
export function sortNotes(notes: CustomerNote[]) {
  return [...notes].sort(
    (a, b) =>
      Number(b.pinned) - Number(a.pinned) ||
      new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
  )
}

export type NoteChange =
  | { type: "create"; text: string; pinned: boolean }
  | { type: "update"; id: string; text?: string; pinned?: boolean }
  | { type: "delete"; id: string }

/**
 * Add, edit, pin/unpin and delete a customer's notes. Every write lands in the
 * action log too, so that is refreshed; a refusal refreshes the notes (someone
 * else may have changed or deleted one).
 */
export const useCustomerNoteChange = (customerId: string) => {
  const queryClient = useQueryClient()
  const refresh = () => {
    queryClient.invalidateQueries({ queryKey: noteKeys.list(customerId) })
    queryClient.invalidateQueries({ queryKey: actionLogKeys.all })
  }
  return useMutation({
    mutationFn: async (change: NoteChange) => {
      switch (change.type) {
        case "create":
          return sdk.client.fetch<{ note: CustomerNote }>(`/admin/customers/${customerId}/notes`, {
            method: "POST",
            body: { text: change.text, pinned: change.pinned },
          })
        case "update": {
          const { id, type: _, ...body } = change
          return sdk.client.fetch<{ note: CustomerNote }>(`/admin/notes/${id}`, {
            method: "POST",
            body,
          })
        }
        case "delete":
          return sdk.client.fetch<{ id: string; deleted: boolean }>(`/admin/notes/${change.id}`, {
            method: "DELETE",
          })
      }
    },
    onSuccess: (data, change) => {
      queryClient.setQueryData<{ notes: CustomerNote[]; count: number }>(
        noteKeys.list(customerId),
        (previous) => {
          if (!previous) {
            return previous
          }
          const notes =
            change.type === "delete"
              ? previous.notes.filter((note) => note.id !== change.id)
              : data && "note" in data
                ? [data.note, ...previous.notes.filter((note) => note.id !== data.note.id)]
                : previous.notes
          return { notes: sortNotes(notes), count: notes.length }
        }
      )
      refresh()
    },
    onError: refresh,
  })
}
