import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendVerificationCodeWorkflow } from "../workflows/notification"

type VerificationRequested = {
  entity_id: string
  entity_type: string
  code_provider: string
  auth_identity_id: string
  code?: string
  expires_at?: string | Date
}

/** Medusa's verification request carries the new code: it goes out by email. */
export default async function verificationRequestedHandler({ event, container }: SubscriberArgs<VerificationRequested>) {
  await sendVerificationCodeWorkflow(container).run({ input: event.data })
}

export const config: SubscriberConfig = { event: "auth.verification_requested" }
