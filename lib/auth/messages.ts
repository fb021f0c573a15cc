// Every Chinese word the sign-in and account pages show, in one place.
export const SIGN_IN_MESSAGES = {
  missing: "请输入用户名和密码",
  invalid: "用户名或密码错误",
  inactive: "该账号已停用，请联系本单位管理员",
  throttled: "登录尝试过于频繁，请稍后再试",
  failed: "登录失败，请稍后重试",
} as const;

export const ACCOUNT_MESSAGES = {
  endedAll: "已退出所有设备，请重新登录",
  endedMember: (count: number) => (count > 0 ? `已结束该用户的 ${count} 个登录会话` : "该用户当前没有登录会话"),
  dismissed: "已知晓",
  userNotFound: "用户不存在",
} as const;

/** "最近有 N 次失败的登录尝试，最后一次 … 来自 …" */
export function failedAttemptsNotice(count: number, lastAt: string, lastAddress: string): string {
  return `最近有 ${count} 次失败的登录尝试，最后一次 ${lastAt} 来自 ${lastAddress}`;
}

/** Single sign-on (统一身份认证): the login page's button, and why an identity the provider vouched for was refused. */
export const SSO_MESSAGES = {
  // Not "…登录": the password form's button is 登录, and one name should find one button.
  button: "统一身份认证",
  redirecting: "正在前往统一身份认证…",
  or: "或使用",
  unknown: "该统一身份认证账号未开通本平台账号，请联系本单位管理员",
  inactive: SIGN_IN_MESSAGES.inactive,
  platformAdmin: "平台管理员不能通过统一身份认证登录，请使用用户名和密码登录",
  noUsername: "统一身份认证未提供用户名，无法登录，请联系管理员",
  failed: "统一身份认证登录失败，请稍后重试",
} as const;
