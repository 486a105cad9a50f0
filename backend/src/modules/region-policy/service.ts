import { MedusaService } from "@medusajs/framework/utils"
import RegionRestriction from "./models/region-restriction"
import {
  CountryDetector,
  type DetectCountryInput,
  type DetectedCountry,
} from "./utils/detect-country"

export type RegionPolicyModuleOptions = {
  /** Country used when neither the IP nor Accept-Language tells. */
  defaultCountry?: string
}

class RegionPolicyModuleService extends MedusaService({
  RegionRestriction,
}) {
  protected readonly detector_: CountryDetector

  constructor(container: Record<string, unknown>, options: RegionPolicyModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.detector_ = new CountryDetector(options)
  }

  /** Product ids that may not be sold in the region. */
  async listRestrictedProductIds(regionId: string): Promise<string[]> {
    const rows = await this.listRegionRestrictions(
      { region_id: regionId },
      { select: ["product_id"] }
    )
    return rows.map((r) => r.product_id)
  }

  /** Which of the given products are restricted in the region. */
  async findRestricted(regionId: string, productIds: string[]): Promise<string[]> {
    if (!productIds.length) {
      return []
    }
    const rows = await this.listRegionRestrictions(
      { region_id: regionId, product_id: productIds },
      { select: ["product_id"] }
    )
    return [...new Set(rows.map((r) => r.product_id))]
  }

  /** IP → country (offline database), else Accept-Language, else the default. */
  detectCountry(input: DetectCountryInput): DetectedCountry {
    return this.detector_.detectCountry(input)
  }
}

export default RegionPolicyModuleService
