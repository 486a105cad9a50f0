/**
 * ESLint formatter for `npm test`: every error on its own line (file:line:col),
 * warnings only counted per rule, so the errors are not buried under the
 * warned `any`s. `npm run lint` lists the warnings too.
 */
import { relative } from "node:path"

export default function errorsFormatter(results, context) {
  const lines = []
  const warnings = {}
  let errors = 0
  for (const result of results) {
    for (const m of result.messages) {
      if (m.severity === 2) {
        errors += 1
        lines.push(`${relative(context.cwd, result.filePath)}:${m.line}:${m.column}  ${m.message}  ${m.ruleId ?? ""}`)
      } else {
        warnings[m.ruleId] = (warnings[m.ruleId] ?? 0) + 1
      }
    }
  }
  const warned = Object.entries(warnings)
    .sort((a, b) => b[1] - a[1])
    .map(([rule, n]) => `${n} ${rule}`)
  lines.push(`${errors} error${errors === 1 ? "" : "s"}${warned.length ? `; warnings (npm run lint lists them): ${warned.join(", ")}` : ""}`)
  return lines.join("\n")
}
