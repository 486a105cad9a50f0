import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, relative, resolve, sep } from "node:path"

/**
 * The house rule: a module holds its tables, its own
 * logic and a transport. It imports nothing of another module, of workflows,
 * routes, links, subscribers or jobs, nor Medusa's global container; shared
 * pure helpers live in src/lib, and whatever a module imports from there
 * imports nothing but other pure helpers and packages.
 */
const SRC = resolve(__dirname, "..")
const MODULES = join(SRC, "modules")
const LIB = join(SRC, "lib")

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : []
  })
}

/** Every import/export/require/dynamic import specifier of a file. */
function specifiers(file: string): string[] {
  const text = readFileSync(file, "utf8")
  const found = new Set<string>()
  for (const re of [/\bfrom\s+["']([^"']+)["']/g, /\bimport\s+["']([^"']+)["']/g, /\b(?:require|import)\(\s*["']([^"']+)["']\s*\)/g]) {
    for (const m of text.matchAll(re)) {
      found.add(m[1])
    }
  }
  return [...found]
}

function resolveRelative(from: string, spec: string): string {
  const base = resolve(dirname(from), spec)
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) {
      return candidate
    }
  }
  return base
}

const inside = (dir: string, path: string) => path === dir || path.startsWith(dir + sep)

/** The lib files a lib file reaches, with any import leaving src/lib. */
function libProblems(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) {
    return []
  }
  seen.add(file)
  return specifiers(file).flatMap((spec) => {
    if (!spec.startsWith(".")) {
      return []
    }
    const target = resolveRelative(file, spec)
    return inside(LIB, target) ? libProblems(target, seen) : [`${relative(SRC, file)} imports ${relative(SRC, target)}`]
  })
}

describe("module boundaries", () => {
  const modules = readdirSync(MODULES).filter((name) => statSync(join(MODULES, name)).isDirectory())

  it("no module imports another module, a workflow, a route, a link, a subscriber, a job or the global container", () => {
    const problems: string[] = []
    for (const name of modules) {
      const own = join(MODULES, name)
      for (const file of files(own)) {
        const isTest = file.includes(`${sep}__tests__${sep}`)
        const text = readFileSync(file, "utf8")
        if (/import\s*\{[^}]*\bcontainer\b[^}]*\}\s*from\s*["']@medusajs\/framework["']/.test(text)) {
          problems.push(`${relative(SRC, file)} imports Medusa's global container`)
        }
        for (const spec of specifiers(file)) {
          if (!spec.startsWith(".")) {
            continue
          }
          const target = resolveRelative(file, spec)
          const allowed =
            inside(own, target) ||
            inside(LIB, target) ||
            // the shared HTTP answer types: declarations only (the lint rule checks the import is `import type`)
            inside(join(SRC, "types"), target) ||
            (isTest && inside(join(SRC, "scripts", "seed-data"), target))
          if (!allowed) {
            problems.push(`${relative(SRC, file)} imports ${relative(SRC, target)}`)
          }
        }
      }
    }
    expect(problems).toEqual([])
  })

  it("what modules import from src/lib is pure: it reaches no module, workflow or route", () => {
    const problems = new Set<string>()
    for (const name of modules) {
      for (const file of files(join(MODULES, name))) {
        for (const spec of specifiers(file)) {
          const target = spec.startsWith(".") ? resolveRelative(file, spec) : null
          if (target && inside(LIB, target)) {
            libProblems(target).forEach((p) => problems.add(p))
          }
        }
      }
    }
    expect([...problems]).toEqual([])
  })
})
