/**
 * Text or an attribute value made safe to put between tags or inside double quotes: the five
 * characters HTML gives a meaning there are written as entities.
 */
export function escapeHtml(value: string | number): string {
  return String(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
}
