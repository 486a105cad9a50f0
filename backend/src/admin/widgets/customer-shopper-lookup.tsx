import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { MagnifyingGlass } from "@medusajs/icons"
import { Button, Container, Heading, Input, Text } from "@medusajs/ui"
import { useMutation } from "@tanstack/react-query"
import { useState, type FormEvent } from "react"
import { useNavigate } from "react-router-dom"
import { SHOPPER_ID_PATTERN, lookupShopperId, normalizeShopperId } from "../lib/account-security"

/** Opens a customer from the shopper id they read out (CS-XXXXXX), as support gets it on a call. */
const CustomerShopperLookupWidget = () => {
  const navigate = useNavigate()
  const [value, setValue] = useState("")
  const [problem, setProblem] = useState<string | null>(null)
  const lookup = useMutation({ mutationFn: lookupShopperId })

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const shopperId = normalizeShopperId(value)
    if (!shopperId) {
      return
    }
    if (!SHOPPER_ID_PATTERN.test(shopperId)) {
      setProblem("Shopper ids look like CS-7Q2K9M.")
      return
    }
    setProblem(null)
    lookup.mutate(shopperId, {
      onSuccess: (customer) => {
        if (customer) {
          navigate(`/customers/${customer.id}`)
        } else {
          setProblem("No customer with that shopper id.")
        }
      },
      onError: (error) => setProblem(`Could not look it up: ${error.message}`),
    })
  }

  return (
    <Container className="px-6 py-4" data-testid="customer-shopper-lookup">
      <form
        onSubmit={submit}
        className="flex flex-col gap-3 md:flex-row md:items-center md:justify-between"
      >
        <div>
          <Heading level="h2">Find by shopper id</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The CS-XXXXXX id customers see on their account page.
          </Text>
        </div>
        <div className="flex flex-col gap-y-1 md:items-end">
          <div className="flex items-center gap-x-2">
            <Input
              aria-label="Shopper id"
              size="small"
              className="w-[200px] font-mono"
              placeholder="CS-XXXXXX"
              autoComplete="off"
              spellCheck={false}
              value={value}
              onChange={(e) => {
                setValue(e.target.value)
                setProblem(null)
              }}
              aria-invalid={!!problem}
              data-testid="customer-shopper-lookup-input"
            />
            <Button
              type="submit"
              size="small"
              variant="secondary"
              disabled={!value.trim()}
              isLoading={lookup.isPending}
              data-testid="customer-shopper-lookup-submit"
            >
              <MagnifyingGlass />
              Find
            </Button>
          </div>
          {problem && (
            <Text
              size="small"
              className="text-ui-fg-error"
              role="alert"
              data-testid="customer-shopper-lookup-error"
            >
              {problem}
            </Text>
          )}
        </div>
      </form>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.list.before",
})

export default CustomerShopperLookupWidget
