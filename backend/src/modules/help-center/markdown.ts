import MarkdownIt from "markdown-it"

/**
 * Help-center markdown → HTML. Raw HTML in the markdown is escaped, not
 * passed through (`html: false`), and markdown-it refuses javascript:,
 * vbscript: and file: links, so what comes out is safe to put in a page.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false })

const defaultLinkOpen =
  md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options))

// links to other sites open in a new tab without handing them our window
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = tokens[idx].attrGet("href") ?? ""
  if (/^https?:\/\//i.test(href)) {
    tokens[idx].attrSet("target", "_blank")
    tokens[idx].attrSet("rel", "noopener noreferrer")
  }
  return defaultLinkOpen(tokens, idx, options, env, self)
}

export function renderMarkdown(markdown: string | null | undefined): string {
  return markdown ? md.render(markdown) : ""
}
