const zh = {
  workers: {
    title: '网格员',
    hint: '{{region}}范围内网格员的今日工作和在岗状态',
    status: '状态',
    statusName: { on_duty: '在岗值班', active_today: '今日活跃', inactive: '未活跃' },
    name: '姓名',
    username: '账号',
    grid: '网格',
    lastActivity: '最近活动',
    noActivity: '暂无活动',
    today: '今日工作',
    visits: '走访',
    events: '上报',
    movements: '流动登记',
    duty: '值班时长',
    minutes: '{{count}} 分钟',
    hoursMinutes: '{{h}} 小时 {{m}} 分',
    openShift: '当前值班卡点',
    since: '{{time}} 起',
    noShift: '未在值班',
    total: '共 {{total}} 名网格员',
    allWorkers: '网格员总数',
  },
};

const en: typeof zh = {
  workers: {
    title: 'Grid workers',
    hint: 'Today\'s work and duty status of the grid workers in {{region}}',
    status: 'Status',
    statusName: { on_duty: 'On duty', active_today: 'Active today', inactive: 'Inactive' },
    name: 'Name',
    username: 'Username',
    grid: 'Grid',
    lastActivity: 'Last activity',
    noActivity: 'No activity',
    today: 'Today',
    visits: 'Visits',
    events: 'Reports',
    movements: 'Movements',
    duty: 'On duty',
    minutes: '{{count}} min',
    hoursMinutes: '{{h}} h {{m}} min',
    openShift: 'Checkpoint on duty',
    since: 'since {{time}}',
    noShift: 'Not on duty',
    total: '{{total}} grid workers',
    allWorkers: 'Grid workers',
  },
};

/** Grid workers: `workers.*`. */
export const workersMessages = { zh, en };
