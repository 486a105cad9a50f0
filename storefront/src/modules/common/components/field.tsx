import type { InputHTMLAttributes } from "react"

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string
  name: string
  error?: string
  hint?: string
}

/** A labelled input with its error message wired up for screen readers. */
export default function Field({ label, name, error, hint, id, required, className, ...input }: FieldProps) {
  const inputId = id ?? `field-${name}`
  const describedBy = [error && `${inputId}-error`, hint && `${inputId}-hint`]
    .filter(Boolean)
    .join(" ")
  return (
    <div className={className}>
      <label htmlFor={inputId} className="label">
        {label}
        {required ? <span className="text-red-600" aria-hidden="true"> *</span> : (
          <span className="font-normal text-slate-500"> (optional)</span>
        )}
      </label>
      <input
        id={inputId}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={`input ${error ? "border-red-400" : ""}`}
        {...input}
      />
      {hint && !error && (
        <p id={`${inputId}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${inputId}-error`} className="mt-1 text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  )
}
