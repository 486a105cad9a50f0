/** A page of a list: the items under their own key, with the paging every list answers. */
export type ListResponse<K extends string, T> = { [key in K]: T[] } & { count: number; offset: number; limit: number }

/** A customer as lists and details join it in. */
export type CustomerSummary = {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
}

