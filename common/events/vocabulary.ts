/**
 * The dispatch vocabulary (事件交办): codes the API accepts and the labels the apps show, one
 * list each for the server's checks, the console and the field app.
 */
import { terms } from '../terms.ts';

export const EVENT_PRIORITY = terms({
  normal: { zh: '一般', en: 'Normal' },
  urgent: { zh: '紧急', en: 'Urgent' },
});
export type EventPriority = (typeof EVENT_PRIORITY.codes)[number];

/** Who handles dispatched events in a region; an admin names each department. */
export const DEPARTMENT_KIND = terms({
  health: { zh: '卫健', en: 'Health commission' },
  cdc: { zh: '疾控', en: 'Disease control' },
  police: { zh: '公安', en: 'Police' },
  urban_management: { zh: '城管', en: 'Urban management' },
  market_regulation: { zh: '市场监管', en: 'Market regulation' },
  community: { zh: '社区居委会', en: 'Community committee' },
  other: { zh: '其他', en: 'Other' },
});
export type DepartmentKind = (typeof DEPARTMENT_KIND.codes)[number];

/** What an assignee asks of the dispatcher; each needs their approval. */
export const EVENT_REQUEST_KIND = terms({
  extend: { zh: '延期', en: 'Extension' },
  suspend: { zh: '缓办', en: 'Suspension' },
  void: { zh: '作废', en: 'Void' },
});
export type EventRequestKind = (typeof EVENT_REQUEST_KIND.codes)[number];

/** Where a report came from: a grid worker in the field, or an office entering it. */
export const EVENT_SOURCE = terms({
  field: { zh: '网格员上报', en: 'Grid worker' },
  office: { zh: '工作人员录入', en: 'Office' },
});
export type EventSource = (typeof EVENT_SOURCE.codes)[number];

/** Town streets (街道) verify faster than rural towns and townships (镇、乡). */
export const AREA_KIND = terms({
  urban: { zh: '城区', en: 'Urban' },
  rural: { zh: '农村', en: 'Rural' },
});
export type AreaKind = (typeof AREA_KIND.codes)[number];

/** A street-level region named …街道 is urban; a 镇 or 乡 is rural. */
export function areaOfStreet(streetName: string): AreaKind {
  return streetName.endsWith('街道') ? 'urban' : 'rural';
}
