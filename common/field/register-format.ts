/**
 * The household register spreadsheet: one row per person, people of one household sharing a
 * household key. The console offers it as a template; the server reads it by these headers.
 */
export interface RegisterColumn {
  key: 'householdKey' | 'address' | 'gridCode' | 'lon' | 'lat' | 'crs' | 'name' | 'idNumber' | 'phone' | 'sex' | 'birthDate' | 'relation';
  header: string;
  required: boolean;
  note: string;
}

export const REGISTER_COLUMNS: RegisterColumn[] = [
  { key: 'householdKey', header: '户号', required: true, note: '同一户的各行填写相同户号（文件内唯一即可）' },
  { key: 'address', header: '地址', required: true, note: '门牌地址，同一户填写一致' },
  { key: 'gridCode', header: '网格编码', required: false, note: '15位网格编码；与经纬度二选一' },
  { key: 'lon', header: '经度', required: false, note: '住户位置，十进制度' },
  { key: 'lat', header: '纬度', required: false, note: '住户位置，十进制度' },
  { key: 'crs', header: '坐标系', required: false, note: 'WGS84（默认）、GCJ02（高德/腾讯）或 BD09（百度）' },
  { key: 'name', header: '姓名', required: true, note: '' },
  { key: 'idNumber', header: '身份证号', required: false, note: '18位，请以文本格式填写' },
  { key: 'phone', header: '手机号', required: false, note: '11位大陆手机号' },
  { key: 'sex', header: '性别', required: false, note: '男/女；填写身份证号时可留空' },
  { key: 'birthDate', header: '出生日期', required: false, note: 'YYYY-MM-DD；填写身份证号时可留空' },
  { key: 'relation', header: '与户主关系', required: false, note: '户主、配偶、子女、父母、祖父母、孙子女、兄弟姐妹、其他亲属、租户、其他' },
];

export const REGISTER_LIMITS = { maxRows: 5_000, maxBytes: 10 * 1024 * 1024 } as const;

export const REGISTER_PROBLEMS = {
  NOT_A_WORKBOOK: { zh: '文件不是有效的 Excel（.xlsx）工作簿', en: 'the file is not an .xlsx workbook' },
  MISSING_COLUMN: { zh: '缺少必需的列', en: 'a required column is missing' },
  NO_ROWS: { zh: '表中没有数据行', en: 'the sheet has no data rows' },
  TOO_MANY_ROWS: { zh: '行数超过上限（5000行）', en: 'more than 5,000 rows' },
  PLACE_REQUIRED: { zh: '请填写网格编码或经纬度', en: 'give a grid code or longitude and latitude' },
  HOUSEHOLD_CONFLICT: { zh: '同一户号的地址或位置不一致', en: 'rows of one household disagree on address or place' },
  DUPLICATE_IN_FILE: { zh: '身份证号在文件中重复', en: 'the ID number appears twice in the file' },
  UNKNOWN_VALUE: { zh: '无法识别的取值', en: 'unrecognised value' },
} as const;
export type RegisterProblem = keyof typeof REGISTER_PROBLEMS;
