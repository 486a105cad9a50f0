import { Input } from "@medusajs/ui"
import { useEffect, useState, type ComponentPropsWithoutRef } from "react"

type Props = Omit<ComponentPropsWithoutRef<typeof Input>, "value" | "onChange"> & {
  value: string
  onChange: (value: string) => void
  delay?: number
}

/** An Input that reports its value once typing pauses, and follows outside resets. */
export const DebouncedInput = ({ value, onChange, delay = 300, ...props }: Props) => {
  const [draft, setDraft] = useState(value)

  // follow resets from outside ("Clear filters") without eating a trailing space being typed
  useEffect(() => {
    if (value !== draft.trim()) {
      setDraft(value)
    }
  }, [value])

  useEffect(() => {
    if (draft.trim() === value) {
      return
    }
    const timer = setTimeout(() => onChange(draft.trim()), delay)
    return () => clearTimeout(timer)
  }, [draft])

  return <Input {...props} value={draft} onChange={(e) => setDraft(e.target.value)} />
}
