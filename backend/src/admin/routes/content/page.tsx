import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
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
import { useNavigate, useSearchParams } from "react-router-dom"
import { DebouncedInput } from "../../components/debounced-input"
import { FilterSelect } from "../../components/filter-select"
import {
  CONTENT_EDITOR_PATH,
  KIND_LABEL,
  storefrontPath,
  useContentList,
  type BlogPost,
  type ContentEntry,
  type ContentKind,
  type ContentPage,
  type ContentStatus,
  type Resource,
} from "../../lib/content"
import { rowData, type DataTableColumns } from "../../lib/data-table"
import { formatDay } from "../../lib/format"

const PAGE_SIZE = 20
const KINDS: ContentKind[] = ["posts", "resources", "pages"]

const StatusBadge = ({ status }: { status: ContentStatus }) => (
  <Badge size="2xsmall" color={status === "published" ? "green" : "grey"}>
    {status === "published" ? "Published" : "Draft"}
  </Badge>
)

const TitleCell = ({ kind, title, handle }: { kind: ContentKind; title: string; handle: string }) => (
  <div className="flex flex-col py-1">
    <span className="text-ui-fg-base">{title}</span>
    <span className="text-ui-fg-muted txt-compact-xsmall">{storefrontPath(kind, handle)}</span>
  </div>
)

const day = (value: string | null | undefined) => (value ? formatDay(new Date(value)) : "—")

const postColumns = createDataTableColumnHelper<BlogPost>()
const resourceColumns = createDataTableColumnHelper<Resource>()
const pageColumns = createDataTableColumnHelper<ContentPage>()

const COLUMNS: { [K in ContentKind]: DataTableColumns<ContentEntry[K]> } = {
  posts: [
    postColumns.accessor("title", { header: "Title", cell: ({ row }) => <TitleCell kind="posts" title={row.original.title} handle={row.original.handle} /> }),
    postColumns.accessor("tags", { header: "Tags", cell: ({ getValue }) => (getValue() ?? []).join(", ") || "—" }),
    postColumns.accessor("status", { header: "Status", cell: ({ getValue }) => <StatusBadge status={getValue()} /> }),
    postColumns.accessor("published_at", { header: "Published", cell: ({ getValue }) => day(getValue()) }),
  ],
  resources: [
    resourceColumns.accessor("title", { header: "Title", cell: ({ row }) => <TitleCell kind="resources" title={row.original.title} handle={row.original.handle} /> }),
    resourceColumns.accessor("kind", { header: "Kind", cell: ({ getValue }) => getValue() }),
    resourceColumns.accessor("rank", { header: "Order" }),
    resourceColumns.accessor("status", { header: "Status", cell: ({ getValue }) => <StatusBadge status={getValue()} /> }),
  ],
  pages: [
    pageColumns.accessor("title", { header: "Title", cell: ({ row }) => <TitleCell kind="pages" title={row.original.title} handle={row.original.handle} /> }),
    pageColumns.accessor("status", { header: "Status", cell: ({ getValue }) => <StatusBadge status={getValue()} /> }),
    pageColumns.accessor("content_updated_at", { header: "Last updated", cell: ({ getValue }) => day(getValue()) }),
  ],
}

/** One kind's list: search, status filter, paging; a row opens the editor. */
const ContentList = <K extends ContentKind>({ kind }: { kind: K }) => {
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const q = params.get("q") ?? ""
  const status = params.get("status") ?? ""
  const offset = Math.max(0, Number(params.get("offset")) || 0)
  const update = (changes: Record<string, string>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v)
          else next.delete(k)
        }
        return next
      },
      { replace: true }
    )
  const { data, isLoading, error } = useContentList(kind, { q, status, limit: PAGE_SIZE, offset })
  const table = useDataTable<ContentEntry[K]>({
    data: data?.entries ?? [],
    columns: COLUMNS[kind],
    getRowId: (entry) => entry.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: {
      state: { pageIndex: Math.floor(offset / PAGE_SIZE), pageSize: PAGE_SIZE },
      onPaginationChange: ({ pageIndex }) => update({ offset: pageIndex ? String(pageIndex * PAGE_SIZE) : "" }),
    },
    onRowClick: (_, row) => navigate(CONTENT_EDITOR_PATH(kind, rowData(row).id)),
  })

  return (
    <div className="flex flex-col gap-y-3">
      <div className="flex flex-wrap items-center gap-2 px-6">
        <DebouncedInput
          type="search"
          size="small"
          className="w-[260px]"
          placeholder="Search by title or handle"
          aria-label="Search"
          value={q}
          onChange={(value) => update({ q: value, offset: "" })}
          data-testid="content-search"
        />
        <FilterSelect
          value={status}
          onChange={(value) => update({ status: value, offset: "" })}
          placeholder="Any status"
          options={[
            { value: "published", label: "Published" },
            { value: "draft", label: "Drafts" },
          ]}
          testId="content-status-filter"
        />
        <Button size="small" className="ml-auto" onClick={() => navigate(CONTENT_EDITOR_PATH(kind, "new"))} data-testid="content-new">
          New {KIND_LABEL[kind].one}
        </Button>
      </div>
      {error ? (
        <Text className="text-ui-fg-error px-6">{error.message}</Text>
      ) : (
        <div data-testid={`content-${kind}-table`}>
          <DataTable instance={table}>
            <DataTable.Table
              emptyState={{
                empty: { heading: q || status ? "Nothing matches these filters" : `No ${KIND_LABEL[kind].many.toLowerCase()} yet` },
              }}
            />
            <DataTable.Pagination />
          </DataTable>
        </div>
      )}
    </div>
  )
}

/** The public site's blog posts, resources and company/legal pages: write, preview, publish. */
const ContentPageList = () => {
  const [params, setParams] = useSearchParams()
  const tab = (KINDS as string[]).includes(params.get("tab") ?? "") ? (params.get("tab") as ContentKind) : "posts"
  return (
    <Container className="divide-y p-0" data-testid="content-page">
      <div className="px-6 py-4">
        <Heading>Site content</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          The blog, resources and company and legal pages of the storefront. Only published entries are shown there; changes
          appear at once.
        </Text>
      </div>
      <Tabs value={tab} onValueChange={(v) => setParams(v === "posts" ? {} : { tab: v }, { replace: true })}>
        <div className="px-6 py-3">
          <Tabs.List>
            {KINDS.map((kind) => (
              <Tabs.Trigger key={kind} value={kind}>
                {KIND_LABEL[kind].many}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </div>
        {KINDS.map((kind) => (
          <Tabs.Content key={kind} value={kind} className="pb-2">
            {tab === kind && <ContentList kind={kind} />}
          </Tabs.Content>
        ))}
      </Tabs>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Site content",
  icon: DocumentText,
})

export default ContentPageList
