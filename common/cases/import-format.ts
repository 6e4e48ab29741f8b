/**
 * The case register spreadsheet: one row per case. The console offers it as a template; the
 * server reads it by these headers. Files are limited as household registers are
 * (REGISTER_LIMITS) and share their file-level problems (REGISTER_PROBLEMS).
 */
export interface CaseImportColumn {
  key: 'name' | 'idNumber' | 'phone' | 'gridCode' | 'lon' | 'lat' | 'crs' | 'status' | 'statusOn' | 'source' | 'note';
  header: string;
  required: boolean;
  note: string;
}

export const CASE_IMPORT_COLUMNS: CaseImportColumn[] = [
  { key: 'name', header: '姓名', required: true, note: '已登记人员须与其登记的姓名一致' },
  { key: 'idNumber', header: '身份证号', required: false, note: '18位，请以文本格式填写；与已登记人员相同时登记为该人员' },
  { key: 'phone', header: '手机号', required: false, note: '11位大陆手机号' },
  { key: 'gridCode', header: '网格编码', required: false, note: '居住地15位网格编码；与经纬度二选一（身份证号已登记的人员以其登记的网格为准）' },
  { key: 'lon', header: '经度', required: false, note: '居住地位置，十进制度' },
  { key: 'lat', header: '纬度', required: false, note: '居住地位置，十进制度' },
  { key: 'crs', header: '坐标系', required: false, note: 'WGS84（默认）、GCJ02（高德/腾讯）或 BD09（百度）' },
  { key: 'status', header: '状态', required: true, note: '疑似 或 确诊（之后的治愈、死亡、排除在系统中变更）' },
  { key: 'statusOn', header: '日期', required: true, note: '该状态的日期，YYYY-MM-DD，不晚于今天' },
  { key: 'source', header: '信息来源', required: true, note: '如：市卫健委通报，最多100字' },
  { key: 'note', header: '备注', required: false, note: '最多500字' },
];
