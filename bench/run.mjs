#!/usr/bin/env node
/**
 * `npm run bench [-- catalog|lifecycle]`: the catalog benchmark (default,
 * against a started product) or the subscription lifecycle benchmark (seeds
 * its own databases). Neither is part of `npm test`.
 */
const which = process.argv[2] || "catalog"
if (!["catalog", "lifecycle"].includes(which)) {
  process.stderr.write("usage: npm run bench [-- catalog|lifecycle]\n")
  process.exit(2)
}
await import(`./${which}.mjs`)
