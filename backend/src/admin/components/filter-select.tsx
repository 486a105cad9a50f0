import { Select } from "@medusajs/ui"

const ALL = "__all"

/** A list filter: the placeholder doubles as the "no filter" choice. */
export const FilterSelect = ({
  value,
  onChange,
  placeholder,
  options,
  testId,
  className = "w-[170px]",
  allowAll = true,
}: {
  value: string
  onChange: (value: string) => void
  placeholder: string
  options: { value: string; label: string }[]
  testId: string
  className?: string
  /** false: a value is always chosen (the placeholder is only a label) */
  allowAll?: boolean
}) => (
  <Select size="small" value={value} onValueChange={(v) => onChange(v === ALL ? "" : v)}>
    <Select.Trigger className={className} data-testid={testId} aria-label={placeholder}>
      <Select.Value placeholder={placeholder} />
    </Select.Trigger>
    <Select.Content>
      {allowAll && <Select.Item value={ALL}>{placeholder}</Select.Item>}
      {options.map((option) => (
        <Select.Item key={option.value} value={option.value}>
          {option.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)
