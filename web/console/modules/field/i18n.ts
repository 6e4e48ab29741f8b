const zh = {
  field: {
    regionAll: '全部（{{region}}）',
    grid: '所属网格',
    registeredAt: '登记时间',
    from: '开始日期',
    to: '结束日期',
    notRecorded: '未登记',
    coordinates: '经纬度',
    lonLat: '经度 {{lon}}，纬度 {{lat}}',
  },
  sheetImport: {
    templateDone: '已下载 {{name}}',
    allOrNothing: '整张表校验无误才会导入；只要有一处错误，就不导入任何内容。',
    columnsTitle: '各列填写说明（表头须与列名一致）',
    column: '列名',
    required: '必填',
    optional: '选填',
    note: '说明',
    choose: '点击或拖拽 Excel 登记表（.xlsx）到此处',
    chosen: '已选择 {{name}}（{{size}}）',
    limits: '仅支持 .xlsx 文件，不超过 10 MB、5000 行',
    tooLarge: '{{name}} 超过 10 MB，请拆分后分批导入',
    notXlsx: '{{name}} 不是 .xlsx 文件，请在 Excel 中另存为“Excel 工作簿（.xlsx）”后再导入',
    submit: '开始导入',
    problemCount: '共 {{count}} 处问题，请修正后重新导入整张表',
    row: '行号',
    rowColumn: '列',
    problem: '问题',
  },
  // A person's age instead of the birth date beside a masked ID number (docs/api.md).
  personAge: {
    column: '年龄',
    value: '{{age}}岁',
    born: '{{year}}年生，今年{{age}}岁',
  },
};

const en: typeof zh = {
  field: {
    regionAll: 'All of {{region}}',
    grid: 'Grid',
    registeredAt: 'Registered at',
    from: 'From',
    to: 'To',
    notRecorded: 'Not recorded',
    coordinates: 'Coordinates',
    lonLat: 'Lon {{lon}}, lat {{lat}}',
  },
  sheetImport: {
    templateDone: 'Downloaded {{name}}',
    allOrNothing: 'The register is imported only if every row is valid; a single problem imports nothing.',
    columnsTitle: 'Columns (headers must read exactly as below)',
    column: 'Column',
    required: 'Required',
    optional: 'Optional',
    note: 'Notes',
    choose: 'Click or drag an Excel register (.xlsx) here',
    chosen: '{{name}} chosen ({{size}})',
    limits: '.xlsx only, at most 10 MB and 5,000 rows',
    tooLarge: '{{name}} is larger than 10 MB; split it and import the parts one by one',
    notXlsx: '{{name}} is not an .xlsx file; save it in Excel as "Excel Workbook (.xlsx)" and import it again',
    submit: 'Import',
    problemCount: '{{count}} problem(s) found; fix them and import the whole register again',
    row: 'Row',
    rowColumn: 'Column',
    problem: 'Problem',
  },
  // A person's age instead of the birth date beside a masked ID number (docs/api.md).
  personAge: {
    column: 'Age',
    value: '{{age}}',
    born: 'Born {{year}}, {{age}} this year',
  },
};

/** What the field-work lists share: filters, sheet imports, a person's age: `field.*`, `sheetImport.*`, `personAge.*`. */
export const fieldMessages = { zh, en };
