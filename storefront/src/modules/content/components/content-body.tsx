import { PROSE_CLASSES } from "@modules/help/categories"

/**
 * Markdown content the backend rendered to sanitised HTML (as the help center's
 * articles). If only the markdown came back, its paragraphs are shown as text.
 */
export default function ContentBody({ html, markdown, testId }: { html: string | null | undefined; markdown: string; testId?: string }) {
  if (html) {
    return (
      <div
        className={PROSE_CLASSES}
        data-testid={testId}
        // rendered by the backend from markdown with raw HTML escaped
        dangerouslySetInnerHTML={{ __html: html }}
      />
    )
  }
  return (
    <div className={PROSE_CLASSES} data-testid={testId}>
      {markdown
        .split(/\n{2,}/)
        .filter((p) => p.trim())
        .map((p, i) => (
          <p key={i} className="whitespace-pre-line">
            {p.replace(/^#+\s*/, "").replace(/\*\*/g, "")}
          </p>
        ))}
    </div>
  )
}
