//! How a criterion's bands cover 0–100 %: the algorithm behind the band-gap and
//! band-overlap findings and the engine's gap policy.

use super::range::PercentRange;
use super::Band;
use rust_decimal::Decimal;

/// How a criterion's bands cover 0–100 %: the uncovered stretches and the pairs
/// (indices into `bands`) that overlap.
#[derive(Debug, Default)]
pub struct Coverage {
    pub gaps: Vec<PercentRange>,
    pub overlaps: Vec<(usize, usize)>,
}

pub fn coverage(bands: &[Band]) -> Coverage {
    let mut order: Vec<usize> = (0..bands.len()).collect();
    order.sort_by(|&a, &b| {
        let (ra, rb) = (&bands[a].range, &bands[b].range);
        ra.lo
            .cmp(&rb.lo)
            .then(rb.lo_inclusive.cmp(&ra.lo_inclusive))
    });
    let mut cov = Coverage::default();
    // Everything below `edge` is covered; `edge` itself is covered when `edge_in`.
    let mut edge = Decimal::ZERO;
    let mut edge_in = false;
    let mut last: Option<usize> = None;
    for &i in &order {
        let r = &bands[i].range;
        let starts_after = r.lo > edge || (r.lo == edge && !edge_in && !r.lo_inclusive);
        let starts_before = r.lo < edge || (r.lo == edge && edge_in && r.lo_inclusive);
        if starts_after {
            cov.gaps.push(PercentRange {
                lo: edge,
                lo_inclusive: !edge_in,
                hi: r.lo,
                hi_inclusive: !r.lo_inclusive,
            });
        } else if starts_before {
            if let Some(j) = last {
                cov.overlaps.push((j, i));
            }
        }
        if r.hi > edge || (r.hi == edge && r.hi_inclusive && !edge_in) {
            edge = r.hi;
            edge_in = r.hi_inclusive;
            last = Some(i);
        }
    }
    if edge < Decimal::ONE_HUNDRED || !edge_in {
        cov.gaps.push(PercentRange {
            lo: edge,
            lo_inclusive: !edge_in,
            hi: Decimal::ONE_HUNDRED,
            hi_inclusive: true,
        });
    }
    cov
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bands(ranges: &[&str]) -> Vec<Band> {
        ranges
            .iter()
            .map(|r| Band {
                range: r.parse().unwrap(),
                points: Decimal::ONE,
                source: String::new(),
                provisional: false,
            })
            .collect()
    }

    #[test]
    fn finds_the_hanoi_gap() {
        let cov = coverage(&bands(&[
            "[100,100]",
            "[80,100)",
            "[50,75)",
            "[20,50)",
            "[0,20)",
        ]));
        assert_eq!(cov.gaps.len(), 1);
        assert_eq!(cov.gaps[0].to_string(), "[75,80)");
        assert!(cov.overlaps.is_empty());
    }

    #[test]
    fn finds_overlaps_and_open_ends() {
        let cov = coverage(&bands(&["[0,50]", "[50,100]"]));
        assert_eq!(cov.overlaps, vec![(0, 1)]);
        let cov = coverage(&bands(&["[0,50)", "[50,100)"]));
        assert_eq!(cov.gaps.len(), 1);
        assert_eq!(cov.gaps[0].to_string(), "[100,100]");
        let cov = coverage(&bands(&["(0,100]"]));
        assert_eq!(cov.gaps[0].to_string(), "[0,0]");
    }
}

/// A property over generated bands: coverage agrees with membership. A share in no
/// band lies in a reported gap, a share in two bands means a reported overlap.
#[cfg(test)]
mod props {
    use super::*;
    use proptest::prelude::*;

    fn band(lo: u32, lo_in: bool, hi: u32, hi_in: bool) -> Band {
        Band {
            range: PercentRange {
                lo: Decimal::from(lo),
                lo_inclusive: lo_in,
                hi: Decimal::from(hi),
                hi_inclusive: hi_in,
            },
            points: Decimal::ONE,
            source: "test".into(),
            provisional: false,
        }
    }

    fn bands() -> impl Strategy<Value = Vec<Band>> {
        prop::collection::vec(
            (0u32..=100, any::<bool>(), 0u32..=100, any::<bool>()).prop_map(|(a, ai, b, bi)| {
                let (lo, hi) = (a.min(b), a.max(b));
                band(lo, ai || lo == hi, hi, bi || lo == hi)
            }),
            1..5,
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn coverage_agrees_with_membership(bs in bands(), den in 1u64..200, num in 0u64..200) {
            let num = num.min(den);
            let cov = coverage(&bs);
            let holding = bs.iter().filter(|b| b.range.contains(num, den)).count();
            if holding == 0 {
                prop_assert!(
                    cov.gaps.iter().any(|g| g.contains(num, den)),
                    "{num}/{den} is in no band, but no gap holds it: {:?}", cov.gaps
                );
            }
            if holding >= 2 {
                prop_assert!(!cov.overlaps.is_empty(), "{num}/{den} is in {holding} bands, no overlap reported");
            }
            if cov.gaps.is_empty() && cov.overlaps.is_empty() {
                prop_assert_eq!(holding, 1);
            }
        }
    }
}
