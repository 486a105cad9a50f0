import Link from "next/link"
import type { SubscriptionUnpaidOrder } from "@lib/data/subscriptions"
import { formatDate } from "@lib/util/dates"
import { formatMoney } from "@lib/util/money"
import Alert from "@modules/common/components/alert"
import { PENDING_PAYMENT_TEXT } from "@modules/account/components/subscription-status"

const COPY: Record<SubscriptionUnpaidOrder["kind"], { title: string; effect: string }> = {
  first: { title: "Awaiting payment", effect: `${PENDING_PAYMENT_TEXT}.` },
  renewal: {
    title: "Renewal invoice waiting for payment",
    effect: "Your service continues when it's paid.",
  },
  upgrade: {
    title: "Upgrade waiting for payment",
    effect: "You switch to the new plan as soon as it's paid.",
  },
}

export function unpaidOrderPath(countryCode: string, order: Pick<SubscriptionUnpaidOrder, "id">) {
  return `/${countryCode}/account/orders/${order.id}`
}

/** "$12.00 due by 3 Mar 2026". */
function AmountDue({ order, countryCode }: { order: SubscriptionUnpaidOrder; countryCode: string }) {
  return (
    <>
      <strong data-testid="unpaid-order-amount">
        {formatMoney(order.total, order.currency_code, countryCode)}
      </strong>{" "}
      due by{" "}
      <time data-testid="unpaid-order-due" dateTime={order.due_at}>
        {formatDate(order.due_at, countryCode)}
      </time>
    </>
  )
}

/**
 * An order of the subscription waiting for its payment (the first term, a
 * renewal invoice or an upgrade), with what is due, by when, and the way to
 * the order's payment instructions. `compact` is the one-line form of a list row.
 */
export default function UnpaidOrderNotice({
  order,
  countryCode,
  compact = false,
}: {
  order: SubscriptionUnpaidOrder
  countryCode: string
  compact?: boolean
}) {
  const copy = COPY[order.kind] ?? COPY.first
  const link = (
    <Link
      href={unpaidOrderPath(countryCode, order)}
      data-testid="unpaid-order-link"
      className={
        compact
          ? "font-semibold text-accent-700 underline-offset-2 hover:text-accent-800 hover:underline"
          : "btn-primary mt-3 w-full sm:w-auto"
      }
    >
      View payment instructions
    </Link>
  )

  if (compact) {
    return (
      <p
        data-testid="unpaid-order"
        data-kind={order.kind}
        className={`rounded-md border px-3 py-2 text-sm ${
          order.kind === "first"
            ? "border-accent-200 bg-accent-50 text-accent-800"
            : "border-amber-200 bg-amber-50 text-amber-900"
        }`}
      >
        <span className="font-semibold">{copy.title}:</span>{" "}
        <AmountDue order={order} countryCode={countryCode} />
        <span aria-hidden="true"> · </span>
        {link}
      </p>
    )
  }

  return (
    <div data-testid="unpaid-order" data-kind={order.kind}>
      <Alert tone={order.kind === "first" ? "info" : "warning"} title={copy.title}>
        <p>
          <AmountDue order={order} countryCode={countryCode} />
          {order.display_id ? ` · order #${order.display_id}` : ""}. {copy.effect}
        </p>
        {link}
      </Alert>
    </div>
  )
}
