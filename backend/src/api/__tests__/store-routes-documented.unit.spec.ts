import { readFileSync } from "node:fs"
import { join } from "node:path"
import { routeFiles } from "../../../integration-tests/route-list"

/** docs/api.md's "Every store route" table is the route files, no more and no less. */
describe("docs/api.md lists every store route", () => {
  it("has one row per store route with its methods", () => {
    const docs = readFileSync(join(__dirname, "..", "..", "..", "..", "docs", "api.md"), "utf8")
    const section = docs.split("## Every store route")[1]?.split("\n## ")[0] ?? ""
    const documented = Object.fromEntries(
      [...section.matchAll(/^\| `(\/store[^`]*)` \| ([A-Z, ]+) \|/gm)].map((m) => [m[1], m[2].split(", ").sort().join(", ")])
    )
    const served = Object.fromEntries(routeFiles(["store"]).map((r) => [r.path, r.methods.join(", ")]))
    expect(documented).toEqual(served)
  })
})
