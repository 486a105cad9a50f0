import type { ReactNode } from "react"
import Footer from "@modules/layout/templates/footer"
import Nav from "@modules/layout/templates/nav"

/** Header, main content and footer shared by the store and account pages. */
export default async function SiteLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ countryCode: string }>
}) {
  const { countryCode } = await params
  return (
    <>
      <Nav countryCode={countryCode} />
      <main id="main-content" className="flex flex-1 flex-col">
        {children}
      </main>
      <Footer countryCode={countryCode} />
    </>
  )
}
