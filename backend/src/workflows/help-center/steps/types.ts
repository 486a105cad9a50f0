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
