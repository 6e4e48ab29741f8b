const zh = {
  common: {
    loading: '加载中…',
    loadFailed: '加载失败',
    retry: '重试',
    none: '—',
    save: '保存',
    close: '关闭',
    reset: '重置',
    search: '查询',
    actions: '操作',
    pageNotFound: '您访问的页面不存在',
    backHome: '返回首页',
  },
  list: {
    total: '共 {{total}} 条',
    previous: '上一页',
    next: '下一页',
    page: '第 {{page}} 页',
    pageOf: '第 {{page}} / {{pages}} 页',
    pageSize: '{{size}} 条/页',
  },
};

const en: typeof zh = {
  common: {
    loading: 'Loading…',
    loadFailed: 'Could not load',
    retry: 'Retry',
    none: '—',
    save: 'Save',
    close: 'Close',
    reset: 'Reset',
    search: 'Search',
    actions: 'Actions',
    pageNotFound: 'This page does not exist',
    backHome: 'Back to home',
  },
  list: {
    total: '{{total}} in all',
    previous: 'Previous',
    next: 'Next',
    page: 'Page {{page}}',
    pageOf: 'Page {{page}} of {{pages}}',
    pageSize: '{{size}} / page',
  },
};

/** Words every console module uses: `common.*`, and the pager of every list: `list.*`. */
export const commonMessages = { zh, en };
