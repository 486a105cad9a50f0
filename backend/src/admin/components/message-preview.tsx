import { Tabs, Text, clx } from "@medusajs/ui"

/**
 * Renders an email's HTML in a fully sandboxed iframe: no scripts, no forms, no
 * same-origin access, so a message can never act inside the admin.
 */
export const HtmlPreview = ({
  html,
  title,
  className,
}: {
  html: string
  title: string
  className?: string
}) => (
  <iframe
    sandbox=""
    srcDoc={html}
    title={title}
    className={clx(
      "border-ui-border-base h-[480px] w-full rounded-lg border bg-white",
      className
    )}
    data-testid="notification-html"
  />
)

export const TextPreview = ({ text, className }: { text: string; className?: string }) => (
  <pre
    className={clx(
      "bg-ui-bg-subtle border-ui-border-base txt-compact-small text-ui-fg-base whitespace-pre-wrap break-words rounded-lg border px-4 py-3 font-sans",
      className
    )}
    data-testid="notification-text"
  >
    {text || "—"}
  </pre>
)

/** An SMS as the phone shows it. */
export const SmsPreview = ({ text }: { text: string }) => (
  <div className="bg-ui-bg-subtle border-ui-border-base rounded-lg border p-4">
    <div
      className="bg-ui-bg-base shadow-elevation-card-rest txt-compact-small max-w-[85%] whitespace-pre-wrap break-words rounded-2xl rounded-bl-sm px-4 py-3"
      data-testid="notification-text"
    >
      {text || "—"}
    </div>
    <Text size="xsmall" className="text-ui-fg-muted mt-2">
      {text.length} characters
    </Text>
  </div>
)

/** HTML and plain-text versions of an email, in tabs. */
export const EmailPreview = ({
  html,
  text,
  title,
  frameClassName,
}: {
  html: string | null
  text: string
  title: string
  frameClassName?: string
}) => (
  <Tabs defaultValue={html ? "html" : "text"}>
    <Tabs.List>
      <Tabs.Trigger value="html" disabled={!html}>
        HTML
      </Tabs.Trigger>
      <Tabs.Trigger value="text">Plain text</Tabs.Trigger>
    </Tabs.List>
    <div className="mt-3">
      <Tabs.Content value="html">
        {html ? <HtmlPreview html={html} title={title} className={frameClassName} /> : null}
      </Tabs.Content>
      <Tabs.Content value="text">
        <TextPreview text={text} />
      </Tabs.Content>
    </div>
  </Tabs>
)
