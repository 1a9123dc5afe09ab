//! The transformer: token and position embeddings, self-attention and feed-forward layers
//! (BERT's post-norm arrangement), and the mean of the last layer's states as the text's vector.

use crate::weights::{LayerNorm, Linear, Weights};

/// Rows of a matrix of `width` columns, one per token.
struct Rows {
    width: usize,
    data: Vec<f32>,
}

impl Rows {
    fn zeros(count: usize, width: usize) -> Rows {
        Rows { width, data: vec![0.0; count * width] }
    }

    fn row(&self, i: usize) -> &[f32] {
        &self.data[i * self.width..(i + 1) * self.width]
    }

    fn rows_mut(&mut self) -> std::slice::ChunksExactMut<'_, f32> {
        self.data.chunks_exact_mut(self.width)
    }

    fn count(&self) -> usize {
        self.data.len() / self.width
    }
}

/// A dot product with eight running sums, which the compiler turns into vector instructions.
#[inline(always)]
fn dot(a: &[f32], b: &[f32]) -> f32 {
    let mut sums = [0f32; 8];
    for (a, b) in a.chunks_exact(8).zip(b.chunks_exact(8)) {
        for i in 0..8 {
            sums[i] += a[i] * b[i];
        }
    }
    sums.iter().sum()
}

/// Four dot products with one vector, each weight read once for all four.
#[inline(always)]
fn dot4(w: &[f32], x: [&[f32]; 4]) -> [f32; 4] {
    let mut sums = [[0f32; 8]; 4];
    let chunks = w.chunks_exact(8).zip(x[0].chunks_exact(8)).zip(x[1].chunks_exact(8));
    for (((w, a), b), (c, d)) in chunks.zip(x[2].chunks_exact(8).zip(x[3].chunks_exact(8))) {
        for i in 0..8 {
            sums[0][i] += w[i] * a[i];
            sums[1][i] += w[i] * b[i];
            sums[2][i] += w[i] * c[i];
            sums[3][i] += w[i] * d[i];
        }
    }
    sums.map(|s| s.iter().sum())
}

/// Each weight row is unpacked once and applied to every token, four tokens at a time.
#[inline(always)]
fn apply_plain(layer: &Linear, input: &Rows, out: &mut Rows) {
    let mut weights = vec![0f32; layer.inputs];
    let tokens = input.count();
    for o in 0..layer.outputs {
        layer.row(o, &mut weights);
        let mut t = 0;
        while t + 4 <= tokens {
            let sums = dot4(&weights, [input.row(t), input.row(t + 1), input.row(t + 2), input.row(t + 3)]);
            for (k, sum) in sums.into_iter().enumerate() {
                out.data[(t + k) * layer.outputs + o] = layer.bias[o] + sum;
            }
            t += 4;
        }
        for t in t..tokens {
            out.data[t * layer.outputs + o] = layer.bias[o] + dot(&weights, input.row(t));
        }
    }
}

/// The same loop compiled for AVX2 and FMA, where the CPU has them: several times faster.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
fn apply_wide(layer: &Linear, input: &Rows, out: &mut Rows) {
    apply_plain(layer, input, out);
}

fn linear(layer: &Linear, input: &Rows) -> Rows {
    let mut out = Rows::zeros(input.count(), layer.outputs);
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("fma") {
        // SAFETY: the CPU has just been checked to support both.
        unsafe { apply_wide(layer, input, &mut out) };
        return out;
    }
    apply_plain(layer, input, &mut out);
    out
}

/// `x = norm(x + added)`, row by row.
fn add_and_norm(x: &mut Rows, added: &Rows, norm: &LayerNorm, eps: f32) {
    for (i, row) in x.rows_mut().enumerate() {
        for (v, a) in row.iter_mut().zip(added.row(i)) {
            *v += a;
        }
        layer_norm(row, norm, eps);
    }
}

fn layer_norm(row: &mut [f32], norm: &LayerNorm, eps: f32) {
    let n = row.len() as f32;
    let mean = row.iter().sum::<f32>() / n;
    let variance = row.iter().map(|v| (v - mean) * (v - mean)).sum::<f32>() / n;
    let inverse = 1.0 / (variance + eps).sqrt();
    for ((v, w), b) in row.iter_mut().zip(&norm.weight).zip(&norm.bias) {
        *v = (*v - mean) * inverse * w + b;
    }
}

/// The error function, to 1.5e-7 (Abramowitz and Stegun 7.1.26).
fn erf(x: f32) -> f32 {
    let t = 1.0 / (1.0 + 0.327_591_1 * x.abs());
    let poly = t * (0.254_829_6 + t * (-0.284_496_74 + t * (1.421_413_7 + t * (-1.453_152_1 + t * 1.061_405_4))));
    let y = 1.0 - poly * (-x * x).exp();
    if x < 0.0 { -y } else { y }
}

fn gelu(x: f32) -> f32 {
    0.5 * x * (1.0 + erf(x * std::f32::consts::FRAC_1_SQRT_2))
}

fn attention(query: &Rows, key: &Rows, value: &Rows, heads: usize) -> Rows {
    let (tokens, width) = (query.count(), query.width);
    let size = width / heads;
    let scale = 1.0 / (size as f32).sqrt();
    let mut out = Rows::zeros(tokens, width);
    let mut weights = vec![0f32; tokens];
    for h in 0..heads {
        let part = h * size..(h + 1) * size;
        for t in 0..tokens {
            let q = &query.row(t)[part.clone()];
            for (s, w) in weights.iter_mut().enumerate() {
                *w = q.iter().zip(&key.row(s)[part.clone()]).map(|(a, b)| a * b).sum::<f32>() * scale;
            }
            let largest = weights.iter().fold(f32::NEG_INFINITY, |m, w| m.max(*w));
            let mut total = 0.0;
            for w in &mut weights {
                *w = (*w - largest).exp();
                total += *w;
            }
            let row = &mut out.data[t * width..(t + 1) * width][part.clone()];
            for (s, w) in weights.iter().enumerate() {
                for (o, v) in row.iter_mut().zip(&value.row(s)[part.clone()]) {
                    *o += w / total * v;
                }
            }
        }
    }
    out
}

/// The unit-length vector of a sequence of piece ids (begin and end marks included).
pub fn encode(weights: &Weights, ids: &[u32]) -> Vec<f32> {
    let dims = &weights.dims;
    let mut x = Rows::zeros(ids.len(), dims.hidden);
    for (position, (row, id)) in x.rows_mut().zip(ids).enumerate() {
        weights.word(*id as usize, row);
        let position = &weights.positions[position * dims.hidden..(position + 1) * dims.hidden];
        for ((v, p), t) in row.iter_mut().zip(position).zip(&weights.token_type) {
            *v += p + t;
        }
        layer_norm(row, &weights.embedding_norm, dims.eps);
    }
    for layer in &weights.layers {
        let query = linear(&layer.query, &x);
        let key = linear(&layer.key, &x);
        let value = linear(&layer.value, &x);
        let context = attention(&query, &key, &value, dims.heads);
        add_and_norm(&mut x, &linear(&layer.attention_out, &context), &layer.attention_norm, dims.eps);
        let mut inner = linear(&layer.ffn_in, &x);
        inner.data.iter_mut().for_each(|v| *v = gelu(*v));
        add_and_norm(&mut x, &linear(&layer.ffn_out, &inner), &layer.output_norm, dims.eps);
    }
    let mut mean = vec![0f32; dims.hidden];
    for t in 0..x.count() {
        for (m, v) in mean.iter_mut().zip(x.row(t)) {
            *m += v;
        }
    }
    let length = mean.iter().map(|v| v * v).sum::<f32>().sqrt();
    if length > 0.0 {
        mean.iter_mut().for_each(|v| *v /= length);
    }
    mean
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn erf_and_gelu_match_known_values() {
        assert!((erf(0.5) - 0.520_499_9).abs() < 1e-6);
        assert!((erf(-1.0) + 0.842_700_8).abs() < 1e-6);
        assert!((gelu(1.0) - 0.841_344_7).abs() < 1e-5);
        assert_eq!(gelu(0.0), 0.0);
    }

    #[test]
    fn dot_products_count_every_element() {
        let a: Vec<f32> = (0..24).map(|i| i as f32).collect();
        assert_eq!(dot(&a, &[1.0; 24]), 276.0);
        let twice: Vec<f32> = a.iter().map(|v| v * 2.0).collect();
        assert_eq!(dot4(&[1.0; 24], [&a, &twice, &a, &[0.0; 24]]), [276.0, 552.0, 276.0, 0.0]);
    }
}
