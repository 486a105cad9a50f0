import { join } from "node:path"
import { run } from "./apps.mjs"
import { ROOT, info } from "./env.mjs"

const BIN = join(ROOT, "node_modules", ".bin")
const tsc = (project) => [join(BIN, "tsc"), ["--noEmit", "-p", project]]

/**
 * The static checks: ESLint over the repository (eslint.config.mjs; in `npm test`
 * errors listed, warnings counted) and a `tsc --noEmit` per TypeScript project.
 * The backend's includes .medusa/types only when a build has generated it.
 */
export const CHECKS = {
  eslint: [join(BIN, "eslint"), [".", "--format", "./scripts/eslint/errors-formatter.mjs"]],
  "eslint rule tests": [process.execPath, ["--test", "--test-reporter=dot", "scripts/eslint/"]],
  "tsc backend": tsc("backend"),
  "tsc admin": tsc("backend/src/admin"),
  "tsc storefront": tsc("storefront"),
}

/**
 * Runs the named checks side by side (each is single-threaded, so two cores
 * roughly halve the wait), output prefixed with the check's name. Resolves
 * to { passed, failed } counts, one per check.
 */
export async function runChecks(names = Object.keys(CHECKS)) {
  const counts = { passed: 0, failed: 0 }
  await Promise.all(
    names.map(async (name) => {
      const [command, args] = CHECKS[name]
      const started = Date.now()
      try {
        await run(command, args, { cwd: ROOT, prefix: `[${name}] ` })
        counts.passed += 1
        info(`${name}: passed (${Math.round((Date.now() - started) / 1000)} s)`)
      } catch {
        counts.failed += 1
        info(`${name}: FAILED (${Math.round((Date.now() - started) / 1000)} s)`)
      }
    })
  )
  return counts
}
