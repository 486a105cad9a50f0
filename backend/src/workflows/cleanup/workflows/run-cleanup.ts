import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  archiveEmailLogsStep,
  purgeNotificationLogsStep,
  purgePasswordResetTokensStep,
  purgePaymentFailuresStep,
  purgePendingMfaSetupsStep,
  purgeVerificationCodesStep,
} from "../steps"

export type RunCleanupWorkflowInput = {
  asOf: Date
  /** rows handled per statement (tests use a small page to walk the pages) */
  pageSize?: number
}

/**
 * The weekly clean-up as of a date: each step handles one kind of expired
 * data and reports its count. Messages past the log's retention are deleted
 * before older emails are archived, so nothing is archived only to go.
 * Authenticator set-ups never confirmed and expired password-reset token
 * records go through Medusa's auth module.
 * Subscription timelines are kept forever and are not cleaned up here.
 */
export const runCleanupWorkflow = createWorkflow("run-cleanup", (input: RunCleanupWorkflowInput) => {
  const notificationLogs = purgeNotificationLogsStep(input)
  const emailArchive = archiveEmailLogsStep(input)
  const verificationCodes = purgeVerificationCodesStep(input)
  const paymentFailures = purgePaymentFailuresStep(input)
  const pendingMfaSetups = purgePendingMfaSetupsStep(input)
  const passwordResetTokens = purgePasswordResetTokensStep(input)
  return new WorkflowResponse(
    transform(
      { notificationLogs, emailArchive, verificationCodes, paymentFailures, pendingMfaSetups, passwordResetTokens },
      ({ notificationLogs, emailArchive, verificationCodes, paymentFailures, pendingMfaSetups, passwordResetTokens }) => ({
        notification_logs: notificationLogs,
        email_archive: emailArchive,
        verification_codes: verificationCodes,
        payment_failures: paymentFailures,
        pending_mfa_setups: pendingMfaSetups,
        password_reset_tokens: passwordResetTokens,
      })
    )
  )
})
