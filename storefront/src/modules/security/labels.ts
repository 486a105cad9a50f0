/** How the ways to confirm it's you are named everywhere in the storefront. */
export const METHOD_LABELS: Record<string, string> = {
  totp: "Authenticator app",
  email_otp: "Email code",
  sms_otp: "SMS code",
  recovery_code: "Recovery code",
}

export function methodLabel(method: string) {
  return METHOD_LABELS[method] ?? method.replace(/_/g, " ")
}
