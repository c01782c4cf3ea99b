/**
 * The oracle's formats: `date-time` (RFC 3339 section 5.6) and `uri` (RFC 3986 appendix A), written from the
 * RFCs' grammars for the differential test, on purpose without core's code (`@openphone-sdk/core/formats`),
 * so that a mistake in one is not repeated in the other. Stricter than ajv-formats where the RFC is:
 * ajv-formats' `date-time` takes a space for `T` and `+0530` for `+05:30`.
 */

/**
 * RFC 3339 section 5.6:
 *   date-time = full-date "T" full-time; full-date = date-fullyear "-" date-month "-" date-mday
 *   full-time = partial-time time-offset; partial-time = time-hour ":" time-minute ":" time-second [time-secfrac]
 *   time-offset = "Z" / time-numoffset; time-numoffset = ("+" / "-") time-hour ":" time-minute
 * with "T" and "Z" case-insensitive (ABNF strings, section 5.6 note). Ranges (section 5.7): month 01-12,
 * mday 01-28/29/30/31 by month and leap year, hour 00-23, minute 00-59, second 00-60 where 60 is a leap
 * second, which is only ever inserted as the last second of a UTC day (23:59:60Z).
 */
export function rfc3339DateTime(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as number[] as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const offsetHour = m[8] === undefined ? 0 : Number(m[8]);
  const offsetMinute = m[9] === undefined ? 0 : Number(m[9]);
  if (month < 1 || month > 12 || day < 1) return false;
  // The calendar knows each month's length and the leap years: the day must not roll over into the next month.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1) return false;
  if (hour > 23 || minute > 59 || second > 60 || offsetHour > 23 || offsetMinute > 59) return false;
  if (second === 60) {
    const sign = m[7] === "-" ? -1 : 1;
    const utc = new Date(Date.UTC(2000, 0, 1, hour, minute) - sign * (offsetHour * 60 + offsetMinute) * 60_000);
    return utc.getUTCHours() === 23 && utc.getUTCMinutes() === 59;
  }
  return true;
}

// RFC 3986 appendix A, rule by rule.
const HEXDIG = "[0-9A-Fa-f]";
const pctEncoded = `%${HEXDIG}${HEXDIG}`;
const unreserved = "[A-Za-z0-9\\-._~]";
const subDelims = "[!$&'()*+,;=]";
const pchar = `(?:${unreserved}|${pctEncoded}|${subDelims}|[:@])`;
const decOctet = "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])";
const IPv4address = `${decOctet}\\.${decOctet}\\.${decOctet}\\.${decOctet}`;
const h16 = `${HEXDIG}{1,4}`;
const ls32 = `(?:${h16}:${h16}|${IPv4address})`;
const IPv6address = `(?:${[
  `(?:${h16}:){6}${ls32}`,
  `::(?:${h16}:){5}${ls32}`,
  `(?:${h16})?::(?:${h16}:){4}${ls32}`,
  `(?:(?:${h16}:){0,1}${h16})?::(?:${h16}:){3}${ls32}`,
  `(?:(?:${h16}:){0,2}${h16})?::(?:${h16}:){2}${ls32}`,
  `(?:(?:${h16}:){0,3}${h16})?::${h16}:${ls32}`,
  `(?:(?:${h16}:){0,4}${h16})?::${ls32}`,
  `(?:(?:${h16}:){0,5}${h16})?::${h16}`,
  `(?:(?:${h16}:){0,6}${h16})?::`,
].join("|")})`;
const IPvFuture = `[vV]${HEXDIG}+\\.(?:${unreserved}|${subDelims}|:)+`;
const IPLiteral = `\\[(?:${IPv6address}|${IPvFuture})\\]`;
const regName = `(?:${unreserved}|${pctEncoded}|${subDelims})*`;
const host = `(?:${IPLiteral}|${IPv4address}|${regName})`;
const userinfo = `(?:${unreserved}|${pctEncoded}|${subDelims}|:)*`;
const authority = `(?:${userinfo}@)?${host}(?::[0-9]*)?`;
const segment = `${pchar}*`;
const segmentNz = `${pchar}+`;
const pathAbempty = `(?:/${segment})*`;
const pathAbsolute = `/(?:${segmentNz}(?:/${segment})*)?`;
const pathRootless = `${segmentNz}(?:/${segment})*`;
const hierPart = `(?://${authority}${pathAbempty}|${pathAbsolute}|${pathRootless}|)`;
const queryOrFragment = `(?:${pchar}|[/?])*`;
const scheme = "[A-Za-z][A-Za-z0-9+\\-.]*";
const URI = new RegExp(`^${scheme}:${hierPart}(?:\\?${queryOrFragment})?(?:#${queryOrFragment})?$`);

/** RFC 3986 section 3: `URI = scheme ":" hier-part [ "?" query ] [ "#" fragment ]` (an absolute URI). */
export function rfc3986Uri(value: string): boolean {
  // The test's values are short; the bound only keeps a backtracking mistake here from hanging the run.
  return value.length <= 10_000 && URI.test(value);
}
