"use client"

import { useActionState } from "react"
import { sendContactMessage, type ContactState } from "@lib/data/content"
import Alert from "@modules/common/components/alert"
import Field from "@modules/common/components/field"
import SubmitButton from "@modules/common/components/submit-button"

const INITIAL: ContactState = { status: "idle" }

/** The contact form; `website` is a honeypot that people never see or reach. */
export default function ContactForm() {
  const [state, action] = useActionState(sendContactMessage, INITIAL)
  const errors = state.fieldErrors ?? {}
  const values = state.values ?? {}

  if (state.status === "sent") {
    return (
      <Alert tone="success" title="Thank you, your message is on its way" testId="contact-sent">
        We answer within one working day, by email.
      </Alert>
    )
  }

  return (
    <form action={action} className="space-y-4" noValidate data-testid="contact-form">
      <div aria-live="polite" className="empty:hidden">
        {state.status === "error" && state.message && (
          <Alert tone="error" title="We could not send your message" testId="contact-error">
            {state.message}
          </Alert>
        )}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Your name" name="name" required autoComplete="name" defaultValue={values.name} error={errors.name} />
        <Field label="Email" name="email" type="email" required autoComplete="email" defaultValue={values.email} error={errors.email} />
      </div>
      <Field label="Subject" name="subject" required maxLength={200} defaultValue={values.subject} error={errors.subject} />
      <div>
        <label htmlFor="field-message" className="label">
          Message<span className="text-red-600" aria-hidden="true"> *</span>
        </label>
        <textarea
          id="field-message"
          name="message"
          required
          rows={6}
          maxLength={5000}
          defaultValue={values.message}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={errors.message ? "field-message-error" : undefined}
          className={`input ${errors.message ? "border-red-400" : ""}`}
        />
        {errors.message && (
          <p id="field-message-error" className="mt-1 text-xs text-red-700">
            {errors.message}
          </p>
        )}
      </div>
      {/* honeypot: off screen, out of the tab order and hidden from assistive technology */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="field-website">Website</label>
        <input id="field-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <SubmitButton testId="contact-submit" pendingText="Sending…" className="btn-primary w-full sm:w-auto">
        Send message
      </SubmitButton>
    </form>
  )
}
