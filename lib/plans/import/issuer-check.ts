// A document issued by another place's body is likely imported into the wrong
// bureau (a neighbouring district's 工作要点 picked up by mistake). Compared by
// place name, since a bureau's own plans are often issued by its county's
// party committee or government (中共贺兰县委教育工作领导小组 for 贺兰县教育体育局):
// same place, no warning. Pure; warns, never blocks.

/** The place a body's name starts with: 贺兰县, 银川市金凤区, 宁夏回族自治区. */
export function placeOf(name: string): string | null {
  const body = name.normalize("NFKC").replace(/\s+/g, "").replace(/^中共/, "");
  const match = /^(?:.{1,8}?(?:省|自治区|自治州|市|盟))?(?:.{1,8}?(?:县|区|旗|市))?/u.exec(body);
  const place = match?.[0] ?? "";
  return place.length >= 2 ? place : null;
}

/** Same place when one place name ends the other (银川市金凤区 / 金凤区). */
function samePlace(a: string, b: string): boolean {
  return a.endsWith(b) || b.endsWith(a);
}

export function issuerWarning(issuer: string | null, tenantName: string): string | null {
  if (!issuer) return null;
  const issuerPlace = placeOf(issuer);
  const tenantPlace = placeOf(tenantName);
  if (!issuerPlace || !tenantPlace || samePlace(issuerPlace, tenantPlace)) return null;
  return `发文单位为“${issuer}”，不是本局（${tenantName}）所在地区，请确认这份文件应导入本局`;
}
