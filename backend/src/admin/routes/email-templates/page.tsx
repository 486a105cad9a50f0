import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentTextSolid } from "@medusajs/icons"
import { Badge, Container, Heading, Skeleton, Text, clx } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { EmailTemplateActions } from "../../components/email-template-editor"
import { EmailPreview, SmsPreview } from "../../components/message-preview"
import {
  useNotificationTemplates,
  useTemplatePreview,
  type NotificationTemplate,
} from "../../lib/notifications"

const TemplateItem = ({
  template,
  selected,
  onSelect,
}: {
  template: NotificationTemplate
  selected: boolean
  onSelect: () => void
}) => (
  <button
    type="button"
    onClick={onSelect}
    aria-current={selected || undefined}
    className={clx(
      "border-ui-border-base flex w-full flex-col gap-y-1 border-b px-4 py-3 text-left outline-none transition-fg",
      "hover:bg-ui-bg-base-hover focus-visible:bg-ui-bg-base-hover",
      selected && "bg-ui-bg-highlight hover:bg-ui-bg-highlight-hover"
    )}
    data-testid="email-template-item"
    data-name={template.name}
  >
    <div className="flex items-center justify-between gap-x-2">
      <Text size="small" leading="compact" weight="plus" className="truncate">
        {template.label || template.name}
      </Text>
      <Badge size="2xsmall" color={template.channel === "email" ? "blue" : "purple"}>
        {template.channel === "email" ? "Email" : "SMS"}
      </Badge>
    </div>
    <Text size="xsmall" leading="compact" className="text-ui-fg-muted font-mono">
      {template.name}
    </Text>
    {template.description && (
      <Text size="xsmall" className="text-ui-fg-subtle line-clamp-2">
        {template.description}
      </Text>
    )}
  </button>
)

const Preview = ({ template }: { template: NotificationTemplate }) => {
  const { data: preview, isLoading, error } = useTemplatePreview(template.name)

  return (
    <div className="flex min-w-0 flex-col" data-testid="email-template-preview">
      <div className="border-ui-border-base flex flex-col gap-y-1 border-b px-6 py-4">
        <Heading level="h2">{template.label || template.name}</Heading>
        {template.description && (
          <Text size="small" className="text-ui-fg-subtle">
            {template.description}
          </Text>
        )}
        <Text size="xsmall" className="text-ui-fg-muted">
          Rendered with sample data, as customers get it now.
        </Text>
        <EmailTemplateActions template={template} />
      </div>
      <div className="flex flex-col gap-y-4 px-6 py-4">
        {isLoading ? (
          <>
            <Skeleton className="h-5 w-1/2" />
            <Skeleton className="h-[480px] w-full" />
          </>
        ) : error || !preview ? (
          <Text size="small" className="text-ui-fg-error">
            Could not render this template{error ? `: ${error.message}` : ""}
          </Text>
        ) : preview.channel === "sms" ? (
          <SmsPreview text={preview.text} />
        ) : (
          <>
            <div className="grid grid-cols-[80px_1fr] items-baseline gap-x-4">
              <Text size="small" weight="plus" className="text-ui-fg-subtle">
                Subject
              </Text>
              <Text size="small" data-testid="email-template-subject">
                {preview.subject || "(no subject)"}
              </Text>
            </div>
            <EmailPreview
              key={preview.name}
              html={preview.html}
              text={preview.text}
              title={preview.subject ?? preview.name}
              frameClassName="h-[calc(100vh-320px)] min-h-[420px]"
            />
          </>
        )}
      </div>
    </div>
  )
}

/** The templates notifications are rendered from, each previewed with sample data. */
const EmailTemplatesPage = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  const { data: templates, isLoading, error } = useNotificationTemplates()
  // email templates first, then SMS, each alphabetically by label
  const sorted = [...(templates ?? [])].sort(
    (a, b) =>
      a.channel.localeCompare(b.channel) || (a.label || a.name).localeCompare(b.label || b.name)
  )
  const selectedName = searchParams.get("name") ?? sorted[0]?.name ?? null
  const selected = sorted.find((t) => t.name === selectedName) ?? null

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>Email templates</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          The messages the platform sends: preview, edit (each save is a version), test and reset.
        </Text>
      </div>
      <div className="grid min-h-[560px] grid-cols-1 md:grid-cols-[320px_1fr] md:divide-x">
        <div className="flex min-w-0 flex-col">
          {isLoading ? (
            Array.from({ length: 6 }).map((_, i) => (
              <div
                key={i}
                className="border-ui-border-base flex flex-col gap-y-2 border-b px-4 py-3"
              >
                <Skeleton className="h-4 w-2/3" />
                <Skeleton className="h-3 w-1/2" />
              </div>
            ))
          ) : error ? (
            <Text size="small" className="text-ui-fg-error p-4">
              Could not load templates: {error.message}
            </Text>
          ) : sorted.length === 0 ? (
            <div
              className="flex flex-col gap-y-1 px-4 py-10 text-center"
              data-testid="email-templates-empty"
            >
              <Text size="small" weight="plus">
                No templates yet
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                Templates registered by the notification module appear here.
              </Text>
            </div>
          ) : (
            sorted.map((template) => (
              <TemplateItem
                key={template.name}
                template={template}
                selected={template.name === selected?.name}
                onSelect={() => setSearchParams({ name: template.name }, { replace: true })}
              />
            ))
          )}
        </div>
        {selected ? (
          <Preview key={selected.name} template={selected} />
        ) : (
          !isLoading && (
            <div className="flex items-center justify-center p-6">
              <Text size="small" className="text-ui-fg-muted">
                {sorted.length ? "Select a template to preview it." : "Nothing to preview."}
              </Text>
            </div>
          )
        )}
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Email templates",
  icon: DocumentTextSolid,
})

export default EmailTemplatesPage
