/** Label–value pairs side by side in a record's drawer, one under the other on a phone. */
export const DETAIL_COLUMNS = { xs: 1, sm: 2 } as const;
