//! What the tests of the one-pass parsers (dates, plain URLs) share to check
//! them against the code they replaced over many inputs: a replayable
//! generator, and the small edits that turn a well-formed input into an odd one.

/// A small deterministic generator (xorshift), so a failure replays.
pub struct Rng(pub u64);

impl Rng {
    /// A number below `n`.
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    /// One of `options`.
    pub fn pick<'p>(&mut self, options: &[&'p str]) -> &'p str {
        options[self.below(options.len())]
    }
}

/// `s` with one to four characters of `alphabet` put in its place, inserted,
/// or a character removed; with `upper`, a character may be upper-cased too.
pub fn mutated(rng: &mut Rng, s: &str, alphabet: &[char], upper: bool) -> String {
    let mut chars: Vec<char> = s.chars().collect();
    for _ in 0..=rng.below(3) {
        let at = rng.below(chars.len() + 1);
        let c = alphabet[rng.below(alphabet.len())];
        match rng.below(if upper { 4 } else { 3 }) {
            0 if at < chars.len() => chars[at] = c,
            1 if at < chars.len() => {
                chars.remove(at);
            }
            2 if upper && at < chars.len() => chars[at] = chars[at].to_ascii_uppercase(),
            _ => chars.insert(at, c),
        }
    }
    chars.into_iter().collect()
}

/// Every string of up to `len` characters of `alphabet`, the empty one first.
pub fn every_string(alphabet: &[char], len: usize) -> Vec<String> {
    let mut all = vec![String::new()];
    let mut last = all.clone();
    for _ in 1..=len {
        last = last.iter().flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}"))).collect();
        all.extend(last.iter().cloned());
    }
    all
}
