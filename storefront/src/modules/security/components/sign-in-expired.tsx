import Link from "next/link"
import Alert from "@modules/common/components/alert"

/** The second step was opened without a sign-in waiting for it (expired or never started). */
export default function SignInExpired({ countryCode }: { countryCode: string }) {
  return (
    <div className="flex flex-col gap-4">
      <Alert tone="error" testId="mfa-expired" title="This sign-in expired">
        For your security the second step only waits a few minutes. Sign in again with your
        password.
      </Alert>
      <Link href={`/${countryCode}/account/login`} className="btn-primary w-full">
        Sign in again
      </Link>
    </div>
  )
}
