export type HelpArticleInput = {
  title: string
  handle?: string
  body: string
  excerpt?: string | null
  category: string
  tags?: string[]
  published?: boolean
}

export type HelpArticleUpdate = Partial<HelpArticleInput> & { id: string }

export type FaqInput = {
  question: string
  answer: string
  category: string
  rank?: number
  published?: boolean
}

export type FaqUpdate = Partial<FaqInput> & { id: string }

/** `tags` is a JSON column (typed as an object by the model DSL); it holds a string array. */
export const jsonTags = (tags: string[]) => tags as unknown as Record<string, unknown>
