import { Button, Checkbox, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useState, type KeyboardEvent } from "react"
import { NOTE_MAX, useCustomerNoteChange } from "../lib/customer-notes"

/** ⌘/Ctrl+Enter submits, like most note boxes. */
export const submitOnModEnter = (submit: () => void) => (e: KeyboardEvent<HTMLTextAreaElement>) => {
  if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) {
    e.preventDefault()
    submit()
  }
}

/** Shown under a box once the text gets long. */
export const Counter = ({ length }: { length: number }) =>
  length > NOTE_MAX * 0.8 ? (
    <Text
      size="xsmall"
      className={length > NOTE_MAX ? "text-ui-fg-error" : "text-ui-fg-muted"}
    >
      {length}/{NOTE_MAX}
    </Text>
  ) : null

/** The box that adds a note (optionally pinned). */
export const AddNote = ({ customerId }: { customerId: string }) => {
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
