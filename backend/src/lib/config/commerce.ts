import type { ConfigEnv } from "./env"
import { uploadDir } from "../uploads"
import { buildPaymentProviders } from "../payment-providers"

// Files, payments, invoices and subscriptions. Options are read from the environment (see .env.example).

export function fileModule({ backendUrl }: ConfigEnv) {
  return {
    // uploads live in one absolute folder outside backend/ (a dev restart never sees them), the
    // same under develop, start and the tests (src/lib/uploads.ts); public ones (admin product
    // images) are served under /static from there, private ones (ticket and chat attachments,
    // `private-…`) only through routes that check ownership
    resolve: "@medusajs/medusa/file",
    options: {
      providers: [
        {
          resolve: "@medusajs/medusa/file-local",
          id: "local",
          options: {
            upload_dir: uploadDir(),
            private_upload_dir: uploadDir(),
            backend_url: `${backendUrl}/static`,
          },
        },
      ],
    },
  }
}

export function paymentModule() {
  return {
    // Stripe / PayPal / Razorpay, each only when its key is set (src/lib/payment-providers.ts);
    // Medusa's offline system provider (pp_system_default) is always registered
    resolve: "@medusajs/medusa/payment",
    // (Medusa answers /hooks/payment/* at once and processes the event 5 s later, 3 attempts)
    options: { providers: buildPaymentProviders(process.env) },
  }
}

export function paymentLogModule() {
  // failed / cancelled gateway payments, recorded from their webhooks
  return {
    resolve: "./src/modules/payment-log",
    // failures older than this are deleted by the weekly cleanup job
    options: { retentionDays: Number(process.env.CLEANUP_FAILED_PAYMENT_RETENTION_DAYS || 180) },
  }
}

export function invoiceModule({ brandName }: ConfigEnv) {
  return {
    // invoices and credit notes: the seller block printed on every document
    resolve: "./src/modules/invoice",
    options: {
      seller: {
        name: process.env.INVOICE_SELLER_NAME || brandName,
        address:
          process.env.INVOICE_SELLER_ADDRESS || process.env.BRAND_FOOTER_ADDRESS || "1 Cloud Way, Dublin, Ireland",
        vat_id: process.env.INVOICE_SELLER_VAT_ID || undefined,
        email:
          process.env.INVOICE_SELLER_EMAIL ||
          (process.env.EMAIL_FROM || "no-reply@cloudservices.local").replace(/^.*<([^>]+)>.*$/, "$1"),
      },
    },
  }
}

export function subscriptionModule() {
  return {
    resolve: "./src/modules/subscription",
    options: { expireAfterSuspendedDays: Number(process.env.SUBSCRIPTION_EXPIRE_AFTER_DAYS || 30) },
  }
}
