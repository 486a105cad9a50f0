import { Alert, Button, Drawer, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { SEND_LIMITS, useSendCustomerMessage, type NotificationChannel } from "../lib/notifications"

/**
 * Writes a one-off email (subject + body) or SMS (body) to a customer. The API's
 * 400 `{ message }` (e.g. "customer has no phone number") is shown in the form.
 */
export const SendCustomerMessageDrawer = ({
  channel,
  customerId,
  recipient,
  open,
  onOpenChange,
  onSent,
}: {
  channel: NotificationChannel
  customerId: string
  /** the customer's email or phone, shown as "To"; null when none is on file */
  recipient: string | null
  open: boolean
  onOpenChange: (open: boolean) => void
  onSent?: (id: string) => void
}) => {
  const [subject, setSubject] = useState("")
  const [body, setBody] = useState("")
  const send = useSendCustomerMessage()
  const isEmail = channel === "email"
  const testId = `customer-send-${channel}-form`

  useEffect(() => {
    if (!open) {
      setSubject("")
      setBody("")
      send.reset()
    }
  }, [open])

  const canSend = body.trim() !== "" && (!isEmail || subject.trim() !== "")

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!canSend) {
      return
    }
    send.mutate(
      isEmail
        ? { channel, customer_id: customerId, subject: subject.trim(), body }
        : { channel, customer_id: customerId, body },
      {
        onSuccess: ({ notification_log }) => {
          toast.success(isEmail ? "Email queued" : "SMS queued", {
            description: `Sending to ${notification_log.to}.`,
          })
          onOpenChange(false)
          onSent?.(notification_log.id)
        },
      }
    )
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid={testId}>
        <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{isEmail ? "Send email" : "Send SMS"}</Drawer.Title>
            <Drawer.Description className="txt-compact-small text-ui-fg-subtle">
              {recipient
                ? `To ${recipient}`
                : isEmail
                  ? "To the customer's email"
                  : "No phone number on the customer's profile"}
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {send.error && (
              <Alert variant="error" dismissible={false} data-testid={`${testId}-error`}>
                {send.error.message}
              </Alert>
            )}
            {isEmail && (
              <div className="flex flex-col gap-y-2">
                <Label htmlFor={`${testId}-subject`} size="small" weight="plus">
                  Subject
                </Label>
                <Input
                  id={`${testId}-subject`}
                  value={subject}
                  onChange={(e) => setSubject(e.target.value)}
                  maxLength={SEND_LIMITS.subject}
                  autoFocus
                  data-testid="customer-send-email-subject"
                />
              </div>
            )}
            <div className="flex flex-col gap-y-2">
              <Label htmlFor={`${testId}-body`} size="small" weight="plus">
                Message
              </Label>
              <Textarea
                id={`${testId}-body`}
                rows={isEmail ? 12 : 6}
                value={body}
                onChange={(e) => setBody(e.target.value)}
                maxLength={isEmail ? SEND_LIMITS.emailBody : SEND_LIMITS.smsBody}
                autoFocus={!isEmail}
                data-testid={`customer-send-${channel}-body`}
              />
              <Text size="xsmall" className="text-ui-fg-muted">
                {isEmail ? "Plain text." : `${body.length} / ${SEND_LIMITS.smsBody} characters`}
              </Text>
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button
              size="small"
              type="submit"
              disabled={!canSend}
              isLoading={send.isPending}
              data-testid={`customer-send-${channel}-submit`}
            >
              Send
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
