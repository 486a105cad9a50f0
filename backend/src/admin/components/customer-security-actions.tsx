import { ArrowPath, CheckCircle, Key, PauseSolid, PlaySolid } from "@medusajs/icons"
import { Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import {
  useCustomerSecurityAction,
  type CustomerSecurity,
  type SecurityAction,
} from "../lib/account-security"
import { formatDateTime } from "../lib/format"
import { ActionButton, ActionPrompt, Field, REASON_MIN, TEXT_MAX } from "./action-prompt"

export type SecurityDialog = "suspend" | "activate" | "reset-2fa" | "reset-password" | "verify-email"

/** A reason box with its counter; `required` asks for at least REASON_MIN characters. */
const ReasonField = ({
  id,
  value,
  onChange,
  required,
  placeholder,
}: {
  id: string
  value: string
  onChange: (value: string) => void
  required: boolean
  placeholder: string
}) => {
  const trimmed = value.trim()
  const tooShort = required && trimmed.length > 0 && trimmed.length < REASON_MIN
  return (
    <Field
      label={required ? "Reason" : "Reason (optional)"}
      htmlFor={id}
      hint={tooShort ? `At least ${REASON_MIN} characters` : `${trimmed.length}/${TEXT_MAX}`}
    >
      <Textarea
        id={id}
        autoFocus
        rows={3}
        maxLength={TEXT_MAX}
        placeholder={placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={tooShort}
        data-testid={id}
      />
    </Field>
  )
}

const SUCCESS: Record<SecurityDialog, string> = {
  suspend: "Account suspended",
  activate: "Account activated",
  "reset-2fa": "Two-factor authentication reset",
  "reset-password": "Password reset email sent",
  "verify-email": "Email marked as verified",
}

/**
 * The support actions on a customer's account, each confirmed in a dialog:
 * suspend / activate, reset 2FA, send a password reset, and (opened from the
 * email row through `dialog`) mark the email verified.
 */
export const CustomerSecurityActions = ({
  customerId,
  security,
  dialog,
  onDialogChange,
}: {
  customerId: string
  security: CustomerSecurity
  dialog: SecurityDialog | null
  onDialogChange: (dialog: SecurityDialog | null) => void
}) => {
  const [reason, setReason] = useState("")
  const action = useCustomerSecurityAction(customerId)

  // each dialog opens empty (the email row opens "verify-email" from outside)
  useEffect(() => {
    if (dialog) {
      setReason("")
      action.reset()
    }
  }, [dialog])

  const open = (next: SecurityDialog) => onDialogChange(next)
  const close = (isOpen: boolean) => !isOpen && onDialogChange(null)

  const run = (payload: SecurityAction) =>
    action.mutate(payload, {
      onSuccess: () => {
        toast.success(SUCCESS[payload.action], {
          description: payload.action === "reset-password" && security.email ? `Sent to ${security.email}.` : undefined,
        })
        onDialogChange(null)
      },
      onError: (error) => {
        toast.error("Could not update the account", { description: error.message })
      },
    })

  const trimmed = reason.trim()
  const validRequired = trimmed.length >= REASON_MIN && trimmed.length <= TEXT_MAX
  const validOptional = trimmed.length <= TEXT_MAX

  const deleted = security.status === "deleted"
  const factorsOn = security.factors.some((f) => f.status === "enabled")
  const who = security.email ?? security.shopper_id ?? "this customer"

  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        {security.status === "suspended" ? (
          <ActionButton
            disabledReason={null}
            onClick={() => open("activate")}
            testId="customer-security-activate"
          >
            <PlaySolid />
            Activate
          </ActionButton>
        ) : (
          <ActionButton
            disabledReason={deleted ? "The account was deleted" : null}
            onClick={() => open("suspend")}
            testId="customer-security-suspend"
          >
            <PauseSolid />
            Suspend
          </ActionButton>
        )}
        <ActionButton
          disabledReason={
            deleted
              ? "The account was deleted"
              : factorsOn
                ? null
                : "No second factor is turned on"
          }
          onClick={() => open("reset-2fa")}
          testId="customer-security-reset-2fa"
        >
          <Key />
          Reset 2FA
        </ActionButton>
        <ActionButton
          disabledReason={
            deleted
              ? "The account was deleted"
              : security.has_login === false
                ? "This customer has no password (guest checkout only)"
                : null
          }
          onClick={() => open("reset-password")}
          testId="customer-security-reset-password"
        >
          <ArrowPath />
          Send password reset
        </ActionButton>
      </div>

      <ActionPrompt
        open={dialog === "suspend"}
        onOpenChange={close}
        title="Suspend this account?"
        description={`${who} can't sign in or use the store until you activate the account again. The reason is kept in the action log.`}
        confirmLabel="Suspend account"
        variant="danger"
        canConfirm={validRequired}
        isPending={action.isPending}
        onConfirm={() => run({ action: "suspend", body: { reason: trimmed } })}
        testId="customer-security-suspend"
      >
        <ReasonField
          id="customer-security-suspend-reason"
          value={reason}
          onChange={setReason}
          required
          placeholder="e.g. Chargeback on order #1042, card reported stolen"
        />
      </ActionPrompt>

      <ActionPrompt
        open={dialog === "activate"}
        onOpenChange={close}
        title="Activate this account?"
        description={
          security.suspension_reason
            ? `It was suspended${security.suspended_at ? ` on ${formatDateTime(security.suspended_at)}` : ""}: “${security.suspension_reason}”. ${who} can sign in again.`
            : `${who} can sign in again.`
        }
        confirmLabel="Activate"
        canConfirm={validOptional}
        isPending={action.isPending}
        onConfirm={() =>
          run({ action: "activate", body: trimmed ? { reason: trimmed } : {} })
        }
        testId="customer-security-activate"
      >
        <ReasonField
          id="customer-security-activate-reason"
          value={reason}
          onChange={setReason}
          required={false}
          placeholder="e.g. Chargeback withdrawn"
        />
      </ActionPrompt>

      <ActionPrompt
        open={dialog === "reset-2fa"}
        onOpenChange={close}
        title="Reset two-factor authentication?"
        description={`Every second factor and recovery code of ${who} is turned off; they sign in with their password alone and are told by email. Only do this after confirming their identity.`}
        confirmLabel="Reset 2FA"
        variant="danger"
        canConfirm={validRequired}
        isPending={action.isPending}
        onConfirm={() => run({ action: "reset-2fa", body: { reason: trimmed } })}
        testId="customer-security-reset-2fa"
      >
        <ReasonField
          id="customer-security-reset-2fa-reason"
          value={reason}
          onChange={setReason}
          required
          placeholder="e.g. Lost phone; identity confirmed by ticket #5521"
        />
      </ActionPrompt>

      <ActionPrompt
        open={dialog === "reset-password"}
        onOpenChange={close}
        title="Send a password reset email?"
        description={`${security.email ?? "The customer"} gets a link to choose a new password (valid for 1 hour). Their current password keeps working until then.`}
        confirmLabel="Send email"
        canConfirm
        isPending={action.isPending}
        onConfirm={() => run({ action: "reset-password", body: {} })}
        testId="customer-security-reset-password"
      />

      <ActionPrompt
        open={dialog === "verify-email"}
        onOpenChange={close}
        title="Mark the email as verified?"
        description={`Only when you know ${security.email ?? "the address"} belongs to the customer: they skip the code step at sign-in.`}
        confirmLabel="Mark verified"
        canConfirm={validRequired}
        isPending={action.isPending}
        onConfirm={() => run({ action: "verify-email", body: { reason: trimmed } })}
        testId="customer-security-verify-email"
      >
        <ReasonField
          id="customer-security-verify-email-reason"
          value={reason}
          onChange={setReason}
          required
          placeholder="e.g. Customer replied from this address, ticket #5530"
        />
      </ActionPrompt>
    </>
  )
}

/** The "Mark verified" link-button of the email row; opens the dialog above. */
export const MarkVerifiedButton = ({ onClick }: { onClick: () => void }) => (
  <button
    type="button"
    className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg txt-compact-small-plus inline-flex items-center gap-x-1"
    onClick={onClick}
    data-testid="customer-security-verify-email"
  >
    <CheckCircle />
    Mark verified
  </button>
)
