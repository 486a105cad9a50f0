// The Lighthouse bench's baseline: a bare Next.js page built with the storefront's Next.js and
// React, measured in the same run, so that the storefront's figures can be read against the
// framework's own start-up cost on the machine at hand.
export const metadata = { title: "Baseline", description: "A bare Next.js page: the framework's own start-up cost." }

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
