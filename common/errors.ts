/**
 * Stable error codes of the API, with the message each shows to users. The server answers
 * `{ error: { code, message, fields } }`; the web apps translate `code` with this table.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, zh: '提交的内容有误，请检查标出的字段', en: 'Some fields are invalid' },
  BAD_REQUEST: { status: 400, zh: '请求格式不正确', en: 'The request is malformed' },
  INVALID_REGISTER: { status: 422, zh: '登记表有误，未导入任何内容', en: 'The register has errors; nothing was imported' },
  INVALID_LAYER: { status: 422, zh: '图层数据有误，未导入任何内容', en: 'The layer is invalid; nothing was imported' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please sign in' },
  INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  ACCOUNT_LOCKED: { status: 423, zh: '从此处登录失败次数过多，该账号在此处已临时锁定', en: 'Too many failed sign-ins from here; this account is locked here for a while' },
  LOGIN_THROTTLED: { status: 429, zh: '该账号近期登录失败较多，请稍候再试', en: 'Many failed sign-ins on this account; wait a moment and try again' },
  ACCOUNT_DISABLED: { status: 403, zh: '账号已停用', en: 'This account is disabled' },
  FORBIDDEN: { status: 403, zh: '没有执行此操作的权限', en: 'You are not allowed to do this' },
  OUT_OF_SCOPE: { status: 403, zh: '超出您的管辖范围', en: 'Outside your jurisdiction' },
  ORIGIN_REJECTED: { status: 403, zh: '请求来源不被允许', en: 'Request origin not allowed' },
  NOT_FOUND: { status: 404, zh: '未找到', en: 'Not found' },
  REGION_NOT_FOUND: { status: 404, zh: '区划不存在', en: 'Region not found' },
  USER_NOT_FOUND: { status: 404, zh: '用户不存在', en: 'User not found' },
  TOKEN_UNKNOWN: { status: 404, zh: '二维码无效，请扫描卡点张贴的二维码', en: 'Unknown QR code' },
  TOKEN_ROTATED: { status: 410, zh: '此二维码已更换，请扫描卡点张贴的新二维码', en: 'This QR code was replaced; scan the new poster' },
  CHECKPOINT_CLOSED: { status: 410, zh: '该卡点已停用', en: 'This checkpoint is closed' },
  CHECKPOINT_NOT_FOUND: { status: 404, zh: '卡点不存在', en: 'Checkpoint not found' },
  WARNING_NOT_FOUND: { status: 404, zh: '预警不存在', en: 'Warning not found' },
  ALREADY_VERIFIED: { status: 409, zh: '该预警已核实', en: 'This warning is already verified' },
  HOUSEHOLD_NOT_FOUND: { status: 404, zh: '住户不存在', en: 'Household not found' },
  PERSON_NOT_FOUND: { status: 404, zh: '人员不存在', en: 'Person not found' },
  EVENT_NOT_FOUND: { status: 404, zh: '事件不存在', en: 'Event not found' },
  CASE_NOT_FOUND: { status: 404, zh: '病例不存在', en: 'Case not found' },
  INSTRUCTION_NOT_FOUND: { status: 404, zh: '指令不存在', en: 'Instruction not found' },
  INSTRUCTION_WITHDRAWN: { status: 409, zh: '该指令已撤回', en: 'This instruction was withdrawn' },
  REMIND_TOO_SOON: { status: 429, zh: '5分钟内已催办过，请稍后再试', en: 'Reminded less than 5 minutes ago; try again later' },
  NOT_ASSIGNEE: { status: 403, zh: '该事件未派遣给您或您的部门', en: 'This event is not dispatched to you or your department' },
  DEPARTMENT_NOT_FOUND: { status: 404, zh: '部门不存在', en: 'Department not found' },
  DEPARTMENT_EXISTS: { status: 409, zh: '该区划下已有同名部门', en: 'The region already has a department of this name' },
  REQUEST_PENDING: { status: 409, zh: '该事件已有待审批的申请', en: 'The event already has a request awaiting a decision' },
  REQUEST_NOT_FOUND: { status: 404, zh: '申请不存在或已审批', en: 'No such request awaiting a decision' },
  SHIFT_NOT_FOUND: { status: 404, zh: '值班记录不存在', en: 'Duty shift not found' },
  OUTSIDE_ALL_GRIDS: { status: 404, zh: '该位置不在任何网格内', en: 'The location is outside every grid' },
  USERNAME_TAKEN: { status: 409, zh: '用户名已被使用', en: 'Username already taken' },
  ID_IN_USE: { status: 409, zh: '该编号已被其他记录使用', en: 'This id is already used by another record' },
  PERSON_EXISTS: { status: 409, zh: '该身份证号已登记，请勿重复登记', en: 'A person with this ID number is already registered' },
  HOUSEHOLD_DUPLICATE_ADDRESS: { status: 409, zh: '本网格已有相同地址的住户', en: 'The grid already has a household at this address' },
  NOT_ON_DUTY: { status: 409, zh: '当前没有进行中的值班', en: 'No open duty shift' },
  ALREADY_ON_DUTY: { status: 409, zh: '已在值班中，请先结束当前值班', en: 'Already on duty; end the open shift first' },
  INVALID_TRANSITION: { status: 409, zh: '当前状态下不能执行该操作', en: 'Not allowed from the current status' },
  CONFLICT: { status: 409, zh: '数据已被修改，请刷新后重试', en: 'The data changed; reload and try again' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '提交的数据过大', en: 'The request is too large' },
  RATE_LIMITED: { status: 429, zh: '操作过于频繁，请稍后再试', en: 'Too many requests; try again shortly' },
  INTERNAL: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的提交格式', en: 'Unsupported content type' },
  UNAVAILABLE: { status: 503, zh: '服务暂不可用', en: 'Service unavailable' },
  DATABASE_UNAVAILABLE: { status: 503, zh: '数据库暂时无法连接，请稍后重试', en: 'The database is unreachable for now; try again shortly' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: Record<string, string>; requestId?: string };
}
