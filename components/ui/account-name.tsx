// An account as lists show it: the person's name, the username beside it and,
// for a deactivated account (or unit), a grey "已停用" mark.

export function InactiveMark({ isActive }: { isActive: boolean }) {
  return isActive ? null : <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs text-slate-600">已停用</span>;
}

export function AccountName({ displayName, username, isActive }: { displayName: string; username: string; isActive: boolean }) {
  return (
    <p className="font-medium">
      {displayName} <span className="text-sm text-slate-500">{username}</span>
      <InactiveMark isActive={isActive} />
    </p>
  );
}
