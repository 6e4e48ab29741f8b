import type { TablePaginationConfig } from 'antd';
import type { TFunction } from 'i18next';

export interface PageState {
  current: number;
  pageSize: number;
}

export const FIRST_PAGE: PageState = { current: 1, pageSize: 20 };

/** The server's offset/limit for a table page. */
export function pageQuery(page: PageState): { offset: number; limit: number } {
  return { offset: (page.current - 1) * page.pageSize, limit: page.pageSize };
}

/** The pagination every field list shows: server total, size changer, "共 N 条". */
export function tablePagination(t: TFunction, page: PageState, total: number, totalKey: string): TablePaginationConfig {
  return {
    current: page.current,
    pageSize: page.pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (n) => t(totalKey, { total: n }),
  };
}
