import { ArrowLeft } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  Heading,
  Input,
  Label,
  Select,
  Switch,
  Text,
  Textarea,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useEffect, useState, type ReactNode } from "react"
import { Link, useNavigate, useParams } from "react-router-dom"
import { MarkdownPreview } from "../../../../components/markdown-preview"
import {
  CONTENT_EDITOR_PATH,
  ENTRY_KEY,
  KIND_LABEL,
  storefrontPath,
  useContentEntry,
  useDeleteContentEntry,
  useSaveContentEntry,
  type ContentKind,
} from "../../../../lib/content"
import { formatDay } from "../../../../lib/format"

/** Every field of every kind, as the form holds them (strings; converted on save). */
type Form = {
  title: string
  handle: string
  body: string
  published: boolean
  // posts
  excerpt: string
  author: string
  cover_image_url: string
  tags: string
  published_at: string
  // resources
  kind: "guide" | "download" | "link"
  description: string
  url: string
  rank: string
  // pages
  content_updated_at: string
}

const EMPTY: Form = {
  title: "",
  handle: "",
  body: "",
  published: false,
  excerpt: "",
  author: "",
  cover_image_url: "",
  tags: "",
  published_at: "",
  kind: "guide",
  description: "",
  url: "",
  rank: "0",
  content_updated_at: "",
}

const dayOf = (value: unknown) => (typeof value === "string" && value ? formatDay(new Date(value)) : "")

const toForm = (entry: Record<string, any>): Form => ({
  ...EMPTY,
  title: entry.title ?? "",
  handle: entry.handle ?? "",
  body: entry.body ?? "",
  published: entry.status === "published",
  excerpt: entry.excerpt ?? "",
  author: entry.author ?? "",
  cover_image_url: entry.cover_image_url ?? "",
  tags: (entry.tags ?? []).join(", "),
  published_at: dayOf(entry.published_at),
  kind: entry.kind ?? "guide",
  description: entry.description ?? "",
  url: entry.url ?? "",
  rank: String(entry.rank ?? 0),
  content_updated_at: dayOf(entry.content_updated_at),
})

/** The request body of a kind, from the form. */
function toBody(kind: ContentKind, form: Form, saved: Form | null) {
  const isNew = !saved
  const status = form.published ? "published" : "draft"
  const handle = form.handle.trim() ? { handle: form.handle.trim() } : {}
  const orNull = (v: string) => v.trim() || null
  if (kind === "posts") {
    return {
      title: form.title,
      ...handle,
      body: form.body,
      status,
      excerpt: orNull(form.excerpt),
      author: orNull(form.author),
      cover_image_url: orNull(form.cover_image_url),
      tags: form.tags
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean),
      ...(form.published_at ? { published_at: new Date(form.published_at).toISOString() } : isNew ? {} : { published_at: null }),
    }
  }
  if (kind === "resources") {
    return {
      title: form.title,
      ...handle,
      kind: form.kind,
      status,
      description: orNull(form.description),
      url: orNull(form.url),
      body: orNull(form.body),
      rank: Number(form.rank) || 0,
    }
  }
  return {
    title: form.title,
    ...handle,
    body: form.body,
    status,
    // an unchanged date is left to the server, which moves it to today when the text changed
    ...(form.content_updated_at && form.content_updated_at !== saved?.content_updated_at
      ? { content_updated_at: new Date(form.content_updated_at).toISOString() }
      : {}),
  }
}

const Field = ({ label, htmlFor, wide, children }: { label: string; htmlFor?: string; wide?: boolean; children: ReactNode }) => (
  <div className={`flex flex-col gap-y-1 ${wide ? "md:col-span-2" : ""}`}>
    <Label htmlFor={htmlFor}>{label}</Label>
    {children}
  </div>
)

/** Write or edit a blog post, resource or page: markdown on the left, the rendered text on the right. */
const ContentEditorPage = () => {
  const { kind: kindParam = "posts", id = "new" } = useParams()
  const kind = (["posts", "resources", "pages"].includes(kindParam) ? kindParam : "posts") as ContentKind
  const isNew = id === "new"
  const navigate = useNavigate()
  const prompt = usePrompt()
  const { data: entry, isLoading, error } = useContentEntry(kind, id, { enabled: !isNew })
  const save = useSaveContentEntry(kind, isNew ? undefined : id)
  const remove = useDeleteContentEntry(kind)
  const [form, setForm] = useState<Form>(EMPTY)
  const record = entry as Record<string, any> | undefined

  useEffect(() => {
    if (record) setForm(toForm(record))
  }, [record?.id, record?.updated_at])

  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }))
  const hasBody = kind !== "resources" || form.kind === "guide"
  const valid =
    form.title.trim() &&
    (kind === "pages" ? form.handle.trim() : true) &&
    (hasBody ? form.body.trim() : form.url.trim())
  const backTo = kind === "posts" ? "/content" : `/content?tab=${kind}`

  const submit = () => {
    save.mutate(toBody(kind, form, record ? toForm(record) : null), {
      onSuccess: (data) => {
        const saved = data[ENTRY_KEY[kind]]
        toast.success(isNew ? "Created" : "Saved")
        if (isNew) navigate(CONTENT_EDITOR_PATH(kind, saved.id), { replace: true })
        else setForm(toForm(saved))
      },
      onError: (e) => toast.error(`Could not save the ${KIND_LABEL[kind].one}`, { description: e.message }),
    })
  }

  const destroy = async () => {
    const confirmed = await prompt({
      title: `Delete this ${KIND_LABEL[kind].one}?`,
      description: "It disappears from the storefront straight away.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    remove.mutate(id, {
      onSuccess: () => {
        toast.success("Deleted")
        navigate(backTo)
      },
      onError: (e) => toast.error(`Could not delete the ${KIND_LABEL[kind].one}`, { description: e.message }),
    })
  }

  if (!isNew && isLoading) {
    return <Container>Loading…</Container>
  }
  if (!isNew && error) {
    return (
      <Container>
        <Text className="text-ui-fg-error">{error.message}</Text>
      </Container>
    )
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="content-editor">
      <Link to={backTo} className="text-ui-fg-subtle txt-small flex items-center gap-x-1">
        <ArrowLeft /> {KIND_LABEL[kind].many}
      </Link>
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between gap-x-4 px-6 py-4">
          <div className="flex flex-col">
            <div className="flex items-center gap-x-2">
              <Heading>{isNew ? `New ${KIND_LABEL[kind].one}` : form.title || "Untitled"}</Heading>
              {!isNew && (
                <Badge size="2xsmall" color={record?.status === "published" ? "green" : "grey"}>
                  {record?.status === "published" ? "Published" : "Draft"}
                </Badge>
              )}
            </div>
            {!isNew && record?.handle && (
              <Text size="small" className="text-ui-fg-muted">
                {storefrontPath(kind, record.handle)}
              </Text>
            )}
          </div>
          <div className="flex items-center gap-x-2">
            {!isNew && (
              <Button variant="danger" size="small" onClick={destroy} isLoading={remove.isPending}>
                Delete
              </Button>
            )}
            <Button size="small" onClick={submit} disabled={!valid} isLoading={save.isPending} data-testid="content-save">
              {isNew ? "Create" : "Save"}
            </Button>
          </div>
        </div>
        <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-2">
          <Field label="Title" htmlFor="content-title">
            <Input id="content-title" value={form.title} onChange={(e) => set("title", e.target.value)} />
          </Field>
          <Field label={kind === "pages" ? "Handle (URL)" : "Handle (URL; made from the title when empty)"} htmlFor="content-handle">
            <Input id="content-handle" value={form.handle} onChange={(e) => set("handle", e.target.value)} />
          </Field>
          {kind === "posts" && (
            <>
              <Field label="Author" htmlFor="content-author">
                <Input id="content-author" value={form.author} onChange={(e) => set("author", e.target.value)} />
              </Field>
              <Field label="Publish date (set when first published if empty)" htmlFor="content-published-at">
                <Input id="content-published-at" type="date" value={form.published_at} onChange={(e) => set("published_at", e.target.value)} />
              </Field>
              <Field label="Tags (comma-separated)" htmlFor="content-tags">
                <Input id="content-tags" value={form.tags} onChange={(e) => set("tags", e.target.value)} />
              </Field>
              <Field label="Cover image URL (https://… or /images/…)" htmlFor="content-cover">
                <Input id="content-cover" value={form.cover_image_url} onChange={(e) => set("cover_image_url", e.target.value)} />
              </Field>
              <Field label="Excerpt (lists and link previews)" htmlFor="content-excerpt" wide>
                <Input id="content-excerpt" value={form.excerpt} onChange={(e) => set("excerpt", e.target.value)} />
              </Field>
            </>
          )}
          {kind === "resources" && (
            <>
              <Field label="Kind">
                <Select value={form.kind} onValueChange={(v) => set("kind", v as Form["kind"])}>
                  <Select.Trigger aria-label="Kind">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    <Select.Item value="guide">Guide (text below)</Select.Item>
                    <Select.Item value="download">Download (URL)</Select.Item>
                    <Select.Item value="link">Link (URL)</Select.Item>
                  </Select.Content>
                </Select>
              </Field>
              <Field label="Order (lowest first)" htmlFor="content-rank">
                <Input id="content-rank" type="number" min={0} value={form.rank} onChange={(e) => set("rank", e.target.value)} />
              </Field>
              <Field label="URL (downloads and links)" htmlFor="content-url">
                <Input id="content-url" value={form.url} onChange={(e) => set("url", e.target.value)} />
              </Field>
              <Field label="Description" htmlFor="content-description">
                <Input id="content-description" value={form.description} onChange={(e) => set("description", e.target.value)} />
              </Field>
            </>
          )}
          {kind === "pages" && (
            <Field label="Last updated (set to today when the text changes, if left as is)" htmlFor="content-updated">
              <Input
                id="content-updated"
                type="date"
                value={form.content_updated_at}
                onChange={(e) => set("content_updated_at", e.target.value)}
              />
            </Field>
          )}
          <div className="flex items-center gap-x-2 md:col-span-2">
            <Switch id="content-published" checked={form.published} onCheckedChange={(v) => set("published", v)} data-testid="content-published" />
            <Label htmlFor="content-published">Published on the storefront</Label>
          </div>
        </div>
        {hasBody && (
          <div className="grid grid-cols-1 gap-4 px-6 py-4 lg:grid-cols-2">
            <Field label="Text (markdown)" htmlFor="content-body">
              <Textarea
                id="content-body"
                className="min-h-[480px] font-mono"
                value={form.body}
                onChange={(e) => set("body", e.target.value)}
                data-testid="content-body"
              />
            </Field>
            <Field label="Preview">
              <div className="min-h-[480px] rounded-md border p-4">
                <MarkdownPreview markdown={form.body} testId="content-preview" />
              </div>
            </Field>
          </div>
        )}
      </Container>
    </div>
  )
}

export default ContentEditorPage
