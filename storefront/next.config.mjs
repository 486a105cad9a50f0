/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The backend URL and publishable key are read at runtime on the server
  // (see src/lib/config.ts); nothing here is baked in at build time.
  images: { unoptimized: true },
  eslint: { ignoreDuringBuilds: true },
  // support tickets take up to 5 attachments of 5 MB through a server action
  experimental: { serverActions: { bodySizeLimit: "26mb" } },
}

export default nextConfig
