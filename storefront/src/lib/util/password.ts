/**
 * The password policy as the shopper sees it (register, change, reset). The
 * backend applies the same rules and also refuses common passwords; its 400
 * message is always shown as well.
 */
export const MIN_PASSWORD_LENGTH = 10

/** The email's local part, when long enough for the "must not contain" rule. */
export function emailLocalPart(email: string) {
  const local = email.split("@")[0]?.trim().toLowerCase() ?? ""
  return local.length >= 3 ? local : ""
}

/** The first rule the password breaks that can be checked here, or null. */
export function passwordProblem(password: string, email: string) {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Use at least ${MIN_PASSWORD_LENGTH} characters.`
  }
  const local = emailLocalPart(email)
  if (local && password.toLowerCase().includes(local)) {
    return "Your password must not contain your email address."
  }
  return null
}
