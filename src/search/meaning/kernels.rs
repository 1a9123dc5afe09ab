//! The two loops a question spends its time in, each compiled also for the wider vector
//! instructions of the CPU it runs on, chosen when it runs.

/// Levels of the question's values in the comparison by bits: four bit planes.
pub(super) const PLANES: usize = 4;

/// For each slot of the code columns, the sum over its set bits of the levels in `planes`
/// (`PLANES` planes of as many words as there are columns).
pub(super) fn sums_over_bits(codes: &[Vec<u64>], planes: &[u64]) -> Vec<u32> {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx512vpopcntdq") && std::arch::is_x86_feature_detected!("avx512f") {
        // SAFETY: the CPU has just been checked to support both.
        return unsafe { sums_over_bits_widest(codes, planes) };
    }
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has just been checked to support it.
        return unsafe { sums_over_bits_wide(codes, planes) };
    }
    sums_over_bits_plain(codes, planes)
}

#[inline(always)]
fn sums_over_bits_plain(codes: &[Vec<u64>], planes: &[u64]) -> Vec<u32> {
    let words = codes.len();
    let mut sums = vec![0u32; codes.first().map_or(0, Vec::len)];
    for (w, column) in codes.iter().enumerate() {
        let plane: [u64; PLANES] = std::array::from_fn(|k| planes[k * words + w]);
        for (sum, code) in sums.iter_mut().zip(column) {
            for (k, bits) in plane.iter().enumerate() {
                *sum += (code & bits).count_ones() << k;
            }
        }
    }
    sums
}

/// The same with the wider vector instructions, which count the bits of four codes at once.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn sums_over_bits_wide(codes: &[Vec<u64>], planes: &[u64]) -> Vec<u32> {
    sums_over_bits_plain(codes, planes)
}

/// The same with instructions that count the bits of eight codes at once.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f,avx512vpopcntdq")]
fn sums_over_bits_widest(codes: &[Vec<u64>], planes: &[u64]) -> Vec<u32> {
    sums_over_bits_plain(codes, planes)
}

/// The dot product of `question` with the vector of each of `slots` in `values`.
pub(super) fn dots(values: &[i8], dimensions: usize, slots: &[u32], question: &[i8]) -> Vec<i32> {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has just been checked to support it.
        return unsafe { dots_wide(values, dimensions, slots, question) };
    }
    dots_plain(values, dimensions, slots, question)
}

/// Summed in integers, which the compiler turns into vector instructions (a float sum must keep
/// its order and cannot be).
#[inline(always)]
fn dots_plain(values: &[i8], dimensions: usize, slots: &[u32], question: &[i8]) -> Vec<i32> {
    let mut dots = Vec::with_capacity(slots.len());
    for &slot in slots {
        let vector = &values[slot as usize * dimensions..(slot as usize + 1) * dimensions];
        let mut sum = 0i32;
        for (v, q) in vector.iter().zip(question) {
            sum += i32::from(*v) * i32::from(*q);
        }
        dots.push(sum);
    }
    dots
}

/// The same with the wider vector instructions, where the CPU has them.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn dots_wide(values: &[i8], dimensions: usize, slots: &[u32], question: &[i8]) -> Vec<i32> {
    dots_plain(values, dimensions, slots, question)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Numbers that look random, the same every run.
    fn numbers(count: usize, seed: &mut u64) -> Vec<u64> {
        (0..count)
            .map(|_| {
                *seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                *seed
            })
            .collect()
    }

    #[test]
    fn every_variant_counts_as_the_plain_loops_do() {
        let mut seed = 7;
        let codes: Vec<Vec<u64>> = (0..6).map(|_| numbers(300, &mut seed)).collect();
        let planes = numbers(PLANES * 6, &mut seed);
        let sums = sums_over_bits_plain(&codes, &planes);
        assert_eq!(sums_over_bits(&codes, &planes), sums);
        let values: Vec<i8> = numbers(40 * 384, &mut seed).into_iter().map(|n| (n >> 56) as i8).collect();
        let question: Vec<i8> = numbers(384, &mut seed).into_iter().map(|n| (n >> 56) as i8).collect();
        let slots = [39, 0, 7, 7, 12];
        let products = dots_plain(&values, 384, &slots, &question);
        assert_eq!(dots(&values, 384, &slots, &question), products);
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU has just been checked to support it.
            unsafe {
                assert_eq!(sums_over_bits_wide(&codes, &planes), sums);
                assert_eq!(dots_wide(&values, 384, &slots, &question), products);
            }
        }
    }
}
