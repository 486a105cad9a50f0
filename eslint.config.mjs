/**
 * ESLint for the whole repository (`npm run lint`, the first phase of `npm test`):
 * typescript-eslint's recommended rules (syntax only: the type-checked preset is
 * too slow here; `npm run typecheck` runs tsc), React hooks in the admin and the
 * storefront, and import boundaries:
 *   - a backend module reaches only @medusajs/*, packages, its own folder and
 *     src/lib helpers (scripts/eslint/import-boundaries.mjs resolves the
 *     relative paths; the package bans are below)
 *   - the admin (browser code) never imports server code except `import type`
 *   - the storefront never imports backend code
 */
import { defineConfig, globalIgnores } from "eslint/config"
import reactHooks from "eslint-plugin-react-hooks"
import globals from "globals"
import tseslint from "typescript-eslint"
import importBoundaries from "./scripts/eslint/import-boundaries.mjs"

const local = { rules: { "import-boundaries": importBoundaries } }

/** Packages a module must not import: the global container, Medusa's internals and workflows. */
const moduleBannedPackages = {
  paths: [
    {
      name: "@medusajs/framework",
      importNames: ["container"],
      message: "a module gets its dependencies injected (constructor cradle), never from the global container",
    },
    { name: "@medusajs/medusa", message: "Medusa's internals are not for modules" },
    { name: "@medusajs/medusa/core-flows", message: "modules never run workflows; workflows call modules" },
    { name: "@medusajs/core-flows", message: "modules never run workflows; workflows call modules" },
  ],
  patterns: [
    {
      regex: "^@medusajs/medusa/(api|subscribers|jobs|loaders|commands|feature-flags|dist|src)(/|$)",
      message: "Medusa's internals are not for modules (provider re-exports such as @medusajs/medusa/payment-stripe are fine)",
    },
    {
      regex: "^@medusajs/framework/(workflows-sdk|workflows)(/|$)",
      message: "modules never define or run workflows; workflows call modules",
    },
  ],
}

export default defineConfig(
  globalIgnores([
    "**/node_modules/**",
    "**/.medusa/**",
    "**/.next/**",
    "**/dist/**",
    "**/build/**",
    "**/coverage/**",
    "**/.data/**",
    "storefront/next-env.d.ts",
    "backend/static/**",
    "e2e/artifacts/**",
  ]),
  {
    files: ["**/*.{js,mjs,cjs,ts,tsx}"],
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
      // NUL and other control characters appear in regexes only on purpose (and then say so)
      "no-control-regex": "error",
      // 149 uses in backend/src (server code), too many to type safely in one go: warned, not failed
      "@typescript-eslint/no-explicit-any": "warn",
    },
  },
  // Node: backend, scripts, benchmarks, browser tests (which also evaluate code in the page)
  {
    files: ["backend/**", "scripts/**", "bench/**", "e2e/**", "storefront/*.{js,mjs,ts}"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["backend/**/__tests__/**", "backend/**/*.spec.ts", "backend/integration-tests/**"],
    languageOptions: { globals: { ...globals.jest } },
  },
  // CommonJS files (Jest's config and set-up)
  {
    files: ["**/*.{js,cjs}"],
    ignores: ["e2e/lib/gateway-sdks/**"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  // stubs of the payment gateways' browser SDKs, served to the page by the e2e tests
  {
    files: ["e2e/lib/gateway-sdks/**", "e2e/**/*.mjs"],
    languageOptions: { globals: { ...globals.browser } },
  },
  // React: admin extensions and storefront
  {
    files: ["backend/src/admin/**/*.{ts,tsx}", "storefront/src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  // the backend logs through the container logger (house rule); a test that must print disables it on that line
  {
    files: ["backend/src/**/*.ts", "backend/integration-tests/**/*.ts"],
    ignores: ["backend/src/admin/**"],
    rules: { "no-console": "error" },
  },
  // import boundaries
  {
    files: ["backend/src/modules/**/*.ts"],
    // a module's tests may use another module's code and the seed data as fixtures
    ignores: ["backend/src/modules/**/__tests__/**"],
    plugins: { local },
    rules: {
      "local/import-boundaries": ["error", { zone: "module" }],
      "no-restricted-imports": ["error", moduleBannedPackages],
    },
  },
  {
    files: ["backend/src/admin/**/*.{ts,tsx}"],
    plugins: { local },
    rules: { "local/import-boundaries": ["error", { zone: "admin" }] },
  },
  {
    files: ["storefront/**/*.{js,mjs,ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)backend(/|$)",
              message: "the storefront never imports backend code (talk to it through the Store API)",
            },
          ],
        },
      ],
    },
  }
)
