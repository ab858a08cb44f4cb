//! Word-at-a-time scanning: the hash of a folded word, computed alike from a stored key and
//! straight from running text, and where the ASCII words of a text start, found 64 bytes at a
//! time. Safe Rust on `u64`s (SWAR): no per-byte branch for the common word.

/// Hash of a folded string, for the `starts` filter, the Bloom filter and the key table: eight
/// bytes at a time (little-endian), then the rest padded with zeros (always, even when empty),
/// then the length and a final mix. The scan computes the same hash of an ASCII word straight
/// from the text, lowercasing eight bytes at a time ([`ascii_word`]).
#[inline]
pub(crate) fn hash_str(s: &str) -> u64 {
    let b = s.as_bytes();
    let mut h = HASH_SEED;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        h = mix(h, load(c));
    }
    fin(mix(h, padded(chunks.remainder())), b.len())
}

/// The end of the run of ASCII letters and digits that starts at `bytes[start]`, and the
/// [`hash_str`] of its lowercase.
#[inline]
pub(crate) fn ascii_word(bytes: &[u8], start: usize) -> (usize, u64) {
    let end = ascii_word_end(bytes, start);
    (end, ascii_hash(bytes, start, end))
}

/// [`hash_str`] of the lowercase of `bytes[start..end]`, a run of ASCII letters and digits.
/// Up to 15 bytes (nearly every word) without a branch on the length.
#[inline(always)]
pub(crate) fn ascii_hash(bytes: &[u8], start: usize, end: usize) -> u64 {
    let len = end - start;
    if len < 16 {
        if let Some(c) = bytes.get(start..start + 16) {
            // The word's bytes of the 16 loaded (a shift of 64 or more leaves none).
            let bits = 8 * len as u32;
            let m1 = 1u64.checked_shl(bits).unwrap_or(0).wrapping_sub(1);
            let m2 = (1u64 << bits.saturating_sub(64)).wrapping_sub(1);
            let x1 = (load(c) | LOWER) & m1;
            let x2 = (load(&c[8..]) | LOWER) & m2;
            // One chunk (the padded rest) or two (a whole one, then the rest).
            let one = mix(HASH_SEED, x1);
            let two = mix(one, x2);
            let m = u64::from(len < 8).wrapping_neg();
            return fin((one & m) | (two & !m), len);
        }
    }
    let mut h = HASH_SEED;
    let mut p = start;
    while p + 8 <= end {
        h = mix(h, load(&bytes[p..]) | LOWER);
        p += 8;
    }
    fin(
        mix(h, (padded(&bytes[p..end]) | LOWER) & low_bytes(end - p)),
        len,
    )
}

/// The [`hash_str`] of the fold of two ASCII words of `bytes` with one separator between them
/// (the key of a window of two words, as "Zheng Jianxia" or "Jong-un" gives it), and the end of
/// the second word: `start..end` is the first word, the second starts at `end + 1`. None when
/// the words are not followed by ASCII or are too long for a quick answer. The scan uses it to
/// ask early for what the window's look-up will read; it decides nothing.
#[inline]
pub(crate) fn ascii_pair_hash(bytes: &[u8], start: usize, end: usize) -> Option<(u64, usize)> {
    const MAX: usize = 32;
    if !matches!(bytes.get(end), Some(b' ' | b'-' | b'\'')) {
        return None;
    }
    let second = end + 1;
    if !bytes.get(second)?.is_ascii_alphanumeric() {
        return None;
    }
    let end2 = ascii_word_end(bytes, second);
    let (a, b) = (end - start, end2 - second);
    let n = a + b;
    if n > MAX || bytes.get(end2).is_some_and(|&c| c >= 0x80) {
        return None;
    }
    // The two words back to back: copies of a fixed length (no call to `memcpy`) where the text
    // allows, the second over the tail of the first; the bytes after the key are masked off.
    let mut buf = [0u8; 2 * MAX + 8];
    match (
        bytes.get(start..start + MAX),
        bytes.get(second..second + MAX),
    ) {
        (Some(x), Some(y)) => {
            buf[..MAX].copy_from_slice(x);
            buf[a..a + MAX].copy_from_slice(y);
        }
        _ => {
            buf[..a].copy_from_slice(&bytes[start..end]);
            buf[a..n].copy_from_slice(&bytes[second..end2]);
        }
    }
    // The key is a run of ASCII letters and digits, hashed as the scan hashes a word.
    Some((ascii_hash(&buf, 0, n), end2))
}

/// The end of the run of ASCII letters and digits that starts at `bytes[start]`, eight bytes at
/// a time.
#[inline]
pub(crate) fn ascii_word_end(bytes: &[u8], start: usize) -> usize {
    let mut p = start;
    loop {
        let x = match bytes.get(p..p + 8) {
            Some(c) => load(c),
            None => padded(&bytes[p.min(bytes.len())..]),
        };
        let stop = !alnum_bytes(x) & HIGH_BITS;
        if stop != 0 {
            return p + (stop.trailing_zeros() / 8) as usize;
        }
        p += 8;
    }
}

/// The low `n` bytes set (`n` from 0 to 8).
#[inline]
fn low_bytes(n: usize) -> u64 {
    1u64.checked_shl(8 * n as u32).unwrap_or(0).wrapping_sub(1)
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
/// For ASCII letters and digits, setting bit 5 is lowercasing.
const LOWER: u64 = 0x2020_2020_2020_2020;

/// The high bit of each byte of `x` that is an ASCII letter or digit. Every sum below stays
/// within its byte (the operands are 7-bit), so the bytes do not disturb each other.
#[inline]
fn alnum_bytes(x: u64) -> u64 {
    let low = x & !HIGH_BITS;
    let at_least = |v: u64, lo: u8| v.wrapping_add(ONES * u64::from(0x80 - lo));
    let above = |v: u64, hi: u8| v.wrapping_add(ONES * u64::from(0x7f - hi));
    let l = low | LOWER;
    let letter = at_least(l, b'a') & !above(l, b'z');
    let digit = at_least(low, b'0') & !above(low, b'9');
    (letter | digit) & !x & HIGH_BITS
}

/// Call `f` with the [`hash_str`] of every proper prefix of `s` at least `min` bytes long that
/// ends on a character boundary, shortest first.
pub(crate) fn prefix_hashes(s: &str, min: usize, mut f: impl FnMut(u64)) {
    let b = s.as_bytes();
    // `h` covers the whole chunks before `done`.
    let mut h = HASH_SEED;
    let mut done = 0;
    for (i, _) in s.char_indices().skip(1).filter(|&(i, _)| i >= min) {
        while done + 8 <= i {
            h = mix(h, load(&b[done..]));
            done += 8;
        }
        f(fin(mix(h, padded(&b[done..i])), i));
    }
}

#[inline]
fn load(b: &[u8]) -> u64 {
    // One bounds check, one unaligned load.
    let mut a = [0u8; 8];
    a.copy_from_slice(&b[..8]);
    u64::from_le_bytes(a)
}

/// Are `a` and `b` the same bytes? Inline, eight at a time: keys are short, and a call to
/// `memcmp` costs more than comparing them.
#[inline]
pub(crate) fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len()
        && a.chunks(8)
            .zip(b.chunks(8))
            .all(|(x, y)| padded(x) == padded(y))
}

#[inline]
fn padded(rest: &[u8]) -> u64 {
    // Without a call to `memcpy`: two overlapping loads, or three bytes.
    let n = rest.len();
    debug_assert!(n <= 8);
    let at = |i: usize| u64::from(rest[i]) << (8 * i);
    match n {
        0 => 0,
        1..=3 => at(0) | at(n / 2) | at(n - 1),
        _ => {
            let word = |i: usize| {
                let mut a = [0u8; 4];
                a.copy_from_slice(&rest[i..i + 4]);
                u64::from(u32::from_le_bytes(a)) << (8 * i)
            };
            word(0) | word(n - 4)
        }
    }
}

#[inline]
fn mix(h: u64, x: u64) -> u64 {
    (h ^ x).wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(29)
}

#[inline]
fn fin(h: u64, len: usize) -> u64 {
    // The length, one more multiply, and the high half (where a multiply mixes best) folded
    // into the low one: the filters take bits from both ends.
    let h = (h ^ len as u64).wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 32)
}

/// The initial value of [`hash_str`].
pub(crate) const HASH_SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// The high bit of each byte of `x` gathered into the low eight bits (byte `k` to bit `k`). `x`
/// has no other bits set. Each product lands on its own bit, so nothing carries.
#[inline]
fn movemask(x: u64) -> u64 {
    ((x >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// Where the scan must look in a text: the start of every ASCII word (a letter or digit after
/// anything else) and every non-ASCII byte, as bit masks over 64-byte blocks. In running
/// English this skips spaces and punctuation without a branch per byte.
pub(crate) struct WordStarts<'a> {
    bytes: &'a [u8],
    /// Start of the block in `marks`, or `usize::MAX` before the first.
    block: usize,
    marks: u64,
    /// The ASCII letters and digits of the block.
    alnum: u64,
    /// The marks of the block not yet taken by [`WordStarts::pop`].
    rest: u64,
}

impl<'a> WordStarts<'a> {
    pub fn new(bytes: &'a [u8]) -> WordStarts<'a> {
        WordStarts {
            bytes,
            block: usize::MAX,
            marks: 0,
            alnum: 0,
            rest: 0,
        }
    }

    /// The marks of the 64-byte block at `block`.
    fn load_block(&mut self, block: usize) {
        let bytes = self.bytes;
        let mut buf = [0u8; 64];
        let b: &[u8] = match bytes.get(block..block + 64) {
            Some(b) => b,
            None => {
                let tail = &bytes[block.min(bytes.len())..];
                buf[..tail.len()].copy_from_slice(tail);
                &buf
            }
        };
        let b: &[u8; 64] = b.try_into().unwrap_or(&buf);
        let x: [u64; 8] = std::array::from_fn(|k| load(&b[8 * k..]));
        // A byte 0x80 for each ASCII letter or digit, 0 for the rest: written byte by byte, which
        // the compiler turns into vector compares.
        let mut flags = [0u8; 64];
        for (f, &c) in flags.iter_mut().zip(b) {
            let letter = (c | 0x20).wrapping_sub(b'a') < 26;
            let digit = c.wrapping_sub(b'0') < 10;
            *f = u8::from(letter | digit) << 7;
        }
        let mut alnum = 0u64;
        for k in 0..8 {
            alnum |= movemask(load(&flags[8 * k..])) << (8 * k);
        }
        // Most blocks of most text are all ASCII.
        let mut high = 0u64;
        if x.iter().fold(0, |a, &x| a | x) & HIGH_BITS != 0 {
            for (k, &x) in x.iter().enumerate() {
                high |= movemask(x & HIGH_BITS) << (8 * k);
            }
        }
        let before = block > 0 && bytes[block - 1].is_ascii_alphanumeric();
        let starts = alnum & !((alnum << 1) | u64::from(before));
        self.block = block;
        self.marks = starts | high;
        self.rest = self.marks;
        self.alnum = alnum;
    }

    /// The end of the ASCII word that starts at `start`, when it ends inside the block last
    /// looked at (else the caller finds it with [`ascii_word`]).
    #[inline]
    pub fn word_end(&self, start: usize) -> Option<usize> {
        let off = start.wrapping_sub(self.block);
        if off >= 64 {
            return None;
        }
        let n = (!self.alnum >> off).trailing_zeros() as usize;
        (off + n < 64).then_some(start + n)
    }

    /// The first mark at or after `from`.
    #[cfg(test)]
    fn next(&mut self, from: usize) -> Option<usize> {
        self.seek(from);
        self.pop()
    }

    /// Make [`WordStarts::pop`] go on from the first mark at or after `from`.
    #[inline]
    pub fn seek(&mut self, from: usize) {
        let block = from & !63;
        if block != self.block {
            if from >= self.bytes.len() {
                // Past the end: nothing left to take.
                self.rest = 0;
                self.block = usize::MAX;
                return;
            }
            self.load_block(block);
        }
        self.rest = self.marks & (u64::MAX << (from - block));
    }

    /// Take the next mark: the first one after the last taken, or at or after the place of the
    /// last [`WordStarts::seek`]. A word's marks lie only at its start, so after a word is taken,
    /// the next mark is after its end.
    #[inline]
    pub fn pop(&mut self) -> Option<usize> {
        while self.rest == 0 {
            let next = self.block.wrapping_add(64);
            if self.block == usize::MAX || next >= self.bytes.len() {
                return None;
            }
            self.load_block(next);
        }
        let p = self.block + self.rest.trailing_zeros() as usize;
        self.rest &= self.rest - 1;
        Some(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn movemask_gathers_high_bits() {
        for x in [
            0u64,
            HIGH_BITS,
            0x80,
            0x8000_0000_0000_0000,
            0x0080_8000_0000_8080,
        ] {
            let want = (0..8).fold(0, |m, k| m | ((x >> (8 * k + 7)) & 1) << k);
            assert_eq!(movemask(x), want, "{x:x}");
        }
    }

    #[test]
    fn word_starts_are_every_word_and_every_non_ascii_byte() {
        let text = "Kim Jong-un met Chŏng Ŭn-il,  2024; a\u{10}b [x]y_z 김정은 ".repeat(7);
        let bytes = text.as_bytes();
        let want: Vec<usize> = (0..bytes.len())
            .filter(|&i| {
                let alnum = bytes[i].is_ascii_alphanumeric();
                bytes[i] >= 0x80 || alnum && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
            })
            .collect();
        let mut f = WordStarts::new(bytes);
        let mut got = Vec::new();
        let mut i = 0;
        while let Some(p) = f.next(i) {
            got.push(p);
            if bytes[p] < 0x80 {
                let end = f.word_end(p).unwrap_or_else(|| ascii_word(bytes, p).0);
                assert_eq!(end, ascii_word(bytes, p).0, "at {p}");
            }
            i = p + 1;
        }
        assert_eq!(got, want);
        // Jumps forward and back land on the same marks.
        let mut f = WordStarts::new(bytes);
        for &from in &[
            300,
            5,
            200,
            0,
            bytes.len() - 1,
            bytes.len(),
            bytes.len() + 100,
        ] {
            assert_eq!(f.next(from), want.iter().copied().find(|&p| p >= from));
        }
        // From any place, taking mark after mark gives every mark from there on, across blocks.
        for from in (0..bytes.len() + 70).step_by(7) {
            let mut f = WordStarts::new(bytes);
            f.seek(from);
            let got: Vec<usize> = std::iter::from_fn(|| f.pop()).collect();
            let rest: Vec<usize> = want.iter().copied().filter(|&p| p >= from).collect();
            assert_eq!(got, rest, "from {from}");
        }
    }

    #[test]
    fn every_byte_value_is_a_word_byte_or_not_as_ascii_says() {
        // Each byte value once, then each next to a letter, so that every value both starts and
        // continues a word.
        let mut bytes: Vec<u8> = (0..=255).collect();
        bytes.extend((0..=255u8).flat_map(|b| [b'q', b]));
        let mut f = WordStarts::new(&bytes);
        for (i, &b) in bytes.iter().enumerate() {
            f.load_block(i & !63);
            let alnum = f.alnum >> (i % 64) & 1 == 1;
            assert_eq!(alnum, b.is_ascii_alphanumeric(), "byte {b:#x} at {i}");
        }
    }

    #[test]
    fn the_scan_hashes_words_as_the_index_does() {
        let text = "Kim Jong-un, PYONGYANG 2024 Abcdefgh Abcdefghijklmnopq x Ab9Cd7efGHIJKLMNopqr \
                    Abcdefghijklmno\u{10}Abcdefghijklmnop[Abcdefgh@\u{7f}";
        let bytes = text.as_bytes();
        let mut i = 0;
        let mut words = 0;
        while i < bytes.len() {
            if !bytes[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let (e, h) = ascii_word(bytes, i);
            assert_eq!(ascii_word_end(bytes, i), e);
            let word = &text[i..e];
            assert!(word.bytes().all(|b| b.is_ascii_alphanumeric()), "{word}");
            assert!(e == bytes.len() || !bytes[e].is_ascii_alphanumeric());
            let lower = word.to_ascii_lowercase();
            assert_eq!(h, hash_str(&lower), "{word}");
            assert_eq!(ascii_hash(bytes, i, e), h, "{word}");
            assert_eq!(ascii_hash(&bytes[..e], i, e), h, "{word}");
            // A word cut short by the end of the buffer.
            let cut = &bytes[..e];
            assert_eq!(ascii_word(cut, i), (e, h), "{word}");
            words += 1;
            i = e;
        }
        assert_eq!(words, 12);
        // Control bytes that turn into digits when bit 5 is set are not letters.
        for b in 0x10..0x1a {
            assert_eq!(ascii_word(&[b'a', b], 0).0, 1);
            assert_eq!(
                ascii_word(
                    &[
                        b'a', b, b'x', b'x', b'x', b'x', b'x', b'x', b'x', b'x', b'x', b'x', b'x',
                        b'x', b'x', b'x', b'x'
                    ],
                    0
                )
                .0,
                1
            );
        }
        // Non-ASCII bytes end an ASCII word.
        assert_eq!(ascii_word("Chŏng".as_bytes(), 0).0, 2);
    }

    #[test]
    fn a_pair_of_words_hashes_as_its_window_key() {
        for (text, want) in [
            ("Zheng Jianxia met", Some(("zhengjianxia", 13))),
            ("Kim Jong-un", Some(("kimjong", 8))),
            ("P'yongyang", Some(("pyongyang", 10))),
            ("KIM JONG UN", Some(("kimjong", 8))),
            ("Abcdefghijklmnop Qrstuvwxyzabcdefg", None),
            (
                "Abcdefghijklmnop Qrstuvwxyzabcdef",
                Some(("abcdefghijklmnopqrstuvwxyzabcdef", 33)),
            ),
            ("Kim, Jong", None),
            ("Kim  Jong", None),
            ("Kim Chŏng", None),
            ("Kim", None),
            ("Kim ", None),
            ("Kim 2024", Some(("kim2024", 8))),
        ] {
            // At the end of a text, and with more text after it (where whole blocks are copied).
            let longer = format!("{text}, {}", "x".repeat(40));
            for t in [text, longer.as_str()] {
                let end = ascii_word_end(t.as_bytes(), 0);
                let got = ascii_pair_hash(t.as_bytes(), 0, end);
                assert_eq!(got, want.map(|(k, e)| (hash_str(k), e)), "{t}");
            }
        }
    }

    #[test]
    fn padding_keeps_every_byte() {
        let b = b"abcdefgh";
        for n in 0..=8 {
            let mut want = [0u8; 8];
            want[..n].copy_from_slice(&b[..n]);
            assert_eq!(padded(&b[..n]), u64::from_le_bytes(want), "{n}");
        }
    }

    #[test]
    fn prefix_hashes_are_the_hashes_of_prefixes() {
        for s in [
            "kimjongun",
            "abcdefghijklmnopqrstu",
            "김정은",
            "chŏngŭn",
            "a",
        ] {
            let mut got = Vec::new();
            prefix_hashes(s, 0, |h| got.push(h));
            let want: Vec<u64> = s
                .char_indices()
                .skip(1)
                .map(|(i, _)| hash_str(&s[..i]))
                .collect();
            assert_eq!(got, want, "{s}");
        }
    }
}
