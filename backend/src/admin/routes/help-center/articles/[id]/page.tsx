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
import { useEffect, useState } from "react"
import { Link, useNavigate, useParams } from "react-router-dom"
import { MarkdownPreview } from "../../../../components/markdown-preview"
import {
  HELP_ARTICLE_PATH,
  HELP_CATEGORIES,
  useDeleteHelpArticle,
  useHelpArticle,
  useSaveHelpArticle,
  type HelpArticle,
} from "../../../../lib/help-center"

type Form = {
  title: string
  handle: string
  category: string
  tags: string
  excerpt: string
  body: string
  published: boolean
}

const EMPTY: Form = { title: "", handle: "", category: "billing", tags: "", excerpt: "", body: "", published: false }

const toForm = (a: HelpArticle): Form => ({
  title: a.title,
  handle: a.handle,
  category: a.category,
  tags: (a.tags ?? []).join(", "),
  excerpt: a.excerpt ?? "",
  body: a.body ?? "",
  published: a.published,
})

/** Write or edit one article: markdown on the left, the rendered page on the right. */
const HelpArticleEditorPage = () => {
  const { id = "new" } = useParams()
  const isNew = id === "new"
  const navigate = useNavigate()
  const prompt = usePrompt()
  const { data: article, isLoading, error } = useHelpArticle(id, { enabled: !isNew })
  const save = useSaveHelpArticle(isNew ? undefined : id)
  const remove = useDeleteHelpArticle()
  const [form, setForm] = useState<Form>(EMPTY)

  useEffect(() => {
    if (article) setForm(toForm(article))
  }, [article?.id, article?.updated_at])

  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }))
  const valid = form.title.trim() && form.body.trim()

  const submit = () => {
    const body = {
      title: form.title,
      ...(form.handle.trim() ? { handle: form.handle.trim() } : {}),
      category: form.category,
      tags: form.tags
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean),
      excerpt: form.excerpt.trim() || null,
      body: form.body,
      published: form.published,
    }
    save.mutate(body, {
      onSuccess: ({ article: saved }) => {
        toast.success(isNew ? "Article created" : "Article saved")
        if (isNew) navigate(HELP_ARTICLE_PATH(saved.id), { replace: true })
        else setForm(toForm(saved))
      },
      onError: (e) => toast.error("Could not save the article", { description: e.message }),
    })
  }

  const destroy = async () => {
    const confirmed = await prompt({
      title: "Delete this article?",
      description: "It disappears from the storefront and search straight away.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    remove.mutate(id, {
      onSuccess: () => {
        toast.success("Article deleted")
        navigate("/help-center")
      },
      onError: (e) => toast.error("Could not delete the article", { description: e.message }),
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
    <div className="flex flex-col gap-y-3" data-testid="help-article-editor">
      <Link to="/help-center" className="text-ui-fg-subtle txt-small flex items-center gap-x-1">
        <ArrowLeft /> Help center
      </Link>
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between gap-x-4 px-6 py-4">
          <div className="flex items-center gap-x-2">
            <Heading>{isNew ? "New article" : form.title || "Untitled"}</Heading>
            {!isNew && (
              <Badge size="2xsmall" color={article?.published ? "green" : "grey"}>
                {article?.published ? "Published" : "Draft"}
              </Badge>
            )}
          </div>
          <div className="flex items-center gap-x-2">
            {!isNew && (
              <Text size="small" className="text-ui-fg-muted">
                Helpful: {article?.helpful_count ?? 0} yes / {article?.not_helpful_count ?? 0} no
              </Text>
            )}
            {!isNew && (
              <Button variant="danger" size="small" onClick={destroy} isLoading={remove.isPending}>
                Delete
              </Button>
            )}
            <Button size="small" onClick={submit} disabled={!valid} isLoading={save.isPending} data-testid="help-article-save">
              {isNew ? "Create" : "Save"}
            </Button>
          </div>
        </div>
        <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-2">
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="article-title">Title</Label>
            <Input id="article-title" value={form.title} onChange={(e) => set("title", e.target.value)} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="article-handle">Handle (URL)</Label>
            <Input
              id="article-handle"
              placeholder="made from the title when empty"
              value={form.handle}
              onChange={(e) => set("handle", e.target.value)}
            />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label>Category</Label>
            <Select value={form.category} onValueChange={(v) => set("category", v)}>
              <Select.Trigger aria-label="Category">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {HELP_CATEGORIES.map((c) => (
                  <Select.Item key={c.value} value={c.value}>
                    {c.label}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="article-tags">Tags (comma-separated, help search)</Label>
            <Input id="article-tags" value={form.tags} onChange={(e) => set("tags", e.target.value)} />
          </div>
          <div className="flex flex-col gap-y-1 md:col-span-2">
            <Label htmlFor="article-excerpt">Excerpt (shown in lists and results)</Label>
            <Input id="article-excerpt" value={form.excerpt} onChange={(e) => set("excerpt", e.target.value)} />
          </div>
          <div className="flex items-center gap-x-2 md:col-span-2">
            <Switch
              id="article-published"
              checked={form.published}
              onCheckedChange={(v) => set("published", v)}
              data-testid="help-article-published"
            />
            <Label htmlFor="article-published">Published on the storefront</Label>
          </div>
        </div>
        <div className="grid grid-cols-1 gap-4 px-6 py-4 lg:grid-cols-2">
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="article-body">Body (markdown)</Label>
            <Textarea
              id="article-body"
              className="min-h-[480px] font-mono"
              value={form.body}
              onChange={(e) => set("body", e.target.value)}
              data-testid="help-article-body"
            />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label>Preview</Label>
            <div className="min-h-[480px] rounded-md border p-4">
              <MarkdownPreview markdown={form.body} testId="help-article-preview" />
            </div>
          </div>
        </div>
      </Container>
    </div>
  )
}

export default HelpArticleEditorPage
