"use client"

import { useEffect, useState, useTransition } from "react"
import { hasVotedOn, voteHelpful, type HelpfulVoteState } from "@lib/data/help"

/**
 * "Was this helpful?" under an article: one answer per browser. Whether this browser already
 * answered is asked after the page loads, so the article page itself stays cacheable.
 */
export default function HelpfulVote({ articleId, handle }: { articleId: string; handle: string }) {
  const [state, setState] = useState<HelpfulVoteState>({ status: "idle" })
  useEffect(() => {
    let live = true
    hasVotedOn(articleId)
      .then((voted) => live && voted && setState({ status: "done" }))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [articleId])
  const [answer, setAnswer] = useState<boolean | null>(null)
  const [pending, startTransition] = useTransition()

  const vote = (helpful: boolean) =>
    startTransition(async () => {
      setAnswer(helpful)
      setState(await voteHelpful(articleId, handle, helpful))
    })

  if (state.status === "done") {
    return (
      <p className="text-sm text-slate-600" role="status" data-testid="helpful-thanks">
        {answer === false
          ? "Thanks for telling us. We'll improve this article — and support is there if you still need help."
          : "Thanks for your feedback!"}
      </p>
    )
  }

  return (
    <div className="flex flex-wrap items-center gap-3" data-testid="helpful-vote">
      <p className="text-sm font-medium text-slate-900">Was this helpful?</p>
      <button
        type="button"
        className="btn btn-secondary"
        disabled={pending}
        onClick={() => vote(true)}
        data-testid="helpful-yes"
      >
        Yes
      </button>
      <button
        type="button"
        className="btn btn-secondary"
        disabled={pending}
        onClick={() => vote(false)}
        data-testid="helpful-no"
      >
        No
      </button>
      {state.status === "error" && (
        <p className="w-full text-sm text-red-700" role="alert">
          {state.message}
        </p>
      )}
    </div>
  )
}
