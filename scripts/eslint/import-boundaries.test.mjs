/** `node --test scripts/eslint/`: what local/import-boundaries lets through and what it refuses. */
import { dirname, join } from "node:path"
import { describe, it } from "node:test"
import { fileURLToPath } from "node:url"
import { RuleTester } from "eslint"
import tseslint from "typescript-eslint"
import rule from "./import-boundaries.mjs"

RuleTester.describe = describe
RuleTester.it = it
RuleTester.itOnly = it.only

const SRC = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "backend", "src")
const at = (path) => join(SRC, path)
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } })
const module = [{ zone: "module" }]
const admin = [{ zone: "admin" }]
const refused = [{ messageId: "boundary" }]

tester.run("import-boundaries", rule, {
  valid: [
    { filename: at("modules/ticket/service.ts"), options: module, code: 'import { a } from "./utils/a"\nimport { b } from "../../lib/uploads"\nimport { c } from "@medusajs/framework/utils"' },
    { filename: at("modules/ticket/utils/a.ts"), options: module, code: 'import { Ticket } from "../models/ticket"' },
    { filename: at("modules/ticket/utils/deep/a.ts"), options: module, code: 'export * from "../../types"' },
    { filename: at("admin/routes/x/page.tsx"), options: admin, code: 'import { sdk } from "../../lib/sdk"\nimport type { T } from "../../../modules/provisioning/types"' },
    { filename: at("modules/chat/present.ts"), options: module, code: 'import type { AdminChat } from "../../types/http"' },
  ],
  invalid: [
    { filename: at("modules/assistant/service.ts"), options: module, code: 'import { MemoryCounterStore } from "../account/utils/counter-store"', errors: refused },
    { filename: at("modules/ticket/utils/deep/a.ts"), options: module, code: 'import { s } from "../../../subscription/service"', errors: refused },
    { filename: at("modules/ticket/service.ts"), options: module, code: 'import { w } from "../../workflows/ticket"', errors: refused },
    { filename: at("modules/ticket/service.ts"), options: module, code: 'export * from "../../api/store/tickets/validators"', errors: refused },
    { filename: at("modules/ticket/service.ts"), options: module, code: 'const l = require("../../links/ticket-customer")', errors: refused },
    { filename: at("modules/ticket/service.ts"), options: module, code: 'const j = import("../../jobs/close-tickets")', errors: refused },
    { filename: at("modules/ticket/service.ts"), options: module, code: 'import seed from "../../../integration-tests/helpers"', errors: refused },
    { filename: at("modules/chat/present.ts"), options: module, code: 'import { AdminChat } from "../../types/http"', errors: refused },
    { filename: at("admin/routes/x/page.tsx"), options: admin, code: 'import { s } from "../../../modules/ticket/service"', errors: refused },
    { filename: at("admin/routes/x/page.tsx"), options: admin, code: 'import type { W } from "../../../workflows/ticket"', errors: refused },
  ],
})
