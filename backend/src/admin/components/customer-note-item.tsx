import { PencilSquare, PinTack, PinTackSolid, Trash } from "@medusajs/icons"
import { Badge, Button, IconButton, Text, Textarea, Tooltip, toast } from "@medusajs/ui"
import { useState } from "react"
import { actorName, type ActorUser } from "../lib/action-logs"
import { NOTE_MAX, useCustomerNoteChange, type CustomerNote } from "../lib/customer-notes"
import { formatDateTime, formatRelative } from "../lib/format"
import { ActionPrompt } from "./action-prompt"
import { Counter, submitOnModEnter } from "./customer-note-add"

/** One note: pin, edit in place, delete (with a prompt). */
export const NoteItem = ({
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
