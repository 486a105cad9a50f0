import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BookOpen } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, Table, Tabs, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useNavigate, useSearchParams } from "react-router-dom"
import { FaqDrawer } from "../../components/faq-drawer"
import {
  HELP_ARTICLE_PATH,
  HELP_CATEGORIES,
  HELP_PAGE_SIZE as PAGE_SIZE,
  categoryLabel,
  useFaqs,
  useHelpArticles,
  type Faq,
} from "../../lib/help-center"

const ALL = "__all"

const PublishedBadge = ({ published }: { published: boolean }) =>
  published ? (
    <Badge size="2xsmall" color="green">
      Published
    </Badge>
  ) : (
    <Badge size="2xsmall" color="grey">
      Draft
    </Badge>
  )

/** A search box that reports its value once typing pauses. */
const SearchInput = ({ value, onChange, placeholder }: { value: string; onChange: (v: string) => void; placeholder: string }) => {
  const [draft, setDraft] = useState(value)
  useEffect(() => {
    if (draft.trim() === value) return
    const timer = setTimeout(() => onChange(draft.trim()), 300)
    return () => clearTimeout(timer)
  }, [draft])
  return (
    <Input
      type="search"
      size="small"
      className="w-[260px]"
      placeholder={placeholder}
      aria-label={placeholder}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      data-testid="help-search"
    />
  )
}

const CategorySelect = ({ value, onChange }: { value: string; onChange: (v: string) => void }) => (
  <Select size="small" value={value || ALL} onValueChange={(v) => onChange(v === ALL ? "" : v)}>
    <Select.Trigger className="w-[190px]" aria-label="Category">
      <Select.Value placeholder="All categories" />
    </Select.Trigger>
    <Select.Content>
      <Select.Item value={ALL}>All categories</Select.Item>
      {HELP_CATEGORIES.map((c) => (
        <Select.Item key={c.value} value={c.value}>
          {c.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)

const ArticlesTab = () => {
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const q = params.get("q") ?? ""
  const category = params.get("category") ?? ""
  const published = params.get("published") ?? ""
  const offset = Math.max(0, Number(params.get("offset")) || 0)
  const set = (changes: Record<string, string>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        for (const [k, v] of Object.entries({ offset: "", ...changes })) {
          if (v) next.set(k, v)
          else next.delete(k)
        }
        return next
      },
      { replace: true }
    )
  const { data, isLoading, error } = useHelpArticles({ q, category, published, limit: PAGE_SIZE, offset })
  const articles = data?.articles ?? []
  const count = data?.count ?? 0

  return (
    <div className="flex flex-col gap-y-3">
      <div className="flex flex-wrap items-center gap-2 px-6">
        <SearchInput value={q} onChange={(v) => set({ q: v })} placeholder="Search articles" />
        <CategorySelect value={category} onChange={(v) => set({ category: v })} />
        <Select size="small" value={published || ALL} onValueChange={(v) => set({ published: v === ALL ? "" : v })}>
          <Select.Trigger className="w-[150px]" aria-label="Status">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>Any status</Select.Item>
            <Select.Item value="true">Published</Select.Item>
            <Select.Item value="false">Drafts</Select.Item>
          </Select.Content>
        </Select>
        <Button size="small" className="ml-auto" onClick={() => navigate(HELP_ARTICLE_PATH("new"))} data-testid="help-new-article">
          New article
        </Button>
      </div>
      {error ? (
        <Text className="text-ui-fg-error px-6">{error.message}</Text>
      ) : (
        <Table data-testid="help-articles-table">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Title</Table.HeaderCell>
              <Table.HeaderCell>Category</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Helpful</Table.HeaderCell>
              <Table.HeaderCell>Updated</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {articles.map((a) => (
              <Table.Row key={a.id} className="cursor-pointer" onClick={() => navigate(HELP_ARTICLE_PATH(a.id))}>
                <Table.Cell>
                  <div className="flex flex-col py-1">
                    <span className="text-ui-fg-base">{a.title}</span>
                    <span className="text-ui-fg-muted txt-compact-xsmall">/help/{a.handle}</span>
                  </div>
                </Table.Cell>
                <Table.Cell>{categoryLabel(a.category)}</Table.Cell>
                <Table.Cell>
                  <PublishedBadge published={a.published} />
                </Table.Cell>
                <Table.Cell>
                  <span title="Yes / No">
                    {a.helpful_count} / {a.not_helpful_count}
                  </span>
                </Table.Cell>
                <Table.Cell>{new Date(a.updated_at).toLocaleDateString()}</Table.Cell>
              </Table.Row>
            ))}
            {!isLoading && !articles.length && (
              <Table.Row>
                <Table.Cell {...{ colSpan: 5 } /* the UI kit types its cells without colSpan */}>
                  <Text className="text-ui-fg-muted py-4">{q ? `No article matches “${q}”.` : "No articles yet."}</Text>
                </Table.Cell>
              </Table.Row>
            )}
          </Table.Body>
        </Table>
      )}
      <Table.Pagination
        count={count}
        pageSize={PAGE_SIZE}
        pageIndex={Math.floor(offset / PAGE_SIZE)}
        pageCount={Math.max(1, Math.ceil(count / PAGE_SIZE))}
        canPreviousPage={offset > 0}
        canNextPage={offset + PAGE_SIZE < count}
        previousPage={() => set({ q, category, published, offset: String(Math.max(0, offset - PAGE_SIZE)) })}
        nextPage={() => set({ q, category, published, offset: String(offset + PAGE_SIZE) })}
      />
    </div>
  )
}

const FaqsTab = () => {
  const [q, setQ] = useState("")
  const [category, setCategory] = useState("")
  const [editing, setEditing] = useState<Faq | null>(null)
  const [open, setOpen] = useState(false)
  const { data, isLoading, error } = useFaqs({ q, category })
  const faqs = data?.faqs ?? []
  const edit = (faq: Faq | null) => {
    setEditing(faq)
    setOpen(true)
  }

  return (
    <div className="flex flex-col gap-y-3">
      <div className="flex flex-wrap items-center gap-2 px-6">
        <SearchInput value={q} onChange={setQ} placeholder="Search FAQs" />
        <CategorySelect value={category} onChange={setCategory} />
        <Button size="small" className="ml-auto" onClick={() => edit(null)} data-testid="help-new-faq">
          New FAQ
        </Button>
      </div>
      {error ? (
        <Text className="text-ui-fg-error px-6">{error.message}</Text>
      ) : (
        <Table data-testid="help-faqs-table">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Order</Table.HeaderCell>
              <Table.HeaderCell>Question</Table.HeaderCell>
              <Table.HeaderCell>Category</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {faqs.map((f) => (
              <Table.Row key={f.id} className="cursor-pointer" onClick={() => edit(f)}>
                <Table.Cell>{f.rank}</Table.Cell>
                <Table.Cell>{f.question}</Table.Cell>
                <Table.Cell>{categoryLabel(f.category)}</Table.Cell>
                <Table.Cell>
                  <PublishedBadge published={f.published} />
                </Table.Cell>
              </Table.Row>
            ))}
            {!isLoading && !faqs.length && (
              <Table.Row>
                <Table.Cell {...{ colSpan: 4 }}>
                  <Text className="text-ui-fg-muted py-4">No FAQs.</Text>
                </Table.Cell>
              </Table.Row>
            )}
          </Table.Body>
        </Table>
      )}
      <FaqDrawer faq={editing} open={open} onClose={() => setOpen(false)} />
    </div>
  )
}

/** Help-center articles and FAQs: search, filter, write and publish. */
const HelpCenterPage = () => {
  const [params, setParams] = useSearchParams()
  const tab = params.get("tab") === "faqs" ? "faqs" : "articles"
  return (
    <Container className="divide-y p-0" data-testid="help-center-page">
      <div className="px-6 py-4">
        <Heading>Help center</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Articles and FAQs shoppers read at /help. Only published ones are shown there.
        </Text>
      </div>
      <Tabs value={tab} onValueChange={(v) => setParams(v === "faqs" ? { tab: "faqs" } : {}, { replace: true })}>
        <div className="px-6 py-3">
          <Tabs.List>
            <Tabs.Trigger value="articles">Articles</Tabs.Trigger>
            <Tabs.Trigger value="faqs">FAQs</Tabs.Trigger>
          </Tabs.List>
        </div>
        <Tabs.Content value="articles" className="pb-2">
          <ArticlesTab />
        </Tabs.Content>
        <Tabs.Content value="faqs" className="pb-4">
          <FaqsTab />
        </Tabs.Content>
      </Tabs>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Help center",
  icon: BookOpen,
})

export default HelpCenterPage
