import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useState } from "react"
import { useActionLogActors } from "../lib/action-logs"
import { useCustomerNotes } from "../lib/customer-notes"
import { AddNote } from "../components/customer-note-add"
import { NoteItem } from "../components/customer-note-item"

/** Notes shown before "Show all" (pinned ones always are). */
const NOTES_SHOWN = 5

/** Support's internal notes on the customer: pinned ones on top, then newest. */
const CustomerNotesWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { data: notes = [], isLoading, error } = useCustomerNotes(customer.id)
  const { data: authors } = useActionLogActors(notes.map((note) => note.author_id))
  const [showAll, setShowAll] = useState(false)
  const pinnedCount = notes.filter((note) => note.pinned).length
  const limit = Math.max(NOTES_SHOWN, pinnedCount)
  const shown = showAll ? notes : notes.slice(0, limit)

  return (
    <Container className="divide-y p-0" data-testid="customer-notes-widget">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">Notes</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            For support only; the customer never sees them.
          </Text>
        </div>
        {notes.length > 0 && (
          <Badge size="2xsmall" data-testid="customer-notes-count">
            {notes.length}
          </Badge>
        )}
      </div>

      <AddNote customerId={customer.id} />

      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Could not load the notes: {error.message}
        </Text>
      ) : isLoading ? (
        <div className="flex flex-col gap-y-3 px-6 py-4">
          {Array.from({ length: 2 }).map((_, i) => (
            <div key={i} className="flex flex-col gap-y-2">
              <Skeleton className="h-4 w-[160px]" />
              <Skeleton className="h-4 w-full" />
            </div>
          ))}
        </div>
      ) : notes.length === 0 ? (
        <Text
          size="small"
          className="text-ui-fg-subtle px-6 py-4"
          data-testid="customer-notes-empty"
        >
          No notes yet. Pin the ones everyone should read first.
        </Text>
      ) : (
        <ul className="divide-y" data-testid="customer-notes-list">
          {shown.map((note) => (
            <NoteItem
              key={note.id}
              note={note}
              customerId={customer.id}
              author={authors?.get(note.author_id)}
            />
          ))}
        </ul>
      )}

      {notes.length > limit && (
        <div className="flex justify-end px-6 py-3">
          <Button
            size="small"
            variant="transparent"
            onClick={() => setShowAll(!showAll)}
            data-testid="customer-notes-show-all"
          >
            {showAll ? "Show fewer" : `Show all ${notes.length}`}
          </Button>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.side.before",
})

export default CustomerNotesWidget
