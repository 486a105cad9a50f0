import { asFunction, asValue, Lifetime } from "@medusajs/framework/awilix"
import { moduleProviderLoader } from "@medusajs/framework/modules-sdk"
import type { LoaderOptions, ModuleProvider } from "@medusajs/framework/types"
import { PROVIDER_IDS_KEY, providerKey, type ProvisioningModuleOptions } from "../types"

type Constructor = (new (cradle: Record<string, unknown>, options: Record<string, unknown>) => unknown) & { LIFE_TIME?: string }

/**
 * Registers the providers of the module's options the way Medusa's
 * notification module does: each `{ resolve, id, options }` is loaded by
 * Medusa's `moduleProviderLoader` (which also calls the provider's static
 * `validateOptions`) and registered in the module's container under
 * `provisioning_provider_<id>`.
 */
export default async function providersLoader({ container, options }: LoaderOptions<ProvisioningModuleOptions>) {
  const providers = (options?.providers ?? []) as ModuleProvider[]
  container.register(PROVIDER_IDS_KEY, asValue(providers.map((p) => p.id)))
  await moduleProviderLoader({
    container,
    providers,
    registerServiceFn: async (klass: Constructor, scope, provider) => {
      scope.register({
        [providerKey(provider.id)]: asFunction((cradle) => new klass(cradle, provider.options ?? {}), {
          lifetime: (klass.LIFE_TIME as typeof Lifetime.SINGLETON) || Lifetime.SINGLETON,
        }),
      })
    },
  })
}
