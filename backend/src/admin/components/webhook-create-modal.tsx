import {
  Button,
  Checkbox,
  Copy,
  FocusModal,
  Heading,
  Input,
  Label,
  Text,
  toast,
} from "@medusajs/ui"
import { useState } from "react"
import { EVENT_CHOICES, useCreateWebhookEndpoint, type WebhookEndpoint } from "../lib/webhooks"

/** The form to add an endpoint, then its signing secret — shown this once, with a copy button. */
export const CreateEndpointModal = ({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) => {
  const [url, setUrl] = useState("")
  const [description, setDescription] = useState("")
  const [families, setFamilies] = useState<string[]>(["*"])
  const [names, setNames] = useState("")
  const [created, setCreated] = useState<(WebhookEndpoint & { secret: string }) | null>(null)
  const create = useCreateWebhookEndpoint()

  const events = [
    ...families,
    ...names
      .split(/[\s,]+/)
      .map((n) => n.trim())
      .filter(Boolean),
  ]
  const valid = /^https?:\/\/\S+$/i.test(url.trim()) && events.length > 0

  const close = (next: boolean) => {
    if (!next) {
      setUrl("")
      setDescription("")
      setFamilies(["*"])
      setNames("")
      setCreated(null)
    }
    onOpenChange(next)
  }

  const toggle = (value: string, checked: boolean) =>
    setFamilies((current) => (checked ? [...current.filter((f) => f !== value), value] : current.filter((f) => f !== value)))

  const submit = () =>
    create.mutate(
      { url: url.trim(), events, description: description.trim() || undefined },
      {
        onSuccess: ({ webhook_endpoint }) => setCreated(webhook_endpoint),
        onError: (e) => toast.error("Could not add the endpoint", { description: e.message }),
      }
    )

  return (
    <FocusModal open={open} onOpenChange={close}>
      <FocusModal.Content data-testid="webhook-create-modal">
        <FocusModal.Header>
          <FocusModal.Title>{created ? "Endpoint added" : "Add webhook endpoint"}</FocusModal.Title>
        </FocusModal.Header>
        <FocusModal.Body className="flex flex-col items-center overflow-y-auto py-12">
          {created ? (
            <div className="flex w-full max-w-[560px] flex-col gap-y-4">
              <Heading level="h2">Signing secret</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                Copy it now: it is shown only this once. The receiver verifies each request with it (Standard Webhooks:
                the <code>webhook-id</code>, <code>webhook-timestamp</code> and <code>webhook-signature</code> headers).
              </Text>
              <div className="bg-ui-bg-subtle flex items-center gap-x-2 rounded-md border px-3 py-2">
                <code className="txt-compact-small flex-1 break-all" data-testid="webhook-secret">
                  {created.secret}
                </code>
                <Copy content={created.secret} aria-label="Copy the secret" />
              </div>
              <Text size="small" className="text-ui-fg-subtle">
                Events go to <span className="text-ui-fg-base">{created.url}</span>: {created.events.join(", ")}
              </Text>
            </div>
          ) : (
            <form
              className="flex w-full max-w-[560px] flex-col gap-y-6"
              onSubmit={(e) => {
                e.preventDefault()
                if (valid && !create.isPending) submit()
              }}
            >
              <div className="flex flex-col gap-y-1.5">
                <Label htmlFor="webhook-url" weight="plus">
                  URL
                </Label>
                <Input
                  id="webhook-url"
                  placeholder="https://example.com/webhooks/cloudservices"
                  value={url}
                  onChange={(e) => setUrl(e.target.value)}
                />
                <Text size="xsmall" className="text-ui-fg-muted">
                  http or https. Private and local addresses are refused unless WEBHOOK_ALLOW_PRIVATE=true.
                </Text>
              </div>
              <div className="flex flex-col gap-y-2">
                <Label weight="plus">Events</Label>
                {EVENT_CHOICES.map((choice) => (
                  <div key={choice.value} className="flex items-start gap-x-2">
                    <Checkbox
                      id={`webhook-event-${choice.value}`}
                      checked={families.includes(choice.value)}
                      onCheckedChange={(checked) => toggle(choice.value, checked === true)}
                    />
                    <Label htmlFor={`webhook-event-${choice.value}`} className="flex flex-col">
                      <span className="txt-compact-small-plus">{choice.label}</span>
                      <span className="text-ui-fg-muted txt-compact-xsmall">{choice.hint}</span>
                    </Label>
                  </div>
                ))}
                <Input
                  aria-label="Specific events"
                  placeholder="Specific events, e.g. subscription.activated, service.active"
                  value={names}
                  onChange={(e) => setNames(e.target.value)}
                />
              </div>
              <div className="flex flex-col gap-y-1.5">
                <Label htmlFor="webhook-description" weight="plus">
                  Description (optional)
                </Label>
                <Input id="webhook-description" value={description} onChange={(e) => setDescription(e.target.value)} />
              </div>
              <button type="submit" hidden />
            </form>
          )}
        </FocusModal.Body>
        <FocusModal.Footer>
          {created ? (
            <Button size="small" onClick={() => close(false)} data-testid="webhook-create-done">
              Done
            </Button>
          ) : (
            <>
              <FocusModal.Close asChild>
                <Button size="small" variant="secondary">
                  Cancel
                </Button>
              </FocusModal.Close>
              <Button size="small" disabled={!valid} isLoading={create.isPending} onClick={submit} data-testid="webhook-create-save">
                Add endpoint
              </Button>
            </>
          )}
        </FocusModal.Footer>
      </FocusModal.Content>
    </FocusModal>
  )
}
