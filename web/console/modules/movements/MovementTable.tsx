import { Tag, Tooltip, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MovementView } from '../../../../common/contracts/field.ts';
import type { Direction, HealthStatus, OriginCategory, Transport } from '../../../../common/field/vocabulary.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { healthColor, term } from '../field/labels.ts';
import { ObservationTag } from './ObservationTag.tsx';
import { placeOf } from './place.ts';
import { ListTable } from '../lists/ListTable.tsx';
import type { ListState } from '../lists/use-list.ts';

const CATEGORY_COLORS: Record<OriginCategory, string> = { wuhan: 'red', hubei_other: 'volcano', other_province: 'gold', abroad: 'purple', in_province: 'default' };

interface Props {
  list: ListState<'GET /api/movements'>;
}

export function MovementTable({ list }: Props) {
  const { t } = useTranslation();
  const day = (d: string | null) => (d ? <span className="mono">{d}</span> : <span className="text-muted">{t('common.none')}</span>);
  const columns: TableColumnsType<MovementView> = [
    {
      title: t('movements.direction'), dataIndex: 'direction', width: 96,
      render: (d: Direction) => <Tag color={d === 'arrival' ? 'blue' : 'purple'}>{term(t, 'direction', d)}</Tag>,
    },
    {
      title: t('movements.person'), dataIndex: 'personName', width: 80,
      render: (name: string, m) => <Link to={`/persons/${m.personId}`} data-testid="movement-person">{name}</Link>,
    },
    {
      title: `${t('movements.category')} · ${t('movements.place')}`, dataIndex: 'category', width: 150,
      render: (c: OriginCategory, m) => (
        <>
          <Tag color={CATEGORY_COLORS[c]} className="cell-tag" data-testid="movement-category">{term(t, 'originCategory', c)}</Tag>
          {placeOf(m) && <div className="cell-sub">{placeOf(m)}</div>}
        </>
      ),
    },
    {
      title: `${t('movements.leftOn')} / ${t('movements.arrivedOn')}`, key: 'dates', width: 155,
      render: (_, m) => (
        <div className="cell-dates">
          <div><span className="cell-label">{t('movements.left')}</span>{day(m.leftOn)}</div>
          <div><span className="cell-label">{t('movements.arrived')}</span>{day(m.arrivedOn)}</div>
        </div>
      ),
    },
    { title: t('movements.transport'), dataIndex: 'transport', width: 90, render: (tr: Transport | null) => term(t, 'transport', tr) },
    {
      title: t('movements.health'), dataIndex: 'healthStatus', width: 130, ellipsis: { showTitle: false },
      render: (h: HealthStatus) => {
        const label = term(t, 'healthStatus', h);
        return <Tooltip title={label}>{healthColor(h) ? <Tag color={healthColor(h)}>{label}</Tag> : label}</Tooltip>;
      },
    },
    {
      title: t('movements.observationEnds'), dataIndex: 'observationEndsOn', width: 130,
      render: (d: string | null, m) => (d ? <><div>{day(d)}</div><ObservationTag active={m.inObservation} /></> : day(null)),
    },
    { title: t('field.grid'), dataIndex: ['grid', 'name'], ellipsis: { showTitle: false }, render: (name: string, m) => <Tooltip title={`${name} ${m.grid.code}`}>{name}</Tooltip> },
    { title: t('field.registeredAt'), dataIndex: 'createdAt', width: 140, render: (at: string) => formatDateTime(at) },
  ];
  return <ListTable list={list} columns={columns} testId="movements-table" rows={{ testId: 'movement-row' }} totalKey="movements.total" />;
}
