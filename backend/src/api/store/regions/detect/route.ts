import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { clientAddress } from "../../../../lib/client-address"
import { REGION_POLICY_MODULE } from "../../../../modules/region-policy"
import type RegionPolicyModuleService from "../../../../modules/region-policy/service"

/**
 * GET /store/regions/detect — the visitor's country (from the IP, then
 * Accept-Language, then the default) and the region that sells there.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const policy: RegionPolicyModuleService = req.scope.resolve(REGION_POLICY_MODULE)

  const { data: regions } = await query.graph({
    entity: "region",
    fields: req.queryConfig?.fields ?? ["id", "name", "currency_code", "countries.*"],
  })
  const byCountry = new Map<string, (typeof regions)[number]>()
  regions.forEach((r) => r.countries?.forEach((c) => c?.iso_2 && byCountry.set(c.iso_2, r)))

  const detected = policy.detectCountry({
    ip: clientAddress(req),
    acceptLanguage: req.headers["accept-language"],
    knownCountries: [...byCountry.keys()],
  })

  res.json({
    country_code: detected.country_code,
    source: detected.source,
    region: byCountry.get(detected.country_code) ?? null,
  })
}
