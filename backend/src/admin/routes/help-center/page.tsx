import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BookOpen } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  DataTable,
  Heading,
  Tabs,
  Text,
  createDataTableColumnHelper,
  useDataTable,
} from "@medusajs/ui"
import { useState } from "react"
import { useNavigate, useSearchParams } from "react-router-dom"
import { DebouncedInput } from "../../components/debounced-input"
import { FaqDrawer } from "../../components/faq-drawer"
import { FilterSelect } from "../../components/filter-select"
import { useUrlParams } from "../../hooks/use-url-params"
import { rowData } from "../../lib/data-table"
import {
  HELP_ARTICLE_PATH,
  HELP_CATEGORIES,
  HELP_PAGE_SIZE as PAGE_SIZE,
  categoryLabel,
  useFaqs,
  useHelpArticles,
  type Faq,
  type HelpArticle,
} from "../../lib/help-center"

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
const SearchInput = ({ value, onChange, placeholder }: { value: string; onChange: (v: string) => void; placeholder: string }) => (
  <DebouncedInput
    type="search"
    size="small"
    className="w-[260px]"
    placeholder={placeholder}
    aria-label={placeholder}
    value={value}
    onChange={onChange}
    data-testid="help-search"
  />
)

const CategorySelect = ({ value, onChange }: { value: string; onChange: (v: string) => void }) => (
  <FilterSelect
    value={value}
    onChange={onChange}
    placeholder="All categories"
    options={HELP_CATEGORIES}
    testId="help-category-filter"
    className="w-[190px]"
  />
)

const articleColumn = createDataTableColumnHelper<HelpArticle>()
const ARTICLE_COLUMNS = [
  articleColumn.accessor("title", {
    header: "Title",
    cell: ({ row }) => (
      <div className="flex flex-col py-1">
        <span className="text-ui-fg-base">{row.original.title}</span>
        <span className="text-ui-fg-muted txt-compact-xsmall">/help/{row.original.handle}</span>
      </div>
    ),
  }),
  articleColumn.accessor("category", { header: "Category", cell: ({ getValue }) => categoryLabel(getValue()) }),
  articleColumn.accessor("published", { header: "Status", cell: ({ getValue }) => <PublishedBadge published={getValue()} /> }),
  articleColumn.accessor("helpful_count", {
    header: "Helpful",
    cell: ({ row }) => (
      <span title="Yes / No">
        {row.original.helpful_count} / {row.original.not_helpful_count}
      </span>
    ),
  }),
  articleColumn.accessor("updated_at", { header: "Updated", cell: ({ getValue }) => new Date(getValue()).toLocaleDateString() }),
]

const faqColumn = createDataTableColumnHelper<Faq>()
const FAQ_COLUMNS = [
  faqColumn.accessor("rank", { header: "Order" }),
  faqColumn.accessor("question", { header: "Question" }),
  faqColumn.accessor("category", { header: "Category", cell: ({ getValue }) => categoryLabel(getValue()) }),
  faqColumn.accessor("published", { header: "Status", cell: ({ getValue }) => <PublishedBadge published={getValue()} /> }),
]

const ArticlesTab = () => {
  const navigate = useNavigate()
  const { param, setFilter, offset, pagination } = useUrlParams<"q" | "category" | "published">(PAGE_SIZE)
  const q = param("q")
  const { data, isLoading, error } = useHelpArticles({
    q,
    category: param("category"),
    published: param("published"),
    limit: PAGE_SIZE,
    offset,
  })
  const table = useDataTable<HelpArticle>({
    data: data?.articles ?? [],
    columns: ARTICLE_COLUMNS,
    getRowId: (a) => a.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination,
    onRowClick: (_, row) => navigate(HELP_ARTICLE_PATH(rowData(row).id)),
  })

  return (
    <div className="flex flex-col gap-y-3">
      <div className="flex flex-wrap items-center gap-2 px-6">
        <SearchInput value={q} onChange={(v) => setFilter("q", v)} placeholder="Search articles" />
        <CategorySelect value={param("category")} onChange={(v) => setFilter("category", v)} />
        <FilterSelect
          value={param("published")}
          onChange={(v) => setFilter("published", v)}
          placeholder="Any status"
          options={[
            { value: "true", label: "Published" },
            { value: "false", label: "Drafts" },
          ]}
          testId="help-status-filter"
          className="w-[150px]"
        />
        <Button size="small" className="ml-auto" onClick={() => navigate(HELP_ARTICLE_PATH("new"))} data-testid="help-new-article">
          New article
        </Button>
      </div>
      {error ? (
        <Text className="text-ui-fg-error px-6">{error.message}</Text>
      ) : (
        <div data-testid="help-articles-table">
          <DataTable instance={table}>
            <DataTable.Table emptyState={{ empty: { heading: q ? `No article matches “${q}”.` : "No articles yet." } }} />
            <DataTable.Pagination />
          </DataTable>
        </div>
      )}
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
  const table = useDataTable<Faq>({
    data: faqs,
    columns: FAQ_COLUMNS,
    getRowId: (f) => f.id,
    rowCount: faqs.length,
    isLoading,
    onRowClick: (_, row) => edit(rowData(row)),
  })

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
        <div data-testid="help-faqs-table">
          <DataTable instance={table}>
            <DataTable.Table emptyState={{ empty: { heading: "No FAQs." } }} />
          </DataTable>
        </div>
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
