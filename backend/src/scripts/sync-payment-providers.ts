/**
 * Re-applies the region → payment provider mapping from the current keys:
 * `npx medusa exec ./src/scripts/sync-payment-providers.ts` (the Docker image
 * runs it before every start; `npm start` does it through the seed).
 */
export { default } from "./seed-payment-providers"
