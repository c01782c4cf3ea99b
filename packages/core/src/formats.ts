/**
 * Entry point `@openphone-sdk/core/formats`: checkers of the string formats the spec uses, referenced by
 * generated rules (`{ t: "s", f: dateTimeFormat }`) and run by `check`. A separate entry, like
 * `validate-responses`: only the operations that take a date-time or a URI bundle their checker.
 */
import type { Format } from "./validate.js";

export type { Format } from "./validate.js";

/**
 * RFC 3339 `date-time` with each field in range (the day against its month is checked apart). Run on at
 * most 64 characters: RFC 3339 allows any number of fractional-second digits, no real timestamp has 40.
 */
const DATE_TIME =
  /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(\.\d+)?([Zz]|([+-])([01]\d|2[0-3]):([0-5]\d))$/;

/**
 * `format: "date-time"` as RFC 3339 section 5.6 defines it (what JSON Schema 2020-12 means): `T` (or `t`)
 * between date and time, never a space; a real day of the month, leap years included; hour 00-23, minute
 * 00-59; offset `Z` or `±HH:MM` (no `+0530`). Second 60 is a leap second, which RFC 3339 section 5.7
 * allows only as the last second of a UTC day: accepted at 23:59:60 UTC (after the offset), refused
 * elsewhere; the date is not looked up in the table of leap seconds actually inserted.
 */
export const dateTimeFormat: Format = (value) => {
  const m = value.length < 65 ? DATE_TIME.exec(value) : null;
  if (m) {
    const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const leapYear = !(year % 4) && (!!(year % 100) || !(year % 400));
    // 28 or 29 days in February; 31 in odd months up to July and in even ones after.
    const days = month === 2 ? 28 + +leapYear : 30 + ((month + (month >> 3)) & 1);
    const offset = (m[9] === "-" ? -1 : 1) * ((Number(m[10]) || 0) * 60 + (Number(m[11]) || 0));
    const utcMinute = (hour * 60 + minute - offset + 1440) % 1440;
    if (day <= days && (second < 60 || utcMinute === 1439)) return undefined;
  }
  return "must be an RFC 3339 date-time like 2022-01-01T00:00:00Z";
};

/** Longest URI checked (a longer one is refused): 8 KiB, the request-line limit of common HTTP servers. */
const MAX_URI = 8192;
/**
 * RFC 3986 section 3 (`URI`): scheme `:` then either `//` authority (userinfo `@`, host: a bracketed IP
 * literal or a reg-name, `:` port) and a path of `/` segments, or a path without authority; then `?` query
 * and `#` fragment. Only the RFC's characters, and `%` only before two hex digits. Each repetition's
 * alternatives exclude each other, so matching is linear.
 */
const URI =
  /^[A-Za-z][A-Za-z\d+.-]*:(?:\/\/(?:(?:[\w\-.~!$&'()*+,;=:]|%[\dA-Fa-f]{2})*@)?(?:\[[\w\-.~!$&'()*+,;=:]+\]|(?:[\w\-.~!$&'()*+,;=]|%[\dA-Fa-f]{2})*)(?::\d*)?(?:\/(?:[\w\-.~!$&'()*+,;=:@]|%[\dA-Fa-f]{2})*)*|(?!\/\/)(?:[\w\-.~!$&'()*+,;=:@/]|%[\dA-Fa-f]{2})*)(?:\?(?:[\w\-.~!$&'()*+,;=:@/?]|%[\dA-Fa-f]{2})*)?(?:#(?:[\w\-.~!$&'()*+,;=:@/?]|%[\dA-Fa-f]{2})*)?$/;

/** An IPvFuture literal (RFC 3986 section 3.2.2): `v`, a hex version, `.`, then the RFC's characters. */
const IP_FUTURE = /^v[\dA-Fa-f]+\.[\w\-.~!$&'()*+,;=:]+$/;

/**
 * `format: "uri"`: an absolute URI in RFC 3986 syntax (so no space, `{`, `|`, non-ASCII letter or bad
 * `%` escape, which a URL parser would silently encode). The pattern admits `[` only around an IP literal;
 * an IPv6 literal's address is checked by the platform's `URL`. Nothing else is asked of `URL`: RFC 3986
 * allows what WHATWG URL refuses (a reg-name host ending in a number, like `https://a.b.3`, which
 * json-schema-faker and so Prism generate; a port above 65535), and a valid call must not be refused.
 */
export const uriFormat: Format = (value) => {
  if (value.length <= MAX_URI && URI.test(value)) {
    const literal = /\[([^\]]*)\]/.exec(value)?.[1];
    if (literal === undefined || IP_FUTURE.test(literal) || URL.canParse(`http://[${literal}]/`)) return undefined;
  }
  return "must be an absolute URI (RFC 3986) like https://example.com/path";
};
