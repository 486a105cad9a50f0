#!/usr/bin/env node
/**
 * `npm run bench [-- <name>]`: runs one benchmark of bench/ — `catalog` (default: store API vs
 * storefront, needs a started product), `lighthouse` (home, product and pricing pages on a phone, needs a started product), `lifecycle` (subscription jobs at 10k/100k) or
 * `analytics` (reports over 1M orders) or `chat` (1,000 sockets, 200 messages/s). Each prints its figures against a baseline of the same run.
 */
const BENCHES = ["catalog", "lighthouse", "lifecycle", "analytics", "chat"]
const name = process.argv[2] || "catalog"
if (!BENCHES.includes(name)) {
  process.stderr.write(`Unknown benchmark "${name}": use one of ${BENCHES.join(", ")}\n`)
  process.exit(2)
}
process.argv.splice(2, 1)
await import(`./${name}.mjs`)
