import type { ReactNode } from "react"
import Footer from "@modules/layout/templates/footer"
import Nav from "@modules/layout/templates/nav"

// Every page reads the backend per request (prices depend on the region,
// the header on the visitor's cart); catalog fetches are still cached by tag.
export const dynamic = "force-dynamic"

export default async function Layout({
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
