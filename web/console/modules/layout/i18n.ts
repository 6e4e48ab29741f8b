const zh = {
  app: {
    title: '{{city}}网格化疫情防控平台',
    footer: '{{city}}社会治安综合治理中心 · 网格化疫情防控平台 EpiGrid · © {{year}}',
  },
  header: { logout: '退出' },
  narrow: { menu: '打开菜单' },
  nav: {
    home: '首页', overview: '指挥中心', map: '地图', regions: '区划网格', users: '用户管理', audit: '审计日志',
    field: '基层工作', households: '住户', persons: '人员', movements: '人员流动', events: '事件', workers: '网格员',
    'event-stats': '事件统计', departments: '部门管理',
    vital: '体征监测', 'vital-signs': '监测概况', warnings: '预警核实', checkpoints: '卡点管理', rules: '预警规则',
    cases: '病例登记',
    briefing: '疫情日报',
    instructions: '指令通知',
  },
};

const en: typeof zh = {
  app: {
    title: '{{city}} Grid-based Epidemic Prevention & Control',
    footer: '{{city}} Comprehensive Governance Centre · EpiGrid grid-based epidemic prevention and control · © {{year}}',
  },
  header: { logout: 'Sign out' },
  narrow: { menu: 'Open the menu' },
  nav: {
    home: 'Home', overview: 'Command centre', map: 'Map', regions: 'Regions & grids', users: 'Users', audit: 'Audit log',
    field: 'Field work', households: 'Households', persons: 'People', movements: 'Movements', events: 'Events', workers: 'Grid workers',
    'event-stats': 'Event statistics', departments: 'Departments',
    vital: 'Vital signs', 'vital-signs': 'Overview', warnings: 'Warnings', checkpoints: 'Checkpoints', rules: 'Warning rules',
    cases: 'Case register',
    briefing: 'Daily briefing',
    instructions: 'Instructions',
  },
};

/** The console frame: title, header, narrow-screen menu and navigation: `app.*`, `header.*`, `narrow.*`, `nav.*`. */
export const layoutMessages = { zh, en };
