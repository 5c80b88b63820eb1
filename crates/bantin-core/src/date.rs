//! Feed timestamps (RFC 3339) and their display in the portal's time zone.
//!
//! A news portal shows every time in its own zone (Vietnam: UTC+7) whatever
//! zone the reader's device is set to, so nothing here asks the browser for
//! its zone: a [`Timestamp`] is converted with an explicit [`UtcOffset`].

use crate::text::trim;
use std::fmt;

/// A moment in time: whole seconds since 1970-01-01T00:00:00Z.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(i64);

/// A fixed offset from UTC, in minutes east of Greenwich.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UtcOffset(i32);

/// A calendar date and wall-clock time in some zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalDateTime {
    /// Full year, e.g. 2023.
    pub year: i32,
    /// Month of the year, 1–12.
    pub month: u8,
    /// Day of the month, 1–31.
    pub day: u8,
    /// Hour, 0–23.
    pub hour: u8,
    /// Minute, 0–59.
    pub minute: u8,
    /// The offset this time is expressed in.
    pub offset: UtcOffset,
}

impl UtcOffset {
    /// Vietnam's zone, the default for a portal that does not say otherwise.
    pub const VIETNAM: Self = Self(7 * 60);
    /// UTC itself.
    pub const UTC: Self = Self(0);

    /// Parses `Z`, `+07:00`, `-03:30`, `+0700` or `+07`; `None` for anything else
    /// or for an offset beyond ±23:59.
    pub fn parse(s: &str) -> Option<Self> {
        let (sign, rest) = match trim(s).as_bytes() {
            [b'z' | b'Z'] => return Some(Self::UTC),
            [b'+', rest @ ..] => (1, rest),
            [b'-', rest @ ..] => (-1, rest),
            _ => return None,
        };
        let (hours, minutes) = match *rest {
            [h1, h2] => (digits(&[h1, h2])?, 0),
            [h1, h2, m1, m2] | [h1, h2, b':', m1, m2] => (digits(&[h1, h2])?, digits(&[m1, m2])?),
            _ => return None,
        };
        (hours < 24 && minutes < 60).then(|| Self(sign * (hours * 60 + minutes) as i32))
    }

    /// Minutes east of UTC.
    pub fn minutes(self) -> i32 {
        self.0
    }
}

impl fmt::Display for UtcOffset {
    /// Writes the offset as RFC 3339 does: `+07:00`, `-03:30`, `+00:00`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { '-' } else { '+' };
        let abs = self.0.unsigned_abs();
        write!(f, "{sign}{:02}:{:02}", abs / 60, abs % 60)
    }
}

impl Timestamp {
    /// Parses an RFC 3339 date-time as JSON Feed requires, tolerating what feeds
    /// in the wild emit: lower-case `t`/`z`, a space for `T`, missing seconds,
    /// fractional seconds, `+0700`, a bare date (midnight), and RSS's RFC 2822
    /// form (`Fri, 31 May 2019 12:17:58 -0700`). A time without a zone is taken
    /// to be in `default_zone`. `None` when it is not a real date.
    pub fn parse(s: &str, default_zone: UtcOffset) -> Option<Self> {
        let s = trim(s);
        let b = s.as_bytes();
        if b.first().is_some_and(u8::is_ascii_alphabetic)
            || b.get(1) == Some(&b' ')
            || b.get(2) == Some(&b' ')
        {
            return Self::parse_rfc2822(s);
        }
        let [y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2, ref rest @ ..] = *b else {
            return None;
        };
        let year = digits(&[y1, y2, y3, y4])? as i32;
        let month = digits(&[m1, m2])? as u8;
        let day = digits(&[d1, d2])? as u8;
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        let (seconds, rest) = match *rest {
            [b'T' | b't' | b' ', ref time @ ..] => clock(time)?,
            _ => (0, rest),
        };
        Some(Self::at(year, month, day, seconds, zone_or(s, rest, default_zone)?))
    }

    /// The moment `seconds` into a day of the calendar, in `zone`.
    fn at(year: i32, month: u8, day: u8, seconds: u32, zone: UtcOffset) -> Self {
        let local = days_from_civil(year, month, day) * 86_400 + i64::from(seconds);
        Self(local - i64::from(zone.0) * 60)
    }

    /// `[Fri, ]31 May 2019 12:17[:58] -0700` (zone `GMT`, `UT`, `Z` or a US
    /// zone name also accepted; a missing zone is an error, as RFC 2822 says).
    fn parse_rfc2822(s: &str) -> Option<Self> {
        let s = match s.split_once(',') {
            Some((weekday, rest)) if weekday.len() == 3 => rest,
            _ => s,
        };
        let mut parts = s.split_whitespace();
        let day = digits(parts.next()?.as_bytes())?;
        let name = parts.next()?;
        let month = MONTHS.iter().position(|m| name.eq_ignore_ascii_case(m))?;
        let month = u8::try_from(month + 1).ok()?;
        let year = match parts.next()?.as_bytes() {
            y if y.len() == 4 => digits(y)? as i32,
            y if y.len() == 2 => {
                let y = digits(y)? as i32;
                if y < 50 { 2000 + y } else { 1900 + y }
            }
            _ => return None,
        };
        let time = parts.next()?;
        let zone = match parts.next()? {
            z if z.eq_ignore_ascii_case("gmt")
                || z.eq_ignore_ascii_case("ut")
                || z.eq_ignore_ascii_case("utc") =>
            {
                UtcOffset::UTC
            }
            z => UtcOffset::parse(z).or_else(|| us_zone(z))?,
        };
        if parts.next().is_some() {
            return None;
        }
        let day = u8::try_from(day).ok().filter(|&day| day >= 1 && day <= days_in_month(year, month))?;
        // A zone written onto the time (`12:17:58Z`) wins over the one after it.
        let (seconds, rest) = clock(time.as_bytes())?;
        Some(Self::at(year, month, day, seconds, zone_or(time, rest, zone)?))
    }

    /// Seconds since the Unix epoch.
    pub fn unix_seconds(self) -> i64 {
        self.0
    }

    /// Builds a timestamp from seconds since the Unix epoch.
    pub fn from_unix_seconds(seconds: i64) -> Self {
        Self(seconds)
    }

    /// The full RFC 3339 form, to the second, at `offset`:
    /// `2023-03-31T12:41:00+07:00`, as `article:published_time` wants it.
    pub fn to_rfc3339_at(self, offset: UtcOffset) -> String {
        let local = self.to_local(offset);
        let second = (self.0 + i64::from(offset.0) * 60).rem_euclid(60);
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{second:02}{offset}",
            local.year, local.month, local.day, local.hour, local.minute
        )
    }

    /// The RFC 822 form (as RFC 2822 writes it) at `offset`, as RSS wants
    /// it: `Fri, 31 Mar 2023 12:41:00 +0700`.
    pub fn to_rfc822_at(self, offset: UtcOffset) -> String {
        const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
        const MONTH_NAMES: [&str; 12] =
            ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        let local = self.to_local(offset);
        let shifted = self.0 + i64::from(offset.0) * 60;
        // 1970-01-01 was a Thursday.
        let weekday = DAYS[shifted.div_euclid(86_400).rem_euclid(7) as usize];
        let month = MONTH_NAMES[usize::from(local.month - 1)];
        let zone = format!("{}", offset).replace(':', "");
        format!(
            "{weekday}, {:02} {month} {:04} {:02}:{:02}:{:02} {zone}",
            local.day,
            local.year,
            local.hour,
            local.minute,
            shifted.rem_euclid(60)
        )
    }

    /// The calendar day it falls on at `offset`.
    pub fn day_at(self, offset: UtcOffset) -> Day {
        let local = self.to_local(offset);
        Day { year: local.year, month: local.month, day: local.day }
    }

    /// The wall-clock date and time at `offset`.
    pub fn to_local(self, offset: UtcOffset) -> LocalDateTime {
        let local = self.0 + i64::from(offset.0) * 60;
        let days = local.div_euclid(86_400);
        let secs = local.rem_euclid(86_400);
        let (year, month, day) = civil_from_days(days);
        LocalDateTime {
            year,
            month,
            day,
            hour: (secs / 3600) as u8,
            minute: (secs % 3600 / 60) as u8,
            offset,
        }
    }
}

impl LocalDateTime {
    /// `HH:mm`, as in "Cập nhật lúc 12:41".
    pub fn clock(&self) -> String {
        format!("{:02}:{:02}", self.hour, self.minute)
    }

    /// `DD/MM/YYYY`, the Vietnamese day-first form.
    pub fn date_dmy(&self) -> String {
        format!("{:02}/{:02}/{:04}", self.day, self.month, self.year)
    }

    /// A machine-readable form for `<time datetime>`: `2023-03-31T12:41+07:00`.
    pub fn to_rfc3339(&self) -> String {
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}{}",
            self.year, self.month, self.day, self.hour, self.minute, self.offset
        )
    }
}

const MONTHS: [&str; 12] =
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// The North American zone names RFC 2822 keeps from RFC 822, with their
/// offsets in hours.
const US_ZONES: [(&str, i32); 8] =
    [("EST", -5), ("EDT", -4), ("CST", -6), ("CDT", -5), ("MST", -7), ("MDT", -6), ("PST", -8), ("PDT", -7)];

fn us_zone(name: &str) -> Option<UtcOffset> {
    US_ZONES.iter().find(|(zone, _)| name.eq_ignore_ascii_case(zone)).map(|&(_, hours)| UtcOffset(hours * 60))
}

/// `HH:MM[:SS[.fraction]]` at the start of `time`: the seconds into the day
/// it names, and what follows it.
fn clock(time: &[u8]) -> Option<(u32, &[u8])> {
    let [h1, h2, b':', m1, m2, ref rest @ ..] = *time else {
        return None;
    };
    let (hour, minute) = (digits(&[h1, h2])?, digits(&[m1, m2])?);
    let (mut second, mut rest) = (0, rest);
    if let Some(seconds) = rest.strip_prefix(b":") {
        let [s1, s2, ref after @ ..] = *seconds else {
            return None;
        };
        second = digits(&[s1, s2])?;
        rest = after;
        if let [b'.' | b',', ref fraction @ ..] = *rest {
            let end = fraction.iter().position(|b| !b.is_ascii_digit()).unwrap_or(fraction.len());
            if end == 0 {
                return None;
            }
            rest = &fraction[end..];
        }
    }
    // A leap second (:60) is shown as the last second of its minute.
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    Some((hour * 3600 + minute * 60 + second.min(59), rest))
}

/// The zone that `rest`, the end of `s`, names; `default_zone` when there is
/// none.
fn zone_or(s: &str, rest: &[u8], default_zone: UtcOffset) -> Option<UtcOffset> {
    if rest.is_empty() {
        return Some(default_zone);
    }
    UtcOffset::parse(s.get(s.len() - rest.len()..)?)
}

/// Parses a field of ASCII digits only (no sign, no spaces), in one pass;
/// `None` also beyond `u32::MAX`.
fn digits(field: &[u8]) -> Option<u32> {
    if field.is_empty() {
        return None;
    }
    // Not `char::to_digit` or `str::parse`: either costs several times this in wasm.
    let mut value: u32 = 0;
    for &b in field {
        if !b.is_ascii_digit() {
            return None;
        }
        value = value.checked_mul(10)?.checked_add(u32::from(b - b'0'))?;
    }
    Some(value)
}

/// A day of the calendar, as a document's dates are given (`2024-03-15`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    /// Full year.
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month.
    pub day: u8,
}

impl Day {
    /// Parses `YYYY-MM-DD`; `None` for anything else or a day the calendar
    /// does not have.
    pub fn parse(s: &str) -> Option<Self> {
        let [y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = *trim(s).as_bytes() else {
            return None;
        };
        let year = i32::try_from(digits(&[y1, y2, y3, y4])?).ok()?;
        let month = u8::try_from(digits(&[m1, m2])?).ok()?;
        let day = u8::try_from(digits(&[d1, d2])?).ok()?;
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(Self {
            year,
            month,
            day,
        })
    }

    /// `2024-03-15`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The day after.
    pub fn next(self) -> Self {
        let (year, month, day) = civil_from_days(days_from_civil(self.year, self.month, self.day) + 1);
        Self { year, month, day }
    }

    /// The start of the day, for the interface's date formats.
    pub fn start(self) -> LocalDateTime {
        LocalDateTime {
            year: self.year,
            month: self.month,
            day: self.day,
            hour: 0,
            minute: 0,
            offset: UtcOffset::UTC,
        }
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Days since 1970-01-01 in the proleptic Gregorian calendar, after Howard
// Hinnant's `days_from_civil` (exact for every year an i32 holds).
fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (i64::from(month) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

// The inverse of `days_from_civil`.
fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year as i32, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generated::{Rng, every_string, mutated};
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn the_day_after_crosses_months_years_and_leap_days() {
        let next = |s: &str| Day::parse(s).map(|d| d.next().iso());
        assert_eq!(next("2024-02-28").as_deref(), Some("2024-02-29"));
        assert_eq!(next("2023-02-28").as_deref(), Some("2023-03-01"));
        assert_eq!(next("2023-12-31").as_deref(), Some("2024-01-01"));
        let late =
            Timestamp::parse("2023-03-20T18:30:00Z", UtcOffset::UTC).map(|t| t.day_at(UtcOffset::VIETNAM));
        assert_eq!(late.map(Day::iso).as_deref(), Some("2023-03-21"));
    }

    fn vn(s: &str) -> LocalDateTime {
        Timestamp::parse(s, UtcOffset::VIETNAM)
            .unwrap_or_else(|| panic!("{s} should parse"))
            .to_local(UtcOffset::VIETNAM)
    }

    #[test]
    fn rss_dates_are_rfc_822_with_the_weekday_and_the_portal_zone() {
        let at = |s: &str| Timestamp::parse(s, UtcOffset::VIETNAM).unwrap_or_else(|| panic!("{s}"));
        assert_eq!(
            at("2023-03-31T05:41:09Z").to_rfc822_at(UtcOffset::VIETNAM),
            "Fri, 31 Mar 2023 12:41:09 +0700"
        );
        assert_eq!(
            at("2023-01-01T00:00:00Z").to_rfc822_at(UtcOffset::UTC),
            "Sun, 01 Jan 2023 00:00:00 +0000"
        );
        assert_eq!(
            at("1969-12-31T23:59:59Z").to_rfc822_at(UtcOffset::UTC),
            "Wed, 31 Dec 1969 23:59:59 +0000"
        );
    }

    #[test]
    fn seed_time_reads_as_on_the_portal() {
        let t = vn("2023-03-31T12:41:00+07:00");
        assert_eq!((t.clock(), t.date_dmy()), ("12:41".into(), "31/03/2023".into()));
    }

    #[test]
    fn utc_evening_crosses_midnight_into_the_next_vietnamese_day() {
        let t = vn("2023-03-20T18:30:00Z");
        assert_eq!((t.clock(), t.date_dmy()), ("01:30".into(), "21/03/2023".into()));
        // ...and the last day of a year rolls into the next year.
        let t = vn("2022-12-31T17:00:00Z");
        assert_eq!((t.clock(), t.date_dmy()), ("00:00".into(), "01/01/2023".into()));
    }

    #[test]
    fn other_offsets_are_converted_to_the_portal_zone() {
        let t = vn("2023-03-31T00:41:00-05:00");
        assert_eq!((t.clock(), t.date_dmy()), ("12:41".into(), "31/03/2023".into()));
    }

    #[test]
    fn tolerates_common_deviations() {
        let expected = vn("2023-03-31T12:41:00+07:00");
        for s in [
            "2023-03-31t05:41:00z",
            "2023-03-31 12:41:00+07:00",
            "2023-03-31T12:41+07:00",
            "2023-03-31T12:41:00.123456+0700",
            "2023-03-31T12:41:00+07",
            "  2023-03-31T05:41:00.5Z ",
            "2023-03-31T12:41:00",
        ] {
            assert_eq!(vn(s), expected, "{s}");
        }
        assert_eq!(vn("2023-03-31").clock(), "00:00");
    }

    #[test]
    fn rss_dates_are_understood() {
        let expected = vn("2019-05-31T12:17:58-07:00");
        for s in [
            "Fri, 31 May 2019 12:17:58 -0700",
            "31 May 2019 19:17:58 GMT",
            "Fri, 31 may 19 12:17:58 PDT",
            "Sat, 01 Jun 2019 02:17:58 +0700",
        ] {
            assert_eq!(vn(s), expected, "{s}");
        }
        assert_eq!(vn("1 Jun 2019 02:17 +0700").clock(), "02:17");
        for s in
            ["Fri, 31 May 2019 12:17:58", "Fri, 32 May 2019 12:17:58 GMT", "Fri, 31 Mai 2019 12:17:58 GMT"]
        {
            assert_eq!(Timestamp::parse(s, UtcOffset::VIETNAM), None, "{s}");
        }
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for s in [
            "",
            "yesterday",
            "31/03/2023",
            "2023-02-29T10:00:00Z",
            "2023-13-01T10:00:00Z",
            "2023-04-31T10:00:00Z",
            "2023-03-31T24:00:00Z",
            "2023-03-31T12:41:00+25:00",
            "2023-03-31T12:41:00 GMT",
            "2023-03-31T12:4",
            "2023-03-31T12:41:00.Z",
            "+023-03-31T12:41:00Z",
            "２０２３-03-31",
            "2023-03-31T1é:41:00Z",
            "2023-03-31T12:41:00+é00",
            "2023-03-31T12:41:0é",
        ] {
            assert_eq!(Timestamp::parse(s, UtcOffset::VIETNAM), None, "{s:?}");
        }
    }

    #[test]
    fn leap_days_and_far_years_round_trip() {
        for (s, dmy) in [
            ("2024-02-29T08:00:00Z", "29/02/2024"),
            ("2000-02-29T08:00:00Z", "29/02/2000"),
            ("1969-12-31T08:00:00Z", "31/12/1969"),
            ("0001-01-01T08:00:00Z", "01/01/0001"),
            ("9999-12-31T08:00:00Z", "31/12/9999"),
        ] {
            assert_eq!(vn(s).date_dmy(), dmy);
        }
        let epoch = Timestamp::parse("1970-01-01T00:00:00Z", UtcOffset::UTC);
        assert_eq!(epoch.map(Timestamp::unix_seconds), Some(0));
    }

    #[test]
    fn offsets_parse_and_print() {
        assert_eq!(UtcOffset::parse("+07:00"), Some(UtcOffset::VIETNAM));
        assert_eq!(UtcOffset::parse("-03:30").map(UtcOffset::minutes), Some(-210));
        assert_eq!(UtcOffset::parse("Z"), Some(UtcOffset::UTC));
        assert_eq!(UtcOffset::parse("+7"), None);
        assert_eq!(UtcOffset::parse("07:00"), None);
        assert_eq!(UtcOffset::VIETNAM.to_string(), "+07:00");
        assert_eq!(UtcOffset(-210).to_string(), "-03:30");
        assert_eq!(vn("2023-03-31T05:41:00Z").to_rfc3339(), "2023-03-31T12:41+07:00");
        let seconds = Timestamp::parse("2023-03-31T05:41:09Z", UtcOffset::UTC);
        assert_eq!(
            seconds.map(|t| t.to_rfc3339_at(UtcOffset::VIETNAM)).as_deref(),
            Some("2023-03-31T12:41:09+07:00")
        );
        let before_epoch = Timestamp::parse("1969-12-31T23:59:58Z", UtcOffset::UTC);
        assert_eq!(
            before_epoch.map(|t| t.to_rfc3339_at(UtcOffset::UTC)).as_deref(),
            Some("1969-12-31T23:59:58+00:00")
        );
    }

    /// The parsers as they were before they read each field in one pass, kept
    /// as the oracle the new ones must agree with exactly.
    mod before {
        use crate::date::{Day, MONTHS, Timestamp, UtcOffset, days_from_civil, days_in_month};

        pub fn offset(s: &str) -> Option<UtcOffset> {
            let s = s.trim();
            if s.eq_ignore_ascii_case("z") {
                return Some(UtcOffset::UTC);
            }
            let (sign, rest) = match s.as_bytes().first()? {
                b'+' => (1, &s[1..]),
                b'-' => (-1, &s[1..]),
                _ => return None,
            };
            let (hours, minutes) = match rest.len() {
                2 => (digits(rest)?, 0),
                4 => (digits(rest.get(..2)?)?, digits(rest.get(2..)?)?),
                5 if rest.as_bytes()[2] == b':' => (digits(rest.get(..2)?)?, digits(rest.get(3..)?)?),
                _ => return None,
            };
            (hours < 24 && minutes < 60).then(|| UtcOffset(sign * (hours * 60 + minutes) as i32))
        }

        pub fn timestamp(s: &str, default_zone: UtcOffset) -> Option<Timestamp> {
            let s = s.trim();
            if s.starts_with(|c: char| c.is_ascii_alphabetic())
                || s.get(2..3) == Some(" ")
                || s.get(1..2) == Some(" ")
            {
                return rfc2822(s);
            }
            let b = s.as_bytes();
            if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
                return None;
            }
            let year = digits(s.get(..4)?)? as i32;
            let month = digits(s.get(5..7)?)? as u8;
            let day = digits(s.get(8..10)?)? as u8;
            if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
                return None;
            }
            let mut rest = s.get(10..)?;
            let (mut hour, mut minute, mut second) = (0, 0, 0);
            if let Some(time) = rest.strip_prefix(['T', 't', ' ']) {
                let tb = time.as_bytes();
                if tb.len() < 5 || tb[2] != b':' {
                    return None;
                }
                hour = digits(time.get(..2)?)?;
                minute = digits(time.get(3..5)?)?;
                rest = time.get(5..)?;
                if let Some(secs) = rest.strip_prefix(':') {
                    second = digits(secs.get(..2)?)?;
                    rest = secs.get(2..)?;
                    if let Some(fraction) = rest.strip_prefix(['.', ',']) {
                        let end = fraction.find(|c: char| !c.is_ascii_digit()).unwrap_or(fraction.len());
                        if end == 0 {
                            return None;
                        }
                        rest = &fraction[end..];
                    }
                }
                if hour > 23 || minute > 59 || second > 60 {
                    return None;
                }
                second = second.min(59);
            }
            let zone = if rest.is_empty() { default_zone } else { offset(rest)? };
            let days = days_from_civil(year, month, day);
            let local = days * 86_400 + i64::from(hour * 3600 + minute * 60 + second);
            Some(Timestamp(local - i64::from(zone.0) * 60))
        }

        fn rfc2822(s: &str) -> Option<Timestamp> {
            let s = match s.split_once(',') {
                Some((weekday, rest)) if weekday.len() == 3 => rest,
                _ => s,
            };
            let mut parts = s.split_whitespace();
            let day = digits(parts.next()?)?;
            let name = parts.next()?;
            let month = MONTHS.iter().position(|m| name.eq_ignore_ascii_case(m))?;
            let month = u8::try_from(month + 1).ok()?;
            let year = match parts.next()? {
                y if y.len() == 4 => digits(y)? as i32,
                y if y.len() == 2 => {
                    let y = digits(y)? as i32;
                    if y < 50 { 2000 + y } else { 1900 + y }
                }
                _ => return None,
            };
            let time = parts.next()?;
            let zone = match parts.next()? {
                z if z.eq_ignore_ascii_case("gmt")
                    || z.eq_ignore_ascii_case("ut")
                    || z.eq_ignore_ascii_case("utc") =>
                {
                    UtcOffset::UTC
                }
                z => offset(z).or_else(|| us_zone(z))?,
            };
            if parts.next().is_some() {
                return None;
            }
            let date = format!("{year:04}-{month:02}-{:02}T{time}", day);
            timestamp(&date, zone).filter(|_| day <= 31)
        }

        fn us_zone(name: &str) -> Option<UtcOffset> {
            let hours = match name.to_ascii_uppercase().as_str() {
                "EST" => -5,
                "EDT" => -4,
                "CST" => -6,
                "CDT" => -5,
                "MST" => -7,
                "MDT" => -6,
                "PST" => -8,
                "PDT" => -7,
                _ => return None,
            };
            Some(UtcOffset(hours * 60))
        }

        pub fn day(s: &str) -> Option<Day> {
            let s = s.trim();
            let b = s.as_bytes();
            if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
                return None;
            }
            let year = i32::try_from(digits(s.get(..4)?)?).ok()?;
            let month = u8::try_from(digits(s.get(5..7)?)?).ok()?;
            let day = u8::try_from(digits(s.get(8..)?)?).ok()?;
            ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(Day {
                year,
                month,
                day,
            })
        }

        fn digits(s: &str) -> Option<u32> {
            if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            s.parse().ok()
        }
    }

    /// The one-pass parsers answer exactly as the former ones did.
    fn agrees(s: &str) {
        for zone in [UtcOffset::VIETNAM, UtcOffset(-210)] {
            assert_eq!(Timestamp::parse(s, zone), before::timestamp(s, zone), "{s:?}");
        }
        assert_eq!(UtcOffset::parse(s), before::offset(s), "{s:?}");
        assert_eq!(Day::parse(s), before::day(s), "{s:?}");
    }

    /// Characters the parsers tell apart, and some they must refuse.
    const ALPHABET: [char; 20] = [
        '0', '1', '2', '5', '9', '-', ':', 'T', 't', 'Z', 'z', ' ', '+', '.', ',', 'é', '\u{3000}', 'a', 'M',
        '٣',
    ];

    #[test]
    fn one_pass_agrees_on_every_short_string() {
        for s in &every_string(&ALPHABET, 3) {
            agrees(s);
            agrees(&format!("+0{s}"));
            agrees(&format!("2024-02-29T23:5{s}"));
            agrees(&format!("29 Feb 2024 23:59{s} GMT"));
        }
    }

    /// The generator's choices for a date's parts: one of `usual` four
    /// times in five, else one of `odd`.
    trait Mostly {
        fn mostly<'p>(&mut self, usual: &[&'p str], odd: &[&'p str]) -> &'p str;
    }

    impl Mostly for Rng {
        fn mostly<'p>(&mut self, usual: &[&'p str], odd: &[&'p str]) -> &'p str {
            let options = if self.below(5) > 0 { usual } else { odd };
            options[self.below(options.len())]
        }
    }

    fn generated_rfc3339(rng: &mut Rng) -> String {
        let mut s = String::new();
        s += rng
            .mostly(&["2023", "2024", "2000", "1900", "0000", "9999"], &["+023", "２０２３", "20233", "202"]);
        s += rng.mostly(&["-"], &["/", "", "--"]);
        s += rng.mostly(&["01", "02", "03", "12"], &["13", "00", "1", "+1"]);
        s += rng.mostly(&["-"], &[".", ""]);
        s += rng.mostly(&["01", "28", "29", "30", "31"], &["32", "00", "3", "٣"]);
        if rng.below(4) > 0 {
            s += rng.mostly(&["T", "t", " "], &["", "_", "TT", "  "]);
            s += rng.mostly(&["00", "12", "23"], &["24", "1", "٣", "+1"]);
            s += rng.mostly(&[":"], &["", "::"]);
            s += rng.mostly(&["00", "41", "59"], &["60", "4", "-1"]);
            if rng.below(3) > 0 {
                s += rng.mostly(&[":"], &["", ";"]);
                s += rng.mostly(&["00", "09", "59", "60"], &["61", "5", "", "é"]);
                s += rng.mostly(&["", ".5", ",123456"], &[".", ".é", "..5", ".5.5"]);
            }
        }
        let usual = ["", "Z", "z", "+07:00", "-03:30", "+0700", "+07", " +07:00", "+23:59"];
        s += rng.mostly(
            &usual,
            &["+7", "+24:00", "-00:60", " GMT", "\u{3000}+07:00", "é", "+é0", "07:00", "+07:0"],
        );
        s
    }

    fn generated_rfc2822(rng: &mut Rng) -> String {
        let mut s = String::new();
        s += rng.mostly(&["Fri, ", "Fri,", ""], &["Friday, ", "Fr, ", "é, ", ","]);
        s += rng.mostly(&["31", "1", "01", "29"], &["0", "32", "100", "00031", "4294967301", "-1"]);
        s += rng.mostly(&[" "], &["  ", "\t", ""]);
        s += rng.mostly(&["May", "may", "MAY", "Feb"], &["Mai", "feb.", "Ma"]);
        s += " ";
        s += rng.mostly(&["2019", "2024", "19", "49", "50"], &["019", "99999", "0000", "+019"]);
        s += " ";
        s += rng.mostly(
            &["12:17:58", "12:17", "23:59:60"],
            &["12:17:58Z", "12:17:58.5", "1:17:58", "12:17:58+07:00"],
        );
        s += rng.mostly(&[" "], &["\u{3000}", ""]);
        s += rng
            .mostly(&["-0700", "GMT", "ut", "UTC", "PDT", "est", "Z", "+07"], &["", "XYZ", "+0760", "ESTé"]);
        s += rng.mostly(&[""], &[" extra", " ", ","]);
        s
    }

    #[test]
    fn one_pass_agrees_on_generated_and_mutated_dates() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let mut parsed = 0;
        for _ in 0..20_000 {
            for date in [generated_rfc3339(&mut rng), generated_rfc2822(&mut rng)] {
                agrees(&date);
                agrees(&mutated(&mut rng, &date, &ALPHABET, false));
                parsed += usize::from(Timestamp::parse(&date, UtcOffset::UTC).is_some());
            }
        }
        // The generator reaches real dates often, not only refusals.
        assert!(parsed > 5_000, "{parsed}");
    }
}
