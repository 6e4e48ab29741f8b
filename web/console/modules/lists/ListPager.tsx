import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZES } from './cursor-pages.ts';
import { pageCount, totalText } from './list-total.ts';
import type { Pager } from './use-list.ts';

interface Props {
  pager: Pager;
  /** The total's words with `{{total}}` (共 N 人); the list's default says 条. */
  totalKey?: string;
  testId: string;
}

/**
 * Pages walked by cursor go one step at a time: 上一页 / 下一页 rather than page numbers to
 * jump to, the total as the server knows it ("10,000+" where it stopped counting).
 */
export function ListPager({ pager, totalKey = 'list.total', testId }: Props) {
  const { t, i18n } = useTranslation();
  const total = totalText(pager.total, pager.totalIsLowerBound, i18n.language);
  const pages = pageCount(pager.total, pager.totalIsLowerBound, pager.size);
  return (
    <div className="list-pager" data-testid={`${testId}-pager`}>
      <span className="list-pager-total" data-testid={`${testId}-total`}>{t(totalKey, { total })}</span>
      <Button size="small" icon={<LeftOutlined />} disabled={!pager.hasPrevious} onClick={pager.previous} data-testid={`${testId}-previous`}>{t('list.previous')}</Button>
      <span className="list-pager-page" data-testid={`${testId}-page`}>
        {pages === undefined ? t('list.page', { page: pager.page }) : t('list.pageOf', { page: pager.page, pages })}
      </span>
      <Button size="small" disabled={!pager.hasNext} onClick={pager.next} data-testid={`${testId}-next`}>
        {t('list.next')}
        <RightOutlined />
      </Button>
      <Select
        size="small"
        value={pager.size}
        onChange={pager.resize}
        options={PAGE_SIZES.map((size) => ({ value: size, label: t('list.pageSize', { size }) }))}
        popupMatchSelectWidth={false}
        data-testid={`${testId}-size`}
      />
    </div>
  );
}
