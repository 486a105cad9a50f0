import { readdirSync } from "node:fs"
import { join } from "node:path"

/**
 * `medusa build` leaves out every folder named `test`, `unit-tests` or `integration-tests`
 * (its compiler's ignore list), so a route under such a folder works in the integration tests
 * (they run the sources) and answers 404 in production. No source folder may carry those names.
 */
const IGNORED_BY_BUILD = new Set(["test", "unit-tests", "integration-tests"])

function foldersUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== "node_modules")
    .flatMap((entry) => {
      const path = join(dir, entry.name)
      return [path, ...foldersUnder(path)]
    })
}

describe("medusa build keeps every source folder", () => {
  it("no folder under src/ has a name the build skips", () => {
    const src = join(__dirname, "..", "..")
    const skipped = foldersUnder(src).filter((path) => IGNORED_BY_BUILD.has(path.split(/[\\/]/).pop()!))
    expect(skipped).toEqual([])
  })
})
