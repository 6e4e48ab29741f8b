const zh = {
  login: {
    product: '网格化疫情防控平台',
    tagline: 'EpiGrid · 综治中心网格化管理 · 精准防控',
    heading: '用户登录',
    username: '用户名',
    usernamePlaceholder: '请输入用户名',
    usernameRequired: '请输入用户名',
    password: '密码',
    passwordPlaceholder: '请输入密码',
    passwordRequired: '请输入密码',
    submit: '登 录',
    notice: '本系统仅限授权工作人员使用，所有操作均记入审计日志',
    footer: '网格化疫情防控平台 EpiGrid · © {{year}}',
    lockedUntil: '{{message}}，请于 {{time}} 后再试',
  },
  password: {
    title: '修改密码',
    hint: '修改后您在其他设备上的登录将失效，本设备保持登录。',
    current: '当前密码',
    currentRequired: '请输入当前密码',
    submit: '修改',
    changed: '密码已修改',
  },
};

const en: typeof zh = {
  login: {
    product: 'EpiGrid',
    tagline: 'Grid-based epidemic prevention and control platform',
    heading: 'Sign in',
    username: 'Username',
    usernamePlaceholder: 'Your username',
    usernameRequired: 'Enter your username',
    password: 'Password',
    passwordPlaceholder: 'Your password',
    passwordRequired: 'Enter your password',
    submit: 'Sign in',
    notice: 'For authorised staff only. Every action is recorded in the audit log.',
    footer: 'EpiGrid grid-based epidemic prevention and control · © {{year}}',
    lockedUntil: '{{message}} (until {{time}})',
  },
  password: {
    title: 'Change password',
    hint: 'Your sessions on other devices end; this one stays signed in.',
    current: 'Current password',
    currentRequired: 'Enter your current password',
    submit: 'Change',
    changed: 'Password changed',
  },
};

/** Signing in and changing one's own password: `login.*`, `password.*`. */
export const authMessages = { zh, en };
