#!/usr/bin/env node
/**
 * `npm run typecheck`: `tsc --noEmit` for the backend, its admin extensions and
 * the storefront, side by side. Exits non-zero when any fails.
 */
import { runChecks } from "./lib/checks.mjs"

const { passed, failed } = await runChecks(["tsc backend", "tsc admin", "tsc storefront"])
process.stdout.write(`\ntypecheck: ${passed} passed, ${failed} failed\n`)
process.exit(failed ? 1 : 0)
