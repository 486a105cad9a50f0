import { Button, Label, Prompt, Text, Tooltip } from "@medusajs/ui"
import type { ReactNode } from "react"

/** Shortest reason the admin actions accept (suspend, 2FA reset, …). */
export const REASON_MIN = 3
/** Longest reason or note the admin actions accept. */
export const TEXT_MAX = 500

/** A confirmation dialog with a form; stays open (and keeps the input) when the API refuses. */
export const ActionPrompt = ({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  variant = "confirmation",
  canConfirm,
  isPending,
  onConfirm,
  testId,
  children,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description: ReactNode
  confirmLabel: string
  variant?: "danger" | "confirmation"
  canConfirm: boolean
  isPending: boolean
  onConfirm: () => void
  testId: string
  children?: ReactNode
}) => (
  <Prompt open={open} onOpenChange={(next) => !isPending && onOpenChange(next)} variant={variant}>
    <Prompt.Content data-testid={`${testId}-dialog`}>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          if (canConfirm && !isPending) onConfirm()
        }}
      >
        <Prompt.Header>
          <Prompt.Title>{title}</Prompt.Title>
          <Prompt.Description>{description}</Prompt.Description>
        </Prompt.Header>
        {children && <div className="flex flex-col gap-y-3 px-6 pt-4">{children}</div>}
        <Prompt.Footer>
          <Prompt.Cancel disabled={isPending}>Cancel</Prompt.Cancel>
          <Button
            type="submit"
            size="small"
            variant={variant === "danger" ? "danger" : "primary"}
            disabled={!canConfirm}
            isLoading={isPending}
            data-testid={`${testId}-confirm`}
          >
            {confirmLabel}
          </Button>
        </Prompt.Footer>
      </form>
    </Prompt.Content>
  </Prompt>
)

export const Field = ({
  label,
  htmlFor,
  hint,
  children,
}: {
  label: string
  htmlFor: string
  hint?: ReactNode
  children: ReactNode
}) => (
  <div className="flex flex-col gap-y-1.5">
    <Label size="small" weight="plus" htmlFor={htmlFor}>
      {label}
    </Label>
    {children}
    {hint && (
      <Text size="xsmall" className="text-ui-fg-muted">
        {hint}
      </Text>
    )}
  </div>
)

/** A button, with a tooltip saying why it's disabled. */
export const ActionButton = ({
  disabledReason,
  onClick,
  testId,
  children,
}: {
  disabledReason: string | null
  onClick: () => void
  testId: string
  children: ReactNode
}) => {
  const button = (
    <Button
      size="small"
      variant="secondary"
      disabled={!!disabledReason}
      onClick={onClick}
      data-testid={testId}
    >
      {children}
    </Button>
  )
  return disabledReason ? (
    <Tooltip content={disabledReason}>
      <span tabIndex={0}>{button}</span>
    </Tooltip>
  ) : (
    button
  )
}
