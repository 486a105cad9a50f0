/**
 * ESLint rule `local/import-boundaries`: where a relative import may land,
 * judged on the file it resolves to, so the rule holds at every folder depth
 * (a `../x` is the module's own folder from `modules/a/utils/`, another module
 * from `modules/a/`). Package imports are narrowed with `no-restricted-imports`
 * in eslint.config.mjs; this rule sees only specifiers that start with ".".
 *
 * Option `zone`, one per file glob:
 *   "module":     backend/src/modules/<name>/** reaches only its own folder and
 *                 backend/src/lib/** (pure helpers): never another module,
 *                 workflows, api, links, subscribers, jobs, scripts or admin
 *   "admin":      backend/src/admin/** (bundled for the browser) reaches only
 *                 its own folder; server code at most through `import type`
 *                 from a types file (`types.ts`, `types.d.ts`, `types/`)
 * (The storefront's ban on backend code is a plain pattern in the config.)
 */
import { dirname, relative, resolve, sep } from "node:path"
import { fileURLToPath } from "node:url"

const BACKEND_SRC = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "backend", "src")

/** The path segments of `target` below `base`, or null when it lies outside. */
function below(base, target) {
  const rel = relative(base, target)
  return rel === "" || rel.startsWith("..") || rel.startsWith(sep) ? null : rel.split(sep)
}

/** Whether every part of the import is type-only (`import type`, `export type`, `import { type A }`). */
function typeOnly(node) {
  if (node.importKind === "type" || node.exportKind === "type") {
    return true
  }
  const specifiers = node.specifiers ?? []
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === "type" || s.exportKind === "type")
}

const checks = {
  module(file, target, node) {
    const own = below(BACKEND_SRC, file)
    const into = below(BACKEND_SRC, target)
    if (!own || own[0] !== "modules") {
      return null
    }
    if (!into) {
      return "a module reaches only its own folder and backend/src/lib, not files outside backend/src"
    }
    if (into[0] === "lib") {
      return null
    }
    // the shared HTTP answer types (pure type declarations, erased at build)
    if (into[0] === "types" && typeOnly(node)) {
      return null
    }
    if (into[0] === "modules" && into[1] === own[1]) {
      return null
    }
    if (into[0] === "modules") {
      return `module "${own[1]}" imports module "${into[1] ?? "*"}": modules never reach into each other (link them in src/links, combine them in a workflow)`
    }
    return `a module never imports src/${into[0]} (only its own folder and src/lib helpers)`
  },
  admin(file, target, node) {
    const own = below(resolve(BACKEND_SRC, "admin"), file)
    if (!own || below(resolve(BACKEND_SRC, "admin"), target)) {
      return null
    }
    const isTypesFile = /(^|[\\/])types([\\/]|(\.d)?(\.ts)?$)/.test(relative(BACKEND_SRC, target))
    if (typeOnly(node) && isTypesFile && below(BACKEND_SRC, target)) {
      return null
    }
    return "admin code (bundled for the browser) never imports server code; at most `import type` from a types file"
  },
}

export default {
  meta: {
    type: "problem",
    docs: { description: "Keep backend modules and the admin inside their import boundaries" },
    schema: [
      {
        type: "object",
        properties: { zone: { enum: Object.keys(checks) } },
        required: ["zone"],
        additionalProperties: false,
      },
    ],
    messages: { boundary: "{{ message }} ({{ source }})" },
  },
  create(context) {
    const check = checks[context.options[0].zone]
    const file = context.filename
    const visit = (node, source) => {
      if (!source || source.type !== "Literal" || typeof source.value !== "string" || !source.value.startsWith(".")) {
        return
      }
      const message = check(file, resolve(dirname(file), source.value), node)
      if (message) {
        context.report({ node: source, messageId: "boundary", data: { message, source: source.value } })
      }
    }
    return {
      ImportDeclaration: (node) => visit(node, node.source),
      ExportNamedDeclaration: (node) => visit(node, node.source),
      ExportAllDeclaration: (node) => visit(node, node.source),
      ImportExpression: (node) => visit(node, node.source),
      CallExpression(node) {
        if (node.callee.type === "Identifier" && node.callee.name === "require") {
          visit(node, node.arguments[0])
        }
      },
    }
  },
}
