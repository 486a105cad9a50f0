"use client"

import { useId, useRef, useState, type RefObject } from "react"

const ACCEPT = "image/png,image/jpeg,image/gif,application/pdf,text/plain,.log"

/** The message box: Enter sends, Shift+Enter starts a new line; an optional paper clip for files. */
export default function ChatComposer({
  inputRef,
  onSend,
  onTyping,
  onFiles,
  busy,
  disabled,
  disabledReason,
  placeholder = "Type your message…",
}: {
  inputRef: RefObject<HTMLTextAreaElement | null>
  /** resolves true when the message was taken (the box is then cleared) */
  onSend: (body: string) => Promise<boolean>
  onTyping?: (typing: boolean) => void
  onFiles?: (files: File[]) => Promise<boolean>
  busy?: boolean
  disabled?: boolean
  disabledReason?: string
  placeholder?: string
}) {
  const id = useId()
  const [text, setText] = useState("")
  const fileInput = useRef<HTMLInputElement>(null)

  const send = async () => {
    const body = text.trim()
    if (!body || busy || disabled) return
    onTyping?.(false)
    if (await onSend(body)) {
      setText("")
    }
    inputRef.current?.focus()
  }

  if (disabled) {
    return (
      <p className="border-t border-slate-200 px-4 py-3 text-sm text-slate-600" data-testid="chat-composer-disabled">
        {disabledReason}
      </p>
    )
  }

  return (
    <form
      className="flex items-end gap-2 border-t border-slate-200 p-3"
      onSubmit={(e) => {
        e.preventDefault()
        void send()
      }}
    >
      {onFiles && (
        <>
          <input
            ref={fileInput}
            type="file"
            multiple
            accept={ACCEPT}
            className="sr-only"
            id={`${id}-files`}
            tabIndex={-1}
            data-testid="chat-file-input"
            onChange={async (e) => {
              const files = Array.from(e.target.files ?? [])
              if (files.length) await onFiles(files)
              if (fileInput.current) fileInput.current.value = ""
            }}
          />
          <button
            type="button"
            onClick={() => fileInput.current?.click()}
            disabled={busy}
            aria-label="Attach files (PNG, JPEG, GIF, PDF or text, up to 5 MB)"
            title="Attach files"
            className="rounded-md p-2 text-slate-500 hover:bg-slate-100 hover:text-slate-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-accent-500 disabled:opacity-50"
            data-testid="chat-attach"
          >
            <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="h-5 w-5">
              <path
                fillRule="evenodd"
                d="M15.62 4.38a2.75 2.75 0 0 0-3.89 0l-6.5 6.5a1.25 1.25 0 1 0 1.77 1.77l5.5-5.5a.75.75 0 1 1 1.06 1.06l-5.5 5.5a2.75 2.75 0 1 1-3.89-3.89l6.5-6.5a4.25 4.25 0 0 1 6.01 6.01l-6.5 6.5a.75.75 0 0 1-1.06-1.06l6.5-6.5a2.75 2.75 0 0 0 0-3.89Z"
                clipRule="evenodd"
              />
            </svg>
          </button>
        </>
      )}
      <label htmlFor={`${id}-text`} className="sr-only">
        Message
      </label>
      <textarea
        ref={inputRef}
        id={`${id}-text`}
        rows={1}
        maxLength={4000}
        value={text}
        placeholder={placeholder}
        onChange={(e) => {
          setText(e.target.value)
          onTyping?.(e.target.value.length > 0)
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault()
            void send()
          }
        }}
        onBlur={() => onTyping?.(false)}
        className="max-h-32 min-h-[40px] flex-1 resize-none rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-accent-500 focus:outline-none focus:ring-2 focus:ring-accent-200"
        data-testid="chat-input"
      />
      <button
        type="submit"
        disabled={busy || !text.trim()}
        className="rounded-md bg-accent-600 px-3 py-2 text-sm font-semibold text-white hover:bg-accent-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-accent-300 disabled:opacity-50"
        data-testid="chat-send"
      >
        Send
      </button>
    </form>
  )
}
