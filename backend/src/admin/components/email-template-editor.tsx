import { ArrowUturnLeft, PencilSquare, EnvelopeSolid, Clock } from "@medusajs/icons"
import { Alert, Badge, Button, Drawer, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import {
  formatDateTime,
  useChangeTemplate,
  useNotificationTemplate,
  usePreviewDraft,
  useSendTemplateTest,
  type NotificationTemplate,
  type TemplateSources,
  type TemplateVersion,
} from "../lib/notifications"
import { ActionPrompt } from "./action-prompt"
import { EmailPreview, SmsPreview } from "./message-preview"

const SOURCE_LABELS: Record<TemplateVersion["source"], string> = { edit: "Edit", revert: "Revert", reset: "Reset" }

/** Sample data's names, flattened ("customer.first_name"), for the editor's hint. */
const variables = (sample: Record<string, unknown>, prefix = ""): string[] =>
  Object.entries(sample).flatMap(([key, value]) =>
    value && typeof value === "object" && !Array.isArray(value)
      ? variables(value as Record<string, unknown>, `${prefix}${key}.`)
      : [`${prefix}${key}`]
  )

/**
 * Edit, versions, test send and reset for one template. Every save is a new version, sent from
 * then on; a revert copies an older version as the newest; a reset goes back to the built-in text
 * (the history stays).
 */
export const EmailTemplateActions = ({ template }: { template: NotificationTemplate }) => {
  const { data } = useNotificationTemplate(template.name)
  const change = useChangeTemplate(template.name)
  const test = useSendTemplateTest(template.name)
  const [dialog, setDialog] = useState<"edit" | "versions" | "reset" | null>(null)
  const detail = data?.template
  const email = template.channel === "email"

  const revert = (version: number) =>
    change.mutate(
      { action: "revert", body: { version } },
      {
        onSuccess: ({ template: t }) => toast.success(`Version ${version} restored`, { description: `Now sent as version ${t.version}.` }),
        onError: (e) => toast.error("Could not revert", { description: e.message }),
      }
    )

  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="email-template-actions">
      <Badge size="2xsmall" color={detail?.edited ? "orange" : "grey"} data-testid="email-template-version">
        {detail?.edited ? `Edited · version ${detail.version}` : "Built-in text"}
      </Badge>
      <Button size="small" variant="secondary" onClick={() => setDialog("edit")} disabled={!detail} data-testid="email-template-edit">
        <PencilSquare />
        Edit
      </Button>
      <Button size="small" variant="secondary" onClick={() => setDialog("versions")} disabled={!data} data-testid="email-template-versions">
        <Clock />
        Versions{data?.versions.length ? ` (${data.versions.length})` : ""}
      </Button>
      {email && (
        <Button
          size="small"
          variant="secondary"
          isLoading={test.isPending}
          onClick={() =>
            test.mutate(undefined, {
              onSuccess: ({ notification_log }) => toast.success("Test email queued", { description: `Sending to ${notification_log.to}.` }),
              onError: (e) => toast.error("Could not send the test", { description: e.message }),
            })
          }
          data-testid="email-template-test"
        >
          <EnvelopeSolid />
          Send test to me
        </Button>
      )}
      <Button
        size="small"
        variant="transparent"
        onClick={() => setDialog("reset")}
        disabled={!detail?.edited}
        data-testid="email-template-reset"
      >
        <ArrowUturnLeft />
        Reset to default
      </Button>

      {detail && (
        <TemplateEditDrawer
          name={template.name}
          email={email}
          current={detail.current}
          sample={detail.sample}
          open={dialog === "edit"}
          onOpenChange={(open) => setDialog(open ? "edit" : null)}
        />
      )}

      <Drawer open={dialog === "versions"} onOpenChange={(open) => setDialog(open ? "versions" : null)}>
        <Drawer.Content data-testid="email-template-versions-drawer">
          <Drawer.Header>
            <Drawer.Title>Versions of {template.label || template.name}</Drawer.Title>
            <Drawer.Description className="txt-compact-small text-ui-fg-subtle">
              Every save is kept. Restoring one saves it again as the newest version.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-3 overflow-y-auto">
            {!data?.versions.length ? (
              <Text size="small" className="text-ui-fg-subtle">
                Never edited: the built-in text is sent.
              </Text>
            ) : (
              data.versions.map((v, i) => (
                <div key={v.id} className="border-ui-border-base flex flex-col gap-y-1 rounded-md border p-3" data-testid="email-template-version-row">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <div className="flex items-center gap-x-2">
                      <Text size="small" weight="plus">
                        Version {v.version}
                      </Text>
                      <Badge size="2xsmall" color={v.source === "reset" ? "grey" : v.source === "revert" ? "blue" : "green"}>
                        {SOURCE_LABELS[v.source]}
                        {v.reverted_from ? ` of v${v.reverted_from}` : ""}
                      </Badge>
                      {i === 0 && (
                        <Badge size="2xsmall" color="orange">
                          Current
                        </Badge>
                      )}
                    </div>
                    {i > 0 && v.source !== "reset" && (
                      <Button size="small" variant="secondary" isLoading={change.isPending} onClick={() => revert(v.version)} data-testid="email-template-revert">
                        Restore
                      </Button>
                    )}
                  </div>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {formatDateTime(v.created_at)}
                  </Text>
                  {v.subject && (
                    <Text size="small" className="truncate">
                      {v.subject}
                    </Text>
                  )}
                </div>
              ))
            )}
          </Drawer.Body>
        </Drawer.Content>
      </Drawer>

      <ActionPrompt
        open={dialog === "reset"}
        onOpenChange={(open) => setDialog(open ? "reset" : null)}
        title="Reset to the built-in text?"
        description="Customers get the built-in text from the next message on. Your versions stay in the history and can be restored."
        confirmLabel="Reset"
        variant="danger"
        canConfirm
        isPending={change.isPending}
        onConfirm={() =>
          change.mutate(
            { action: "reset", body: {} },
            {
              onSuccess: () => {
                toast.success("Template reset to the built-in text")
                setDialog(null)
              },
              onError: (e) => toast.error("Could not reset", { description: e.message }),
            }
          )
        }
        testId="email-template-reset"
      />
    </div>
  )
}

/** Subject, HTML and plain-text bodies (Handlebars), previewed with sample data before saving. */
const TemplateEditDrawer = ({
  name,
  email,
  current,
  sample,
  open,
  onOpenChange,
}: {
  name: string
  email: boolean
  current: TemplateSources
  sample: Record<string, unknown>
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const [draft, setDraft] = useState<TemplateSources>(current)
  const preview = usePreviewDraft(name)
  const change = useChangeTemplate(name)

  useEffect(() => {
    if (open) {
      setDraft(current)
      preview.reset()
      change.reset()
    }
  }, [open])

  const body = (): TemplateSources => (email ? draft : { subject: null, html: null, text: draft.text })
  const canSave = draft.text.trim() !== "" && (!email || !!draft.subject?.trim())
  const error = change.error ?? preview.error

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content className="max-w-[720px]" data-testid="email-template-edit-form">
        <Drawer.Header>
          <Drawer.Title>Edit template</Drawer.Title>
          <Drawer.Description className="txt-compact-small text-ui-fg-subtle">
            Handlebars: {"{{customer.first_name}}"}, {"{{brand.name}}"}… Saving makes a new version, sent from the next message on.
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          {error && (
            <Alert variant="error" dismissible={false} data-testid="email-template-edit-error">
              {error.message}
            </Alert>
          )}
          {email && (
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="template-subject" size="small" weight="plus">
                Subject
              </Label>
              <Input
                id="template-subject"
                value={draft.subject ?? ""}
                maxLength={500}
                onChange={(e) => setDraft({ ...draft, subject: e.target.value })}
                data-testid="email-template-subject-input"
              />
            </div>
          )}
          {email && (
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="template-html" size="small" weight="plus">
                HTML body (inside the branded layout)
              </Label>
              <Textarea
                id="template-html"
                rows={10}
                className="font-mono text-xs"
                value={draft.html ?? ""}
                onChange={(e) => setDraft({ ...draft, html: e.target.value })}
                data-testid="email-template-html-input"
              />
            </div>
          )}
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="template-text" size="small" weight="plus">
              {email ? "Plain-text body" : "SMS text"}
            </Label>
            <Textarea
              id="template-text"
              rows={6}
              className="font-mono text-xs"
              value={draft.text}
              onChange={(e) => setDraft({ ...draft, text: e.target.value })}
              data-testid="email-template-text-input"
            />
          </div>
          <Text size="xsmall" className="text-ui-fg-muted">
            Sample data: {variables(sample).slice(0, 20).map((v) => `{{${v}}}`).join(" ")}
          </Text>
          {preview.data && (
            <div className="flex flex-col gap-y-2" data-testid="email-template-draft-preview">
              {preview.data.subject && (
                <Text size="small">
                  <span className="text-ui-fg-subtle">Subject: </span>
                  {preview.data.subject}
                </Text>
              )}
              {preview.data.channel === "sms" ? (
                <SmsPreview text={preview.data.text} />
              ) : (
                <EmailPreview html={preview.data.html} text={preview.data.text} title="Draft" frameClassName="h-[360px]" />
              )}
            </div>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Button size="small" variant="secondary" onClick={() => preview.mutate(body())} isLoading={preview.isPending} disabled={!canSave} data-testid="email-template-preview-draft">
            Preview
          </Button>
          <Button
            size="small"
            disabled={!canSave}
            isLoading={change.isPending}
            onClick={() =>
              change.mutate(
                { action: "save", body: body() },
                {
                  onSuccess: ({ template }) => {
                    toast.success(`Saved as version ${template.version}`)
                    onOpenChange(false)
                  },
                }
              )
            }
            data-testid="email-template-save"
          >
            Save
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
