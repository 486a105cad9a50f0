import { previewMarkdown } from "../lib/help-center"

/** Renders help-center markdown as the storefront will (raw HTML is escaped, not run). */
export const MarkdownPreview = ({ markdown, testId }: { markdown: string; testId?: string }) => (
  <div
    data-testid={testId}
    className={[
      "txt-small text-ui-fg-base space-y-3 break-words",
      "[&_h1]:txt-large-plus [&_h2]:txt-medium-plus [&_h3]:txt-compact-medium-plus",
      "[&_ul]:list-disc [&_ul]:pl-5 [&_ol]:list-decimal [&_ol]:pl-5",
      "[&_a]:text-ui-fg-interactive [&_a]:underline",
      "[&_code]:bg-ui-bg-subtle [&_code]:rounded [&_code]:px-1 [&_pre]:bg-ui-bg-subtle [&_pre]:p-3 [&_pre]:rounded-md [&_pre]:overflow-x-auto",
      "[&_table]:w-full [&_th]:text-left [&_th]:border-b [&_td]:border-b [&_td]:py-1 [&_th]:py-1",
      "[&_blockquote]:border-l-2 [&_blockquote]:pl-3 [&_blockquote]:text-ui-fg-subtle",
    ].join(" ")}
    // previewMarkdown escapes raw HTML, as the store API does
    dangerouslySetInnerHTML={{ __html: previewMarkdown(markdown) }}
  />
)
