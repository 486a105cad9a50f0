import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Input, Label, Table, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useEffect, useMemo, useState } from "react"
import { sdk } from "../lib/sdk"

type PlanSpec = {
  vcpu?: number
  ram_gb?: number
  storage_gb?: number
  bandwidth_tb?: number
  features?: string[]
}
type ServiceSpecs = { locations?: string[]; plans?: Record<string, PlanSpec> }

const NUMERIC: { key: keyof PlanSpec; label: string }[] = [
  { key: "vcpu", label: "vCPU" },
  { key: "ram_gb", label: "RAM (GB)" },
  { key: "storage_gb", label: "Storage (GB)" },
  { key: "bandwidth_tb", label: "Bandwidth (TB)" },
]

type Row = Record<keyof PlanSpec, string>

function toRows(plans: string[], specs: ServiceSpecs): Record<string, Row> {
  return Object.fromEntries(
    plans.map((plan) => {
      const spec = specs.plans?.[plan] ?? {}
      return [
        plan,
        {
          vcpu: spec.vcpu?.toString() ?? "",
          ram_gb: spec.ram_gb?.toString() ?? "",
          storage_gb: spec.storage_gb?.toString() ?? "",
          bandwidth_tb: spec.bandwidth_tb?.toString() ?? "",
          features: (spec.features ?? []).join("; "),
        },
      ]
    })
  )
}

function fromRows(rows: Record<string, Row>): Record<string, PlanSpec> {
  return Object.fromEntries(
    Object.entries(rows).map(([plan, row]) => {
      const spec: PlanSpec = {}
      for (const { key } of NUMERIC) {
        const value = row[key].trim()
        if (value !== "" && !Number.isNaN(Number(value))) {
          ;(spec as Record<string, number>)[key] = Number(value)
        }
      }
      // features may contain commas ("10,000 connections"): they are separated by ";"
      const features = row.features
        .split(";")
        .map((f) => f.trim())
        .filter(Boolean)
      if (features.length) {
        spec.features = features
      }
      return [plan, spec]
    })
  )
}

/** Shows and edits a product's service specs (vCPU, RAM, storage, bandwidth, locations) per plan. */
const ProductServiceSpecsWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const queryClient = useQueryClient()
  const specs = ((product.metadata?.service_specs as ServiceSpecs) ?? {}) as ServiceSpecs
  const plans = useMemo(() => {
    const option = product.options?.find((o) => o.title === "Plan")
    return option?.values?.map((v) => v.value) ?? Object.keys(specs.plans ?? {})
  }, [product.options, specs.plans])

  const [editing, setEditing] = useState(false)
  const [rows, setRows] = useState<Record<string, Row>>(() => toRows(plans, specs))
  const [locations, setLocations] = useState((specs.locations ?? []).join("\n"))

  useEffect(() => {
    if (!editing) {
      setRows(toRows(plans, specs))
      setLocations((specs.locations ?? []).join("\n"))
    }
  }, [editing, plans, product.metadata])

  const save = useMutation({
    mutationFn: () =>
      sdk.admin.product.update(product.id, {
        metadata: {
          ...(product.metadata ?? {}),
          service_specs: {
            // one location per line: names like "Frankfurt, DE" contain commas
            locations: locations
              .split("\n")
              .map((l) => l.trim())
              .filter(Boolean),
            plans: fromRows(rows),
          },
        },
      }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: ["product", product.id] })
      queryClient.invalidateQueries({ queryKey: ["products"] })
      toast.success("Service specs saved")
      setEditing(false)
    },
    onError: (error: Error) => toast.error(error.message),
  })

  return (
    <Container className="divide-y p-0" data-testid="service-specs-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Service specs</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            What each plan includes, shown on the storefront's product and pricing pages.
          </Text>
        </div>
        {editing ? (
          <div className="flex gap-2">
            <Button size="small" variant="secondary" onClick={() => setEditing(false)}>
              Cancel
            </Button>
            <Button size="small" isLoading={save.isPending} onClick={() => save.mutate()}>
              Save
            </Button>
          </div>
        ) : (
          <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
            Edit
          </Button>
        )}
      </div>
      <div className="px-6 py-4">
        <Label htmlFor="service-spec-locations" size="small" weight="plus">
          Data-center locations{editing ? " (one per line)" : ""}
        </Label>
        {editing ? (
          <Textarea
            id="service-spec-locations"
            rows={Math.max(2, locations.split("\n").length)}
            value={locations}
            placeholder={"Frankfurt, DE\nLondon, GB"}
            onChange={(e) => setLocations(e.target.value)}
          />
        ) : (
          <Text size="small">{(specs.locations ?? []).join(" · ") || "—"}</Text>
        )}
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Plan</Table.HeaderCell>
            {NUMERIC.map((n) => (
              <Table.HeaderCell key={n.key}>{n.label}</Table.HeaderCell>
            ))}
            <Table.HeaderCell>Features{editing ? " (separated by ;)" : ""}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {plans.map((plan) => (
            <Table.Row key={plan}>
              <Table.Cell>{plan}</Table.Cell>
              {NUMERIC.map((n) => (
                <Table.Cell key={n.key}>
                  {editing ? (
                    <Input
                      size="small"
                      type="number"
                      min={0}
                      aria-label={`${plan} ${n.label}`}
                      value={rows[plan]?.[n.key] ?? ""}
                      onChange={(e) =>
                        setRows({ ...rows, [plan]: { ...rows[plan], [n.key]: e.target.value } })
                      }
                    />
                  ) : (
                    (specs.plans?.[plan]?.[n.key] as number | undefined) ?? "—"
                  )}
                </Table.Cell>
              ))}
              <Table.Cell>
                {editing ? (
                  <Input
                    size="small"
                    aria-label={`${plan} features`}
                    value={rows[plan]?.features ?? ""}
                    onChange={(e) =>
                      setRows({ ...rows, [plan]: { ...rows[plan], features: e.target.value } })
                    }
                  />
                ) : (
                  (specs.plans?.[plan]?.features ?? []).join("; ") || "—"
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductServiceSpecsWidget
