/**
 * The field vocabulary: every code the API accepts for a category-like field, with the label
 * the apps show. One list each, shared by server validation, the field app and the console.
 */
import { terms } from '../terms.ts';

export type { Term } from '../terms.ts';

export const EVENT_CATEGORY = terms({
  suspected_case_found: { zh: '发现疑似感染者', en: 'Suspected infection found' },
  suspected_case_outing: { zh: '疑似感染者外出', en: 'Suspected case going out' },
  disinfection: { zh: '消杀防控', en: 'Disinfection' },
  publicity: { zh: '防疫宣传', en: 'Prevention publicity' },
  danger: { zh: '特殊险情', en: 'Danger or special situation' },
  convenience_service: { zh: '便民服务', en: 'Convenience service' },
  assistance: { zh: '解困帮扶', en: 'Assistance to people in difficulty' },
  other: { zh: '其他', en: 'Other' },
});
export type EventCategory = (typeof EVENT_CATEGORY.codes)[number];

export const ORIGIN_CATEGORY = terms({
  wuhan: { zh: '武汉', en: 'Wuhan' },
  hubei_other: { zh: '湖北（除武汉）', en: 'Hubei outside Wuhan' },
  other_province: { zh: '外省', en: 'Other provinces' },
  abroad: { zh: '境外', en: 'Abroad' },
  in_province: { zh: '省内', en: 'Within the province' },
});
export type OriginCategory = (typeof ORIGIN_CATEGORY.codes)[number];

export const DIRECTION = terms({
  arrival: { zh: '来（返）聊', en: 'Arriving' },
  departure: { zh: '离聊', en: 'Leaving' },
});
export type Direction = (typeof DIRECTION.codes)[number];

export const TRANSPORT = terms({
  train: { zh: '火车', en: 'Train' },
  plane: { zh: '飞机', en: 'Plane' },
  coach: { zh: '长途客车', en: 'Coach' },
  car: { zh: '自驾', en: 'Car' },
  ship: { zh: '轮船', en: 'Ship' },
  other: { zh: '其他', en: 'Other' },
});
export type Transport = (typeof TRANSPORT.codes)[number];

export const HEALTH_STATUS = terms({
  normal: { zh: '正常', en: 'Normal' },
  fever: { zh: '发热', en: 'Fever' },
  respiratory: { zh: '咳嗽等呼吸道症状', en: 'Cough or other respiratory symptoms' },
  other_symptoms: { zh: '其他不适', en: 'Other symptoms' },
});
export type HealthStatus = (typeof HEALTH_STATUS.codes)[number];

export const VISIT_OUTCOME = terms({
  normal: { zh: '情况正常', en: 'All normal' },
  not_home: { zh: '无人在家', en: 'Nobody at home' },
  needs_follow_up: { zh: '需跟进', en: 'Needs follow-up' },
  abnormal_reported: { zh: '发现异常已上报', en: 'Anomaly found and reported' },
  refused: { zh: '拒绝配合', en: 'Refused' },
});
export type VisitOutcome = (typeof VISIT_OUTCOME.codes)[number];

export const RELATION = terms({
  head: { zh: '户主', en: 'Head of household' },
  spouse: { zh: '配偶', en: 'Spouse' },
  child: { zh: '子女', en: 'Child' },
  parent: { zh: '父母', en: 'Parent' },
  grandparent: { zh: '祖父母', en: 'Grandparent' },
  grandchild: { zh: '孙子女', en: 'Grandchild' },
  sibling: { zh: '兄弟姐妹', en: 'Sibling' },
  other_relative: { zh: '其他亲属', en: 'Other relative' },
  tenant: { zh: '租户', en: 'Tenant' },
  other: { zh: '其他', en: 'Other' },
});
export type Relation = (typeof RELATION.codes)[number];

export const SEX = terms({
  male: { zh: '男', en: 'Male' },
  female: { zh: '女', en: 'Female' },
});
export type Sex = (typeof SEX.codes)[number];

/** Days a person who arrived stays under observation (the incubation period). */
export const OBSERVATION_DAYS = 14;
