import type { Metadata, Viewport } from "next"
import type { ReactNode } from "react"
import "./globals.css"

export const metadata: Metadata = {
  title: {
    default: "CloudServices — Cloud servers, databases and storage",
    template: "%s | CloudServices",
  },
  description:
    "Buy virtual servers, managed databases, object storage, networking, security and email plans, priced in your region's currency.",
}

export const viewport: Viewport = {
  themeColor: "#0a1830",
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans">{children}</body>
    </html>
  )
}
