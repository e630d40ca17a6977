//! A band's range of percentages with explicit bounds: `[80,100)` is 80 % ≤ r < 100 %.
//!
//! Ratios are never divided: `num / den ≥ lo %` is tested as `num·100 ≥ lo·den`, in
//! exact decimals, so 9 of 10 is exactly 90 %.

use crate::i18n::both;
use crate::t;
use rust_decimal::Decimal;
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentRange {
    pub lo: Decimal,
    pub lo_inclusive: bool,
    pub hi: Decimal,
    pub hi_inclusive: bool,
}

/// How `num/den` compares with `pct` %, as `num·100` against `pct·den`. A
/// percentage so far above 100 (or below 0) that `pct·den` outgrows a decimal is
/// above (below) any share: `rubric::load` takes 0–100 only, so just a range built
/// in code gets there, and it must not panic.
fn share_cmp(num: u64, den: u64, pct: Decimal) -> Ordering {
    let lhs = Decimal::from(num) * Decimal::ONE_HUNDRED;
    match pct.checked_mul(Decimal::from(den)) {
        Some(rhs) => lhs.cmp(&rhs),
        None if pct.is_sign_negative() => Ordering::Greater,
        None => Ordering::Less,
    }
}

/// Whether `num/den` is at least `pct` % (inclusive) or above it (exclusive).
pub fn at_least(num: u64, den: u64, pct: Decimal, inclusive: bool) -> bool {
    match share_cmp(num, den, pct) {
        Ordering::Greater => true,
        Ordering::Equal => inclusive,
        Ordering::Less => false,
    }
}

/// Whether `num/den` is at most `pct` % (inclusive) or below it (exclusive).
pub fn at_most(num: u64, den: u64, pct: Decimal, inclusive: bool) -> bool {
    match share_cmp(num, den, pct) {
        Ordering::Less => true,
        Ordering::Equal => inclusive,
        Ordering::Greater => false,
    }
}

/// The fewest members (out of `den`) whose share is at least / above `pct` %
/// (`u64::MAX` when no count reaches it).
pub fn members_for(den: u64, pct: Decimal, inclusive: bool) -> u64 {
    let Some(exact) = pct
        .checked_mul(Decimal::from(den))
        .map(|x| x / Decimal::ONE_HUNDRED)
    else {
        return if pct.is_sign_negative() { 0 } else { u64::MAX };
    };
    let n = if inclusive {
        exact.ceil()
    } else {
        exact.floor().saturating_add(Decimal::ONE)
    };
    u64::try_from(n.max(Decimal::ZERO)).unwrap_or(u64::MAX)
}

impl PercentRange {
    pub fn contains(&self, num: u64, den: u64) -> bool {
        at_least(num, den, self.lo, self.lo_inclusive)
            && at_most(num, den, self.hi, self.hi_inclusive)
    }

    /// The smallest count `n` in `from..=den` with `n/den` inside this range.
    pub fn first_count_from(&self, from: u64, den: u64) -> Option<u64> {
        let n = members_for(den, self.lo, self.lo_inclusive).max(from);
        (n <= den && self.contains(n, den)).then_some(n)
    }

    /// A short human label: `100%`, `80–<100%`, `70–100%`, `<20%`.
    pub fn label(&self) -> String {
        let lo = self.lo.normalize();
        let hi = self.hi.normalize();
        if self.lo == self.hi {
            return format!("{lo}%");
        }
        let lo_part = if self.lo.is_zero() && self.lo_inclusive {
            String::new()
        } else if self.lo_inclusive {
            format!("{lo}–")
        } else {
            format!(">{lo}–")
        };
        let hi_part = if self.hi_inclusive {
            format!("{hi}%")
        } else {
            format!("<{hi}%")
        };
        format!("{lo_part}{hi_part}")
    }
}

impl fmt::Display for PercentRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}{},{}{}",
            if self.lo_inclusive { '[' } else { '(' },
            self.lo.normalize(),
            self.hi.normalize(),
            if self.hi_inclusive { ']' } else { ')' }
        )
    }
}

impl FromStr for PercentRange {
    /// What is wrong, in Vietnamese and in English.
    type Err = (String, String);

    /// Interval notation over percentages, `[a,b]`, `[a,b)`, `(a,b]`, `(a,b)`, with
    /// 0 ≤ a ≤ b ≤ 100.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let expected = || both(|lang| t!(lang, "rubric-range-not-a-range", range = s));
        let t = s.trim();
        let lo_inclusive = match t.chars().next() {
            Some('[') => true,
            Some('(') => false,
            _ => return Err(expected()),
        };
        let hi_inclusive = match t.chars().last() {
            Some(']') => true,
            Some(')') => false,
            _ => return Err(expected()),
        };
        let inner = &t[1..t.len() - 1];
        let (a, b) = inner.split_once(',').ok_or_else(expected)?;
        let lo = Decimal::from_str_exact(a.trim()).map_err(|_| expected())?;
        let hi = Decimal::from_str_exact(b.trim()).map_err(|_| expected())?;
        if lo < Decimal::ZERO || hi > Decimal::ONE_HUNDRED || lo > hi {
            return Err(both(|lang| t!(lang, "rubric-range-bounds", range = s)));
        }
        if lo == hi && !(lo_inclusive && hi_inclusive) {
            return Err(both(|lang| t!(lang, "rubric-range-empty", range = s)));
        }
        Ok(PercentRange {
            lo,
            lo_inclusive,
            hi,
            hi_inclusive,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(s: &str) -> PercentRange {
        s.parse().unwrap()
    }

    #[test]
    fn nine_of_ten_is_exactly_ninety_percent() {
        assert!(at_least(9, 10, Decimal::from(90), true));
        assert!(!at_least(9, 10, Decimal::from(90), false));
        assert!(!at_least(17, 19, Decimal::from(90), true)); // 89.47 %
        assert!(r("[80,100)").contains(9, 10));
        assert!(!r("[80,100)").contains(10, 10));
        assert!(r("[100,100]").contains(10, 10));
    }

    #[test]
    fn one_third_is_not_rounded_up() {
        let third = Decimal::from_str_exact("33.3333333333").unwrap();
        assert!(at_least(1, 3, third, true));
        assert!(!at_least(
            1,
            3,
            Decimal::from_str_exact("33.34").unwrap(),
            true
        ));
    }

    #[test]
    fn members_needed_for_a_threshold() {
        assert_eq!(members_for(10, Decimal::from(90), true), 9);
        assert_eq!(members_for(19, Decimal::from(90), true), 18); // 17.1 → 18
        assert_eq!(members_for(20, Decimal::from(90), false), 19);
        assert_eq!(r("[50,70)").first_count_from(3, 10), Some(5));
        assert_eq!(r("[50,70)").first_count_from(7, 10), None);
    }

    #[test]
    fn labels_and_round_trip() {
        assert_eq!(r("[100,100]").label(), "100%");
        assert_eq!(r("[80,100)").label(), "80–<100%");
        assert_eq!(r("[70,100]").label(), "70–100%");
        assert_eq!(r("[0,20)").label(), "<20%");
        assert_eq!(r("[80,100)").to_string(), "[80,100)");
    }

    #[test]
    fn rejects_malformed_ranges() {
        for s in [
            "80-100", "[80,100", "[100,80]", "[0,101]", "[50,50)", "[a,b]", "",
        ] {
            assert!(s.parse::<PercentRange>().is_err(), "{s}");
        }
    }
}

/// Properties over generated inputs: `members_for` gives the fewest members that
/// reach a share, and they do reach it; a share that reaches a threshold still
/// reaches it with one more member.
#[cfg(test)]
mod props {
    use super::*;
    use proptest::prelude::*;

    /// A percentage with up to two decimals, 0–100.
    fn pct() -> impl Strategy<Value = Decimal> {
        (0u32..=10_000).prop_map(|bp| Decimal::new(i64::from(bp), 2))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn members_for_is_minimal_and_sufficient(den in 1u64..5000, p in pct(), inclusive: bool) {
            let m = members_for(den, p, inclusive);
            if m <= den {
                prop_assert!(at_least(m, den, p, inclusive), "{m}/{den} should reach {p} %");
                if m > 0 {
                    prop_assert!(!at_least(m - 1, den, p, inclusive), "{}/{den} already reaches {p} %", m - 1);
                }
            } else {
                prop_assert!(!at_least(den, den, p, inclusive), "all {den} reach {p} %, yet none suffices");
            }
        }

        #[test]
        fn one_more_member_never_loses_a_threshold(den in 1u64..5000, num in 0u64..5000, p in pct(), inclusive: bool) {
            let num = num.min(den - 1);
            if at_least(num, den, p, inclusive) {
                prop_assert!(at_least(num + 1, den, p, inclusive));
            }
        }

        #[test]
        fn nine_of_ten_is_exactly_ninety_percent(k in 1u64..1000) {
            let ninety = Decimal::from(90);
            prop_assert!(at_least(9 * k, 10 * k, ninety, true));
            prop_assert!(!at_least(9 * k, 10 * k, ninety, false));
            prop_assert!(!at_least(9 * k - 1, 10 * k, ninety, true));
        }
    }
}
