import type { DataTableOptions } from "@medusajs/ui"

/**
 * `useDataTable`'s `onRowClick` is typed as receiving the row's data, but DataTable passes the
 * table row (its data in `original`): this gives the data either way.
 */
export function rowData<T>(row: T): T {
  return (row as unknown as { original?: T }).original ?? row
}

/** The columns `useDataTable` takes for rows of `T` (columns of any value type, as DataTable types them). */
export type DataTableColumns<T> = DataTableOptions<T>["columns"]
