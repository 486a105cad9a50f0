import Link from "next/link"
import Alert from "@modules/common/components/alert"

/** Shown for a reset link that expired, was already used or is incomplete. */
export default function ResetLinkExpired({ countryCode }: { countryCode: string }) {
  return (
    <div className="flex flex-col gap-4">
      <Alert tone="error" testId="reset-error" title="This link has expired or was already used">
        Reset links work once and only for a short time.
      </Alert>
      <Link href={`/${countryCode}/account/forgot-password`} className="btn-primary w-full">
        Request a new link
      </Link>
    </div>
  )
}
