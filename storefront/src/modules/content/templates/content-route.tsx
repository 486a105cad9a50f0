import type { Metadata } from "next"
import { getCompany, getContentPage } from "@lib/data/content"
import { pageMetadata } from "@lib/util/seo"
import ContentUnavailable from "../components/unavailable"
import CompanyCard from "./company-card"
import ContentPageTemplate from "./content-page-template"

type Props = { params: Promise<{ countryCode: string }> }

/**
 * The page and metadata of a company or legal page published in the backend's
 * content module (`GET /store/content/pages/:handle`), at `/{cc}/{handle}`.
 */
export function contentRoute(handle: string, fallbackTitle: string, description: string, { withCompany = false } = {}) {
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { countryCode } = await params
    const page = await getContentPage(handle).catch(() => null)
    return pageMetadata({
      countryCode,
      path: `/${handle}`,
      title: page?.title ?? fallbackTitle,
      description,
    })
  }

  async function Page({ params }: Props) {
    const { countryCode } = await params
    const [page, company] = await Promise.all([
      getContentPage(handle),
      withCompany ? getCompany() : Promise.resolve(null),
    ])
    return (
      <>
        {page ? <ContentPageTemplate page={page} /> : <ContentUnavailable title={fallbackTitle} countryCode={countryCode} />}
        {company && (
          <div className="container-content max-w-3xl pb-12">
            <CompanyCard company={company} />
          </div>
        )}
      </>
    )
  }

  return { generateMetadata, Page }
}
