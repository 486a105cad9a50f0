import type { Metadata } from "next"
import NotFoundBody from "@modules/layout/components/not-found-body"

export const metadata: Metadata = {
  title: "Page not found",
  description: "The page you are looking for does not exist.",
}

/**
 * Not-found of a country outside its sections' layouts (the sections have their own, with the
 * shop's header and footer). It reads no request data, so the pages around it stay cacheable.
 */
export default function CountryNotFound() {
  return (
    <main id="main-content" className="flex flex-1 flex-col">
      <NotFoundBody />
    </main>
  )
}
