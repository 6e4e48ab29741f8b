const zh = {
  movements: {
    title: '人员流动',
    hint: '来（返）聊和离聊人员登记，到达后14天为观察期；日期按流动日期筛选（来聊为到达日期，离聊为离开日期）',
    direction: '方向',
    person: '姓名',
    category: '来源/去向',
    place: '省市',
    leftOn: '离开日期',
    arrivedOn: '到达日期',
    left: '离开',
    arrived: '到达',
    transport: '交通方式',
    health: '健康状况',
    observationEnds: '观察期截止',
    inObservation: '观察中',
    onlyObservation: '仅看14天观察期内',
    export: '导出Excel',
    exportNote: '导出文件中的姓名已脱敏，每次导出均记入审计日志',
    exported: '已导出 {{name}}',
    exportTooMany: '符合条件的记录过多，请缩小区划或日期范围后再导出',
    total: '共 {{total}} 条',
  },
};

const en: typeof zh = {
  movements: {
    title: 'Arrivals & departures',
    hint: 'People arriving in or leaving the city; arrivals are observed for 14 days. Dates filter by the movement day (arrival for arrivals, departure for departures)',
    direction: 'Direction',
    person: 'Name',
    category: 'From / to',
    place: 'Province / city',
    leftOn: 'Left on',
    arrivedOn: 'Arrived on',
    left: 'Left',
    arrived: 'Arrived',
    transport: 'Transport',
    health: 'Health',
    observationEnds: 'Observation ends',
    inObservation: 'Observing',
    onlyObservation: 'Only within the 14-day observation',
    export: 'Export to Excel',
    exportNote: 'Names are masked in the export, and every export is recorded in the audit log',
    exported: 'Exported {{name}}',
    exportTooMany: 'Too many records match; narrow the region or dates and export again',
    total: '{{total}} records',
  },
};

/** Movements: `movements.*`. */
export const movementsMessages = { zh, en };
