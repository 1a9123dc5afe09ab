//! Reads the encoder file written by `scripts/encoder/build.py` (its docstring has the layout).

use crate::Error;

/// Quantisation block: 32 weights share one scale.
pub const BLOCK: usize = 32;
const BLOCK_BYTES: usize = 2 + BLOCK / 2;

pub struct Dims {
    pub hidden: usize,
    pub heads: usize,
    pub positions: usize,
    pub eps: f32,
}

/// The tokenizer's data: pieces with their unigram scores, and the per-character normalisation.
pub struct Vocabulary {
    pub pieces: Vec<(String, f32)>,
    pub normalisation: Vec<(char, String)>,
}

/// A dense layer, one row per output, its weights kept as the file's small integers (one byte
/// each, unpacked from 4 bits so that a row unpacks fast) with one scale per block of 32.
pub struct Linear {
    pub inputs: usize,
    pub outputs: usize,
    values: Vec<i8>,
    scales: Vec<f32>,
    pub bias: Vec<f32>,
}

impl Linear {
    /// The weights of output `o`, written into `out` (`inputs` long).
    #[inline(always)]
    pub fn row(&self, o: usize, out: &mut [f32]) {
        let values = &self.values[o * self.inputs..(o + 1) * self.inputs];
        let scales = &self.scales[o * self.inputs / BLOCK..(o + 1) * self.inputs / BLOCK];
        for ((out, values), scale) in out.chunks_exact_mut(BLOCK).zip(values.chunks_exact(BLOCK)).zip(scales) {
            for (o, v) in out.iter_mut().zip(values) {
                *o = f32::from(*v) * scale;
            }
        }
    }
}

fn dequantise(row: &[u8], out: &mut [f32]) {
    for (block, out) in row.chunks_exact(BLOCK_BYTES).zip(out.chunks_exact_mut(BLOCK)) {
        let scale = half_to_f32(u16::from_le_bytes([block[0], block[1]]));
        for (o, v) in out.iter_mut().zip(unpack_block(&block[2..])) {
            *o = f32::from(v) * scale;
        }
    }
}

pub struct LayerNorm {
    pub weight: Vec<f32>,
    pub bias: Vec<f32>,
}

pub struct Layer {
    pub query: Linear,
    pub key: Linear,
    pub value: Linear,
    pub attention_out: Linear,
    pub attention_norm: LayerNorm,
    pub ffn_in: Linear,
    pub ffn_out: Linear,
    pub output_norm: LayerNorm,
}

pub struct Weights {
    pub dims: Dims,
    pub vocabulary: Vocabulary,
    /// One row of 4-bit blocks per piece, dequantised when a piece is looked up.
    word_rows: Vec<u8>,
    pub positions: Vec<f32>,
    pub token_type: Vec<f32>,
    pub embedding_norm: LayerNorm,
    pub layers: Vec<Layer>,
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Error> {
        let end = self.at.checked_add(n).filter(|end| *end <= self.bytes.len());
        let end = end.ok_or_else(|| Error::Format(format!("truncated at byte {}", self.at)))?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    fn u8(&mut self) -> Result<u8, Error> {
        Ok(self.take(1)?[0])
    }

    fn u16(&mut self) -> Result<u16, Error> {
        Ok(u16::from_le_bytes(self.take(2)?.try_into().expect("two bytes")))
    }

    fn u32(&mut self) -> Result<u32, Error> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().expect("four bytes")))
    }

    fn usize(&mut self) -> Result<usize, Error> {
        Ok(self.u32()? as usize)
    }

    fn f32(&mut self) -> Result<f32, Error> {
        Ok(f32::from_le_bytes(self.take(4)?.try_into().expect("four bytes")))
    }

    fn floats(&mut self, n: usize) -> Result<Vec<f32>, Error> {
        Ok(self.take(n * 4)?.chunks_exact(4).map(|b| f32::from_le_bytes(b.try_into().expect("four bytes"))).collect())
    }

    fn char(&mut self) -> Result<char, Error> {
        let code = self.u32()?;
        char::from_u32(code).ok_or_else(|| Error::Format(format!("not a character: {code:#x}")))
    }

    fn linear(&mut self, inputs: usize, outputs: usize) -> Result<Linear, Error> {
        let blocks = self.take(outputs * inputs / BLOCK * BLOCK_BYTES)?;
        let mut values = Vec::with_capacity(outputs * inputs);
        let mut scales = Vec::with_capacity(outputs * inputs / BLOCK);
        for block in blocks.chunks_exact(BLOCK_BYTES) {
            scales.push(half_to_f32(u16::from_le_bytes([block[0], block[1]])));
            values.extend_from_slice(&unpack_block(&block[2..]));
        }
        let bias = self.floats(outputs)?;
        Ok(Linear { inputs, outputs, values, scales, bias })
    }

    fn layer_norm(&mut self, size: usize) -> Result<LayerNorm, Error> {
        Ok(LayerNorm { weight: self.floats(size)?, bias: self.floats(size)? })
    }
}

/// Byte j holds weight j in its low half and weight j + 16 in its high half, each stored + 8.
fn unpack_block(nibbles: &[u8]) -> [i8; BLOCK] {
    let mut out = [0i8; BLOCK];
    for (j, byte) in nibbles.iter().enumerate() {
        out[j] = (byte & 0x0F) as i8 - 8;
        out[j + BLOCK / 2] = (byte >> 4) as i8 - 8;
    }
    out
}

fn half_to_f32(half: u16) -> f32 {
    let sign = if half & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exponent = i32::from((half >> 10) & 0x1F);
    let mantissa = f32::from(half & 0x3FF);
    sign * match exponent {
        0 => mantissa * 2f32.powi(-24),
        31 if mantissa == 0.0 => f32::INFINITY,
        31 => f32::NAN,
        _ => (1.0 + mantissa / 1024.0) * 2f32.powi(exponent - 15),
    }
}

impl Weights {
    pub fn parse(bytes: &[u8]) -> Result<Weights, Error> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(4)? != b"WGE5" || r.u32()? != 1 {
            return Err(Error::Format("not an encoder file of version 1".into()));
        }
        let (hidden, layers, heads, ffn, positions) = (r.usize()?, r.usize()?, r.usize()?, r.usize()?, r.usize()?);
        let dims = Dims { hidden, heads, positions, eps: r.f32()? };
        if hidden % BLOCK != 0 || ffn % BLOCK != 0 || heads == 0 || hidden % heads != 0 {
            return Err(Error::Format(format!("unusable dimensions: hidden {hidden}, ffn {ffn}, heads {heads}")));
        }
        let count = r.usize()?;
        let mut pieces = Vec::with_capacity(count);
        for _ in 0..count {
            let length = usize::from(r.u16()?);
            let text = std::str::from_utf8(r.take(length)?).map_err(|e| Error::Format(e.to_string()))?;
            pieces.push((text.to_owned(), r.f32()?));
        }
        let entries = r.usize()?;
        let mut normalisation = Vec::with_capacity(entries);
        for _ in 0..entries {
            let from = r.char()?;
            let n = r.u8()?;
            let to = (0..n).map(|_| r.char()).collect::<Result<String, Error>>()?;
            normalisation.push((from, to));
        }
        normalisation.sort_by_key(|(from, _)| *from);
        let word_rows = r.take(count * hidden / BLOCK * BLOCK_BYTES)?.to_vec();
        let positions = r.floats(dims.positions * hidden)?;
        let token_type = r.floats(hidden)?;
        let embedding_norm = r.layer_norm(hidden)?;
        let layers = (0..layers)
            .map(|_| {
                let (query, key, value) =
                    (r.linear(hidden, hidden)?, r.linear(hidden, hidden)?, r.linear(hidden, hidden)?);
                let attention_out = r.linear(hidden, hidden)?;
                let attention_norm = r.layer_norm(hidden)?;
                let ffn_in = r.linear(hidden, ffn)?;
                let ffn_out = r.linear(ffn, hidden)?;
                let output_norm = r.layer_norm(hidden)?;
                Ok(Layer { query, key, value, attention_out, attention_norm, ffn_in, ffn_out, output_norm })
            })
            .collect::<Result<Vec<Layer>, Error>>()?;
        if r.at != bytes.len() {
            return Err(Error::Format(format!("{} bytes left over", bytes.len() - r.at)));
        }
        let vocabulary = Vocabulary { pieces, normalisation };
        Ok(Weights { dims, vocabulary, word_rows, positions, token_type, embedding_norm, layers })
    }

    /// The embedding of piece `id`, written into `out`.
    pub fn word(&self, id: usize, out: &mut [f32]) {
        let row_bytes = self.dims.hidden / BLOCK * BLOCK_BYTES;
        dequantise(&self.word_rows[id * row_bytes..(id + 1) * row_bytes], out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_and_nibbles_decode() {
        assert_eq!(half_to_f32(0x3C00), 1.0);
        assert_eq!(half_to_f32(0xC000), -2.0);
        assert_eq!(half_to_f32(0x3555), 0.333_251_95);
        let block = unpack_block(&[0x0F, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!((block[0], block[16], block[1], block[17]), (7, -8, -8, 0));
    }

    #[test]
    fn a_damaged_file_is_an_error() {
        assert!(Weights::parse(b"WGE5").is_err());
        assert!(Weights::parse(b"nonsense").is_err());
    }
}
