import { terms } from '../terms.ts';

/** Residents' health declarations: the codes the public form sends, with their labels. */

export const SYMPTOM = terms({
  fever: { zh: '发热', en: 'Fever' },
  dry_cough: { zh: '干咳', en: 'Dry cough' },
  fatigue: { zh: '乏力', en: 'Fatigue' },
  runny_nose: { zh: '流鼻涕', en: 'Runny nose' },
  sore_throat: { zh: '咽痛', en: 'Sore throat' },
  diarrhoea: { zh: '腹泻', en: 'Diarrhoea' },
  taste_smell_loss: { zh: '味觉或嗅觉减退', en: 'Loss of taste or smell' },
  short_breath: { zh: '呼吸困难', en: 'Shortness of breath' },
});
export type Symptom = (typeof SYMPTOM.codes)[number];

export const DECLARATION_DIRECTION = terms({
  in: { zh: '进入', en: 'Entering' },
  out: { zh: '外出', en: 'Leaving' },
});
export type DeclarationDirection = (typeof DECLARATION_DIRECTION.codes)[number];

export const CHECKPOINT_KIND = terms({
  residential_entrance: { zh: '小区出入口', en: 'Residential entrance' },
  road_checkpoint: { zh: '道路卡口', en: 'Road checkpoint' },
  other: { zh: '其他', en: 'Other' },
});
export type CheckpointKind = (typeof CHECKPOINT_KIND.codes)[number];

export const WARNING_LEVEL = terms({
  medium: { zh: '一般预警', en: 'Warning' },
  high: { zh: '重点预警', en: 'High warning' },
});
export type WarningLevel = (typeof WARNING_LEVEL.codes)[number];

export const WARNING_REASON = terms({
  temperature: { zh: '体温偏高', en: 'High temperature' },
  high_temperature: { zh: '高热', en: 'High fever' },
  symptom: { zh: '有可疑症状', en: 'Warning symptom' },
  key_area_travel: { zh: '14天内去过重点地区', en: 'Key-area travel in the last 14 days' },
  case_contact: { zh: '接触过确诊或疑似病例', en: 'Contact with a confirmed or suspected case' },
});
export type WarningReasonCode = (typeof WARNING_REASON.codes)[number];

export const VERIFICATION_OUTCOME = terms({
  normal: { zh: '核实正常', en: 'Normal' },
  fever_clinic: { zh: '转诊发热门诊', en: 'Referred to a fever clinic' },
  home_isolation: { zh: '居家隔离', en: 'Home isolation' },
  central_isolation: { zh: '集中隔离', en: 'Centralized isolation' },
  false_report: { zh: '误报', en: 'False report' },
});
export type VerificationOutcome = (typeof VERIFICATION_OUTCOME.codes)[number];

/** Longest name a resident may declare under (code points). */
export const DECLARATION_NAME_MAX = 30;

export const TEMPERATURE_RANGE = { min: 35.0, max: 42.0 } as const;
