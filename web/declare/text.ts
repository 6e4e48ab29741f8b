/** The page's words, Chinese first. The language lives in memory only: nothing is stored for it. */
export type Lang = 'zh' | 'en';
export interface Term {
  zh: string;
  en: string;
}

let current: Lang = 'zh';

export function lang(): Lang {
  return current;
}

export function setLang(next: Lang): void {
  current = next;
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
}

/** A term in the current language; `{n}`-style slots are filled from `values`. */
export function tr(term: Term, values: Record<string, string | number> = {}): string {
  return term[current].replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

export const T = {
  appTitle: { zh: '健康申报', en: 'Health declaration' },
  switchLang: { zh: 'EN', en: '中文' },
  switchLangLabel: { zh: 'Switch to English', en: '切换到中文' },
  loading: { zh: '正在加载…', en: 'Loading…' },
  required: { zh: '必填', en: 'required' },
  optional: { zh: '选填', en: 'optional' },
  name: { zh: '姓名', en: 'Name' },
  namePlaceholder: { zh: '请输入真实姓名', en: 'Your full name' },
  phone: { zh: '手机号', en: 'Mobile number' },
  phonePlaceholder: { zh: '11位手机号', en: '11-digit mobile number' },
  idNumber: { zh: '身份证号', en: 'ID card number' },
  idPlaceholder: { zh: '18位居民身份证号', en: '18-character resident ID number' },
  direction: { zh: '进 / 出', en: 'Entering or leaving' },
  temperature: { zh: '体温（°C）', en: 'Temperature (°C)' },
  temperaturePlaceholder: { zh: '如 36.5', en: 'e.g. 36.5' },
  temperatureHint: { zh: '35.0–42.0，保留一位小数', en: '35.0–42.0, one decimal' },
  colder: { zh: '体温减 0.1', en: 'Lower by 0.1' },
  warmer: { zh: '体温加 0.1', en: 'Raise by 0.1' },
  symptoms: { zh: '目前有无以下症状', en: 'Any of these symptoms now?' },
  symptomsHint: { zh: '可多选；没有请选“无”', en: 'Choose all that apply, or “None”' },
  noSymptoms: { zh: '无', en: 'None' },
  keyArea: { zh: '14天内是否到过重点地区', en: 'Been to a key area in the last 14 days?' },
  caseContact: { zh: '是否接触过确诊或疑似病例', en: 'Contact with a confirmed or suspected case?' },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  remember: { zh: '记住我的信息', en: 'Remember me' },
  rememberHint: { zh: '仅在本机保存您本人的姓名、手机号和身份证号，方便下次扫码', en: 'Keeps only your own name, mobile and ID number on this phone for the next scan' },
  forget: { zh: '清除', en: 'Forget' },
  forgotten: { zh: '已清除本机保存的信息', en: 'Your details were removed from this phone' },
  family: { zh: '正在为家人申报：信息不会保存在本机', en: 'Declaring for a family member: nothing is kept on this phone' },
  backToSelf: { zh: '改为本人申报', en: 'Declare for myself' },
  consent: {
    zh: '信息仅用于疫情防控，依法严格保密，不作他用。提交即表示您承诺所填内容真实。',
    en: 'Used only for epidemic prevention and kept confidential by law. By submitting you confirm the answers are true.',
  },
  submit: { zh: '提交申报', en: 'Submit' },
  sending: { zh: '正在提交…', en: 'Submitting…' },
  retrying: { zh: '网络不佳，正在重试（第{n}次）…', en: 'Poor connection, retrying ({n})…' },
  fixFields: { zh: '请按提示修改标红的内容', en: 'Please correct the fields marked in red' },
  networkFailed: { zh: '网络不佳，申报未能送达。请检查网络后点“重试”，不会重复提交。', en: 'Poor connection: the declaration did not get through. Check the network and tap Retry; it will not be sent twice.' },
  retry: { zh: '重试', en: 'Retry' },
  pass: { zh: '通行', en: 'Pass' },
  passHint: { zh: '请向工作人员出示本页面', en: 'Show this screen to the staff' },
  stop: { zh: '请稍候', en: 'Please wait' },
  stopHint: { zh: '工作人员将为您测温核实', en: 'Staff will take your temperature and check with you' },
  declaredAt: { zh: '申报时间', en: 'Declared at' },
  now: { zh: '当前时间', en: 'Now' },
  declarant: { zh: '申报人', en: 'Declarant' },
  forFamily: { zh: '为家人申报', en: 'Declare for a family member' },
  blockedRotated: { zh: '二维码已更换', en: 'This QR code was replaced' },
  blockedUnknown: { zh: '二维码无效', en: 'Unknown QR code' },
  blockedClosed: { zh: '该卡点已停用', en: 'This checkpoint is closed' },
  unknownHint: { zh: '未找到此二维码对应的卡点。请扫描出入口张贴的二维码，或咨询现场工作人员。', en: 'No checkpoint has this QR code. Scan the poster at the entrance or ask the staff on site.' },
  rotatedHint: { zh: '此二维码已停用，请扫描卡点张贴的新二维码。', en: 'This poster was replaced; please scan the new poster at the checkpoint.' },
  closedHint: { zh: '请从其他出入口通行，或咨询现场工作人员。', en: 'Please use another entrance or ask the staff on site.' },
  loadFailed: { zh: '页面加载失败', en: 'The page could not load' },
  loadNetwork: { zh: '网络不佳，请检查网络后重试。', en: 'Poor connection; check the network and try again.' },
  reload: { zh: '重新加载', en: 'Reload' },
} as const satisfies Record<string, Term>;

/** Field messages made on the device. */
export const PROBLEMS = {
  nameRequired: { zh: '请填写姓名', en: 'Enter your name' },
  nameTooLong: { zh: '姓名最多30个字', en: 'At most 30 characters' },
  directionRequired: { zh: '请选择进入或外出', en: 'Choose entering or leaving' },
  temperatureEmpty: { zh: '请填写体温', en: 'Enter your temperature' },
  temperatureFormat: { zh: '请输入数字，如 36.5（最多一位小数）', en: 'Enter a number such as 36.5 (one decimal at most)' },
  temperatureRange: { zh: '体温应在 {min}–{max} °C 之间', en: 'Must be between {min} and {max} °C' },
  symptomsRequired: { zh: '请选择症状；没有请选“无”', en: 'Choose your symptoms, or “None”' },
  answerRequired: { zh: '请选择“是”或“否”', en: 'Choose Yes or No' },
  invalid: { zh: '填写有误', en: 'Invalid' },
} as const satisfies Record<string, Term>;
