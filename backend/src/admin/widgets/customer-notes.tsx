import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { PencilSquare, PinTack, PinTackSolid, Trash } from "@medusajs/icons"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import {
  Badge,
  Button,
  Checkbox,
  Container,
  Heading,
  IconButton,
  Label,
  Skeleton,
  Text,
  Textarea,
  Tooltip,
  toast,
} from "@medusajs/ui"
import { useState, type KeyboardEvent } from "react"
import { ActionPrompt } from "../components/action-prompt"
import { actorName, useActionLogActors, type ActorUser } from "../lib/action-logs"
import {
  NOTE_MAX,
  useCustomerNoteChange,
  useCustomerNotes,
  type CustomerNote,
} from "../lib/customer-notes"
import { formatDateTime, formatRelative } from "../lib/format"

/** Notes shown before "Show all" (pinned ones always are). */
const NOTES_SHOWN = 5

/** ⌘/Ctrl+Enter submits, like most note boxes. */
const submitOnModEnter = (submit: () => void) => (e: KeyboardEvent<HTMLTextAreaElement>) => {
  if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) {
    e.preventDefault()
    submit()
  }
}

/** Shown under a box once the text gets long. */
const Counter = ({ length }: { length: number }) =>
  length > NOTE_MAX * 0.8 ? (
    <Text
      size="xsmall"
      className={length > NOTE_MAX ? "text-ui-fg-error" : "text-ui-fg-muted"}
    >
      {length}/{NOTE_MAX}
    </Text>
  ) : null

const AddNote = ({ customerId }: { customerId: string }) => {
  const [text, setText] = useState("")
  const [pinned, setPinned] = useState(false)
  const change = useCustomerNoteChange(customerId)
  const trimmed = text.trim()
  const canAdd = trimmed.length > 0 && trimmed.length <= NOTE_MAX && !change.isPending

  const add = () => {
    if (!canAdd) {
      return
    }
    change.mutate(
      { type: "create", text: trimmed, pinned },
      {
        onSuccess: () => {
          toast.success(pinned ? "Note added and pinned" : "Note added")
          setText("")
          setPinned(false)
        },
        onError: (e) => toast.error("Could not add the note", { description: e.message }),
      }
    )
  }

  return (
    <form
      className="flex flex-col gap-y-2 px-6 py-4"
      onSubmit={(e) => {
        e.preventDefault()
        add()
      }}
    >
      <Textarea
        rows={3}
        placeholder="Add a note for support: context, promises made, how to handle this customer…"
        aria-label="New note"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={submitOnModEnter(add)}
        disabled={change.isPending}
        data-testid="customer-note-text"
      />
      <div className="flex items-center justify-between gap-x-2">
        <div className="flex items-center gap-x-2">
          <Checkbox
            id="customer-note-pin"
            checked={pinned}
            onCheckedChange={(checked) => setPinned(checked === true)}
            disabled={change.isPending}
            data-testid="customer-note-pin"
          />
          <Label htmlFor="customer-note-pin" size="small">
            Pin
          </Label>
          <Counter length={trimmed.length} />
        </div>
        <Button
          type="submit"
          size="small"
          variant="secondary"
          disabled={!canAdd}
          isLoading={change.isPending}
          data-testid="customer-note-add"
        >
          Add note
        </Button>
      </div>
    </form>
  )
}

const NoteItem = ({
  note,
  customerId,
  author,
}: {
  note: CustomerNote
  customerId: string
  author: ActorUser | undefined
}) => {
  const change = useCustomerNoteChange(customerId)
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState(note.text)
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const pending = change.isPending ? change.variables : undefined
  const trimmed = draft.trim()
  const canSave = trimmed.length > 0 && trimmed.length <= NOTE_MAX && !change.isPending

  const startEditing = () => {
    setDraft(note.text)
    setEditing(true)
  }
  const save = () => {
    if (!canSave) {
      return
    }
    if (trimmed === note.text) {
      setEditing(false)
      return
    }
    change.mutate(
      { type: "update", id: note.id, text: trimmed },
      {
        onSuccess: () => {
          toast.success("Note saved")
          setEditing(false)
        },
        onError: (e) => toast.error("Could not save the note", { description: e.message }),
      }
    )
  }
  const togglePin = () =>
    change.mutate(
      { type: "update", id: note.id, pinned: !note.pinned },
      {
        onSuccess: () => toast.success(note.pinned ? "Note unpinned" : "Note pinned"),
        onError: (e) =>
          toast.error(`Could not ${note.pinned ? "unpin" : "pin"} the note`, {
            description: e.message,
          }),
      }
    )
  const remove = () =>
    change.mutate(
      { type: "delete", id: note.id },
      {
        onSuccess: () => {
          toast.success("Note deleted")
          setConfirmingDelete(false)
        },
        onError: (e) => toast.error("Could not delete the note", { description: e.message }),
      }
    )

  const name = actorName(author) ?? "Unknown admin"

  return (
    <li
      className={`flex flex-col gap-y-2 px-6 py-3 ${note.pinned ? "bg-ui-bg-subtle" : ""}`}
      data-testid="customer-note"
      data-id={note.id}
      data-pinned={note.pinned ? "true" : "false"}
    >
      <div className="flex items-start justify-between gap-x-2">
        <div className="flex min-w-0 flex-wrap items-center gap-x-1.5 gap-y-1">
          {note.pinned && (
            <Badge size="2xsmall" color="orange" data-testid="customer-note-pinned">
              <PinTackSolid className="size-3" />
              Pinned
            </Badge>
          )}
          <Tooltip content={author?.email ?? note.author_id}>
            <Text
              size="small"
              weight="plus"
              leading="compact"
              className="max-w-[160px] truncate"
              data-testid="customer-note-author"
            >
              {name}
            </Text>
          </Tooltip>
          <Tooltip content={formatDateTime(note.created_at)}>
            <Text size="small" leading="compact" className="text-ui-fg-subtle whitespace-nowrap">
              {formatRelative(note.created_at)}
            </Text>
          </Tooltip>
          {note.impersonation_session_id && (
            <Tooltip content="Written while viewing the store as this customer">
              <Badge size="2xsmall" color="purple">
                Impersonating
              </Badge>
            </Tooltip>
          )}
        </div>
        {!editing && (
          <div className="-mr-1 -mt-0.5 flex shrink-0 items-center">
            <Tooltip content={note.pinned ? "Unpin" : "Pin to the top"}>
              <IconButton
                size="small"
                variant="transparent"
                aria-label={note.pinned ? "Unpin note" : "Pin note"}
                onClick={togglePin}
                isLoading={pending?.type === "update" && pending.pinned !== undefined}
                disabled={change.isPending}
                data-testid="customer-note-pin-toggle"
              >
                {note.pinned ? <PinTackSolid /> : <PinTack />}
              </IconButton>
            </Tooltip>
            <Tooltip content="Edit">
              <IconButton
                size="small"
                variant="transparent"
                aria-label="Edit note"
                onClick={startEditing}
                disabled={change.isPending}
                data-testid="customer-note-edit"
              >
                <PencilSquare />
              </IconButton>
            </Tooltip>
            <Tooltip content="Delete">
              <IconButton
                size="small"
                variant="transparent"
                aria-label="Delete note"
                onClick={() => setConfirmingDelete(true)}
                disabled={change.isPending}
                data-testid="customer-note-delete"
              >
                <Trash />
              </IconButton>
            </Tooltip>
          </div>
        )}
      </div>

      {editing ? (
        <form
          className="flex flex-col gap-y-2"
          onSubmit={(e) => {
            e.preventDefault()
            save()
          }}
        >
          <Textarea
            autoFocus
            rows={4}
            aria-label="Note"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Escape" && !change.isPending) {
                e.preventDefault()
                setEditing(false)
              } else {
                submitOnModEnter(save)(e)
              }
            }}
            disabled={change.isPending}
            data-testid="customer-note-edit-text"
          />
          <div className="flex items-center justify-between gap-x-2">
            <Counter length={trimmed.length} />
            <div className="ml-auto flex gap-x-2">
              <Button
                type="button"
                size="small"
                variant="secondary"
                onClick={() => setEditing(false)}
                disabled={change.isPending}
                data-testid="customer-note-cancel"
              >
                Cancel
              </Button>
              <Button
                type="submit"
                size="small"
                disabled={!canSave}
                isLoading={change.isPending}
                data-testid="customer-note-save"
              >
                Save
              </Button>
            </div>
          </div>
        </form>
      ) : (
        <Text
          size="small"
          className="text-ui-fg-base whitespace-pre-wrap break-words"
          data-testid="customer-note-body"
        >
          {note.text}
        </Text>
      )}

      <ActionPrompt
        open={confirmingDelete}
        onOpenChange={setConfirmingDelete}
        variant="danger"
        title="Delete this note?"
        description={
          <span className="line-clamp-3 whitespace-pre-wrap break-words">“{note.text}”</span>
        }
        confirmLabel="Delete"
        canConfirm
        isPending={pending?.type === "delete"}
        onConfirm={remove}
        testId="customer-note-delete"
      />
    </li>
  )
}

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
