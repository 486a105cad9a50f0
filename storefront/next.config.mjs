const dev = process.env.NODE_ENV !== "production"

/**
 * Content-Security-Policy of every page. Scripts: the storefront's own (Next
 * inlines its page data, hence 'unsafe-inline'; the dev server also evals)
 * and the payment gateways' SDKs, which also open their frames: Stripe.js
 * (card form, 3-D Secure), PayPal's JS SDK (buttons, approval) and Razorpay
 * Checkout. Connections and images are not narrowed: they go to the backend
 * (live chat's socket server, product images) at addresses known only when
 * the storefront runs, while this is fixed at build time.
 */
const csp = [
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""} https://js.stripe.com https://*.js.stripe.com https://*.paypal.com https://*.paypalobjects.com https://checkout.razorpay.com https://*.razorpay.com`,
  "frame-src 'self' https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com https://*.paypal.com https://api.razorpay.com https://*.razorpay.com",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join("; ")

const securityHeaders = [
  { key: "Content-Security-Policy", value: csp },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
]

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The backend URL and publishable key are read at runtime on the server
  // (see src/lib/config.ts); nothing here is baked in at build time.
  images: { unoptimized: true },
  eslint: { ignoreDuringBuilds: true },
  // support tickets take up to 5 attachments of 5 MB through a server action
  experimental: {
    serverActions: { bodySizeLimit: "26mb" },
    // The stylesheet stays a file of its own (no `inlineCss`): inlined, it came twice in every page
    // (a <style> tag and again in the page data, 45 KB each), was never cached across pages, and
    // measured more blocking time on a phone (Lighthouse) than the one cached request it saves.
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // HSTS only for pages served over https (the TLS-terminating proxy says so)
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https(,.*)?" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=31536000" }],
      },
    ]
  },
}

export default nextConfig
