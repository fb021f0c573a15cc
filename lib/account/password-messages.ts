// The password change form's words (/account, /account/password).
export const PASSWORD_MESSAGES = {
  wrongCurrent: "当前密码不正确",
  throttled: "当前密码错误次数过多，请稍后再试",
  sameAsCurrent: "新密码不能与当前密码相同",
  mismatch: "两次输入的新密码不一致",
  changed: "密码已修改，其他设备上的登录已退出",
  failed: "修改密码失败，请稍后重试",
  mustChange: "您正在使用管理员发放的一次性密码，请先设置自己的密码再继续使用。",
} as const;
