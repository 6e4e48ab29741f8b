const zh = {
  home: {
    title: '工作台',
    welcome: '您好，{{name}}',
    boundTo: '所属辖区：{{path}}',
    account: '账号：{{username}}',
    jurisdiction: '辖区概况 · {{name}}',
    children: '下级区划（{{level}}）',
    openRegions: '进入区划网格',
  },
};

const en: typeof zh = {
  home: {
    title: 'Workbench',
    welcome: 'Welcome, {{name}}',
    boundTo: 'Jurisdiction: {{path}}',
    account: 'Account: {{username}}',
    jurisdiction: 'Jurisdiction overview · {{name}}',
    children: 'Subdivisions ({{level}})',
    openRegions: 'Open the region browser',
  },
};

/** The workbench: `home.*`. */
export const homeMessages = { zh, en };
