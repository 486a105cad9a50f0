import { readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, relative, sep } from "node:path"

/**
 * The HTTP routes the backend serves, read from the route files: Medusa's
 * (`@medusajs/medusa/dist/api`) and the product's (`src/api`). Tests and the
 * docs check use it so that a new route is probed and documented without
 * anyone remembering to add it.
 */
export type RouteFile = {
  /** Express form: `/store/carts/:id/line-items/:line_id` */
  path: string
  /** file-system form: `/store/carts/[id]/line-items/[line_id]` */
  file_path: string
  methods: string[]
  source: "medusa" | "product"
}

function filesNamed(root: string, file: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(root)) {
    const full = join(root, name)
    if (statSync(full).isDirectory()) {
      out.push(...filesNamed(full, file))
    } else if (name === file) {
      out.push(full)
    }
  }
  return out
}

const MEDUSA_API = () => join(dirname(require.resolve("@medusajs/medusa/package.json")), "dist", "api")
const PRODUCT_API = join(__dirname, "..", "src", "api")

export function routeFiles(namespaces = ["store", "admin", "auth", "hooks"]): RouteFile[] {
  const read = (root: string, file: string, source: RouteFile["source"], pattern: RegExp) =>
    namespaces.flatMap((namespace) =>
      filesNamed(join(root, namespace), file).map((path) => {
        const text = readFileSync(path, "utf8")
        const methods = [...new Set([...text.matchAll(pattern)].map((m) => m[1]))].sort()
        const file_path = "/" + relative(root, dirname(path)).split(sep).join("/")
        return { path: file_path.replace(/\[([^\]]+)\]/g, ":$1"), file_path, methods, source }
      })
    )
  return [
    ...read(MEDUSA_API(), "route.js", "medusa", /exports\.(GET|POST|DELETE|PUT|PATCH)\s*=\s*(?!void)/g),
    ...read(PRODUCT_API, "route.ts", "product", /export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|DELETE|PUT|PATCH)\b/g),
  ]
    .filter((r) => r.methods.length)
    .sort((a, b) => a.path.localeCompare(b.path))
}
